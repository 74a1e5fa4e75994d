// The words that join a figure's name to its unit without brackets inside brackets.

extension ReportWords {
    /// `satisfaction (points)`, but `satisfaction, points (0–100)` when the unit has brackets of its own.
    public func metricWithUnit(_ metric: String, _ unit: String) -> String {
        guard unit.contains(where: { "()（）".contains($0) }) else { return named(metric, unit) }
        return language.pick(zh: "\(metric)，\(unit)", en: "\(metric), \(unit)")
    }
}

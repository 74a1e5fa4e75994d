// The trend over cycles: every closed cycle (and the current one once it has a score) with its overall
// indexes and each KPI's target and actual, read from each cycle's own Analysis through
// CycleComparison. Nothing is recomputed here; TrendChart.swift draws it.

/// One KPI (by requirement and KPI id) through the cycles of a trend.
public struct TrendKPI: Sendable, Equatable {
    public var requirement: String
    public var id: String
    /// Metric, unit and better-direction as the latest cycle that has the KPI says.
    public var metric: String
    public var unit: String
    public var better: Better
    /// Per cycle of the trend, in order: the KPI as the engine saw it then; nil when that cycle had no such KPI.
    public var points: [KPIAnalysis?]

    public var targets: [Double?] { points.map { $0?.kpi.target } }
    public var actuals: [Double?] { points.map { $0?.kpi.actual } }
    /// `R1 · K1 · sales relative to one shop (x)`.
    public var label: String {
        "\(requirement) · \(id) · " + (unit.isEmpty ? metric : "\(metric) (\(unit))")
    }
}

public struct ReportTrend: Sendable, Equatable {
    /// The closed cycles oldest first, then the current one when it has a score.
    public var cycles: [CycleSnapshot]
    public var kpis: [TrendKPI]

    /// Nil when the workbook has no closed cycle: a trend needs at least one.
    public init?(_ comparison: CycleComparison) {
        guard comparison.cycles.contains(where: { !$0.isCurrent }) else { return nil }
        cycles = comparison.cycles
        var keys: [String] = []
        var found: [String: TrendKPI] = [:]
        for (i, c) in cycles.enumerated() {
            for k in c.analysis.kpis {
                let key = k.requirement + "\u{0}" + k.kpi.id
                if found[key] == nil {
                    keys.append(key)
                    found[key] = TrendKPI(requirement: k.requirement, id: k.kpi.id, metric: k.kpi.metric, unit: k.kpi.unit,
                                          better: k.kpi.better, points: Array(repeating: nil, count: cycles.count))
                }
                found[key]!.points[i] = k
                (found[key]!.metric, found[key]!.unit, found[key]!.better) = (k.kpi.metric, k.kpi.unit, k.kpi.better)
            }
        }
        kpis = keys.map { found[$0]! }
    }

    public var weightedSatisfactionIndex: [Double?] { cycles.map(\.analysis.weightedSatisfactionIndex) }
    public var meanSatisfaction: [Double?] { cycles.map(\.analysis.meanSatisfaction) }

    /// `1`, `2`, … and `4 (current)`: the short name of a cycle on an axis and in a table.
    func cycleName(_ c: CycleSnapshot, _ words: ReportWords) -> String {
        words.cycleShortName(c.cycle, current: c.isCurrent)
    }

    /// The report's "Trend over cycles" part: a table of the indexes, then a table of the KPIs.
    public func part(_ language: Language) -> ReportPart {
        let words = reportStrings(language)
        let indexes = ReportTable(
            [.init(words.cycle), .init(words.closedOnHeader), .init(words.meanSatisfactionLabel, alignRight: true),
             .init(words.weightedSatisfactionIndexLabel, alignRight: true), .init(words.keyExperienceHeader)],
            rows: cycles.map { c in
                [cycleName(c, words), c.closedOn ?? "—", displayNumber(c.analysis.meanSatisfaction),
                 displayNumber(c.analysis.weightedSatisfactionIndex),
                 c.analysis.keyExperience.map { c.analysis.factor($0)?.name ?? $0 } ?? "—"]
            })
        var blocks: [ReportBlock] = [.text(words.trendIndexesCaption), .table(indexes)]
        guard !kpis.isEmpty else { return ReportPart(title: words.trendHeading, blocks: blocks + [.text(words.trendNoKPI)]) }
        var rows: [[String]] = []
        var tones: [[CellTone]] = []
        for k in kpis {
            var first = true
            for (c, point) in zip(cycles, k.points) {
                guard let point else { continue }
                // The KPI is named on its first row; the rows under it are its later cycles.
                let name = first ? [k.requirement, k.id, k.unit.isEmpty ? k.metric : "\(k.metric) (\(k.unit))", words.better(k.better)]
                                 : ["", "", "", ""]
                first = false
                rows.append(name + [cycleName(c, words), displayGrouped(point.kpi.target), displayGrouped(point.kpi.actual),
                             point.met.map(words.yesNo) ?? "—"])
                let tone: CellTone = point.met.map { $0 ? .good : .bad } ?? .plain
                tones.append(Array(repeating: .plain, count: 6) + [tone, .plain])
            }
        }
        let table = ReportTable(
            [.init(words.requirement), .init(words.kpi), .init(words.metric), .init(words.better), .init(words.cycle),
             .init(words.target, alignRight: true), .init(words.actual, alignRight: true), .init(words.met)],
            rows: rows, tones: tones)
        blocks += [.text(words.trendKPIsCaption), .table(table)]
        return ReportPart(title: words.trendHeading, blocks: blocks)
    }
}

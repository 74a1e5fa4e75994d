// User-facing words, one table per language. `Strings` lists every entry, so the compiler checks
// that both tables are complete. Features add their own protocol beside this one (SessionStrings, …).

public protocol Strings: Sendable {
    var language: Language { get }

    // The seven steps.
    func stepTitle(_ step: Int) -> String
    func stepLabel(_ step: Int) -> String
    var incomplete: String { get }

    // Column headers and field names.
    var factor: String { get }
    var requirement: String { get }
    var title: String { get }
    var cycle: String { get }
    func scoreName(_ field: ScoreField) -> String
    var satisfaction: String { get }
    var weightedSatisfaction: String { get }
    var gap: String { get }
    var weightedGap: String { get }
    var quadrant: String { get }
    var factors: String { get }
    var target: String { get }
    var priority: String { get }
    var strategyFit: String { get }
    var people: String { get }
    var process: String { get }
    var technology: String { get }
    var decisionHeader: String { get }
    var kpi: String { get }
    var metric: String { get }
    var better: String { get }
    var baseline: String { get }
    var actual: String { get }
    var deviation: String { get }
    var met: String { get }
    var measuredOn: String { get }
    func quadrantName(_ q: Quadrant) -> String
    func capability(_ c: Capability) -> String
    func decision(_ d: Decision) -> String
    func better(_ b: Better) -> String
    func yesNo(_ flag: Bool) -> String

    // Conclusions in words.
    func brandStatement(_ text: String) -> String
    func brandValueDrivers(_ list: String) -> String
    var noBrandValueDrivers: String { get }
    func indexes(mean: String, weighted: String) -> String
    func keyExperiences(_ list: String) -> String
    var noKeyExperience: String { get }
    /// No key experience found yet, but step 2's inputs are not all in.
    var keyExperiencesPending: String { get }
    func ipaCuts(experience: String, importance: String, method: String) -> String
    func largestGap(_ name: String, weightedGap: String) -> String
    var noGap: String { get }
    var gapPending: String { get }
    func priorities(_ list: String) -> String
    var noRequirements: String { get }
    func keyExperienceWithoutRequirement(_ name: String) -> String
    func shortfallWithoutRequirement(_ name: String) -> String
    var everyGapCovered: String { get }
    func decisions(pursue: String, defer: String, drop: String, open: String) -> String
    func kpiStatus(met: Int, of: Int) -> String
    var noKPI: String { get }
    func nextCycle(_ leading: String) -> String
    var listSeparator: String { get }
    func named(_ name: String, _ figure: String) -> String
    var none: String { get }

    // Problems in a workbook: what is wrong, and how to fix it.
    func problem(_ p: Problem) -> String
    func fix(_ p: Problem) -> String?
}

/// The table for a language.
public func strings(_ language: Language) -> any Strings {
    switch language {
    case .zh: return ChineseStrings()
    case .en: return EnglishStrings()
    }
}

/// A score as it is shown in text: `−0.5`, `4.2`, `5.8333`, `—` when missing.
/// Up to four decimals, trailing zeros dropped; a true minus sign.
public func displayNumber(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    let rounded = abs(value) < 0x1p52 ? (value * 10_000).rounded() / 10_000 : value
    var text = CanonicalJSON.number(rounded == 0 ? 0 : rounded)
    if text.contains("e") { text = String(describing: rounded) }
    return text.hasPrefix("-") ? "−" + text.dropFirst() : text
}

/// A scale as `0–10`.
public func displayScale(_ scale: Scale) -> String {
    displayNumber(scale.min) + "–" + displayNumber(scale.max)
}

// The range of every number a workbook may hold, so that every derived figure is finite.

/// The numeric domain of workbook format version 1: the reader refuses a number outside it with a
/// located message, the schema (`cem schema`) states the same bounds, and every write stays inside it.
///
/// | quantity | range | keys |
/// |---|---|---|
/// | score | −1e6 … 1e6 (and inside its own scale) | `scale.min`/`max`, `importanceScale.min`/`max`, the five factor scores, `targetExperience`, `strategyFit`, survey `mean` (paired satisfaction's too), poll `mean`/`min`/`max` |
/// | spread | 0 … 1e6 | survey and poll `sd`, an experiment group's `sd` |
/// | KPI figure | −1e15 … 1e15 | KPI `baseline`, `target`, `actual`, an experiment group's `mean` |
/// | count | 0 … 1e9, whole | survey and poll `n`, an experiment group's `n` and `successes`; survey `effectiveN` (not whole) |
/// | cycle | 1 … 1e6, whole | `cycle`, `history[].cycle`, an exercise question's `cycle` |
/// | duration | 0 … 1e6 | a moment's `minutes`, an interaction's `everyDays` |
///
/// Why these bounds keep every figure finite: satisfaction and gap are differences of two scores
/// (at most 2e6 in size); weighted figures multiply by an importance (at most 2e12); sums over the
/// factors a 16 MiB file can hold stay below 1e19; rounding to 9 decimals multiplies by 1e9 (below
/// 1e31); KPI deviations are at most 2e15 and their rounding stays below 1e25; the largest Double
/// is about 1.8e308. Closing cycle 1e6 is refused, so `cycle` never leaves its range.
public enum NumericDomain {
    /// What a number in the format stands for; each kind has one range.
    public enum Quantity: String, Sendable, Equatable, CaseIterable {
        case score, spread, kpiFigure, count, cycle, duration
    }

    /// The largest magnitude of a scale bound or a score.
    public static let scoreLimit = 1e6
    /// The largest magnitude of a KPI baseline, target or actual value.
    public static let kpiLimit = 1e15
    /// The largest survey `n`.
    public static let countLimit = 1_000_000_000
    /// The largest cycle number.
    public static let cycleLimit = 1_000_000

    /// The closed range of a quantity.
    public static func range(_ quantity: Quantity) -> ClosedRange<Double> {
        switch quantity {
        case .score: return -scoreLimit...scoreLimit
        case .spread, .duration: return 0...scoreLimit
        case .kpiFigure: return -kpiLimit...kpiLimit
        case .count: return 0...Double(countLimit)
        case .cycle: return 1...Double(cycleLimit)
        }
    }

    /// True for the quantities that must be whole numbers.
    public static func isWhole(_ quantity: Quantity) -> Bool { quantity == .count || quantity == .cycle }

    /// True when `value` lies in the range of `quantity` (NaN and infinities never do).
    public static func contains(_ value: Double, _ quantity: Quantity) -> Bool {
        value.isFinite && range(quantity).contains(value)
    }

    /// A bound as people write it: `1000000`, `1e15`.
    public static func display(_ bound: Double) -> String {
        abs(bound) >= 1e9 ? (bound < 0 ? "-" : "") + "1e\(Int(log10Exact(abs(bound))))" : CanonicalJSON.number(bound)
    }

    private static func log10Exact(_ value: Double) -> Int {
        var n = 0, v = value
        while v >= 10 { v /= 10; n += 1 }
        return n
    }
}

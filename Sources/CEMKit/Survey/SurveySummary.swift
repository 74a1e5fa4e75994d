// What a survey file says once read: statistics per column and segment, what was detected, and the
// sums derived importance starts from.

/// Everything a survey file says, summed.
public struct SurveySummary: Sendable {
    public var columns: [String]
    public var slots: [SurveySlot]
    /// Per slot, over the respondents used.
    public var moments: [Moments]
    /// Data rows read, and the respondents used (those matching `--where` with at least one usable score).
    public var rows: Int
    public var respondents: Int
    /// `--weight`: the column, and rows left out with `--on-error skip` for an unusable weight.
    public var weightColumn: String?
    public var weightSkipped = 0
    /// Rows matching `--where` with no usable score (blank, or only skipped cells): not respondents.
    public var unusableRows = 0
    /// How the bytes were read.
    public var encoding: DetectedEncoding = .utf8(byteOrderMark: false)
    /// Rows of text right under the header (question text, import ids), left out as more header rows.
    public var extraHeaderRows = 0
    /// Cells left out with `--on-error skip`, per column, in column order.
    public var skipped: [(column: String, count: Int)]
    /// Per value of the `--by` column, in order of first appearance.
    public var segments: [(value: String, respondents: Int, moments: [Moments])]
    /// Derived importance's input; nil when there is no `overall` or no experience column.
    public var drivers: DriverSums?
    /// `--rescale`: the survey scales mapped linearly onto the workbook's (from, to, importance).
    public var rescaled: [(from: Scale, to: Scale, importance: Bool)] = []
    /// Paired satisfaction: per factor with experience and expectation columns, the sums of
    /// experience − expectation over the respondents who answered both.
    public var paired: [(factor: String, moments: Moments)] = []
    /// Per slot, the answers' range as read (before any rescaling).
    public var observed: [SurveyRange] = []
    /// `--top-box K`: K, the candidate tops of the scale (see `topBoxTops`), the experience slots, and the
    /// weight of their answers in each candidate's top box: all respondents, then per segment (file order).
    public var topBox: (k: Int, tops: [Double], slots: [Int], all: [Double], segments: [[Double]])?
    /// The scale experience was read on (the map's or the workbook's; nil when neither said one).
    public var topBoxReadScale: Scale?

    /// The tops a top box may be counted from, known before the scale is (a detected scale decides after
    /// reading): the scale answers were read on, and the standard scales' tops.
    static func topBoxTops(_ read: Scale?) -> [Double] {
        var tops = read.map { [$0.max] } ?? []
        for top in SurveyScaleDetection.standard.map(\.max) where !tops.contains(top) { tops.append(top) }
        return tops
    }

    /// Survey scales detected from the values (no map scale said them), for scores or importance.
    public var detected: [(scale: Scale, seen: SurveyRange, importance: Bool)] = []

    /// Paired satisfaction of a factor (n, mean, sd of experience − expectation per respondent); nil when
    /// the file lacks one of the two columns.
    public func satisfaction(factor: String) -> SurveyStat? {
        paired.first { $0.factor == factor }.map { $0.moments.stat() }
    }

    /// The statistics of a factor's measure, nil when the file has no such column.
    public func stat(factor: String, measure: ScoreField) -> SurveyStat? {
        slots.firstIndex { $0.factor == factor && $0.measure == measure }.map { moments[$0].stat(within: slots[$0].scale) }
    }

    public var overall: SurveyStat? {
        slots.firstIndex { $0.factor == nil }.map { moments[$0].stat(within: slots[$0].scale) }
    }
}

/// Listwise sums over the respondents who answered the experience of every factor and `overall`.
public struct DriverSums: Sendable, Equatable {
    /// Factor ids of the experience variables, in column order; `overall` is the last variable.
    public var factors: [String]
    public var n = 0
    /// Σw and Σw² over those respondents (both n unweighted): weighted correlations divide by them.
    public var weight = 0.0
    public var weightSquares = 0.0
    var shift: [Double]
    var sum: [Double]
    /// Σ dᵢ·dⱼ, row-major, m × m with m = factors.count + 1.
    var products: [Double]
    /// With `--missing pairwise`: the sums of each pair over the respondents who answered both.
    public var pairwise: PairwiseSums?

    init(factors: [String]) {
        self.factors = factors
        let m = factors.count + 1
        shift = Array(repeating: 0, count: m)
        sum = Array(repeating: 0, count: m)
        products = Array(repeating: 0, count: m * m)
    }

    /// The covariance matrix (m × m, row-major), nil below two respondents.
    public var covariance: [Double]? {
        guard n > 1, weight > 0 else { return nil }
        let m = sum.count, count = weight, denominator = weight - weightSquares / weight
        guard denominator > 0 else { return nil }
        var c = Array(repeating: 0.0, count: m * m)
        for i in 0..<m {
            for j in 0..<m { c[i * m + j] = (products[i * m + j] - sum[i] * sum[j] / count) / denominator }
        }
        return c
    }
}

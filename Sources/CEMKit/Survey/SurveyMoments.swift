// The sums a survey reduces to: computed from rows, merged with other sums, and turned into every figure.
//
// Everything `cem import` and `cem segments` compute (means, sd, intervals, correlations, relative
// weights, R², VIF, segments, Welch tests, paired satisfaction, respondent weights, top boxes) follows
// from per-group sums: n, Σw, Σw², Σw·d, Σw·d² of every score column, with d = x − K the answer's
// deviation from a shift K (the first answer seen), and Σw·dᵢ·dⱼ for the pairs of derived importance.
// Sums of two parts of a file (two halves, two waves, two warehouse partitions) merge into the sums of
// the whole: the second part's deviations are moved onto the first part's shift, d' = d + δ with
// δ = K₂ − K₁, which is Chan, Golub and LeVeque's pairwise update written on shifted sums:
//   Σw·d' = Σw·d + δ·Σw,   Σw·d'² = Σw·d² + 2δ·Σw·d + δ²·Σw,   Σw·dᵢ'·dⱼ' = Σw·dᵢ·dⱼ + δᵢ·Σw·dⱼ + δⱼ·Σw·dᵢ + δᵢ·δⱼ·Σw.
// Precision: on a scale of width R, |δ| and |d| are at most R, so each term of Σw·d² is at most w·R², and
// summing n of them in order errs by at most about n·ε·Σw·R² (ε = 2^−53; typically √n·ε): the centred
// M2 = Σw·d² − (Σw·d)²/Σw, the variance's numerator, is then off by at most n·ε·R²/variance relative,
// the same bound as the one-pass shifted sums; for 1e6 answers on 0–10 with sd ≥ 1 that is 1.2e-8 at
// worst, and the workbook stores 9 decimals. Merged sums give the one-pass figures to 1e-12 relative
// in SurveyMomentsTests.

/// The sums of a survey file (or part of one), before scales are fitted to a workbook.
public struct SurveyMoments: Sendable {
    /// The header as read (after the map), and the score slots: both must agree to merge.
    public var columns: [String]
    public var slots: [SurveySlot]
    /// Per slot, over every respondent.
    public var all: [Moments]
    public var rows = 0
    public var respondents = 0
    public var unusableRows = 0
    public var weightSkipped = 0
    /// Cells left out with `--on-error skip`, per column.
    public var skipped: [Int]
    /// Per value of the `--by` column, in order of first appearance: respondents, per slot sums, and the
    /// `--top-box` weights (slot-major, then candidate top; empty without `--top-box`).
    public var segments: [(value: String, respondents: Int, moments: [Moments], topBox: [Double])] = []
    /// `--by`'s column name (for the limit on segment values).
    public var segmentColumn: String?
    /// Derived importance's listwise (and, with `--missing pairwise`, pairwise) sums.
    public var drivers: DriverSums?
    /// Per factor with experience and expectation columns, experience − expectation per respondent.
    public var paired: [(factor: String, moments: Moments)] = []
    /// Per slot, the answers' range as read.
    public var observed: [SurveyRange]
    /// `--top-box`: K, the candidate thresholds (lowest answer in the box per candidate top), the
    /// experience slots, and Σw at or above each threshold over every respondent.
    public var topBoxK = 0
    public var topThresholds: [Double] = []
    public var topSlots: [Int] = []
    public var topBox: [Double] = []
    /// Read once, from the file's start.
    public var encoding: DetectedEncoding = .utf8(byteOrderMark: false)
    public var extraHeaderRows = 0
    public var weightColumn: String?

    public init(columns: [String], slots: [SurveySlot]) {
        self.columns = columns
        self.slots = slots
        all = Array(repeating: Moments(), count: slots.count)
        skipped = Array(repeating: 0, count: columns.count)
        observed = Array(repeating: SurveyRange(low: .infinity, high: -.infinity, whole: true), count: slots.count)
    }

    /// The sums of a whole survey file's bytes (header included), as `cem import` reads it.
    public static func read(_ bytes: [UInt8], workbook: Workbook?, options: SurveyOptions = SurveyOptions()) throws(SurveyError) -> SurveyMoments {
        var reader = SurveyReader(workbook: workbook, options: options)
        try reader.feed(bytes)
        return try reader.finishMoments()
    }

    /// Adds the sums of another part of the same survey (same header and options): afterwards these are
    /// the sums of both parts, as if one file held this part's rows, then the other's.
    public mutating func merge(_ other: SurveyMoments) throws(SurveyError) {
        precondition(columns == other.columns && slots == other.slots, "merging the sums of different survey layouts")
        rows += other.rows
        respondents += other.respondents
        unusableRows += other.unusableRows
        weightSkipped += other.weightSkipped
        for c in skipped.indices { skipped[c] += other.skipped[c] }
        for s in all.indices {
            all[s].merge(other.all[s])
            observed[s].low = Swift.min(observed[s].low, other.observed[s].low)
            observed[s].high = Swift.max(observed[s].high, other.observed[s].high)
            observed[s].whole = observed[s].whole && other.observed[s].whole
        }
        for p in paired.indices { paired[p].moments.merge(other.paired[p].moments) }
        if topBox.count == other.topBox.count { for k in topBox.indices { topBox[k] += other.topBox[k] } }
        for segment in other.segments {
            if let index = segments.firstIndex(where: { $0.value == segment.value }) {
                segments[index].respondents += segment.respondents
                for s in segments[index].moments.indices { segments[index].moments[s].merge(segment.moments[s]) }
                for k in segments[index].topBox.indices { segments[index].topBox[k] += segment.topBox[k] }
            } else {
                guard segments.count < SurveySink.maximumSegments else {
                    throw .tooManySegments(column: segmentColumn ?? "", limit: SurveySink.maximumSegments)
                }
                segments.append(segment)
            }
        }
        if let theirs = other.drivers { drivers?.merge(theirs) }
    }

    /// Merged sums of two parts.
    public func merging(_ other: SurveyMoments) throws(SurveyError) -> SurveyMoments {
        var merged = self
        try merged.merge(other)
        return merged
    }
}

extension Moments {
    /// Adds another part's sums (see the top of this file): its deviations move onto this shift.
    public mutating func merge(_ other: Moments) {
        guard other.n > 0 else { return }
        guard n > 0 else {
            self = other
            return
        }
        var theirs = other
        if exponent != theirs.exponent {
            if exponent == 0 { widen() } else { theirs.widen() }
        }
        let delta = exponent == 0 ? theirs.shift - shift : theirs.shift * Moments.wide - shift * Moments.wide
        if weighted != theirs.weighted {
            // Unweighted sums are sums with every weight 1.
            if !weighted { (weightSum, weightSquares) = (Double(n), Double(n)) }
            if !theirs.weighted { (theirs.weightSum, theirs.weightSquares) = (Double(theirs.n), Double(theirs.n)) }
            weighted = true
        }
        let w = theirs.weighted ? theirs.weightSum : Double(theirs.n)
        n += theirs.n
        sumSquares += theirs.sumSquares + 2 * delta * theirs.sum + delta * delta * w
        sum += theirs.sum + delta * w
        weightSum += theirs.weightSum
        weightSquares += theirs.weightSquares
    }

    /// Switches plain sums to units of 2^600 (see `wideDeviation`).
    mutating func widen() {
        guard exponent == 0 else { return }
        exponent = Moments.wideExponent
        sum *= Moments.wide
        sumSquares *= Moments.wide * Moments.wide
    }
}

extension DriverSums {
    /// Adds another part's listwise and pairwise sums (same variables).
    mutating func merge(_ other: DriverSums) {
        if let theirs = other.pairwise { pairwise?.merge(theirs) }
        guard other.n > 0 else { return }
        guard n > 0 else {
            let pairs = pairwise
            self = other
            pairwise = pairs
            return
        }
        let m = sum.count, w = other.weight
        let delta = (0..<m).map { other.shift[$0] - shift[$0] }
        for i in 0..<m {
            for j in 0..<m {
                products[i * m + j] += other.products[i * m + j] + delta[i] * other.sum[j] + delta[j] * other.sum[i] + delta[i] * delta[j] * w
            }
        }
        for i in 0..<m { sum[i] += other.sum[i] + delta[i] * w }
        n += other.n
        weight += other.weight
        weightSquares += other.weightSquares
    }
}

extension PairwiseSums {
    /// Adds another part's pairwise sums: cell (i, j) moves by variable i's shift δᵢ (and j's for products).
    mutating func merge(_ other: PairwiseSums) {
        for k in 0..<m where shifted[k] == 0 && other.shifted[k] != 0 {
            shift[k] = other.shift[k]
            shifted[k] = 1
        }
        for i in 0..<m {
            for j in 0..<m {
                let ij = i * m + j, ji = j * m + i, c = Double(other.count[ij])
                guard other.count[ij] > 0 else { continue }
                let di = other.shift[i] - shift[i], dj = other.shift[j] - shift[j]
                products[ij] += other.products[ij] + di * other.sum[ji] + dj * other.sum[ij] + di * dj * c
                squares[ij] += other.squares[ij] + 2 * di * other.sum[ij] + di * di * c
                sum[ij] += other.sum[ij] + di * c
                count[ij] += other.count[ij]
            }
        }
    }
}

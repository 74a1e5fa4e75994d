// Pairwise sums for derived importance with `--missing pairwise`: each correlation from the respondents
// who answered both of its variables, instead of only those who answered every variable (listwise).
//
// Caveats (README): the correlations rest on different respondents, so the matrix may not be a possible
// correlation matrix (not positive semidefinite); its negative eigenvalues are then left out like zero
// ones, and a factor whose residual variance comes out at or below zero is treated as exactly collinear.
// n of the model is the smallest pairwise n, which the minimum per driver is checked against.

/// The fewest and most respondents behind the correlations.
public struct RespondentRange: Sendable, Equatable {
    public var low: Int
    public var high: Int
}

/// Sums over the respondents who answered both variables i and j, m × m row-major, for m variables
/// (the experience of each factor, then overall). Values are shifted by the first value seen of each variable.
public struct PairwiseSums: Sendable, Equatable {
    public var count: [Int]
    /// Σ dᵢ over the rows where i and j are both answered (not symmetric), Σ dᵢ² likewise, Σ dᵢ·dⱼ.
    var sum: [Double]
    var squares: [Double]
    var products: [Double]
    /// Per variable, the first value seen (the shift of its deviations), and whether one was seen.
    var shift: [Double]
    var shifted: [UInt8]
    let m: Int

    init(variables m: Int) {
        self.m = m
        count = Array(repeating: 0, count: m * m)
        sum = Array(repeating: 0, count: m * m)
        squares = Array(repeating: 0, count: m * m)
        products = Array(repeating: 0, count: m * m)
        shift = Array(repeating: 0, count: m)
        shifted = Array(repeating: 0, count: m)
    }

    /// The variance of variable i over every respondent who answered it; nil below two.
    func variance(_ i: Int) -> Double? {
        let k = i * m + i, n = Double(count[k])
        guard count[k] > 1 else { return nil }
        return max(0, (squares[k] - sum[k] * sum[k] / n) / (n - 1))
    }

    /// The correlation of i and j over the respondents who answered both; 0 when either does not vary there.
    func correlation(_ i: Int, _ j: Int) -> Double {
        let ij = i * m + j, ji = j * m + i, n = Double(count[ij])
        guard count[ij] > 1 else { return 0 }
        let sxx = squares[ij] - sum[ij] * sum[ij] / n, syy = squares[ji] - sum[ji] * sum[ji] / n
        guard sxx > 0, syy > 0 else { return 0 }
        return max(-1, min(1, (products[ij] - sum[ij] * sum[ji] / n) / (sxx * syy).squareRoot()))
    }

    /// The fewest and most respondents behind a correlation between two different variables.
    public var range: RespondentRange {
        var low = Int.max, high = 0
        for i in 0..<m { for j in 0..<m where i != j { low = min(low, count[i * m + j]); high = max(high, count[i * m + j]) } }
        return m > 1 ? RespondentRange(low: low, high: high) : RespondentRange(low: 0, high: 0)
    }
}

extension SurveyScratch {
    /// Adds the answered variables of the current row to the pairwise sums.
    @inline(never)
    func addPairs() {
        let m = drivers
        var present = 0
        for k in 0..<m {
            let v = values[driverSlots[k]]
            if v != v { continue }
            let x = v * driverUnit
            if pairShifted[k] == 0 {
                pairShift[k] = x
                pairShifted[k] = 1
            }
            pairIndex[present] = k
            pairValue[present] = x - pairShift[k]
            present += 1
        }
        for a in 0..<present {
            let i = pairIndex[a], di = pairValue[a]
            for b in 0..<present {
                let index = i * m + pairIndex[b], dj = pairValue[b]
                pairCount[index] += 1
                pairSum[index] += di
                pairSquares[index] += di * di
                pairProducts[index] += di * dj
            }
        }
    }

    func pairwiseSums() -> PairwiseSums {
        var sums = PairwiseSums(variables: drivers)
        let count = drivers * drivers
        sums.count = Array(UnsafeBufferPointer(start: pairCount, count: count))
        sums.sum = Array(UnsafeBufferPointer(start: pairSum, count: count))
        sums.squares = Array(UnsafeBufferPointer(start: pairSquares, count: count))
        sums.products = Array(UnsafeBufferPointer(start: pairProducts, count: count))
        sums.shift = Array(UnsafeBufferPointer(start: pairShift, count: drivers))
        sums.shifted = Array(UnsafeBufferPointer(start: pairShifted, count: drivers))
        return sums
    }
}

// Derived importance, as key-driver analysis computes it: each factor's experience correlated with
// `overall`, and Johnson's relative weights (Johnson 2000, "A heuristic method for estimating the
// relative weight of predictor variables in multiple regression").
//
// With R the correlations among the factors and r their correlations with overall:
//   R = V Λ Vᵀ (eigen-decomposition, by Householder reduction and QL: `SymmetricEigen`),
//   Λ½ = V Λ^½ Vᵀ (the correlations of the factors with their closest orthogonal counterparts),
//   β = V Λ^−½ Vᵀ r (overall regressed on those orthogonal counterparts),
//   weightⱼ = Σₖ (Λ½)ⱼₖ² βₖ², which sum to R² of the regression of overall on all factors.
// A factor's variance inflation factor is (R⁻¹)ⱼⱼ; at 10 or more its weight rests on strongly
// collinear factors. Before that, factors whose experience does not vary, and factors exactly collinear
// with factors before them (found by an incremental Cholesky factorisation, O(k³)), are left out of the
// model and named, so that one culprit never blanks or inflates the figures of the others.

public struct KeyDriver: Sendable, Equatable {
    public var factor: String
    /// Pearson correlation of the factor's experience with overall, rounded to 9 decimals.
    public var correlation: Double?
    /// Johnson's relative weight: the part of R² this factor carries.
    public var weight: Double?
    /// weight / R²: the share of the explained variance.
    public var share: Double?
    /// Variance inflation factor; nil when the factors are exactly collinear.
    public var inflation: Double?

    public var collinear: Bool { inflation.map { $0 >= KeyDrivers.collinearInflation } ?? true }
}

/// Why a factor was left out of the model of derived importance.
public enum DroppedDriver: Sendable, Equatable {
    /// Every respondent used gave its experience the same answer.
    case constant(factor: String)
    /// Its experience is an exact linear combination of these factors' (kept in the model).
    case collinear(factor: String, with: [String])

    public var factor: String {
        switch self {
        case .constant(let factor), .collinear(let factor, _): return factor
        }
    }
}

public struct KeyDrivers: Sendable, Equatable {
    public static let collinearInflation = 10.0
    /// Respondents needed per factor in the model before its weights are used: below that the regression
    /// fits noise, and with n ≤ factors + 1 it fits exactly (R² = 1) whatever the answers.
    public static let respondentsPerDriver = 5

    /// Respondents who answered every factor's experience and overall (listwise); with pairwise sums,
    /// the fewest respondents behind one correlation.
    public var n: Int
    /// Respondents who answered every variable, whichever method was used.
    public var listwiseN: Int
    /// With `--missing pairwise`: the fewest and most respondents behind a correlation; nil for listwise.
    public var pairwiseRange: RespondentRange?
    public var rSquared: Double?
    public var drivers: [KeyDriver]
    /// Factors left out of the model, in column order.
    public var dropped: [DroppedDriver] = []
    /// Overall satisfaction does not vary: no weight can be derived.
    public var constantOverall = false
    /// The weights before rounding, for rescaling (so 1/6 against 2/3 gives exactly 2.5 of 10).
    var exactWeights: [Double?] = []

    /// Factors in the model.
    public var modelSize: Int { drivers.count - dropped.count }
    /// The respondents the model needs: `respondentsPerDriver` per factor in it.
    public var minimumN: Int { KeyDrivers.respondentsPerDriver * max(1, modelSize) }
    /// Whether there are enough respondents for the weights to mean something.
    public var enoughRespondents: Bool { n >= minimumN }

    /// Nil below three respondents (no correlation to speak of).
    public init?(_ sums: DriverSums) { self.init(sums, progress: nil) }

    /// Nil below three respondents (no correlation to speak of). O(k³) in the k factors (one eigen-
    /// decomposition and one matrix product); `progress(step, steps)` is told before each of the 4 steps.
    public init?(_ sums: DriverSums, progress: ((Int, Int) -> Void)?) {
        let m = sums.factors.count + 1, all = m - 1
        let varies: [Bool], r: (Int, Int) -> Double?
        listwiseN = sums.n
        if let pairs = sums.pairwise {
            // Each correlation from the respondents who answered both; n is the fewest behind one.
            guard pairs.range.low > 2 else { return nil }
            let positive = (0..<m).map { (pairs.variance($0) ?? 0) > 0 }
            varies = positive
            r = { i, j in positive[i] && positive[j] ? pairs.correlation(i, j) : nil }
            n = pairs.range.low
            pairwiseRange = pairs.range
        } else {
            guard sums.n > 2, let c = sums.covariance, c.allSatisfy(\.isFinite) else { return nil }
            let sd = (0..<m).map { c[$0 * m + $0].squareRoot() }
            varies = sd.map { $0 > 0 }
            r = { i, j in sd[i] > 0 && sd[j] > 0 ? max(-1, min(1, c[i * m + j] / (sd[i] * sd[j]))) : nil }
            n = sums.n
        }
        var drivers = sums.factors.enumerated().map { j, id in
            KeyDriver(factor: id, correlation: r(j, all).map(roundFigure), weight: nil, share: nil, inflation: nil)
        }
        rSquared = nil
        self.drivers = drivers
        // Relative weights need overall to vary; a factor that does not is left out, and so is one that is
        // exactly collinear with the factors kept before it.
        guard varies[all] else {
            constantOverall = true
            return
        }
        var model: [Int] = []
        var lower: [Double] = []  // Cholesky factor of the model's correlations, row i of length i + 1.
        var dropped: [DroppedDriver] = []
        for j in 0..<all {
            guard varies[j] else {
                dropped.append(.constant(factor: sums.factors[j]))
                continue
            }
            let p = model.count
            var y = [Double](repeating: 0, count: p)
            var start = 0
            for i in 0..<p {
                var t = r(model[i], j)!
                for l in 0..<i { t -= lower[start + l] * y[l] }
                y[i] = t / lower[start + i]
                start += i + 1
            }
            let residual = 1 - y.reduce(0) { $0 + $1 * $1 }
            if residual > KeyDrivers.exactTolerance {
                lower += y + [residual.squareRoot()]
                model.append(j)
                continue
            }
            // b = L⁻ᵀ y: the combination of kept factors it equals; name those that take part.
            var b = y
            var rowStart = p * (p - 1) / 2
            for i in stride(from: p - 1, through: 0, by: -1) {
                var t = b[i]
                var index = (i + 1) * (i + 2) / 2 + i
                for l in (i + 1)..<max(p, i + 1) {
                    t -= lower[index] * b[l]
                    index += l + 1
                }
                b[i] = t / lower[rowStart + i]
                rowStart -= i
            }
            let with = (0..<p).filter { abs(b[$0]) > 1e-6 }.map { sums.factors[model[$0]] }
            dropped.append(.collinear(factor: sums.factors[j], with: with))
        }
        self.dropped = dropped
        exactWeights = Array(repeating: nil, count: all)
        let k = model.count
        guard k > 0 else { return }
        progress?(1, 4)
        var rxx = [Double](repeating: 0, count: k * k)
        for i in 0..<k { for j in 0..<k { rxx[i * k + j] = i == j ? 1 : r(model[i], model[j])! } }
        let rxy = (0..<k).map { r(model[$0], all)! }
        let (values, vectors) = SymmetricEigen.decompose(rxx, size: k) { progress?(1 + $0, 4) }
        progress?(4, 4)
        let tolerance = 1e-10
        // Everything below is O(k²) but Λ½ = U Uᵀ with U = V Λ^¼, one O(k³) product of contiguous rows.
        let kept = values.map { $0 > tolerance }
        // β = V Λ^−½ Vᵀ r.
        var projected = [Double](repeating: 0, count: k)
        for i in 0..<k {
            let ri = rxy[i]
            for e in 0..<k where kept[e] { projected[e] += vectors[i * k + e] * ri }
        }
        for e in 0..<k { projected[e] = kept[e] ? projected[e] / values[e].squareRoot() : 0 }
        var beta = [Double](repeating: 0, count: k)
        for i in 0..<k {
            var s = 0.0
            for e in 0..<k { s += vectors[i * k + e] * projected[e] }
            beta[i] = s
        }
        let betaSquared = beta.map { $0 * $0 }
        // Rows of U, and weightⱼ = Σₗ (Λ½)ⱼₗ² βₗ² with (Λ½)ⱼₗ = Uⱼ · Uₗ.
        var u = [Double](repeating: 0, count: k * k)
        for i in 0..<k { for e in 0..<k where kept[e] { u[i * k + e] = vectors[i * k + e] * values[e].squareRoot().squareRoot() } }
        var weights = [Double](repeating: 0, count: k)
        u.withUnsafeBufferPointer { u in
            for j in 0..<k {
                let row = u.baseAddress! + j * k
                for l in j..<k {
                    let other = u.baseAddress! + l * k
                    var half = 0.0
                    for e in 0..<k { half += row[e] * other[e] }
                    let square = half * half
                    weights[j] += square * betaSquared[l]
                    if l != j { weights[l] += square * betaSquared[j] }
                }
            }
        }
        // (R⁻¹)ⱼⱼ = Σₑ Vⱼₑ² / λₑ.
        let inverse = (0..<k).map { j in (0..<k).reduce(0.0) { kept[$1] ? $0 + vectors[j * k + $1] * vectors[j * k + $1] / values[$1] : $0 } }
        let total = weights.reduce(0, +)
        let singular = values.contains { $0 <= tolerance }
        rSquared = roundFigure(total)
        for (i, j) in model.enumerated() {
            drivers[j].weight = roundFigure(weights[i])
            drivers[j].share = total > 0 ? roundFigure(weights[i] / total) : nil
            drivers[j].inflation = singular ? nil : roundFigure(inverse[i])
            exactWeights[j] = weights[i]
        }
        self.drivers = drivers
    }

    /// The residual variance (of a unit-variance factor regressed on those kept) at or below which it is
    /// exactly collinear with them.
    static let exactTolerance = 1e-9

    public func driver(_ factor: String) -> KeyDriver? { drivers.first { $0.factor == factor } }

    /// A weight on the importance scale, in proportion: max · weight / largest weight, so the strongest
    /// driver sits at the top of the scale and a factor with half its weight at half the top. A zero weight
    /// is 0, which is the bottom only of a scale that starts at 0: below a scale's minimum the figure is
    /// kept at the minimum (see `proportionalImportance` for the figure before that).
    public func importance(_ factor: String, on scale: Scale) -> Double? {
        proportionalImportance(factor, on: scale).map { min(scale.max, max(scale.min, $0)) }
    }

    /// max · weight / largest weight, rounded, before it is kept inside the scale.
    public func proportionalImportance(_ factor: String, on scale: Scale) -> Double? {
        guard let j = drivers.firstIndex(where: { $0.factor == factor }), j < exactWeights.count, let weight = exactWeights[j],
              let top = exactWeights.compactMap({ $0 }).max(), top > 0 else { return nil }
        return roundFigure(scale.max * weight / top)
    }
}

/// Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: O(n³) per sweep
/// with a large constant and up to 100 sweeps, so kept only as an independent check of `SymmetricEigen`.
public enum Jacobi {
    /// `matrix` is size × size, row-major. Returns the eigenvalues and the eigenvectors as the
    /// columns of a row-major matrix (vector e is `vectors[i * size + e]` for i in 0..<size).
    public static func eigen(_ matrix: [Double], size n: Int) -> (values: [Double], vectors: [Double]) {
        var a = matrix
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in (i + 1)..<max(n, i + 1) { off += a[i * n + j] * a[i * n + j] } }
            if off < 1e-30 { break }
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) {
                    let apq = a[p * n + q]
                    if abs(apq) < 1e-300 { continue }
                    let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq
                        a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk
                        a[q * n + k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k * n + p], vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq
                        v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0 * n + $0] }, v)
    }
}

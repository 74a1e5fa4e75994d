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
// collinear factors.

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

public struct KeyDrivers: Sendable, Equatable {
    public static let collinearInflation = 10.0

    /// Respondents who answered every factor's experience and overall (listwise).
    public var n: Int
    public var rSquared: Double?
    public var drivers: [KeyDriver]
    /// The weights before rounding, for rescaling (so 1/6 against 2/3 gives exactly 2.5 of 10).
    var exactWeights: [Double] = []

    /// Nil below three respondents (no correlation to speak of).
    public init?(_ sums: DriverSums) { self.init(sums, progress: nil) }

    /// Nil below three respondents (no correlation to speak of). O(k³) in the k factors (one eigen-
    /// decomposition and one matrix product); `progress(step, steps)` is told before each of the 4 steps.
    public init?(_ sums: DriverSums, progress: ((Int, Int) -> Void)?) {
        guard sums.n > 2, let c = sums.covariance, c.allSatisfy(\.isFinite) else { return nil }
        let m = sums.factors.count + 1, k = m - 1
        let sd = (0..<m).map { c[$0 * m + $0].squareRoot() }
        func r(_ i: Int, _ j: Int) -> Double? {
            sd[i] > 0 && sd[j] > 0 ? max(-1, min(1, c[i * m + j] / (sd[i] * sd[j]))) : nil
        }
        n = sums.n
        var drivers = sums.factors.enumerated().map { j, id in
            KeyDriver(factor: id, correlation: r(j, k).map(roundFigure), weight: nil, share: nil, inflation: nil)
        }
        // Relative weights need every variable to vary.
        guard sd.allSatisfy({ $0 > 0 }) else {
            rSquared = nil
            self.drivers = drivers
            return
        }
        progress?(1, 4)
        var rxx = [Double](repeating: 0, count: k * k)
        for i in 0..<k { for j in 0..<k { rxx[i * k + j] = i == j ? 1 : r(i, j)! } }
        let rxy = (0..<k).map { r($0, k)! }
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
        for j in 0..<k {
            drivers[j].weight = roundFigure(weights[j])
            drivers[j].share = total > 0 ? roundFigure(weights[j] / total) : nil
            drivers[j].inflation = singular ? nil : roundFigure(inverse[j])
        }
        self.drivers = drivers
        exactWeights = weights
    }

    public func driver(_ factor: String) -> KeyDriver? { drivers.first { $0.factor == factor } }

    /// A weight on the importance scale: min + (max − min) · weight / largest weight, so the strongest
    /// driver sits at the top of the scale and the others in proportion to their part of R².
    public func importance(_ factor: String, on scale: Scale) -> Double? {
        guard let j = drivers.firstIndex(where: { $0.factor == factor }), j < exactWeights.count,
              let top = exactWeights.max(), top > 0 else { return nil }
        let weight = exactWeights[j]
        return min(scale.max, max(scale.min, roundFigure(scale.min + (scale.max - scale.min) * weight / top)))
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

// Survey statistics: n, mean, standard deviation and the 95% confidence interval of a mean.
//
// Sums are kept shifted by the first value seen (n, Σ(x−K), Σ(x−K)²), which costs one add and one
// multiply-add per answer and keeps the variance accurate for scores on a bounded scale (the shift
// removes the cancellation of the textbook Σx² − (Σx)²/n). Deviations beyond 2^400 switch the sums to
// units of 2^600, so that huge scales (0–1e300) give finite means and standard deviations.
//
// The interval is mean ± t(0.975, n−1) · sd/√n. The t quantile is exact to 9 decimals from a table for
// 1–30 degrees of freedom and, above 30, the Cornish–Fisher expansion of t in 1/ν around the normal
// quantile (four terms; error below 1e-7 at ν = 31, smaller beyond).

/// Running sums of one measure.
public struct Moments: Equatable, Sendable {
    public internal(set) var n = 0
    var shift = 0.0
    /// Σ(x−K) and Σ(x−K)², in units of 2^exponent.
    var sum = 0.0
    var sumSquares = 0.0
    /// 0, or `Moments.wideExponent` once a deviation from K exceeds `Moments.safe`: the sums are then kept
    /// in units of 2^600, so that no square or sum can overflow whatever finite numbers come in. Powers of
    /// two scale exactly, and scores on an ordinary scale never leave the plain path (same figures as ever).
    var exponent = 0
    /// `--weight`: Σw and Σw² (the sums above are then Σw·d and Σw·d²); unweighted, both stand for n.
    var weighted = false
    var weightSum = 0.0
    var weightSquares = 0.0

    static let safe = 0x1p400
    static let wideExponent = 600
    static let wide = 0x1p-600

    public init() {}

    @inline(__always)
    public mutating func add(_ x: Double) {
        if n == 0 { shift = x }
        var d = x - shift
        if exponent != 0 || !(Swift.abs(d) <= Moments.safe) { d = wideDeviation(x) }
        n &+= 1
        sum += d
        sumSquares += d * d
    }

    /// A weighted answer (w ≥ 0, finite): the sums become Σw·d and Σw·d², with Σw and Σw².
    public mutating func add(_ x: Double, weight w: Double) {
        if n == 0 { shift = x }
        weighted = true
        var d = x - shift
        if exponent != 0 || !(Swift.abs(d) <= Moments.safe) { d = wideDeviation(x) }
        n += 1
        weightSum += w
        weightSquares += w * w
        sum += w * d
        sumSquares += w * d * d
    }

    /// Σw (n unweighted).
    var totalWeight: Double { weighted ? weightSum : Double(n) }

    /// Kish's effective n, (Σw)²/Σw²; nil unweighted (it is n) or when every weight is 0.
    public var effectiveN: Double? {
        guard weighted, weightSquares > 0 else { return nil }
        return weightSum * weightSum / weightSquares
    }

    /// x − K in units of 2^600, switching the sums to those units the first time.
    @inline(never)
    private mutating func wideDeviation(_ x: Double) -> Double {
        if exponent == 0 {
            exponent = Moments.wideExponent
            sum *= Moments.wide
            sumSquares *= Moments.wide * Moments.wide
        }
        return x * Moments.wide - shift * Moments.wide
    }

    private var unit: Double { exponent == 0 ? 1 : 0x1p600 }

    /// The mean, unrounded; nil when there is no answer. Finite for finite answers.
    public var mean: Double? {
        guard n > 0, totalWeight > 0 else { return nil }
        if exponent == 0 { return shift + sum / totalWeight }
        return (shift * Moments.wide + sum / totalWeight) * unit
    }

    /// The sample variance (divisor n − 1); nil below two answers. In units of 2^exponent squared: see
    /// `standardDeviation`, which stays finite where the variance of huge numbers would not.
    /// Weighted: reliability weights, [Σw·d² − (Σw·d)²/Σw] / (Σw − Σw²/Σw) (unbiased for frequency-like
    /// weights; with every w = 1 it is the n − 1 formula exactly).
    var scaledVariance: Double? {
        guard n > 1 else { return nil }
        guard weighted else { return Swift.max(0, (sumSquares - sum * sum / Double(n)) / Double(n - 1)) }
        let denominator = weightSum - weightSquares / weightSum
        guard weightSum > 0, denominator > 0 else { return nil }
        return Swift.max(0, (sumSquares - sum * sum / weightSum) / denominator)
    }

    /// The sample variance (divisor n − 1); nil below two answers (infinite only beyond ±1e154).
    public var variance: Double? { scaledVariance.map { $0 * unit * unit } }

    /// The sample standard deviation; nil below two answers. Infinite only when the answers span more
    /// than the largest double (±1.8e308 on both sides), which an import refuses.
    public var standardDeviation: Double? { scaledVariance.map { $0.squareRoot() * unit } }

    /// The statistics as the workbook stores them: mean and sd rounded to 9 decimals (`roundFigure`),
    /// the mean kept inside `scale` so that rounding can never push it out.
    public func stat(within scale: Scale? = nil) -> SurveyStat {
        var mean = self.mean.map(finiteFigure)
        if let scale, let m = mean { mean = Swift.min(scale.max, Swift.max(scale.min, m)) }
        return SurveyStat(n: n, mean: mean, sd: standardDeviation.map(finiteFigure), effectiveN: effectiveN.map(finiteFigure))
    }
}

/// `roundFigure`, except where multiplying by 1e9 would overflow (|x| > 1.8e299): such a number has no
/// decimals to round, and is kept as it is.
@inline(__always)
func finiteFigure(_ x: Double) -> Double {
    let rounded = roundFigure(x)
    return rounded.isFinite || !x.isFinite ? rounded : x
}

extension SurveyStat {
    /// The 95% confidence interval of the mean, rounded to 9 decimals; nil when n < 2 or sd is missing.
    public var confidenceInterval: (low: Double, high: Double)? {
        guard let mean, let half = marginOfError else { return nil }
        return (finiteFigure(mean - half), finiteFigure(mean + half))
    }

    /// Half the width of the 95% interval (the "±" figure); nil when there is no interval. Weighted
    /// (`effectiveN`), t has n_eff − 1 degrees of freedom and the standard error is sd/√n_eff.
    public var marginOfError: Double? {
        guard let sd else { return nil }
        if let effective = effectiveN {
            guard effective >= 2 else { return nil }
            return finiteFigure(Student.quantile975(effective - 1) * sd / effective.squareRoot())
        }
        guard n > 1 else { return nil }
        return finiteFigure(Student.quantile975(degreesOfFreedom: n - 1) * sd / Double(n).squareRoot())
    }
}

extension Factor {
    /// The survey statistics of one measure, if an import wrote them (for the session and reports).
    public func surveyStat(_ measure: ScoreField) -> SurveyStat? {
        survey.first { $0.measure == measure }?.stat
    }
}

/// Student's t distribution, as far as a 95% interval needs it.
public enum Student {
    static let table: [Double] = [
        12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252,
        2.306004135, 2.262157163, 2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688,
        2.131449546, 2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447, 2.079613845,
        2.073873068, 2.068657610, 2.063898562, 2.059538553, 2.055529439, 2.051830516, 2.048407142,
        2.045229642, 2.042272456,
    ]

    /// The 0.975 quantile of t with `df` degrees of freedom (df ≥ 1).
    public static func quantile975(degreesOfFreedom df: Int) -> Double {
        precondition(df >= 1)
        if df <= table.count { return table[df - 1] }
        let z = 1.959963984540054, v = Double(df)
        let z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2
        return z + (z3 + z) / (4 * v)
            + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
            + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
            + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v * v * v * v)
    }
}

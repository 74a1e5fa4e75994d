// Survey statistics: n, mean, standard deviation and the 95% confidence interval of a mean.
//
// Sums are kept shifted by the first value seen (n, Σ(x−K), Σ(x−K)²), which costs one add and one
// multiply-add per answer and keeps the variance accurate for scores on a bounded scale (the shift
// removes the cancellation of the textbook Σx² − (Σx)²/n).
//
// The interval is mean ± t(0.975, n−1) · sd/√n. The t quantile is exact to 9 decimals from a table for
// 1–30 degrees of freedom and, above 30, the Cornish–Fisher expansion of t in 1/ν around the normal
// quantile (four terms; error below 1e-7 at ν = 31, smaller beyond).

/// Running sums of one measure.
public struct Moments: Equatable, Sendable {
    public private(set) var n = 0
    var shift = 0.0
    var sum = 0.0
    var sumSquares = 0.0

    public init() {}

    @inline(__always)
    public mutating func add(_ x: Double) {
        if n == 0 { shift = x }
        let d = x - shift
        n += 1
        sum += d
        sumSquares += d * d
    }

    /// The mean, unrounded; nil when there is no answer.
    public var mean: Double? { n == 0 ? nil : shift + sum / Double(n) }

    /// The sample variance (divisor n − 1); nil below two answers.
    public var variance: Double? {
        guard n > 1 else { return nil }
        return max(0, (sumSquares - sum * sum / Double(n)) / Double(n - 1))
    }

    /// The statistics as the workbook stores them: mean and sd rounded to 9 decimals (`roundFigure`),
    /// the mean kept inside `scale` so that rounding can never push it out.
    public func stat(within scale: Scale? = nil) -> SurveyStat {
        var mean = self.mean.map(roundFigure)
        if let scale, let m = mean { mean = Swift.min(scale.max, Swift.max(scale.min, m)) }
        return SurveyStat(n: n, mean: mean, sd: variance.map { roundFigure($0.squareRoot()) })
    }
}

extension SurveyStat {
    /// The 95% confidence interval of the mean, rounded to 9 decimals; nil when n < 2 or sd is missing.
    public var confidenceInterval: (low: Double, high: Double)? {
        guard n > 1, let mean, let sd else { return nil }
        let half = Student.quantile975(degreesOfFreedom: n - 1) * sd / Double(n).squareRoot()
        return (roundFigure(mean - half), roundFigure(mean + half))
    }

    /// Half the width of the 95% interval (the "±" figure); nil when there is no interval.
    public var marginOfError: Double? {
        guard n > 1, let sd else { return nil }
        return roundFigure(Student.quantile975(degreesOfFreedom: n - 1) * sd / Double(n).squareRoot())
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

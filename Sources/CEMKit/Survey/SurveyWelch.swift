// Each segment against the rest of the respondents: Welch's t test of the difference of two means,
// with the Welch–Satterthwaite degrees of freedom, the two-sided p-value and the 95% interval of the
// difference. The rest is all respondents minus the segment, from the sums (no second pass). With
// `--weight`, each side's variance of the mean is sd²/n_eff (Kish) and its degrees of freedom n_eff − 1.

/// The test of one measure of one factor: this segment against the rest.
public struct WelchTest: Sendable, Equatable {
    /// Segment mean − rest mean.
    public var difference: Double
    public var t: Double
    public var degreesOfFreedom: Double
    /// Two-sided.
    public var p: Double
    public var low: Double
    public var high: Double
    /// The rest's mean and n (respondents who answered, outside the segment).
    public var restMean: Double
    public var restN: Int
    /// p < 0.05.
    public var significant: Bool { p < WelchTest.level }

    public static let level = 0.05

    /// The test of two groups from their sums; nil when either side has fewer than two answers (or an
    /// effective n below 2), or neither varies.
    public static func between(_ a: Moments, _ b: Moments) -> WelchTest? {
        guard let x = a.parts, let y = b.parts, let ma = a.mean, let mb = b.mean else { return nil }
        guard let va = x.varianceOfMean, let vb = y.varianceOfMean else { return nil }
        guard let core = WelchTest.core(difference: ma - mb, varianceOfMeans: (va, vb),
                                        degreesOfFreedom: (x.effective - 1, y.effective - 1)) else { return nil }
        return WelchTest(difference: finiteFigure(ma - mb), t: finiteFigure(core.t), degreesOfFreedom: finiteFigure(core.df),
                         p: finiteFigure(core.p), low: finiteFigure(ma - mb - core.half), high: finiteFigure(ma - mb + core.half),
                         restMean: finiteFigure(mb), restN: b.n)
    }

    /// Welch's test of a difference of two means from each side's variance of the mean and degrees of
    /// freedom: the standard error, the Welch–Satterthwaite df, t, the two-sided p and the half-width of
    /// the 95% interval. The one place of the formula (segments here, experiments in step 7); nil when
    /// neither side varies.
    public static func core(difference: Double, varianceOfMeans v: (Double, Double), degreesOfFreedom d: (Double, Double))
        -> (se: Double, df: Double, t: Double, p: Double, half: Double)? {
        let se2 = v.0 + v.1
        guard se2 > 0, se2.isFinite else { return nil }
        let se = se2.squareRoot()
        let df = se2 * se2 / (v.0 * v.0 / d.0 + v.1 * v.1 / d.1)
        let t = difference / se
        return (se, df, t, Student.twoSidedP(t, degreesOfFreedom: df), Student.quantile975(max(1, df)) * se)
    }
}

/// A group's sums as weight, effective n and centred sum of squares (plain units only).
struct MomentParts {
    var weight: Double
    var weightSquares: Double
    var mean: Double
    /// Σw·(x − mean)².
    var squares: Double

    var effective: Double { weight * weight / weightSquares }

    /// sd²/n_eff, the variance of the mean; nil below an effective n of 2.
    var varianceOfMean: Double? {
        let denominator = weight - weightSquares / weight
        guard effective >= 2 - 1e-12, denominator > 0 else { return nil }
        return Swift.max(0, squares / denominator) / effective
    }
}

extension Moments {
    /// The sums in plain units; nil without answers or on the wide path (scales beyond ±2^400).
    var parts: MomentParts? {
        guard n > 0, exponent == 0, totalWeight > 0, let mean else { return nil }
        let w2 = weighted ? weightSquares : Double(n)
        return MomentParts(weight: totalWeight, weightSquares: w2, mean: mean,
                           squares: Swift.max(0, sumSquares - sum * sum / totalWeight))
    }

    /// All respondents' sums minus one segment's: the rest of the respondents.
    func removing(_ part: Moments) -> Moments? {
        guard let all = parts else { return nil }
        guard let seg = part.parts else { return self }
        let n = self.n - part.n
        let w = all.weight - seg.weight, w2 = all.weightSquares - seg.weightSquares
        guard n > 0, w > 1e-12 * all.weight else { return nil }
        let mean = (all.weight * all.mean - seg.weight * seg.mean) / w
        let squares = Swift.max(0, all.squares - seg.squares - seg.weight * w / all.weight * (seg.mean - mean) * (seg.mean - mean))
        var rest = Moments()
        rest.n = n
        rest.shift = mean
        rest.sum = 0
        rest.sumSquares = squares
        rest.weighted = true
        rest.weightSum = w
        rest.weightSquares = Swift.max(w2, 0)
        // Unweighted sums keep their unweighted form (Σw² = n), so no effective n shows.
        if !weighted { rest.weighted = false }
        return rest
    }
}

// Student's t for real degrees of freedom (a Kish effective n − 1, Welch–Satterthwaite): the distribution
// function through the regularized incomplete beta function (continued fraction, modified Lentz), and
// the 0.975 quantile by Newton's method on it from the normal approximation. Whole degrees of freedom
// keep the table and expansion of `Student.quantile975(degreesOfFreedom:)`, so unweighted figures do
// not move.

import Foundation

extension Student {
    /// P(T ≤ t) for t with `df` > 0 degrees of freedom.
    public static func cdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        guard t.isFinite else { return t > 0 ? 1 : 0 }
        let x = df / (df + t * t)
        let tail = 0.5 * incompleteBeta(x, a: df / 2, b: 0.5)
        return t > 0 ? 1 - tail : tail
    }

    /// The two-sided p-value of t with `df` degrees of freedom.
    public static func twoSidedP(_ t: Double, degreesOfFreedom df: Double) -> Double {
        guard t.isFinite else { return 0 }
        return incompleteBeta(df / (df + t * t), a: df / 2, b: 0.5)
    }

    /// The 0.975 quantile for real `df` ≥ 1; a whole `df` gives exactly `quantile975(degreesOfFreedom:)`.
    public static func quantile975(_ df: Double) -> Double {
        precondition(df >= 1)
        if df == df.rounded(), df <= 1e9 { return quantile975(degreesOfFreedom: Int(df)) }
        // Start between the neighbouring whole figures, then Newton on the distribution function.
        var t = quantile975(degreesOfFreedom: max(1, Int(df.rounded(.down))))
        for _ in 0..<50 {
            let f = cdf(t, degreesOfFreedom: df) - 0.975
            let density = exp(lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
                              - (df + 1) / 2 * log1p(t * t / df))
            let step = f / density
            t -= step
            if abs(step) < 1e-13 * max(1, t) { break }
        }
        return t
    }

    /// I_x(a, b), the regularized incomplete beta function.
    static func incompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x))
        if x < (a + 1) / (a + b + 2) { return front * continuedFraction(x, a: a, b: b) / a }
        return 1 - front * continuedFraction(1 - x, a: b, b: a) / b
    }

    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return h
    }
}

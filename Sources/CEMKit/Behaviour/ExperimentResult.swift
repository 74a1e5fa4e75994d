// Step 7's experiment: the difference between a test group and a control group, its 95% interval and
// whether it is significant at 5% (Welch for means, the unpooled normal interval for proportions).

import Foundation

/// What an experiment shows. Differences are test − control: in the metric's units for means, in
/// percentage points for proportions. Nil figures are missing (a group not given, n too small, no spread).
public struct ExperimentResult: Equatable, Sendable {
    public enum Kind: String, Sendable, Equatable { case means, proportions }

    public var kind: Kind?
    /// The test and control figures: means, or rates in percent.
    public var test: Double?
    public var control: Double?
    public var difference: Double?
    public var standardError: Double?
    /// Welch–Satterthwaite degrees of freedom (means only).
    public var degreesOfFreedom: Double?
    public var low: Double?
    public var high: Double?
    /// Two-sided p-value of "no difference".
    public var pValue: Double?
    /// The 95% interval excludes 0 (p < 0.05).
    public var significant: Bool?
    /// Significant and in the direction the metric's `better` calls an improvement.
    public var improved: Bool?

    /// The 0.975 quantile of the standard normal distribution.
    public static let z975 = 1.959963984540054

    public init(_ experiment: Experiment) {
        switch (experiment.test, experiment.control) {
        case (.mean(let n1, let m1, let s1)?, .mean(let n2, let m2, let s2)?):
            kind = .means
            (test, control) = (m1, m2)
            difference = roundFigure(m1 - m2)
            if let s1, let s2, n1 >= 2, n2 >= 2 {
                let v1 = s1 * s1 / Double(n1), v2 = s2 * s2 / Double(n2)
                let se = (v1 + v2).squareRoot()
                if se > 0 {
                    let df = (v1 + v2) * (v1 + v2) / (v1 * v1 / Double(n1 - 1) + v2 * v2 / Double(n2 - 1))
                    let t = (m1 - m2) / se
                    let half = Student.quantile975(degreesOfFreedom: df) * se
                    standardError = roundFigure(se)
                    degreesOfFreedom = roundFigure(df)
                    (low, high) = (roundFigure(m1 - m2 - half), roundFigure(m1 - m2 + half))
                    pValue = roundFigure(Student.twoSidedP(t: t, degreesOfFreedom: df))
                }
            }
        case (.proportion(let n1, let x1)?, .proportion(let n2, let x2)?) where n1 > 0 && n2 > 0:
            kind = .proportions
            let p1 = Double(x1) / Double(n1), p2 = Double(x2) / Double(n2)
            (test, control) = (roundFigure(p1 * 100), roundFigure(p2 * 100))
            difference = roundFigure((p1 - p2) * 100)
            let se = (p1 * (1 - p1) / Double(n1) + p2 * (1 - p2) / Double(n2)).squareRoot()
            if se > 0 {
                standardError = roundFigure(se * 100)
                let half = Self.z975 * se
                (low, high) = (roundFigure((p1 - p2 - half) * 100), roundFigure((p1 - p2 + half) * 100))
                pValue = roundFigure(erfc(abs(p1 - p2) / se / 2.0.squareRoot()))
            }
        default:
            kind = nil
        }
        if let low, let high {
            let excludesZero = low > 0 || high < 0
            significant = excludesZero
            improved = excludesZero && (experiment.better == .higher ? low > 0 : high < 0)
        }
    }
}

extension Student {
    /// The 0.975 quantile of t with real `df` > 0 degrees of freedom (Welch's are seldom whole): the
    /// table of `quantile975(degreesOfFreedom: Int)` at whole df up to 30, else found from the
    /// distribution function by bisection to full precision.
    public static func quantile975(degreesOfFreedom df: Double) -> Double {
        if df == df.rounded(), df >= 1, df <= Double(table.count) { return quantile975(degreesOfFreedom: Int(df)) }
        var lo = 0.0, hi = 1e3
        for _ in 0..<200 {
            let mid = (lo + hi) / 2
            if twoSidedP(t: mid, degreesOfFreedom: df) > 0.05 { lo = mid } else { hi = mid }
            if hi - lo < 1e-13 { break }
        }
        return (lo + hi) / 2
    }

    /// P(|T| ≥ |t|) for t with `df` degrees of freedom: I_{df/(df+t²)}(df/2, 1/2).
    public static func twoSidedP(t: Double, degreesOfFreedom df: Double) -> Double {
        guard t.isFinite else { return 0 }
        return regularizedBeta(x: df / (df + t * t), a: df / 2, b: 0.5)
    }

    /// The regularized incomplete beta function I_x(a, b), by its continued fraction (modified Lentz).
    static func regularizedBeta(x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let front = exp(logGammas + logPowers)
        if x > (a + 1) / (a + b + 2) { return 1 - regularizedBeta(x: 1 - x, a: b, b: a) }
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var f = d
        for m in 1...500 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d; if abs(d) < tiny { d = tiny }
            c = 1 + even / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            f *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d; if abs(d) < tiny { d = tiny }
            c = 1 + odd / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            f *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return front * f / a
    }
}

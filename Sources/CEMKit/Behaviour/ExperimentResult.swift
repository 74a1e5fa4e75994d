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
            if let s1, let s2, n1 >= 2, n2 >= 2,
               let welch = WelchTest.core(difference: m1 - m2, varianceOfMeans: (s1 * s1 / Double(n1), s2 * s2 / Double(n2)),
                                          degreesOfFreedom: (Double(n1 - 1), Double(n2 - 1))) {
                standardError = roundFigure(welch.se)
                degreesOfFreedom = roundFigure(welch.df)
                (low, high) = (roundFigure(m1 - m2 - welch.half), roundFigure(m1 - m2 + welch.half))
                pValue = roundFigure(welch.p)
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

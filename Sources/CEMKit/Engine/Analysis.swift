// The seven steps' derived figures (DESIGN §2), each defined once, here.
// The engine is pure: a Workbook in, an Analysis out. Missing inputs give missing figures, never zeros.

/// Rounds a derived figure to 9 decimal places, so that floating-point noise never decides an
/// order or shows in a file: `4.36 − 4.49` and `4.35 − 4.48` both become −0.13.
/// Total for any input: a value of 2^52 or more is already whole (so rounding leaves it as it is, and
/// scaling it by 1e9 could overflow to infinity); a value that is not finite is returned as it is.
public func roundFigure(_ value: Double) -> Double {
    guard value.isFinite, abs(value) < 0x1p52 else { return value }
    return (value * 1e9).rounded() / 1e9
}

/// The derived figures of one factor.
public struct FactorAnalysis: Equatable, Sendable {
    public var id: String
    public var name: String
    public var brandValue: Double?
    public var experience: Double?
    public var expectation: Double?
    /// Step 2c: experience − expectation ("the triangle law").
    public var satisfaction: Double?
    public var importance: Double?
    /// Step 3: importance × satisfaction.
    public var weightedSatisfaction: Double?
    public var ideal: Double?
    /// Step 4b: experience − ideal (negative = shortfall).
    public var gap: Double?
    /// importance × gap.
    public var weightedGap: Double?
    public var quadrant: Quadrant?
}

/// A requirement with its priority (step 5) and alignment (step 6).
public struct RequirementAnalysis: Equatable, Sendable {
    public var id: String
    public var title: String
    public var factors: [String]
    public var targetExperience: Double?
    /// max over its factors of −weightedGap, 0 when none is short; missing when a linked factor's gap is.
    public var priority: Double?
    public var alignment: Alignment
}

/// A KPI with its deviation and whether it was met (step 7).
public struct KPIAnalysis: Equatable, Sendable {
    public var requirement: String
    public var kpi: KPI
    /// actual − target.
    public var deviation: Double?
    /// actual ≥ target when higher is better, actual ≤ target when lower is.
    public var met: Bool?
}

/// A derived figure whose inputs are all there but whose value is beyond what a number can hold
/// (say `importance × satisfaction` on a scale of 0–1e300). It is missing in the analysis, with this reason.
public struct TooLargeFigure: Equatable, Sendable {
    /// The factor id, the requirement id, `R1/K1` for a KPI, or `indexes` for the overall figures.
    public var subject: String
    /// The figure's JSON key: `satisfaction`, `weightedGap`, `deviation`, `meanSatisfaction`, …
    public var figure: String
    /// The step whose figure it is.
    public var step: Int

    public init(subject: String, figure: String, step: Int) {
        self.subject = subject
        self.figure = figure
        self.step = step
    }
}

/// What step 5 should still address.
public enum Step5Warning: Equatable, Sendable {
    /// A key experience that no (non-dropped) requirement is linked to.
    case keyExperienceWithoutRequirement(String)
    /// A factor with a negative gap that no (non-dropped) requirement is linked to.
    case shortfallWithoutRequirement(String)
}

/// Whether a step's inputs are all present.
public struct StepStatus: Equatable, Sendable {
    public var number: Int
    public var complete: Bool
}

/// Everything the method derives from a workbook.
public struct Analysis: Equatable, Sendable {
    public var factors: [FactorAnalysis]
    /// Step 1: the factor(s) with the highest brand value, ties included, in factor order.
    public var brandValueDrivers: [String]
    /// Step 3: factors with weightedSatisfaction < 0, most negative first
    /// (ties: higher importance, then factor order). The key experience is the first.
    public var keyExperiences: [String]
    /// Step 4: the factor with the most negative weightedGap (same tie rule); nil when none is short.
    public var largestGap: String?
    /// Mean satisfaction over the factors that have one.
    public var meanSatisfaction: Double?
    /// Σ importance·satisfaction / Σ importance over the factors that have both.
    public var weightedSatisfactionIndex: Double?
    public var ipa: IPA
    public var requirements: [RequirementAnalysis]
    public var kpis: [KPIAnalysis]
    public var warnings: [Step5Warning]
    /// Step 7 → next cycle: factors of pursued requirements with a KPI met, in factor order.
    /// They are the candidates to lead the brand value when the next cycle starts at step 1.
    public var improvedFactors: [String]
    public var steps: [StepStatus]
    /// Figures left missing because they are too large to compute, in step order.
    public var tooLarge: [TooLargeFigure] = []

    public var keyExperience: String? { keyExperiences.first }

    public func factor(_ id: String) -> FactorAnalysis? { factors.first { $0.id == id } }

    public func isComplete(step: Int) -> Bool { steps.first { $0.number == step }?.complete ?? false }

    /// The requirements decided to be pursued (step 6).
    public var pursued: [RequirementAnalysis] { requirements.filter { $0.alignment.decision == .pursue } }
}

extension Analysis {
    /// Runs the seven steps over a workbook. IPA cut lines default to the means.
    public init(_ workbook: Workbook, cuts: IPACutMethod = .mean) {
        var factors = workbook.factors.map { f -> FactorAnalysis in
            let satisfaction = difference(f.experience, f.expectation)
            let gap = difference(f.experience, f.ideal)
            return FactorAnalysis(
                id: f.id, name: f.name, brandValue: f.brandValue,
                experience: f.experience, expectation: f.expectation, satisfaction: satisfaction,
                importance: f.importance, weightedSatisfaction: product(f.importance, satisfaction),
                ideal: f.ideal, gap: gap, weightedGap: product(f.importance, gap), quadrant: nil
            )
        }

        let ipa = IPA(workbook: workbook, method: cuts)
        for i in factors.indices {
            factors[i].quadrant = ipa.quadrant(experience: factors[i].experience, importance: factors[i].importance)
        }
        self.factors = factors
        self.ipa = ipa

        // Step 1: brand-value drivers.
        let brandValues = factors.compactMap(\.brandValue)
        if let top = brandValues.max() {
            brandValueDrivers = factors.filter { $0.brandValue == top }.map(\.id)
        } else {
            brandValueDrivers = []
        }

        // Step 3: key experiences; step 4: largest gap. Same ordering rule for both.
        let keyExperiences = Analysis.mostNegative(factors, by: \.weightedSatisfaction).map(\.id)
        self.keyExperiences = keyExperiences
        largestGap = Analysis.mostNegative(factors, by: \.weightedGap).first?.id

        // Overall indexes.
        let satisfactions = factors.compactMap(\.satisfaction)
        meanSatisfaction = mean(satisfactions)
        let weighted = factors.compactMap { f -> (Double, Double)? in
            guard let importance = f.importance, let satisfaction = f.satisfaction else { return nil }
            return (importance, satisfaction)
        }
        let totalImportance = weighted.map(\.0).reduce(0, +)
        weightedSatisfactionIndex = weighted.isEmpty || totalImportance == 0
            ? nil : finite(roundFigure(weighted.map { $0.0 * $0.1 }.reduce(0, +) / totalImportance))

        // Step 5: priorities and warnings.
        requirements = workbook.requirements.map { r in
            RequirementAnalysis(
                id: r.id, title: r.title, factors: r.factors, targetExperience: r.targetExperience,
                priority: Analysis.priority(of: r, in: factors), alignment: r.alignment
            )
        }
        let covered = Set(workbook.requirements.filter { $0.alignment.decision != .drop }.flatMap(\.factors))
        var warnings: [Step5Warning] = keyExperiences.filter { !covered.contains($0) }.map { .keyExperienceWithoutRequirement($0) }
        warnings += factors.filter { ($0.gap ?? 0) < 0 && !covered.contains($0.id) && !keyExperiences.contains($0.id) }
            .map { .shortfallWithoutRequirement($0.id) }
        self.warnings = warnings

        // Step 7: KPIs.
        let kpis = workbook.requirements.flatMap { r in
            r.kpis.map { k in
                let deviation = difference(k.actual, k.target)
                var met: Bool? = deviation.map { k.better == .higher ? $0 >= 0 : $0 <= 0 }
                if deviation == nil, let actual = k.actual, let target = k.target {
                    // Too far apart to subtract: far enough apart to compare.
                    met = k.better == .higher ? actual >= target : actual <= target
                }
                return KPIAnalysis(requirement: r.id, kpi: k, deviation: deviation, met: met)
            }
        }

        self.kpis = kpis
        let improved = Set(workbook.requirements.filter { r in
            r.alignment.decision == .pursue && kpis.contains { $0.requirement == r.id && $0.met == true }
        }.flatMap(\.factors))
        improvedFactors = factors.map(\.id).filter(improved.contains)

        steps = Analysis.completeness(workbook, factors: factors, keyExperiences: keyExperiences)
        tooLarge = Analysis.tooLarge(workbook, self)
    }

    /// Factors whose figure is negative, most negative first; ties by higher importance, then factor order.
    static func mostNegative(_ factors: [FactorAnalysis], by figure: KeyPath<FactorAnalysis, Double?>) -> [FactorAnalysis] {
        factors.enumerated()
            .filter { ($0.element[keyPath: figure] ?? 0) < 0 }
            .sorted { a, b in
                let fa = a.element[keyPath: figure]!, fb = b.element[keyPath: figure]!
                if fa != fb { return fa < fb }
                let ia = a.element.importance ?? -.infinity, ib = b.element.importance ?? -.infinity
                if ia != ib { return ia > ib }
                return a.offset < b.offset
            }
            .map(\.element)
    }

    static func priority(of requirement: Requirement, in factors: [FactorAnalysis]) -> Double? {
        var priority = 0.0
        for id in requirement.factors {
            guard let weightedGap = factors.first(where: { $0.id == id })?.weightedGap else { return nil }
            priority = max(priority, -weightedGap)
        }
        return roundFigure(priority)
    }

    static func completeness(_ w: Workbook, factors: [FactorAnalysis], keyExperiences: [String]) -> [StepStatus] {
        let step1 = !w.brandStatement.trimmingWhitespace.isEmpty && w.factors.allSatisfy { $0.brandValue != nil }
        let step2 = w.factors.allSatisfy { $0.experience != nil && $0.expectation != nil && $0.importance != nil }
        let step4 = w.factors.allSatisfy { $0.ideal != nil }
        let linked = Set(w.requirements.filter { $0.alignment.decision != .drop }.flatMap(\.factors))
        let mustLink = keyExperiences + factors.filter { ($0.gap ?? 0) < 0 }.map(\.id)
        let step5 = !w.requirements.isEmpty && mustLink.allSatisfy(linked.contains)
        let step6 = !w.requirements.isEmpty && w.requirements.allSatisfy { $0.alignment.decision != nil }
        let step7 = w.requirements.contains { r in
            r.alignment.decision == .pursue && r.kpis.contains { $0.target != nil && $0.actual != nil }
        }
        let nonEmpty = !w.factors.isEmpty
        return [
            StepStatus(number: 1, complete: nonEmpty && step1),
            StepStatus(number: 2, complete: nonEmpty && step2),
            StepStatus(number: 3, complete: nonEmpty && step2),
            StepStatus(number: 4, complete: nonEmpty && step4),
            StepStatus(number: 5, complete: step5),
            StepStatus(number: 6, complete: step6),
            StepStatus(number: 7, complete: step7),
        ]
    }
}

/// a − b, rounded; missing when either is, or when it is beyond what a number holds.
func difference(_ a: Double?, _ b: Double?) -> Double? {
    guard let a, let b else { return nil }
    return finite(roundFigure(a - b))
}

/// a × b, rounded; missing when either is, or when it is beyond what a number holds.
func product(_ a: Double?, _ b: Double?) -> Double? {
    guard let a, let b else { return nil }
    return finite(roundFigure(a * b))
}

/// The value when it is a finite number, else missing.
func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }

/// The mean, rounded; missing for no values. A sum too large to hold is taken part by part.
func mean(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let count = Double(values.count)
    let sum = values.reduce(0, +)
    return finite(roundFigure(sum.isFinite ? sum / count : values.reduce(0) { $0 + $1 / count }))
}

extension String {
    var trimmingWhitespace: String {
        String(self.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

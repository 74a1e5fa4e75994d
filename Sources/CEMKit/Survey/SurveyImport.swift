// A summed survey turned into workbook scores: the means become the factors' scores, n/mean/sd go
// under each factor's `survey` object, and importance is the stated mean or the derived weight.

public enum ImportanceSource: String, Sendable, Equatable, CaseIterable { case stated, derived }

/// One score that an import sets.
public struct SurveyChange: Sendable, Equatable {
    public var factor: String
    public var measure: ScoreField
    public var old: Double?
    public var new: Double?
    public var changed: Bool { old != new }
}

/// What the consultant should know before trusting the figures.
public enum SurveyWarning: Sendable, Equatable {
    /// Fewer respondents than max(30, 10 × factors); `drivers`: among those that answered every factor.
    case smallSample(n: Int, minimum: Int, drivers: Bool)
    /// The derived weight of this factor rests on strongly collinear factors (VIF ≥ 10, nil: exact).
    case collinear(factor: String, inflation: Double?)
    /// A column with no answer: the score was left as it was.
    case noAnswers(factor: String, measure: ScoreField)
    /// `--importance derived` could not derive this factor's weight; its importance was left as it was.
    case noDerivedWeight(factor: String)
    /// A factor left out of the model of derived importance, and why.
    case droppedDriver(DroppedDriver, derived: Bool)
    /// Overall satisfaction does not vary: no key driver can be found.
    case constantOverall
    /// Fewer respondents answered every factor's experience and overall than the model needs.
    case fewForDrivers(n: Int, minimum: Int, factors: Int)
    /// Derived importance in proportion is below the importance scale's minimum: kept at the minimum.
    case belowImportanceScale(factor: String, proportional: Double, minimum: Double)
}

public struct SurveyImport: Sendable {
    public var summary: SurveySummary
    /// The workbook with the survey applied.
    public var workbook: Workbook
    public var changes: [SurveyChange]
    public var warnings: [SurveyWarning]
    public var keyDrivers: KeyDrivers?
    public var importance: ImportanceSource

    /// `progress(step, steps)`: the steps of derived importance as they start (see `KeyDrivers`).
    public init(_ summary: SurveySummary, into original: Workbook, importance: ImportanceSource = .stated,
                progress: ((Int, Int) -> Void)? = nil) throws(SurveyError) {
        self.summary = summary
        self.importance = importance
        keyDrivers = summary.drivers.flatMap { KeyDrivers($0, progress: progress) }
        if importance == .derived, summary.drivers == nil { throw .needsOverall }
        if importance == .derived { try SurveyImport.requireWeights(keyDrivers, summary) }
        var workbook = original
        var changes: [SurveyChange] = []
        var warnings: [SurveyWarning] = []
        let imported = Set(summary.slots.compactMap(\.factor))
        let minimum = max(30, 10 * imported.count)
        if summary.respondents < minimum {
            warnings.append(.smallSample(n: summary.respondents, minimum: minimum, drivers: false))
        }
        if let drivers = summary.drivers, drivers.n < minimum, drivers.n != summary.respondents {
            warnings.append(.smallSample(n: drivers.n, minimum: minimum, drivers: true))
        }
        for index in workbook.factors.indices {
            var factor = workbook.factors[index]
            for measure in ScoreField.allCases {
                guard let stat = summary.stat(factor: factor.id, measure: measure) else { continue }
                guard stat.n > 0 else {
                    warnings.append(.noAnswers(factor: factor.id, measure: measure))
                    continue
                }
                var value = stat.mean
                if measure == .importance, importance == .derived { continue }
                if let position = factor.survey.firstIndex(where: { $0.measure == measure }) {
                    factor.survey[position].stat = stat
                } else {
                    factor.survey.append((measure, stat))
                }
                value = value.map { min(workbook.scale(for: measure).max, max(workbook.scale(for: measure).min, $0)) }
                changes.append(SurveyChange(factor: factor.id, measure: measure, old: factor[score: measure], new: value))
                factor[score: measure] = value
            }
            if importance == .derived {
                if let stat = summary.stat(factor: factor.id, measure: .importance), stat.n > 0 {
                    if let position = factor.survey.firstIndex(where: { $0.measure == .importance }) {
                        factor.survey[position].stat = stat
                    } else {
                        factor.survey.append((.importance, stat))
                    }
                }
                if summary.drivers?.factors.contains(factor.id) == true || imported.contains(factor.id) {
                    let scale = workbook.importanceScale
                    if let derived = keyDrivers?.importance(factor.id, on: scale) {
                        if let proportional = keyDrivers?.proportionalImportance(factor.id, on: scale), proportional < scale.min {
                            warnings.append(.belowImportanceScale(factor: factor.id, proportional: proportional, minimum: scale.min))
                        }
                        changes.append(SurveyChange(factor: factor.id, measure: .importance, old: factor.importance, new: derived))
                        factor.importance = derived
                    } else if keyDrivers?.dropped.contains(where: { $0.factor == factor.id }) != true {
                        warnings.append(.noDerivedWeight(factor: factor.id))
                    }
                }
            }
            // Paired satisfaction follows the file: a file with this factor's experience or expectation
            // replaces it (or removes it when no respondent answered both); any other file keeps it.
            if summary.slots.contains(where: { $0.factor == factor.id && ($0.measure == .experience || $0.measure == .expectation) }) {
                let paired = summary.satisfaction(factor: factor.id)
                factor.surveySatisfaction = paired.flatMap { $0.n > 0 && NumericDomain.contains($0.mean ?? 0, .score)
                    && NumericDomain.contains($0.sd ?? 0, .spread) ? $0 : nil }
            }
            factor.survey.sort { a, b in
                ScoreField.allCases.firstIndex(of: a.measure)! < ScoreField.allCases.firstIndex(of: b.measure)!
            }
            workbook.factors[index] = factor
        }
        if let keyDrivers {
            if keyDrivers.constantOverall {
                warnings.append(.constantOverall)
            } else {
                warnings += keyDrivers.dropped.map { .droppedDriver($0, derived: importance == .derived) }
                if !keyDrivers.enoughRespondents {
                    warnings.append(.fewForDrivers(n: keyDrivers.n, minimum: keyDrivers.minimumN, factors: keyDrivers.modelSize))
                }
            }
            for driver in keyDrivers.drivers where driver.weight != nil && driver.collinear {
                warnings.append(.collinear(factor: driver.factor, inflation: driver.inflation))
            }
        }
        // An import that sets no score at all imported nothing: that is an error, not "0 scores changed".
        guard !changes.isEmpty else { throw .nothingImported }
        try SurveyImport.requireFinite(workbook)
        self.workbook = workbook
        self.changes = changes
        self.warnings = warnings
    }

    /// `--importance derived` writes weights only when at least one can be derived from enough respondents.
    static func requireWeights(_ keyDrivers: KeyDrivers?, _ summary: SurveySummary) throws(SurveyError) {
        guard let sums = summary.drivers else { throw .needsOverall }
        let empty = summary.slots.filter { ($0.measure == .experience || $0.factor == nil) }
            .filter { slot in summary.moments[summary.slots.firstIndex(of: slot)!].n == 0 }.map(\.name)
        let minimum = KeyDrivers.respondentsPerDriver * max(1, sums.factors.count)
        guard let keyDrivers else {
            throw .cannotDerive(.tooFew(n: sums.n, minimum: minimum, factors: sums.factors.count, empty: empty))
        }
        if keyDrivers.constantOverall { throw .cannotDerive(.constantOverall) }
        if keyDrivers.modelSize == 0 { throw .cannotDerive(.noVariation) }
        if !keyDrivers.enoughRespondents {
            throw .cannotDerive(.tooFew(n: keyDrivers.n, minimum: keyDrivers.minimumN, factors: keyDrivers.modelSize, empty: empty))
        }
    }

    /// An import never writes a number JSON cannot hold: any infinite or NaN score or statistic refuses it.
    static func requireFinite(_ workbook: Workbook) throws(SurveyError) {
        for factor in workbook.factors {
            for measure in ScoreField.allCases {
                if let value = factor[score: measure], !value.isFinite {
                    throw .refused(.notFinite(column: measure.rawValue + "." + factor.id))
                }
            }
            for (measure, stat) in factor.survey where !(stat.mean ?? 0).isFinite || !(stat.sd ?? 0).isFinite {
                throw .refused(.notFinite(column: measure.rawValue + "." + factor.id))
            }
        }
    }
}

// Model answers, derived from the engine: a question names what to compute, `Analysis` computes it,
// and the working shows the formula filled in with the case's numbers. Nothing here recomputes a
// figure of the method; the text only quotes the inputs and the engine's results.

/// One option of a choice question: chosen by its number, its id or its name.
public struct ChoiceOption: Equatable, Sendable {
    public var id: String
    public var name: String
    /// Other names accepted for it (for example the other language's word).
    public var aliases: [String]

    public init(id: String, name: String, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
    }

    /// `name (id)`, or just the name when they are the same.
    public var label: String { name == id ? name : "\(name) (\(id))" }
}

/// What counts as right.
public enum Expected: Equatable, Sendable {
    case number(Double, tolerance: Double)
    /// The options shown, and the ids of those that count as right (the first is the model answer).
    case choice([ChoiceOption], accepted: [String])
    /// The options shown, and the ids that must all be named (in any order) for the answer to be right.
    case allOf([ChoiceOption], required: [String])
    /// The options shown, and the order in which they must all be named.
    case sequence([ChoiceOption], order: [String])
    /// An answer in words: recorded for the trainer with the checklist, never marked by cem.
    case open(checklist: [String])
}

public struct ModelAnswer: Equatable, Sendable {
    public var question: ExerciseQuestion
    /// The question as asked.
    public var prompt: String
    public var expected: Expected
    /// The model answer as shown: `−2`, `便利性 (convenience)`.
    public var answer: String
    /// The formula filled in with the case's numbers.
    public var working: String
    /// Which formula, which numbers to look at; given after a first wrong answer.
    public var hint: String
    /// Wrong answers that show a known misunderstanding (Diagnosis.swift), filled in by the trainer.
    public var mistakes: [Mistake] = []

    /// The labels of the tied answers when the right answer is a tie of a kind that can tie; empty otherwise.
    public var tie: [String] {
        guard question.kind.canTie else { return [] }
        switch expected {
        case .choice(let options, let ids), .allOf(let options, let ids):
            guard ids.count > 1 else { return [] }
            return ids.compactMap { id in options.first { $0.id == id }?.label }
        case .number, .sequence, .open: return []
        }
    }
}

/// Why a question has no model answer.
public enum SolveFailure: Error, Equatable, Sendable {
    /// The question names a factor, requirement or KPI the workbook does not have.
    case unknownTarget
    /// `cycle` names no closed cycle of the workbook's history.
    case noSuchCycle(Int, available: [Int])
    /// The workbook lacks a score the figure needs, or nothing qualifies (no key experience, no gap, …).
    case noFigure
}

public enum Solver {
    /// The workbook a question computes on: the current one, or a closed cycle of its history.
    public static func workbook(_ workbook: Workbook, cycle: Int?) -> Workbook? {
        guard let cycle, cycle != workbook.cycle else { return workbook }
        guard let closed = workbook.history.first(where: { $0.cycle == cycle }) else { return nil }
        var copy = workbook
        copy.cycle = closed.cycle
        copy.brandStatement = closed.brandStatement
        copy.factors = closed.factors
        copy.requirements = []
        copy.history = []
        return copy
    }

    /// The KPI a question names: `K1` when that id is unique in the workbook, or `R1/K1`.
    public static func kpi(_ reference: String, in workbook: Workbook) -> [(requirement: Requirement, kpi: KPI)] {
        let parts = reference.split(separator: "/", maxSplits: 1).map(String.init)
        return workbook.requirements.flatMap { r in
            r.kpis.filter { k in
                parts.count == 2 ? (r.id == parts[0] && k.id == parts[1]) : k.id == reference
            }.map { (r, $0) }
        }
    }

    public static func solve(_ q: ExerciseQuestion, in exercise: Exercise, strings s: ReportWords,
                             training t: TrainingWords) -> Result<ModelAnswer, SolveFailure> {
        let current = exercise.workbook
        if let cycle = q.cycle, q.kind != .satisfactionChange, workbook(current, cycle: cycle) == nil {
            return .failure(.noSuchCycle(cycle, available: current.history.map(\.cycle)))
        }
        let base = q.kind == .satisfactionChange ? current : workbook(current, cycle: q.cycle)!
        let analysis = Analysis(base)
        let n = displayNumber
        func p(_ x: Double?) -> String { (x ?? 0) < 0 ? "(\(n(x)))" : n(x) }
        func factorOptions(_ w: Workbook) -> [ChoiceOption] { w.factors.map { ChoiceOption(id: $0.id, name: $0.name) } }
        func label(_ id: String) -> String {
            ChoiceOption(id: id, name: analysis.factor(id)?.name ?? id).label
        }
        func name(_ id: String) -> String { analysis.factor(id)?.name ?? id }
        /// The factors tied for first place: the same figure and the same importance (the method's tie-break);
        /// which of them the file lists first must not decide what is right.
        func tied(_ figure: KeyPath<FactorAnalysis, Double?>) -> [String] {
            let ranked = Analysis.mostNegative(analysis.factors, by: figure)
            guard let first = ranked.first else { return [] }
            return ranked.filter { $0[keyPath: figure] == first[keyPath: figure] && $0.importance == first.importance }.map(\.id)
        }
        let cycleNote = q.cycle.map { q.kind == .satisfactionChange ? "" : t.inCycle($0) } ?? ""

        func numeric(_ value: Double?, prompt: String, working: String, hint: String) -> Result<ModelAnswer, SolveFailure> {
            guard let value else { return .failure(.noFigure) }
            return .success(ModelAnswer(question: q, prompt: q.prompt.isEmpty ? prompt : q.prompt,
                                        expected: .number(value, tolerance: q.tolerance), answer: Solver.answerText(value, tolerance: q.tolerance),
                                        working: working, hint: hint))
        }
        func choice(_ options: [ChoiceOption], _ accepted: [String], prompt: String, working: String, hint: String)
            -> Result<ModelAnswer, SolveFailure> {
            guard let first = accepted.first, let option = options.first(where: { $0.id == first }) else {
                return .failure(.noFigure)
            }
            var answer = option.label
            let others = accepted.dropFirst().compactMap { id in options.first { $0.id == id }?.label }
            if q.ties == .all {
                // Asked for all of them: the answer is the whole list.
                answer = ([option.label] + others).joined(separator: s.listSeparator)
                return .success(ModelAnswer(question: q, prompt: (q.prompt.isEmpty ? prompt : q.prompt) + t.nameAll,
                                            expected: .allOf(options, required: accepted), answer: answer,
                                            working: working, hint: hint))
            }
            if !others.isEmpty { answer += t.alsoRight(others.joined(separator: s.listSeparator)) }
            return .success(ModelAnswer(question: q, prompt: q.prompt.isEmpty ? prompt : q.prompt,
                                        expected: .choice(options, accepted: accepted), answer: answer,
                                        working: working, hint: hint))
        }

        switch q.kind {
        case .proposedOrder, .experimentDifference, .experimentSignificant:
            return solveBehaviour(q, in: base, strings: s, training: t)
        case .satisfaction, .weightedSatisfaction, .gap, .weightedGap, .quadrant:
            guard let id = q.target, let f = analysis.factor(id) else { return .failure(.unknownTarget) }
            let prompt = t.prompt(q.kind, target: f.name) + cycleNote
            switch q.kind {
            case .satisfaction:
                return numeric(f.satisfaction, prompt: prompt,
                               working: t.satisfactionWorking(f.name, n(f.experience), n(f.expectation), n(f.satisfaction)),
                               hint: t.hint(q.kind, target: f.name))
            case .weightedSatisfaction:
                return numeric(f.weightedSatisfaction, prompt: prompt,
                               working: t.weightedSatisfactionWorking(f.name, n(f.importance), n(f.experience), n(f.expectation),
                                                                      p(f.satisfaction), n(f.weightedSatisfaction)),
                               hint: t.hint(q.kind, target: f.name))
            case .gap:
                return numeric(f.gap, prompt: prompt, working: t.gapWorking(f.name, n(f.experience), n(f.ideal), n(f.gap)),
                               hint: t.hint(q.kind, target: f.name))
            case .weightedGap:
                return numeric(f.weightedGap, prompt: prompt,
                               working: t.weightedGapWorking(f.name, n(f.importance), n(f.experience), n(f.ideal), p(f.gap), n(f.weightedGap)),
                               hint: t.hint(q.kind, target: f.name))
            default:
                guard let quadrant = f.quadrant, let xCut = analysis.ipa.experienceCut, let yCut = analysis.ipa.importanceCut,
                      let x = f.experience, let y = f.importance else { return .failure(.noFigure) }
                let options = Quadrant.allCases.map {
                    ChoiceOption(id: $0.rawValue, name: s.quadrantName($0), aliases: InputWords.labels($0))
                }
                return choice(options, [quadrant.rawValue], prompt: prompt,
                              working: t.quadrantWorking(f.name, experience: n(x), experienceCut: n(xCut), highExperience: x >= xCut,
                                                         importance: n(y), importanceCut: n(yCut), highImportance: y >= yCut,
                                                         quadrant: s.quadrantName(quadrant)),
                              hint: t.hint(q.kind, target: f.name))
            }

        case .meanSatisfaction:
            let values = analysis.factors.compactMap(\.satisfaction)
            return numeric(analysis.meanSatisfaction, prompt: t.prompt(q.kind, target: "") + cycleNote,
                           working: t.meanWorking(values.map(p), count: values.count, result: n(analysis.meanSatisfaction)),
                           hint: t.hint(q.kind, target: ""))

        case .weightedSatisfactionIndex:
            let pairs = analysis.factors.filter { $0.importance != nil && $0.satisfaction != nil }
            // The two sums are quoted for the working only; the answer is the engine's index.
            let numerator = roundFigure(pairs.compactMap(\.weightedSatisfaction).reduce(0, +))
            let denominator = roundFigure(pairs.compactMap(\.importance).reduce(0, +))
            return numeric(analysis.weightedSatisfactionIndex, prompt: t.prompt(q.kind, target: "") + cycleNote,
                           working: t.indexWorking(terms: pairs.map { "\(n($0.importance)) × \(p($0.satisfaction))" },
                                                   importances: pairs.map { n($0.importance) },
                                                   numerator: n(numerator), denominator: n(denominator),
                                                   result: n(analysis.weightedSatisfactionIndex)),
                           hint: t.hint(q.kind, target: ""))

        case .keyExperiences, .keyExperienceOrder:
            let ranked = analysis.keyExperiences.compactMap { analysis.factor($0) }
            guard !ranked.isEmpty else { return .failure(.noFigure) }
            let terms = ranked.map { t.term($0.name, "\(n($0.importance)) × \(p($0.satisfaction))", n($0.weightedSatisfaction)) }
            let labels = ranked.map { ChoiceOption(id: $0.id, name: $0.name).label }.joined(separator: s.listSeparator)
            let ids = ranked.map(\.id)
            return .success(ModelAnswer(question: q, prompt: (q.prompt.isEmpty ? t.prompt(q.kind, target: "") : q.prompt) + cycleNote,
                                        expected: q.kind == .keyExperiences ? .allOf(factorOptions(base), required: ids)
                                                                            : .sequence(factorOptions(base), order: ids),
                                        answer: labels, working: t.keyExperiencesWorking(terms.joined(separator: s.listSeparator)),
                                        hint: t.hint(q.kind, target: "")))

        case .open:
            return .success(ModelAnswer(question: q, prompt: q.prompt, expected: .open(checklist: q.checklist), answer: q.modelAnswer,
                                        working: q.checklist.map { "• " + $0 }.joined(separator: "\n  "), hint: t.hint(q.kind, target: "")))

        case .brandValueDriver:
            guard let first = analysis.brandValueDrivers.first else { return .failure(.noFigure) }
            return choice(factorOptions(base), analysis.brandValueDrivers, prompt: t.prompt(q.kind, target: "") + cycleNote,
                          working: t.brandValueWorking(top: n(analysis.factor(first)?.brandValue),
                                                       drivers: analysis.brandValueDrivers.map(name).joined(separator: s.listSeparator)),
                          hint: t.hint(q.kind, target: ""))

        case .keyExperience:
            let terms = analysis.keyExperiences.compactMap { analysis.factor($0) }.map {
                t.term($0.name, "\(n($0.importance)) × \(p($0.satisfaction))", n($0.weightedSatisfaction))
            }
            guard let key = analysis.keyExperience else { return .failure(.noFigure) }
            return choice(factorOptions(base), tied(\.weightedSatisfaction), prompt: t.prompt(q.kind, target: "") + cycleNote,
                          working: t.keyExperienceWorking(terms: terms.joined(separator: s.listSeparator), key: name(key),
                                                          figure: n(analysis.factor(key)?.weightedSatisfaction)),
                          hint: t.hint(q.kind, target: ""))

        case .largestGap:
            let short = Analysis.mostNegative(analysis.factors, by: \.weightedGap)
            guard let largest = analysis.largestGap else { return .failure(.noFigure) }
            let terms = short.map { t.term($0.name, "\(n($0.importance)) × \(p($0.gap))", n($0.weightedGap)) }
            return choice(factorOptions(base), tied(\.weightedGap), prompt: t.prompt(q.kind, target: "") + cycleNote,
                          working: t.largestGapWorking(terms: terms.joined(separator: s.listSeparator), largest: name(largest),
                                                       figure: n(analysis.factor(largest)?.weightedGap)),
                          hint: t.hint(q.kind, target: ""))

        case .largestGapRequirement:
            guard let largest = analysis.largestGap else { return .failure(.noFigure) }
            let linked = analysis.requirements.filter { $0.factors.contains(largest) && $0.alignment.decision != .drop }
            guard let first = linked.first else { return .failure(.noFigure) }
            let options = analysis.requirements.map { ChoiceOption(id: $0.id, name: $0.title) }
            return choice(options, linked.map(\.id), prompt: t.prompt(q.kind, target: ""),
                          working: t.largestGapRequirementWorking(factor: name(largest), weightedGap: n(analysis.factor(largest)?.weightedGap),
                                                                  requirement: ChoiceOption(id: first.id, name: first.title).label,
                                                                  priority: n(first.priority)),
                          hint: t.hint(q.kind, target: ""))

        case .topPursuedRequirement:
            let pursued = analysis.pursued.filter { $0.priority != nil }
            guard let top = pursued.compactMap(\.priority).max() else { return .failure(.noFigure) }
            let options = analysis.requirements.map { ChoiceOption(id: $0.id, name: $0.title) }
            let terms = pursued.map { s.named($0.id, n($0.priority)) }
            return choice(options, pursued.filter { $0.priority == top }.map(\.id), prompt: t.prompt(q.kind, target: ""),
                          working: t.topPursuedWorking(terms: terms.joined(separator: s.listSeparator), top: n(top)),
                          hint: t.hint(q.kind, target: ""))

        case .requirementPriority:
            guard let id = q.target, let r = analysis.requirements.first(where: { $0.id == id }) else { return .failure(.unknownTarget) }
            let terms = r.factors.compactMap { analysis.factor($0) }.map { t.term($0.name, "−\(p($0.weightedGap))", n($0.weightedGap.map { -$0 })) }
            return numeric(r.priority, prompt: t.prompt(q.kind, target: ChoiceOption(id: r.id, name: r.title).label),
                           working: t.priorityWorking(terms: terms.joined(separator: s.listSeparator), result: n(r.priority)),
                           hint: t.hint(q.kind, target: r.id))

        case .kpiMet, .kpiDeviation:
            guard let reference = q.target else { return .failure(.unknownTarget) }
            let found = kpi(reference, in: base)
            guard found.count == 1 else { return .failure(.unknownTarget) }
            let (requirement, k) = found[0]
            guard let result = analysis.kpis.first(where: { $0.requirement == requirement.id && $0.kpi.id == k.id }) else {
                return .failure(.unknownTarget)
            }
            let kpiName = "\(k.metric) (\(k.id))"
            let deviation = t.deviationWorking(actual: n(k.actual), target: n(k.target), deviation: n(result.deviation))
            if q.kind == .kpiDeviation {
                return numeric(result.deviation, prompt: t.prompt(q.kind, target: kpiName), working: deviation,
                               hint: t.hint(q.kind, target: kpiName))
            }
            guard let met = result.met else { return .failure(.noFigure) }
            let words = InputWords(s.language)
            let options = [ChoiceOption(id: "yes", name: words.yes, aliases: InputWords.yesWords + InputWords.metWords),
                           ChoiceOption(id: "no", name: words.no, aliases: InputWords.noWords + InputWords.notMetWords)]
            return choice(options, [met ? "yes" : "no"], prompt: t.prompt(q.kind, target: kpiName),
                          working: deviation + t.metWorking(better: s.better(k.better), met: met),
                          hint: t.hint(q.kind, target: kpiName))

        case .satisfactionChange:
            guard let cycle = q.cycle ?? current.history.map(\.cycle).max() else {
                return .failure(.noSuchCycle(0, available: []))
            }
            guard let before = workbook(current, cycle: cycle) else {
                return .failure(.noSuchCycle(cycle, available: current.history.map(\.cycle)))
            }
            guard let id = q.target, let now = analysis.factor(id) else { return .failure(.unknownTarget) }
            guard let then = Analysis(before).factor(id), let a = now.satisfaction, let b = then.satisfaction else {
                return .failure(.noFigure)
            }
            // The comparison of two engine figures, rounded like every derived figure.
            let change = roundFigure(a - b)
            return numeric(change, prompt: t.prompt(q.kind, target: now.name) + t.sinceCycle(cycle),
                           working: t.changeWorking(now: t.satisfactionWorking(now.name, n(now.experience), n(now.expectation), n(a)),
                                                    before: t.satisfactionWorking(then.name, n(then.experience), n(then.expectation), n(b)),
                                                    cycle: cycle, change: "\(n(a)) − \(p(b)) = \(n(change))"),
                           hint: t.changeHint(now.name, cycle: cycle))
        }
    }
}

// The English table of the training's words.

public struct EnglishTrainingStrings: TrainingStrings {
    public init() {}

    public func prompt(_ kind: QuestionKind, target: String) -> String {
        switch kind {
        case .brandValueDriver: return "Which factor drives the brand value (the highest brand value)?"
        case .satisfaction: return "What is the satisfaction of \(target)?"
        case .meanSatisfaction: return "What is the mean satisfaction over all factors?"
        case .weightedSatisfaction: return "What is the weighted satisfaction of \(target)?"
        case .weightedSatisfactionIndex: return "What is the weighted satisfaction index?"
        case .keyExperience: return "Which factor is the key experience?"
        case .quadrant: return "In which IPA quadrant is \(target)?"
        case .gap: return "What is the gap of \(target) (experience − ideal)?"
        case .weightedGap: return "What is the weighted gap of \(target)?"
        case .largestGap: return "Which factor has the largest gap (most negative weighted gap)?"
        case .largestGapRequirement: return "Which requirement closes the largest gap?"
        case .requirementPriority: return "What is the priority of requirement \(target)?"
        case .topPursuedRequirement: return "Of the requirements decided to be pursued, which comes first (highest priority)?"
        case .kpiMet: return "Was the KPI \(target) met?"
        case .kpiDeviation: return "What is the deviation of the KPI \(target) (actual − target)?"
        case .satisfactionChange: return "By how much did the satisfaction of \(target) change"
        }
    }

    public func hint(_ kind: QuestionKind, target: String) -> String {
        switch kind {
        case .brandValueDriver: return "Look at the brand value column: which factor scores highest? (Ties: any of them.)"
        case .satisfaction:
            return "satisfaction = experience − expectation (the triangle law). Look at \(target)'s experience and expectation."
        case .meanSatisfaction:
            return "Work out each factor's satisfaction (experience − expectation), add them up and divide by the number of factors."
        case .weightedSatisfaction:
            return "weighted satisfaction = importance × satisfaction, with satisfaction = experience − expectation. Look at \(target)'s importance, experience and expectation."
        case .weightedSatisfactionIndex:
            return "index = Σ (importance × satisfaction) ÷ Σ importance, over every factor."
        case .keyExperience:
            return "Work out importance × (experience − expectation) for every factor; the key experience is the most negative (ties: higher importance)."
        case .quadrant:
            return "IPA: the cut lines are the means of experience and of importance over the factors. Compare \(target)'s experience and importance with them (equal counts as high)."
        case .gap: return "gap = experience − ideal (negative = shortfall). Look at \(target)'s experience and ideal."
        case .weightedGap:
            return "weighted gap = importance × gap, with gap = experience − ideal. Look at \(target)'s importance, experience and ideal."
        case .largestGap:
            return "Work out importance × (experience − ideal) for every factor; the largest gap is the most negative."
        case .largestGapRequirement:
            return "First find the factor with the most negative importance × (experience − ideal), then the requirement linked to it that is not dropped."
        case .requirementPriority:
            return "priority = the largest −(importance × gap) over the factors the requirement is linked to; 0 when none is short."
        case .topPursuedRequirement:
            return "Keep the requirements whose decision is pursue; the first is the one with the highest priority (its largest −weighted gap)."
        case .kpiMet: return "deviation = actual − target; then ask whether higher or lower is better for this KPI."
        case .kpiDeviation: return "deviation = actual − target."
        case .satisfactionChange:
            return "Work out \(target)'s satisfaction (experience − expectation) now and before, then subtract: now − before"
        }
    }

    public func inCycle(_ cycle: Int) -> String { " (cycle \(cycle))" }
    public func sinceCycle(_ cycle: Int) -> String { " since cycle \(cycle)?" }
    public func alsoRight(_ list: String) -> String { "; also right: \(list)" }
    public var yes: String { "yes" }
    public var no: String { "no" }
    public var yesWords: [String] { ["y", "是", "对"] }
    public var noWords: [String] { ["n", "否", "不"] }

    public func satisfactionWorking(_ name: String, _ experience: String, _ expectation: String, _ result: String) -> String {
        "satisfaction of \(name) = experience − expectation = \(experience) − \(expectation) = \(result)"
    }
    public func weightedSatisfactionWorking(_ name: String, _ importance: String, _ experience: String, _ expectation: String,
                                            _ satisfaction: String, _ result: String) -> String {
        "weighted satisfaction of \(name) = importance × (experience − expectation) = \(importance) × (\(experience) − \(expectation)) = \(importance) × \(satisfaction) = \(result)"
    }
    public func gapWorking(_ name: String, _ experience: String, _ ideal: String, _ result: String) -> String {
        "gap of \(name) = experience − ideal = \(experience) − \(ideal) = \(result)"
    }
    public func weightedGapWorking(_ name: String, _ importance: String, _ experience: String, _ ideal: String,
                                   _ gap: String, _ result: String) -> String {
        "weighted gap of \(name) = importance × (experience − ideal) = \(importance) × (\(experience) − \(ideal)) = \(importance) × \(gap) = \(result)"
    }
    public func quadrantWorking(_ name: String, experience: String, experienceCut: String, highExperience: Bool,
                                importance: String, importanceCut: String, highImportance: Bool, quadrant: String) -> String {
        "cut lines (means): experience \(experienceCut), importance \(importanceCut); \(name): experience \(experience) "
            + (highExperience ? "≥ \(experienceCut) (high)" : "< \(experienceCut) (low)") + ", importance \(importance) "
            + (highImportance ? "≥ \(importanceCut) (high)" : "< \(importanceCut) (low)") + " → \(quadrant)"
    }
    public func meanWorking(_ values: [String], count: Int, result: String) -> String {
        "mean satisfaction = (\(values.joined(separator: " + "))) ÷ \(count) = \(result)"
    }
    public func indexWorking(terms: [String], importances: [String], numerator: String, denominator: String, result: String) -> String {
        "index = Σ importance × satisfaction ÷ Σ importance = (\(terms.joined(separator: " + "))) ÷ (\(importances.joined(separator: " + "))) = \(numerator) ÷ \(denominator) = \(result)"
    }
    public func brandValueWorking(top: String, drivers: String) -> String { "the highest brand value is \(top): \(drivers)" }
    public func term(_ name: String, _ expression: String, _ value: String) -> String { "\(name) \(expression) = \(value)" }
    public func keyExperienceWorking(terms: String, key: String, figure: String) -> String {
        "importance × satisfaction below 0: \(terms); the most negative is \(key) (\(figure))"
    }
    public func largestGapWorking(terms: String, largest: String, figure: String) -> String {
        "importance × gap below 0: \(terms); the most negative is \(largest) (\(figure))"
    }
    public func largestGapRequirementWorking(factor: String, weightedGap: String, requirement: String, priority: String) -> String {
        "the largest gap is \(factor) (weighted gap \(weightedGap)); \(requirement) is linked to it and not dropped (priority \(priority))"
    }
    public func priorityWorking(terms: String, result: String) -> String {
        "priority = max over its factors of −weighted gap" + (terms.isEmpty ? "" : ": \(terms)") + " → \(result)"
    }
    public func topPursuedWorking(terms: String, top: String) -> String {
        "pursued, with their priority: \(terms); the highest priority is \(top)"
    }
    public func deviationWorking(actual: String, target: String, deviation: String) -> String {
        "deviation = actual − target = \(actual) − \(target) = \(deviation)"
    }
    public func metWorking(better: String, met: Bool) -> String {
        "; better is \(better), so the KPI was " + (met ? "met" : "not met")
    }
    public func changeWorking(now: String, before: String, cycle: Int, change: String) -> String {
        "now: \(now); cycle \(cycle): \(before); change = \(change)"
    }

    public func levelName(_ level: ExerciseLevel) -> String { level.rawValue }
    public func header(title: String, industry: String, level: String, steps: String) -> String {
        "Exercise: \(title)\nIndustry: \(industry) · level: \(level) · steps: \(steps)"
    }
    public var scenarioHeading: String { "Scenario" }
    public var dataHeading: String { "The data" }
    public func closedCycleHeading(_ cycle: Int) -> String { "Before (cycle \(cycle))" }
    public var requirementsHeading: String { "Requirements" }
    public var kpisHeading: String { "KPIs" }
    public var howToAnswer: String {
        "Answer each question on one line (full-width digits are fine). Type skip to see the answer and go on, quit to stop."
    }
    public func questionHeader(number: Int, total: Int, step: String) -> String { "Question \(number) of \(total) · \(step)" }
    public var optionsNote: String { "Answer with the number, the id or the name." }
    public var right: String { "✓ Right." }
    public func wrongWithHint(_ hint: String) -> String { "✗ Not quite. Hint: \(hint) Try again." }
    public func wrongWithAnswer(_ answer: String, working: String) -> String {
        "✗ Not quite. The answer is \(answer).\n  \(working)"
    }
    public func skipped(_ answer: String, working: String) -> String { "Skipped. The answer is \(answer).\n  \(working)" }
    public func working(_ working: String) -> String { "  \(working)" }
    public func why(_ explanation: String) -> String { "  Why it matters: \(explanation)" }
    public func notANumber(_ text: String) -> String {
        "'\(text)' is not a number: type a number such as -1.5 (or skip, or quit)."
    }
    public func notAnOption(_ text: String, count: Int, suggestion: String?) -> String {
        "'\(text)' is not one of the options" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
            + ": type a number from 1 to \(count), an id or a name (or skip, or quit)."
    }
    public var prompt: String { "answer> " }
    public var scoreHeading: String { "Your score" }
    public var stepColumn: String { "Step" }
    public var questionsColumn: String { "Questions" }
    public var scoreColumn: String { "Score" }
    public func total(_ points: String, of: Int) -> String { "Total: \(points) of \(of) (1 point right first time, ½ after the hint)" }
    public var fullScore: String { "Full score: well done." }
    public func revisit(_ steps: String) -> String { "To revisit: \(steps)" }
    public func stoppedEarly(answered: Int, total: Int) -> String { "Stopped after \(answered) of \(total) questions." }
    public func answersHeading(_ title: String) -> String { "Model answers: \(title)" }
    public var answerLabel: String { "Answer" }
    public var workingLabel: String { "Working" }
    public var hintLabel: String { "Hint" }
    public var whyLabel: String { "Why" }

    public var idColumn: String { "ID" }
    public var titleColumn: String { "Title" }
    public var industryColumn: String { "Industry" }
    public var stepsColumn: String { "Steps" }
    public var levelColumn: String { "Level" }
    public var listFooter: String {
        "Start one with `cem train ID`; `cem train ID --answers` prints its model answers; `cem train FILE` runs your own exercise file."
    }
    public func unknownExercise(_ id: String, suggestion: String?) -> String {
        "cem train: there is no exercise '\(id)' and no such file." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
            + " Run `cem train` for the list."
    }

    public func problem(_ p: ExerciseProblem) -> String {
        switch p {
        case .workbook(let problem): return ReportWords(.en).problem(problem)
        case .notAnExercise(let found): return "this is not a cem exercise (found \(found))"
        case .unknownQuestionKind(let kind, _): return "unknown question kind \"\(kind)\""
        case .unknownRequirement(let id, _): return "the requirement \"\(id)\" does not exist in the workbook"
        case .unknownKPI(let id, _): return "the KPI \"\(id)\" does not exist in the workbook"
        case .ambiguousKPI(let id, let requirements):
            return "the KPI id \"\(id)\" is used by several requirements (\(requirements.joined(separator: ", ")))"
        case .missingTarget(let kind, let key): return "a \(kind) question needs \"\(key)\""
        case .targetNotUsed(let kind, let key): return "a \(kind) question does not use \"\(key)\""
        case .noSuchCycle(let cycle, let available):
            if cycle == 0 { return "a satisfactionChange question needs a closed cycle in the workbook's history, and it has none" }
            return "the workbook's history has no cycle \(cycle)" + (available.isEmpty ? " (it has none)" : " (it has \(available.map(String.init).joined(separator: ", ")))")
        case .cycleNotUsed(let kind): return "a \(kind) question works on the current cycle only"
        case .duplicateQuestionID(let id, let line): return "the question id \"\(id)\" is used twice (first on line \(line))"
        case .emptyText(let key): return "\"\(key)\" is empty"
        case .noQuestions: return "the exercise has no questions"
        case .badTolerance(let value): return "\(CanonicalJSON.number(value)) is not a valid tolerance"
        case .noModelAnswer(let kind):
            return "the engine gives no answer to this \(kind) question from the workbook (a score it needs is null, or nothing qualifies)"
        }
    }

    public func fix(_ p: ExerciseProblem) -> String? {
        switch p {
        case .workbook(let problem):
            if case .missingKey("scenario") = problem { return "add \"scenario\": the situation the learner reads before the questions" }
            return ReportWords(.en).fix(problem)
        case .notAnExercise:
            return "an exercise starts with {\"format\": \"cem-exercise\", \"formatVersion\": 1, …}; see workbooks/exercises/ for examples"
        case .unknownQuestionKind(_, let suggestion):
            return suggestion.map { "did you mean \"\($0)\"?" } ?? "kinds are \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownRequirement(_, let suggestion):
            return suggestion.map { "did you mean \"\($0)\"?" } ?? "use the id of a requirement under \"workbook.requirements\""
        case .unknownKPI(_, let suggestion):
            return suggestion.map { "did you mean \"\($0)\"?" } ?? "use the id of a KPI under \"workbook.requirements[…].kpis\""
        case .ambiguousKPI(let id, let requirements): return "say which one, e.g. \"\(requirements.first ?? "R1")/\(id)\""
        case .missingTarget(_, let key): return "add \"\(key)\": the id it asks about"
        case .targetNotUsed(_, let key): return "remove \"\(key)\", or change the kind"
        case .noSuchCycle(let cycle, _):
            return cycle == 0 ? "add the earlier scores under \"workbook.history\", or use another kind" : "use a cycle listed in \"workbook.history\", or remove \"cycle\""
        case .cycleNotUsed: return "remove \"cycle\""
        case .duplicateQuestionID: return "give each question its own id"
        case .emptyText: return "write the text the learner reads"
        case .noQuestions: return "add at least one question, e.g. {\"id\": \"q1\", \"kind\": \"satisfaction\", \"factor\": \"…\"}"
        case .badTolerance: return "use 0 or a small positive number, e.g. 0.01"
        case .noModelAnswer: return "fill in the scores this question needs, or ask another question; check with `cem show` on the workbook"
        }
    }
}

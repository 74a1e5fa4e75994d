// Words of the training exercises (issue 7): questions, hints, workings, the trainer's messages and the
// problems of an exercise file. The English and Chinese tables are in Training/TrainingEnglish.swift and Training/TrainingChinese.swift.

public protocol TrainingStrings: Sendable {
    // Questions.
    func prompt(_ kind: QuestionKind, target: String) -> String
    func hint(_ kind: QuestionKind, target: String) -> String
    func inCycle(_ cycle: Int) -> String
    func sinceCycle(_ cycle: Int) -> String
    func alsoRight(_ list: String) -> String
    var yes: String { get }
    var no: String { get }
    var yesWords: [String] { get }
    var noWords: [String] { get }

    // Workings: the formula filled in with the case's numbers (numbers come formatted).
    func satisfactionWorking(_ name: String, _ experience: String, _ expectation: String, _ result: String) -> String
    func weightedSatisfactionWorking(_ name: String, _ importance: String, _ experience: String, _ expectation: String,
                                     _ satisfaction: String, _ result: String) -> String
    func gapWorking(_ name: String, _ experience: String, _ ideal: String, _ result: String) -> String
    func weightedGapWorking(_ name: String, _ importance: String, _ experience: String, _ ideal: String,
                            _ gap: String, _ result: String) -> String
    func quadrantWorking(_ name: String, experience: String, experienceCut: String, highExperience: Bool,
                         importance: String, importanceCut: String, highImportance: Bool, quadrant: String) -> String
    func meanWorking(_ values: [String], count: Int, result: String) -> String
    func indexWorking(terms: [String], importances: [String], numerator: String, denominator: String, result: String) -> String
    func brandValueWorking(top: String, drivers: String) -> String
    func term(_ name: String, _ expression: String, _ value: String) -> String
    func keyExperienceWorking(terms: String, key: String, figure: String) -> String
    func largestGapWorking(terms: String, largest: String, figure: String) -> String
    func largestGapRequirementWorking(factor: String, weightedGap: String, requirement: String, priority: String) -> String
    func priorityWorking(terms: String, result: String) -> String
    func topPursuedWorking(terms: String, top: String) -> String
    func deviationWorking(actual: String, target: String, deviation: String) -> String
    func metWorking(better: String, met: Bool) -> String
    func changeWorking(now: String, before: String, cycle: Int, change: String) -> String

    // The trainer.
    func levelName(_ level: ExerciseLevel) -> String
    func header(title: String, industry: String, level: String, steps: String) -> String
    var scenarioHeading: String { get }
    var dataHeading: String { get }
    func closedCycleHeading(_ cycle: Int) -> String
    var requirementsHeading: String { get }
    var kpisHeading: String { get }
    var howToAnswer: String { get }
    func questionHeader(number: Int, total: Int, step: String) -> String
    var optionsNote: String { get }
    var right: String { get }
    func wrongWithHint(_ hint: String) -> String
    func wrongWithAnswer(_ answer: String, working: String) -> String
    func skipped(_ answer: String, working: String) -> String
    func working(_ working: String) -> String
    func why(_ explanation: String) -> String
    func notANumber(_ text: String) -> String
    func notAnOption(_ text: String, count: Int, suggestion: String?) -> String
    var prompt: String { get }
    var scoreHeading: String { get }
    var stepColumn: String { get }
    var questionsColumn: String { get }
    var scoreColumn: String { get }
    func total(_ points: String, of: Int) -> String
    var fullScore: String { get }
    func revisit(_ steps: String) -> String
    func stoppedEarly(answered: Int, total: Int) -> String
    func answersHeading(_ title: String) -> String
    var answerLabel: String { get }
    var workingLabel: String { get }
    var hintLabel: String { get }
    var whyLabel: String { get }

    // The list of exercises.
    var idColumn: String { get }
    var titleColumn: String { get }
    var industryColumn: String { get }
    var stepsColumn: String { get }
    var levelColumn: String { get }
    var listFooter: String { get }
    func unknownExercise(_ id: String, suggestion: String?) -> String

    // Problems in an exercise file: what is wrong, and how to fix it.
    func problem(_ p: ExerciseProblem) -> String
    func fix(_ p: ExerciseProblem) -> String?
}

public func trainingStrings(_ language: Language) -> any TrainingStrings {
    switch language {
    case .zh: return ChineseTrainingStrings()
    case .en: return EnglishTrainingStrings()
    }
}

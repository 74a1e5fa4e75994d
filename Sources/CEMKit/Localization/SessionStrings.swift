// Words of the guided session, one table per language (SessionStrings+Chinese.swift, SessionStrings+English.swift).

public protocol SessionStrings: Sendable {
    // Starting and ending.
    func newFile(_ path: String) -> String
    var titlePrompt: String { get }
    var titleRequired: String { get }
    func created(_ path: String, title: String) -> String
    func welcome(title: String, path: String?, factors: Int) -> String
    var commandsHint: String { get }
    var demoReadOnly: String { get }
    var demoChangeNotice: String { get }
    var demoNotSaved: String { get }
    var demoSaveNeedsFile: String { get }
    func resuming(_ step: Int) -> String
    var allComplete: String { get }
    func walkDone(path: String?, demo: Bool, incomplete: [Int]) -> String
    func goodbye(_ path: String?) -> String
    var interrupted: String { get }

    // The walk.
    func intro(_ step: Int) -> [String]
    var brandStatementLabel: String { get }
    var targetExperience: String { get }
    var newRequirementLabel: String { get }
    var rationale: String { get }
    var unit: String { get }
    var newKPILabel: String { get }
    var factorsHint: String { get }
    var enterWhenDone: String { get }
    func parenthesized(_ text: String) -> String
    /// The current value after a question: Enter keeps it.
    func currentValue(_ value: String) -> String
    /// The score of the previous cycle, offered as the default of an empty score (Enter takes it).
    func previousCycleValue(_ value: String, cycle: Int) -> String
    /// `cycle close` needs a date when the shell gave the session none.
    var cycleCloseNeedsDate: String { get }
    var promptEnd: String { get }
    func changed(_ subject: String, from: String, to: String) -> String

    // Refusals.
    func refusal(_ r: Refusal, strings: ReportWords) -> String
    func didYouMean(_ command: String) -> String
    func unknownCommand(_ word: String, suggestion: String?) -> String
    func usage(_ usage: String, _ detail: String) -> String
    var setExample: String { get }
    var stepRange: String { get }
    var atFirstQuestion: String { get }
    var nothingToSkip: String { get }
    var nothingToUndo: String { get }
    var nothingToRedo: String { get }

    // Commands.
    var helpHeading: String { get }
    var answerHelp: [String] { get }
    func undone(_ what: String) -> String
    func redone(_ what: String) -> String
    func setDone(_ subject: String, _ value: String) -> String
    var nameLabel: String { get }
    var descriptionLabel: String { get }
    var notesLabel: String { get }
    func factorAdded(_ name: String, id: String) -> String
    func factorRenamed(_ old: String, _ new: String) -> String
    func factorRemoved(_ name: String) -> String
    func factorMoved(_ name: String, _ position: Int) -> String
    func confirmFactorRemoval(_ name: String, requirements: String) -> String
    func requirementAdded(_ id: String, _ title: String) -> String
    func requirementRemoved(_ id: String, _ title: String) -> String
    func confirmRequirementRemoval(_ id: String, kpis: String) -> String
    func kpiAdded(_ requirement: String, _ id: String, _ metric: String) -> String
    func kpiRemoved(_ requirement: String, _ id: String) -> String
    var confirmPrompt: String { get }
    var cancelled: String { get }
    func saved(_ path: String) -> String
    func savedAs(_ path: String) -> String
    var saveAsNeedsFile: String { get }
    var languageSwitched: String { get }

    // The file on disk.
    func fileChanged(_ path: String) -> String
    func fileGone(_ path: String) -> String
    var conflictChoices: String { get }
    var conflictPrompt: String { get }
    func reloaded(_ dropped: String?) -> String
    var reloadedChange: String { get }
    var cannotReloadGone: String { get }
    var cannotReloadInvalid: String { get }
    var changeNotWritten: String { get }
    func cannotWrite(_ path: String, _ reason: String, saveAs: Bool) -> String
    func alreadyExists(_ path: String) -> String

    // The offer of a bare `cem`.
    var offerHeading: String { get }
    var offerChoices: [String] { get }
    var offerPrompt: String { get }
    var newFilePrompt: String { get }
    var openFilePrompt: String { get }
    func offerRefused(_ answer: String) -> String
}

public func sessionStrings(_ language: Language) -> any SessionStrings {
    switch language {
    case .zh: return ChineseSessionStrings()
    case .en: return EnglishSessionStrings()
    }
}

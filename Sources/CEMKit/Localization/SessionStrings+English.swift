// The English words of the guided session.

public struct EnglishSessionStrings: SessionStrings {
    public init() {}

    public func newFile(_ path: String) -> String {
        "\(path) does not exist yet: a new workbook from the retail template (six factors) will be created there."
    }
    public var titlePrompt: String { "Title of the workbook (the client, the place; Enter for the file name): " }
    public var titleRequired: String { "The title cannot be empty; type one, or press Enter for the file name." }
    public func created(_ path: String, title: String) -> String { "Created \(path) (“\(title)”). Every answer is saved as you go." }
    public func welcome(title: String, path: String?, factors: Int) -> String {
        (title.isEmpty ? "(untitled)" : title) + " · \(factors) factors" + (path.map { " · \($0)" } ?? "")
    }
    public var commandsHint: String { "Enter keeps the value in [brackets], - clears it; type help for the commands." }
    public var demoReadOnly: String {
        "This is the worked example (Meisu Electronics). It is read-only: try changes freely; `save as FILE` keeps them."
    }
    public var demoChangeNotice: String { "(demo: this change is kept in memory only; `save as FILE` writes it to a file)" }
    public var demoNotSaved: String { "The changes to the demo were not saved." }
    public var demoSaveNeedsFile: String { "The demo is read-only; use `save as FILE` to write it to a new file." }
    public func resuming(_ step: Int) -> String { "Steps before \(step) are complete; resuming at step \(step)." }
    public var allComplete: String { "All seven steps are complete. Type `show` for the analysis, `goto N` to revisit a step." }
    public func currentValue(_ value: String) -> String { " [\(value)]" }
    public func previousCycleValue(_ value: String, cycle: Int) -> String { "— · cycle \(cycle): \(value), Enter keeps it" }
    public var cycleCloseNeedsDate: String { "give the closing date, e.g. cycle close 2025-12-31" }
    public func walkDone(path: String?, demo: Bool, incomplete: [Int]) -> String {
        if !incomplete.isEmpty {
            return "End of the walk; incomplete: step " + incomplete.map(String.init).joined(separator: ", ")
                + ". `goto N` opens a step, `show` the analysis, `quit` ends."
        }
        if demo { return "That was the walk through all seven steps. `show` repeats the analysis; `quit` ends." }
        return "All seven steps are done" + (path.map { "; everything is saved in \($0)" } ?? "")
            + ". `show` for the analysis, `goto N` to revisit a step, `quit` to end."
    }
    public func goodbye(_ path: String?) -> String { path.map { "Saved in \($0). Goodbye." } ?? "Goodbye." }
    public var interrupted: String { "(cancelled — press Ctrl-C again to quit; every change is already saved)" }

    public func intro(_ step: Int) -> [String] {
        switch step {
        case 1: return ["Why do customers come to you? Write the brand statement, then score each factor's brand value: how much it draws customers to you. The highest are the brand-value drivers; improvements must not harm them."]
        case 2: return ["Factor by factor: the customers' current experience (2a), their expectation (2b), and how important the factor is to them (2d). Satisfaction = experience − expectation: negative means it falls short."]
        case 3: return ["Nothing to enter: weighted satisfaction = importance × satisfaction. The factors below zero are the key experiences, most negative first: what customers care about most and like least."]
        case 4: return ["For each factor, the ideal experience: the level customers would call the best. Gap = experience − ideal (negative = shortfall); times importance it is the weighted gap."]
        case 5: return ["The requirements that close the gaps, each linked to the factors it improves (existing ones first). Priority = the largest −weighted gap of its factors; every key experience and gap should have one."]
        case 6: return ["Hold each requirement against strategy and capability: strategic fit; people, process, technology; then decide: pursue, defer or drop. Off-strategy or beyond capability may wait, however large the gap."]
        default: return ["KPIs for the pursued requirements: metric, baseline, target, actual; deviation = actual − target. The results feed the next cycle, which starts again at step 1."]
        }
    }
    public var brandStatementLabel: String { "Brand statement (why customers come to you)" }
    public var targetExperience: String { "Target experience" }
    public var newRequirementLabel: String { "New requirement: its title" }
    public var rationale: String { "Rationale" }
    public var unit: String { "Unit" }
    public var newKPILabel: String { "new KPI: its metric" }
    public var factorsHint: String { "names or ids, separated by commas" }
    public var enterWhenDone: String { "Enter when done" }
    public func parenthesized(_ text: String) -> String { " (\(text))" }
    public var promptEnd: String { ": " }
    public func changed(_ subject: String, from: String, to: String) -> String { "\(subject): \(from) → \(to)" }

    public func refusal(_ r: Refusal, strings: ReportWords) -> String {
        switch r {
        case .notANumber(let text):
            return "'\(text)' is not a number; type one such as 6 or 6.5 (- clears, Enter keeps the value)."
        case .outOfScale(let value, let scale):
            return "\(displayNumber(value)) is outside the scale \(displayScale(scale)); type a number from \(displayNumber(scale.min)) to \(displayNumber(scale.max))."
        case .notAChoice(let text, let allowed):
            return "'\(text)' is not one of the choices; type \(allowed.joined(separator: ", ")) or its number."
        case .unknownFactor(let text, let suggestion):
            return "There is no factor '\(text)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " `show 1` lists the factors."
        case .unknownRequirement(let text, let suggestion):
            return "There is no requirement '\(text)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " `show 5` lists them."
        case .unknownKPI(let text, let requirement):
            return "Requirement \(requirement) has no KPI '\(text)'; `show 7` lists the KPIs."
        case .unknownField(let text, let allowed):
            return "'\(text)' is not a field here; use one of \(allowed.joined(separator: ", "))."
        case .badDate(let text):
            return "'\(text)' is not a date; write it as YYYY-MM-DD, for example 2025-06-30."
        case .required:
            return "This cannot be empty; type a text (Enter keeps the current one)."
        case .badPosition(let text, let count):
            return "'\(text)' is not a position; type a number from 1 to \(count)."
        }
    }
    public func didYouMean(_ command: String) -> String { " Did you mean the command `\(command)`?" }
    public func unknownCommand(_ word: String, suggestion: String?) -> String {
        "'\(word)' is not a command." + (suggestion.map { " Did you mean `\($0)`?" } ?? "") + " Type help for the commands."
    }
    public func usage(_ usage: String, _ detail: String) -> String { "Usage: \(usage)" + (detail.isEmpty ? "" : " — \(detail)") }
    public var setExample: String { "for example: set convenience experience 5" }
    public var stepRange: String { "N is a step from 1 to 7" }
    public var atFirstQuestion: String { "This is the first question; there is nothing before it." }
    public var nothingToSkip: String { "There is no question to skip; `goto N` opens a step." }
    public var nothingToUndo: String { "Nothing to undo." }
    public var nothingToRedo: String { "Nothing to redo." }

    public var helpHeading: String { "Commands (at any prompt):" }
    public var answerHelp: [String] {
        ["Answers: a number (6, 6.5; full-width ６．５ works too); Enter keeps the value in [brackets]; - clears it.",
         "An answer starting with \\ is taken as text, never as a command (\\help). Choices take their word or number.",
         "Ctrl-C cancels the question, twice quits; Ctrl-D ends. Every change is written to the file at once."]
    }
    public func undone(_ what: String) -> String { "Undone: \(what)" }
    public func redone(_ what: String) -> String { "Redone: \(what)" }
    public func setDone(_ subject: String, _ value: String) -> String { "\(subject) = \(value)" }
    public var nameLabel: String { "name" }
    public var descriptionLabel: String { "description" }
    public var notesLabel: String { "notes" }
    public func factorAdded(_ name: String, id: String) -> String { "Added the factor \(name) (id \(id)); its scores are empty." }
    public func factorRenamed(_ old: String, _ new: String) -> String { "Renamed the factor \(old) to \(new)." }
    public func factorRemoved(_ name: String) -> String { "Removed the factor \(name)." }
    public func factorMoved(_ name: String, _ position: Int) -> String { "Moved \(name) to position \(position)." }
    public func confirmFactorRemoval(_ name: String, requirements: String) -> String {
        "\(name) is linked to the requirements \(requirements); removing it also unlinks it from them, and its scores go. Remove it?"
    }
    public func requirementAdded(_ id: String, _ title: String) -> String { "Added the requirement \(id): \(title)." }
    public func requirementRemoved(_ id: String, _ title: String) -> String { "Removed the requirement \(id): \(title)." }
    public func confirmRequirementRemoval(_ id: String, kpis: String) -> String {
        "\(id) has the KPIs \(kpis); they are removed with it. Remove it?"
    }
    public func kpiAdded(_ requirement: String, _ id: String, _ metric: String) -> String { "Added the KPI \(id) to \(requirement): \(metric)." }
    public func kpiRemoved(_ requirement: String, _ id: String) -> String { "Removed the KPI \(id) of \(requirement)." }
    public var confirmPrompt: String { "yes / no: " }
    public var cancelled: String { "Cancelled; nothing changed." }
    public func saved(_ path: String) -> String { "Saved \(path)." }
    public func savedAs(_ path: String) -> String { "Saved as \(path); from now on, changes are written there." }
    public var saveAsNeedsFile: String { "Usage: save as FILE — the name of a new file." }
    public var languageSwitched: String { "Language: English." }

    public func fileChanged(_ path: String) -> String {
        "\(path) was changed on disk since the session read it (a git pull, an editor?). Nothing was written."
    }
    public func fileGone(_ path: String) -> String { "\(path) was removed or moved on disk since the session read it. Nothing was written." }
    public var conflictChoices: String {
        "Type reload (read the file from disk; this change is dropped), overwrite (write this session's version), or save as FILE."
    }
    public var conflictPrompt: String { "reload / overwrite / save as FILE: " }
    public func reloaded(_ dropped: String?) -> String {
        "Reloaded the file from disk" + (dropped.map { "; not applied: \($0)" } ?? "") + ". `undo` goes back to this session's version."
    }
    public var reloadedChange: String { "reload from disk" }
    public var cannotReloadGone: String { "The file is gone from disk; choose overwrite or save as FILE." }
    public var cannotReloadInvalid: String { "The file on disk is not a valid workbook now, so it cannot be reloaded:" }
    public var changeNotWritten: String { "The last change was not written." }
    public func cannotWrite(_ path: String, _ reason: String, saveAs: Bool) -> String {
        "\(path) cannot be written (\(reason)). The change is kept in this session; try `save` again or `save as FILE`."
    }
    public func alreadyExists(_ path: String) -> String { "\(path) already exists; `save as` never overwrites. Choose another name." }

    public var offerHeading: String { "cem — CEM gap analysis in seven steps. What would you like to do?" }
    public var offerChoices: [String] {
        ["  1  new workbook (the retail template)", "  2  open a workbook file", "  3  demo: walk the worked example (Meisu Electronics)"]
    }
    public var offerPrompt: String { "1, 2 or 3 (Enter or q to leave): " }
    public var newFilePrompt: String { "File name for the new workbook (for example acme.cem.json): " }
    public var openFilePrompt: String { "Workbook file to open: " }
    public func offerRefused(_ answer: String) -> String { "'\(answer)' is not a choice; type 1, 2 or 3." }
}

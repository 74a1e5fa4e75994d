// Words of the team features: cycles, cycle comparison, workbook diffs, git and merge conflicts.
// One protocol, two tables: the compiler checks both languages are complete.

public protocol TeamStrings: Sendable {
    // Cycles.
    func cycleLabel(_ cycle: Int, closedOn: String?) -> String
    func refusal(_ r: CycleCloseRefusal) -> String
    func cycleClosed(_ path: String, cycle: Int, on date: String, next: Int) -> String
    var forcedWithoutKPI: String { get }

    // Comparison.
    var compareTitle: String { get }
    func keyExperienceProgress(cycle: Int, name: String, change: String, improved: Bool?) -> String
    func noKeyExperienceIn(cycle: Int) -> String
    func indexesProgress(mean: String, weighted: String) -> String
    var kpiResults: String { get }
    var noKPIInAnyCycle: String { get }
    func noClosedCycle(cycle: Int) -> String
    func currentNotRated(cycle: Int) -> String
    var progressHeading: String { get }

    // Diff.
    var equivalent: String { get }
    func diffHeading(old: String, new: String) -> String
    func sectionTitle(_ section: DiffSection) -> String
    func fieldName(_ field: String) -> String
    func itemKind(_ section: DiffSection) -> String
    func added(_ kind: String, _ label: String, position: Int?) -> String
    func removed(_ kind: String, _ label: String) -> String
    func renamed(_ label: String, from: String, to: String) -> String
    func idChanged(name: String, from: String, to: String) -> String
    func moved(_ kind: String, _ label: String, from: Int, to: Int) -> String
    func changed(_ label: String, field: String, value: String) -> String
    func surveyChanged(_ label: String) -> String
    func scoreLine(_ label: String, changes: [String], effect: [String]) -> String
    func archived(cycle: String, closedOn: String?) -> String
    func unarchived(cycle: String) -> String
    func archivedChanged(cycle: String) -> String
    var historyReordered: String { get }
    var otherChange: String { get }
    func quoted(_ text: String) -> String
    func differences(_ count: Int) -> String

    // Git.
    func notInRepository(_ path: String) -> String
    func unknownRevision(_ revision: String) -> String
    func notAtRevision(_ path: String, revision: String) -> String
    func gitFailed(_ reason: String) -> String
    var gitNotFound: String { get }
    func gitSetupDone(attributes: String, line: String, added: Bool, config: String) -> String

    // Merge conflicts.
    func conflictingValue(path: String, ours: String, oursLabel: String, theirs: String, theirsLabel: String) -> String
    var conflictNoScores: String { get }
}

public func teamStrings(_ language: Language) -> any TeamStrings {
    switch language {
    case .zh: return ChineseTeamStrings()
    case .en: return EnglishTeamStrings()
    }
}

// The English table of TeamStrings.

public struct EnglishTeamStrings: TeamStrings {
    public init() {}
    private let base = EnglishStrings()

    public func cycleLabel(_ cycle: Int, closedOn: String?) -> String {
        "Cycle \(cycle)" + (closedOn.map { " (closed \($0))" } ?? " (current)")
    }
    public func refusal(_ r: CycleCloseRefusal) -> String {
        switch r {
        case .noMeasuredKPI(let cycle):
            return "cycle \(cycle) cannot be closed yet: step 7 has no KPI with an actual value, so there is nothing to feed back; "
                + "enter the KPIs' actual values first, or close anyway with --force"
        case .badDate(let date): return "'\(date)' is not a date; write it as YYYY-MM-DD, e.g. 2025-06-30"
        case .dateBeforePreviousClose(let date, let previous):
            return "\(date) is before \(previous), when the previous cycle was closed; give a later date with --on"
        case .alreadyArchived(let cycle):
            return "history already holds a cycle \(cycle); check the workbook's \"cycle\" number"
        case .lastCycle(let cycle): return TeamWords(.en).lastCycle(cycle)
        }
    }
    public func cycleClosed(_ path: String, cycle: Int, on date: String, next: Int) -> String {
        "\(path): cycle \(cycle) closed on \(date) and archived in history; cycle \(next) starts at step 1 "
            + "(scores and KPI actual values are empty; the session offers cycle \(cycle)'s scores as defaults). "
            + "Compare cycles with `cem compare \(path)`."
    }
    public var forcedWithoutKPI: String { "Closed with --force: no KPI had an actual value." }

    public var compareTitle: String { "Cycle over cycle" }
    public func keyExperienceProgress(cycle: Int, name: String, change: String, improved: Bool?) -> String {
        let verdict = improved.map { $0 ? "improved" : "not improved" } ?? "not rated yet"
        return "Key experience of cycle \(cycle): \(name), weighted satisfaction \(change): \(verdict)"
    }
    public func noKeyExperienceIn(cycle: Int) -> String { "Cycle \(cycle) had no key experience." }
    public func indexesProgress(mean: String, weighted: String) -> String {
        "Mean satisfaction \(mean); weighted satisfaction index \(weighted)"
    }
    public var kpiResults: String { "KPI results per cycle" }
    public var noKPIInAnyCycle: String { "No KPI in any cycle." }
    public func noClosedCycle(cycle: Int) -> String {
        "No closed cycle yet: cycle \(cycle) is the first. Close it with `cem cycle close FILE` once its KPIs are measured."
    }
    public func currentNotRated(cycle: Int) -> String { "Cycle \(cycle) (current) has no scores yet." }
    public var progressHeading: String { "Progress since last cycle" }

    public var equivalent: String { "The two workbooks are equivalent." }
    public func diffHeading(old: String, new: String) -> String { "\(old) → \(new)" }
    public func sectionTitle(_ section: DiffSection) -> String {
        switch section {
        case .workbook: return "Workbook"
        case .factors: return "Factors"
        case .scores: return "Scores"
        case .conclusions: return "Conclusions"
        case .requirements: return "Requirements"
        case .kpis: return "KPIs"
        case .history: return "History"
        }
    }
    public func fieldName(_ field: String) -> String {
        if let score = ScoreField(rawValue: field) { return base.scoreName(score).lowercased() }
        switch field {
        case "satisfaction": return "satisfaction"
        case "weightedSatisfaction": return "weighted satisfaction"
        case "gap": return "gap"
        case "title": return "title"
        case "language": return "language"
        case "cycle": return "cycle"
        case "scale": return "scale"
        case "importanceScale": return "importance scale"
        case "brand.statement": return "brand statement"
        case "description": return "description"
        case "notes": return "notes"
        case "brandValueDrivers": return "brand-value drivers"
        case "keyExperiences": return "key experiences"
        case "largestGap": return "largest gap"
        case "meanSatisfaction": return "mean satisfaction"
        case "weightedSatisfactionIndex": return "weighted satisfaction index"
        case "factors": return "factors"
        case "targetExperience": return "target experience"
        case "decision": return "decision"
        case "strategyFit": return "strategy fit"
        case "people", "process", "technology": return field
        case "rationale": return "rationale"
        case "priority": return "priority"
        case "metric": return "metric"
        case "unit": return "unit"
        case "better": return "better"
        case "baseline": return "baseline"
        case "target": return "target"
        case "actual": return "actual"
        case "measuredOn": return "measured on"
        case "met": return "met"
        default: return field
        }
    }
    public func itemKind(_ section: DiffSection) -> String {
        switch section {
        case .factors, .scores: return "factor"
        case .requirements: return "requirement"
        case .kpis: return "KPI"
        default: return "cycle"
        }
    }
    public func added(_ kind: String, _ label: String, position: Int?) -> String {
        "added \(kind) \(label)" + (position.map { " at position \($0)" } ?? "")
    }
    public func removed(_ kind: String, _ label: String) -> String { "removed \(kind) \(label)" }
    public func renamed(_ label: String, from: String, to: String) -> String { "renamed \(label): \(from) → \(to)" }
    public func idChanged(name: String, from: String, to: String) -> String { "factor id of \(name) changed: \(from) → \(to)" }
    public func moved(_ kind: String, _ label: String, from: Int, to: Int) -> String {
        "moved \(kind) \(label) from position \(from) to \(to)"
    }
    public func changed(_ label: String, field: String, value: String) -> String {
        (label.isEmpty ? "" : label + " ") + field + ": " + value
    }
    public func surveyChanged(_ label: String) -> String { "\(label): survey statistics changed" }
    public func scoreLine(_ label: String, changes: [String], effect: [String]) -> String {
        "\(label): " + changes.joined(separator: ", ") + (effect.isEmpty ? "" : "; " + effect.joined(separator: ", "))
    }
    public func archived(cycle: String, closedOn: String?) -> String {
        "cycle \(cycle) closed" + (closedOn.map { " on \($0)" } ?? "") + " and archived"
    }
    public func unarchived(cycle: String) -> String { "archived cycle \(cycle) removed" }
    public func archivedChanged(cycle: String) -> String { "archived cycle \(cycle) changed" }
    public var historyReordered: String { "archived cycles reordered" }
    public var otherChange: String { "other changes" }
    public func quoted(_ text: String) -> String { "\"\(text)\"" }
    public func differences(_ count: Int) -> String { "\(count) difference\(count == 1 ? "" : "s")" }

    public func notInRepository(_ path: String) -> String {
        "\(path) is not inside a git repository; run cem diff --git from a repository, or compare two files with `cem diff OLD NEW`"
    }
    public func unknownRevision(_ revision: String) -> String {
        "unknown revision '\(revision)'; use a commit, branch or tag that exists (see `git log --oneline`)"
    }
    public func notAtRevision(_ path: String, revision: String) -> String {
        "\(path) does not exist at \(revision); it may have been added later (see `git log --oneline -- \(path)`)"
    }
    public func gitFailed(_ reason: String) -> String { "git failed: \(reason)" }
    public var gitNotFound: String { "git is not installed or not on PATH" }
    public func gitSetupDone(attributes: String, line: String, added: Bool, config: String) -> String {
        (added ? "Added '\(line)' to \(attributes)." : "\(attributes) already has '\(line)'.")
            + "\nSet in the repository's git config: \(config)"
            + "\n`git diff` and `git log -p` now show workbooks as the seven-step analysis. Commit \(attributes) to share it."
    }

    public func conflictingValue(path: String, ours: String, oursLabel: String, theirs: String, theirsLabel: String) -> String {
        "  conflict at \(path): \(oursLabel) has \(ours), \(theirsLabel) has \(theirs)"
    }
    public var conflictNoScores: String { "  (no conflicting score: the conflict is elsewhere in the file)" }
}

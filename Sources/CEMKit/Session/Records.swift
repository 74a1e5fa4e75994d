// The session's records: a change kept for undo and redo, a commit waiting on a conflict, and the
// question pending an answer before the walk goes on.

/// One change of the session, kept for undo and redo.
struct Change: Equatable, Sendable {
    var before: Workbook
    var after: Workbook
    /// The question the change was made at, and the one that followed.
    var at: Position
    var next: Position
    var description: String
    /// The question whose value changed, to say what it is after an undo or a redo.
    var question: Question? = nil
    /// The description with long text whole (the minutes' record), when it differs from the shortened one.
    var record: String? = nil
}

enum CommitKind: Equatable, Sendable {
    case edit, undo, redo, save
}

/// A change that waits for the file's conflict to be resolved.
struct PendingCommit: Equatable, Sendable {
    var workbook: Workbook
    var description: String
    var kind: CommitKind
    var advanceTo: Position?
    /// Print the description when applied (commands do; answers to questions stay quiet).
    var echo = true
    var question: Question? = nil
    var record: String? = nil
}

enum Pending: Equatable, Sendable {
    /// A new file: its title is asked before anything is written.
    case title(path: String)
    /// A removal that affects other parts of the workbook.
    case confirm(workbook: Workbook, description: String)
    /// The file changed on disk since it was read.
    case conflict(PendingCommit)
    /// `cycle close` with steps incomplete or KPIs unmeasured: close anyway?
    case closeCycle(workbook: Workbook, description: String)
    /// Resuming at step 5 or 7 with items there: review them, or go straight to adding one?
    case reviewOrAdd(step: Int)
    /// After `factor rename`: the factor's description, which may no longer fit its new name.
    case describe(factor: String)
    /// Leaving (quit, Ctrl-D, Ctrl-C twice) on a terminal with changes not written: retry, save as, discard.
    case leaving
    /// Leaving, `save as` chosen without a name: the next line is the new file's name.
    case leavingSaveAs
    /// A line that starts like a command but does not parse as one, at a question that takes text:
    /// the answer, or the command?
    case which(line: String, command: String)
    /// Leaving (quit, Ctrl-D) inside a what-if with changes: keep, discard or stay.
    case quitWhatIf
    /// `poll`: the next line is the participants' scores for the factor the walk stands at.
    case poll(PollWalk)
    /// A report, chart or minutes file exists already: replace it?
    case overwrite(SessionWrite)
    /// A new file on a terminal: which template, before its title.
    case template(path: String)
}

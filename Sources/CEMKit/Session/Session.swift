// The guided session as a pure state machine: (state, input) -> (output, new state).
// It never touches the terminal or the disk: it is given each input line together with the bytes of
// its file as they are on disk now, and it answers with the lines to print and, at most, one write
// for the shell to perform. A whole session can therefore be replayed from a script in a test.

/// What the shell feeds the session.
public enum SessionInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C at a prompt.
    case interrupt
    /// End of input (Ctrl-D, or the end of a script).
    case end
}

/// A file the shell must write (atomically) before reading the next input.
public struct SessionWrite: Equatable, Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// True for `save as`: the file must not exist yet.
    public var create: Bool
    /// The line to print once the write has succeeded ("Saved as FILE.").
    public var done: String?
    /// The bytes the session last read or wrote there: the write is refused when the file is no longer
    /// these (FileAccess.replace), so no other writer's change is overwritten. Nil for a new file.
    public var expecting: [UInt8]? = nil
}

/// The session's answer to one input.
public struct SessionReply: Equatable, Sendable {
    public var lines: [String]
    public var write: SessionWrite?
    /// The session is over: the shell stops reading.
    public var finished: Bool
    /// Files other than the workbook (a report, a chart, the minutes, the projector view), written
    /// atomically after `write`; a `create` one that exists is handed back through `exportExists`.
    public var exports: [SessionWrite] = []
}

/// Where the walk-through stands.
public enum Position: Equatable, Sendable {
    case question(step: Int, index: Int)
    /// After step 7: only commands are read.
    case done
}

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

public struct Session: Sendable {
    public enum Mode: Equatable, Sendable {
        /// Every accepted change is written to this file at once.
        case file(String)
        /// The built-in example: changes stay in memory until `save as FILE`.
        case demo
    }

    public internal(set) var workbook: Workbook
    public internal(set) var mode: Mode
    public internal(set) var language: Language
    /// Lines refused so far (a scripted session ends with exit code 1 when any was).
    public internal(set) var refused = 0
    /// The shell reads from a terminal: questions can be asked (on leaving with unwritten changes, about a
    /// line that may be a command). False for a script, where such lines are refused instead.
    public var interactive = false
    /// A change is not written to the file (the last write failed): the prompt says so, and leaving asks.
    public internal(set) var unsaved = false
    /// Why the last write failed.
    var unsavedReason = ""
    var unsavedBeforeWrite = false
    /// The session ended with changes that were never written (exit code 1, on a terminal too).
    public internal(set) var lost = false
    public internal(set) var position: Position
    public var width: Int
    public var color: Bool
    /// Block characters for the charts; the shell sets false when the terminal is not UTF-8.
    public var unicode = true
    /// Today as `YYYY-MM-DD`, set by the shell (the session reads no clock): the default date of `cycle close`.
    public var today: String?

    /// The bytes of the file as last read or written by this session.
    var known: [UInt8]?
    var pending: Pending?
    var undoStack: [Change] = []
    var redoStack: [Change] = []
    /// The what-if: changes stay in memory, against the workbook as it was when it began.
    var sandbox: Sandbox?
    var interrupted = false
    var demoChanged = false
    /// The template a new file is created from.
    var template = Template.retail
    /// What to restore when the last write fails.
    var beforeWrite: (mode: Mode, known: [UInt8]?)?
    /// The time of day (HH:MM:SS), set by the shell before each input: the projector view shows when it last changed.
    public var now: String?
    /// The folder relative paths are resolved against, set by the shell: the projector view's file:// address.
    public var workingDirectory = ""
    /// Where the demo's projector view goes (it has no workbook to sit beside), set by the shell.
    public var temporaryFolder = "/tmp"
    /// The projector view being kept up to date, and what was last written there.
    var room: RoomView?
    /// `cem session FILE --present`: the projector view opens with the session.
    public var presentAtStart = false

    // Output of the input being handled.
    var out: [String] = []
    var write: SessionWrite?
    var exports: [SessionWrite] = []
    var finished = false

    /// A session over a workbook read from `path` (whose bytes were `bytes`), or over the demo.
    public init(workbook: Workbook, mode: Mode, bytes: [UInt8]? = nil, language: Language, width: Int = 80, color: Bool = false) {
        self.workbook = workbook
        self.mode = mode
        self.known = bytes
        self.language = language
        self.width = width
        self.color = color
        self.position = .question(step: 1, index: 0)
    }

    /// A session over a file that does not exist yet: asks for a title, then creates it from `template`.
    /// With no template, a terminal is asked which one (Enter for retail); a script takes retail.
    public static func creating(path: String, language: Language, width: Int = 80, color: Bool = false,
                                template: Template? = .retail) -> Session {
        var session = Session(workbook: (template ?? .retail).workbook(language: language), mode: .file(path),
                              language: language, width: width, color: color)
        session.template = template ?? .retail
        session.pending = template == nil ? .template(path: path) : .title(path: path)
        return session
    }

    var t: SessionWords { sessionStrings(language) }
    var r: ReportWords { strings(language) }

    var analysis: Analysis { Analysis(workbook) }
    var report: TextReport { TextReport(workbook: workbook, analysis: analysis, strings: r, width: width, color: color) }

    public var path: String? {
        if case .file(let path) = mode { return path }
        return nil
    }

    // MARK: Starting

    /// The opening lines: where the session is and the first step.
    public mutating func start() -> SessionReply {
        begin()
        if presentAtStart { presentCommand([]) }
        if case .template(let path) = pending {
            if interactive { return askTemplate(path) }
            pending = .title(path: path)
        }
        if case .title(let path) = pending {
            out.append(template == .retail ? t.newFile(path) : t.newFile(path, template: template.rawValue, factors: workbook.factors.count))
            return reply()
        }
        out.append(t.welcome(title: workbook.title.inert, path: path?.inert, factors: workbook.factors.count))
        out.append(t.commandsHint)
        if mode == .demo {
            out.append(t.demoReadOnly)
            enter(step: 1)
        } else if let step = analysis.steps.first(where: { !$0.complete })?.number {
            if step > 1 { out.append(t.resuming(step)) }
            enter(step: step)
            offerReviewOrAdd(step)
        } else {
            out.append(t.allComplete)
            position = .done
        }
        return reply()
    }

    // MARK: Handling input

    /// Handles one input. `disk` is the content of the session's file on disk now (nil when missing).
    public mutating func handle(_ input: SessionInput, disk: [UInt8]?) -> SessionReply {
        begin()
        switch input {
        case .end:
            if pending == .leaving || pending == .leavingSaveAs {
                endUnsaved()
            } else {
                leave()
            }
        case .interrupt:
            if pending == .leaving || pending == .leavingSaveAs {
                pending = nil
                out.append(t.backToSession)
            } else if interrupted {
                leave()
            } else {
                interrupted = true
                var conflict = false
                if case .conflict = pending {
                    out.append(t.changeNotWritten)
                    conflict = true
                }
                switch pending { case .title, .template: break; default: pending = nil }
                out.append(conflict ? t.interruptedConflict : unsaved ? t.interruptedUnsaved
                           : mode == .demo ? t.interruptedDemo : t.interrupted)
            }
        case .line(let line):
            interrupted = false
            handle(line: line, disk: disk)
        }
        return reply()
    }

    mutating func begin() {
        out = []
        write = nil
        exports = []
        beforeWrite = nil
    }

    /// Prose is wrapped to the width; indented lines (tables, help) are already fitted.
    mutating func reply() -> SessionReply {
        refreshRoom()
        let lines = out.flatMap { $0.hasPrefix("  ") ? [$0] : wrap($0, width: width) }
        return SessionReply(lines: lines, write: write, finished: finished, exports: exports)
    }

    mutating func refuse(_ text: String) {
        out.append(text)
        refused += 1
    }

    mutating func handle(line raw: String, disk: [UInt8]?) {
        switch pending {
        case .title(let path):
            let title = Answer.text(raw)
            if title.isEmpty && !raw.trimmingWhitespace.isEmpty { return refuse(t.titleRequired) }
            let name = title.isEmpty ? fileStem(path) : title
            pending = nil
            workbook.title = name
            let bytes = WorkbookWriter.bytes(workbook)
            beforeWrite = (mode, nil)
            known = bytes
            write = SessionWrite(path: path, bytes: bytes, create: true, done: nil)
            out.append(t.created(path, title: name))
            out.append(t.commandsHint)
            enter(step: 1)
            return
        case .confirm(let changed, let description):
            pending = nil
            if Answer.yes(raw) {
                commit(changed, description, kind: .edit, disk: disk)
            } else {
                out.append(t.cancelled)
            }
            return
        case .conflict(let commit):
            resolveConflict(raw, commit: commit, disk: disk)
            return
        case .leaving:
            resolveLeaving(raw, disk: disk)
            return
        case .leavingSaveAs:
            let target = Answer.text(raw)
            guard !target.isEmpty else {
                pending = .leaving
                out.append(t.leavingChoices)
                return
            }
            pending = nil
            saveAs(target)
            finishAfterWrite()
            return
        case .closeCycle(let closed, let description):
            resolveCloseCycle(raw, closed: closed, description: description, disk: disk)
            return
        case .reviewOrAdd(let step):
            resolveReviewOrAdd(raw, step: step, disk: disk)
            return
        case .describe(let id):
            pending = nil
            guard !raw.trimmingWhitespace.isEmpty, let i = workbook.factors.firstIndex(where: { $0.id == id }) else { return }
            var w = workbook
            w.factors[i].description = Answer.text(raw)
            commit(w, t.setDone("\(w.factors[i].name.inert) · \(t.descriptionLabel)", w.factors[i].description.isEmpty ? "—" : w.factors[i].description.inert),
                   kind: .edit, disk: disk)
            return
        case .which(let line, let command):
            resolveWhich(raw, line: line, command: command, disk: disk)
            return
        case .quitWhatIf:
            resolveQuitWhatIf(raw, disk: disk)
            return
        case .poll(let walk):
            resolvePoll(raw, walk: walk, disk: disk)
            return
        case .overwrite(let export):
            resolveOverwrite(raw, export: export)
            return
        case .template(let path):
            resolveTemplate(raw, path: path)
            return
        case nil:
            break
        }
        if raw.hasPrefix("\\") {
            return answer(String(raw.dropFirst()), disk: disk)
        }
        read(raw, disk: disk)
    }

    // MARK: The walk

    var currentQuestion: Question? {
        guard case .question(let step, let index) = position else { return nil }
        let questions = Question.of(step: step, in: workbook)
        return index < questions.count ? questions[index] : nil
    }

    /// Opens a step: its explanation, then its first question (a step without questions shows its result at once).
    mutating func enter(step: Int) {
        out.append("")
        out.append(bold("── \(r.stepLabel(step)) · \(r.stepTitle(step)) ──"))
        out += t.intro(step) + t.behaviourIntro(step)
        if step == 1 {
            // The factors being scored, with what each covers, so the client scores the same thing.
            // Every factor, with the id that commands take (`set ID FIELD VALUE`).
            for f in workbook.factors {
                out.append(DisplayWidth.truncate("  " + t.factorLine(f.name.inert, id: f.id, description: f.description.inert), to: width))
            }
        }
        position = .question(step: step, index: 0)
        settle()
    }

    /// After the last question of a step: its table and conclusion, then the next step.
    mutating func settle() {
        while case .question(let step, let index) = position, index >= Question.of(step: step, in: workbook).count {
            out.append("")
            out += report.section(step)
            if step == 7 {
                position = .done
                out.append("")
                let open = analysis.steps.filter { !$0.complete }.map(\.number)
                out.append(t.walkDone(path: path, demo: mode == .demo, incomplete: open))
                return
            }
            enter(step: step + 1)
            return
        }
    }

    mutating func advance(from position: Position) -> Position {
        guard case .question(let step, let index) = position else { return position }
        return .question(step: step, index: index + 1)
    }

    /// Stays on the question that was being asked when the list of questions changed around it (a factor
    /// added or moved, …).
    mutating func keepAsking(_ question: Question?) {
        guard let question, case .question(let step, _) = position,
              let index = Question.of(step: step, in: workbook).firstIndex(of: question) else { return }
        position = .question(step: step, index: index)
    }

    /// Keeps the position on an existing question after the list of questions changed (a factor removed, …).
    mutating func clampPosition() {
        guard case .question(let step, let index) = position else { return }
        let count = Question.of(step: step, in: workbook).count
        if index > count { position = .question(step: step, index: count) }
    }

    func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    // MARK: Prompt

    /// The prompt for the next line.
    public var prompt: String {
        switch pending {
        case .title: return t.titlePrompt
        case .confirm: return t.confirmPrompt
        case .conflict: return t.conflictPrompt
        case .leaving: return t.leavingPrompt
        case .leavingSaveAs: return t.saveAsFilePrompt
        case .which: return t.whichPrompt
        case .overwrite: return t.confirmPrompt
        case .template: return t.templatePrompt
        case .closeCycle: return t.confirmPrompt
        case .quitWhatIf: return t.whatIfLeavingPrompt
        case .poll(let walk): return (sandbox != nil ? t.whatIfMark : "") + pollPrompt(walk)
        case .reviewOrAdd: return t.reviewOrAddPrompt
        case .describe(let id):
            let f = workbook.factor(id: id)
            return t.describePrompt(f?.name.inert ?? id, current: f.map { $0.description.isEmpty ? "—" : DisplayWidth.truncate($0.description.inert, to: 40) } ?? "—")
        case nil: break
        }
        let mark = (unsaved ? t.unsavedMark : "") + (sandbox != nil ? t.whatIfMark : "")
        guard let question = currentQuestion else { return mark + "cem> " }
        return mark + QuestionText(session: self).prompt(question)
    }
}

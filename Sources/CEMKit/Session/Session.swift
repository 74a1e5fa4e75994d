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
}

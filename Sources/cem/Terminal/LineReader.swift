// Reading lines for the session: with line editing on a terminal, plain lines from a script otherwise.
// On a terminal: the system's libedit (loaded at run time, so building needs no headers), else the small
// termios editor in LineEditor.swift, else plain readLine. `CEM_LINE_EDITOR=libedit|builtin|plain` forces one.

#if canImport(Glibc)
import Glibc
#endif
import CEMKit

enum ReadResult: Equatable {
    case line(String)
    case interrupt
    case end
}

protocol LineReader {
    /// Prints the prompt and reads one line.
    mutating func read(prompt: String) -> ReadResult
}

/// The SIGINT flag set by the handler while a line is read (libedit and plain readLine on a terminal).
nonisolated(unsafe) var interruptFlag: sig_atomic_t = 0

enum Terminal {
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The best reader available here.
    static func reader(environment: [String: String]) -> any LineReader {
        guard inputIsTerminal && outputIsTerminal else { return ScriptReader() }
        let forced = environment["CEM_LINE_EDITOR"]
        if forced == nil || forced == "libedit", let libedit = LibeditReader() { return libedit }
        if forced != "plain", let editor = LineEditor() { return editor }
        return PlainTerminalReader()
    }

    /// Ctrl-C sets a flag instead of ending the process; a read in progress is interrupted (no SA_RESTART).
    static func catchInterrupts() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptFlag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeMutableBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue } else { return } }
            offset += n
        }
        bytes.removeAll()
    }
}

/// Standard input is not a terminal: the prompt is printed on its own line and lines are read as they come.
struct ScriptReader: LineReader {
    mutating func read(prompt: String) -> ReadResult {
        Terminal.write(prompt.trimmingCharacters(in: " ") + "\n")
        guard let line = readLine(strippingNewline: true) else { return .end }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}

/// A terminal without line editing: readLine, with Ctrl-C caught.
struct PlainTerminalReader: LineReader {
    init() { Terminal.catchInterrupts() }

    mutating func read(prompt: String) -> ReadResult {
        Terminal.write(prompt)
        interruptFlag = 0
        let line = readLine(strippingNewline: true)
        if interruptFlag != 0 {
            interruptFlag = 0
            Terminal.write("\n")
            return .interrupt
        }
        guard let line else { return .end }
        return .line(line)
    }
}

/// The system's libedit, through its readline interface, loaded with dlopen.
struct LibeditReader: LineReader {
    typealias ReadlineFunction = @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    typealias AddHistoryFunction = @convention(c) (UnsafePointer<CChar>?) -> Int32

    let readline: ReadlineFunction
    let addHistory: AddHistoryFunction

    init?() {
        // Chinese input needs a UTF-8 character type; without one libedit would split characters into bytes.
        guard LibeditReader.utf8Locale() else { return nil }
        guard let handle = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL) ?? dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL),
              let readlineSymbol = dlsym(handle, "readline"), let historySymbol = dlsym(handle, "add_history") else { return nil }
        readline = unsafeBitCast(readlineSymbol, to: ReadlineFunction.self)
        addHistory = unsafeBitCast(historySymbol, to: AddHistoryFunction.self)
        Terminal.catchInterrupts()
    }

    static func utf8Locale() -> Bool {
        func isUTF8() -> Bool {
            guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
            let name = String(cString: codeset).uppercased()
            return name == "UTF-8" || name == "UTF8"
        }
        if setlocale(LC_CTYPE, "") != nil, isUTF8() { return true }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8() { return true }
        setlocale(LC_CTYPE, "C")
        return false
    }

    mutating func read(prompt: String) -> ReadResult {
        interruptFlag = 0
        let pointer = prompt.withCString { readline($0) }
        if interruptFlag != 0 {
            interruptFlag = 0
            free(pointer)
            Terminal.write("\n")
            return .interrupt
        }
        guard let pointer else { return .end }
        let line = String(cString: pointer)
        free(pointer)
        if !line.trimmingCharacters(in: " ").isEmpty { _ = line.withCString { addHistory($0) } }
        return .line(line)
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
    }
}

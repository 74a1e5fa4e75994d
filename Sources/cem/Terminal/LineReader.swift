// Reading lines for the session: with line editing on a terminal, plain lines from a script otherwise.
// On a terminal: the small termios editor in LineEditor.swift (bracketed paste, a pre-filled default),
// else the system's libedit, else the terminal's own line (`Platform.readLine`, never the standard library's
// `readLine`, which spins once Ctrl-C interrupts it). `CEM_LINE_EDITOR=builtin|libedit|plain` forces one.

import CEMKit

enum ReadResult: Equatable {
    case line(String)
    case interrupt
    case end
}

protocol LineReader {
    /// Prints the prompt and reads one line; `prefill` starts the line with text to edit (where the reader can).
    mutating func read(prompt: String, prefill: String?) -> ReadResult
    /// The reader can start a line with text to edit.
    var canPrefill: Bool { get }
    /// The number of the last line read from a script (1-based), nil on a terminal.
    var lineNumber: Int? { get }
}

extension LineReader {
    mutating func read(prompt: String) -> ReadResult { read(prompt: prompt, prefill: nil) }
    var canPrefill: Bool { false }
    var lineNumber: Int? { nil }
}

enum Terminal {
    static var inputIsTerminal: Bool { Platform.inputIsTerminal }
    static var outputIsTerminal: Bool { Platform.outputIsTerminal }

    /// The best reader available here.
    static func reader(environment: [String: String]) -> any LineReader {
        guard inputIsTerminal && outputIsTerminal else { return ScriptReader() }
        let forced = environment["CEM_LINE_EDITOR"]
        if forced == "libedit", let libedit = LibeditReader() { return libedit }
        if forced != "plain", let editor = LineEditor() { return editor }
        if forced != "plain", let libedit = LibeditReader() { return libedit }
        return PlainTerminalReader()
    }

    static func write(_ text: String) { Platform.write(text) }
}

/// Standard input is not a terminal: the prompt is printed on its own line and lines are read as they come.
/// A UTF-8 byte-order mark before the first line is not part of it.
struct ScriptReader: LineReader {
    private(set) var count = 0
    var lineNumber: Int? { count }

    mutating func read(prompt: String, prefill: String?) -> ReadResult {
        Terminal.write(prompt.trimmingCharacters(in: " ") + "\n")
        guard var line = Platform.readLine() else { return .end }
        count += 1
        if count == 1, line.unicodeScalars.first == "\u{FEFF}" { line = String(line.unicodeScalars.dropFirst()) }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}

/// A terminal without line editing: the terminal's own line, read by `Platform.readLine` (Ctrl-C cancels it;
/// the standard library's `readLine` would spin once Ctrl-C interrupted its read).
struct PlainTerminalReader: LineReader {
    init() { Platform.catchInterrupts() }

    mutating func read(prompt: String, prefill: String?) -> ReadResult {
        Terminal.write(prompt)
        interruptFlag = 0
        readingLine = 1
        let line = Platform.readLine(fromTerminal: true)
        readingLine = 0
        if interruptFlag != 0 {
            interruptFlag = 0
            Terminal.write("\n")
            return .interrupt
        }
        guard let line else {
            // Ctrl-D: leave the terminal on a fresh line.
            Terminal.write("\n")
            return .end
        }
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
        guard Platform.useUTF8Locale() else { return nil }
        guard let readlineSymbol = Platform.libeditSymbol("readline"), let historySymbol = Platform.libeditSymbol("add_history") else { return nil }
        readline = unsafeBitCast(readlineSymbol, to: ReadlineFunction.self)
        addHistory = unsafeBitCast(historySymbol, to: AddHistoryFunction.self)
        Platform.catchInterrupts()
    }

    mutating func read(prompt: String, prefill: String?) -> ReadResult {
        interruptFlag = 0
        readingLine = 1
        let pointer = prompt.withCString { readline($0) }
        readingLine = 0
        if interruptFlag != 0 {
            interruptFlag = 0
            Platform.free(pointer)
            Terminal.write("\n")
            return .interrupt
        }
        guard let pointer else {
            Terminal.write("\n")
            return .end
        }
        let line = String(cString: pointer)
        Platform.free(pointer)
        if !line.trimmingCharacters(in: " ").isEmpty { _ = line.withCString { addHistory($0) } }
        return .line(line)
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
    }
}

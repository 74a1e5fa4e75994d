// Everything that differs between platforms, in one place: signals, isatty, the terminal's size,
// raw (termios) reads, writes to standard output, and loading libedit with dlopen.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CEMKit

/// The SIGINT flag set by the handler while a line is read (libedit and plain lines on a terminal).
nonisolated(unsafe) var interruptFlag: sig_atomic_t = 0

/// 1 while a terminal reader that takes Ctrl-C as a signal waits for a line: SIGINT then cancels the line
/// (`interruptFlag`); at any other moment (the session busy, `present` rendering) it ends as SIGTERM would.
nonisolated(unsafe) var readingLine: sig_atomic_t = 0

/// 1 once `endSessionOnSignals` has made the session end in order on a signal.
nonisolated(unsafe) var sessionEndsInOrder: sig_atomic_t = 0

/// The signal that asked a session to end (0 while none has): set by the handler of `endSessionOnSignals`.
nonisolated(unsafe) var endingSignal: sig_atomic_t = 0

/// Ends the process as `number` would have, after removing the temporary files being written; only
/// async-signal-safe calls, so that a handler may call it.
private func endAsSignalled(_ number: Int32) -> Never {
    TemporaryFiles.unlinkAll()
    Glibc.signal(number, SIG_DFL)
    raise(number)
    _exit(128 + number)
}

/// A signal asks the session to end: noted for its loop, with 2 seconds to get there; a second one ends the
/// process at once. Async-signal-safe.
private func noteEndingSignal(_ number: Int32) {
    if endingSignal != 0 { endAsSignalled(number) }
    endingSignal = number
    alarm(2)
}

/// The terminal settings saved before raw mode.
typealias TerminalSettings = termios

enum Platform {
    // MARK: Terminals

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }
    static var inputIsTerminal: Bool { isTerminal(STDIN_FILENO) }
    static var outputIsTerminal: Bool { isTerminal(STDOUT_FILENO) }
    static var errorIsTerminal: Bool { isTerminal(STDERR_FILENO) }

    /// The width of the terminal on standard output, read now (the window may have been resized).
    static func terminalColumns() -> Int? {
        guard outputIsTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Writes all of `text` to standard output, through interruptions.
    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue } else { return } }
            offset += n
        }
    }

    /// One byte of standard input; nil at its end or on an error.
    static func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let n = Glibc.read(STDIN_FILENO, &byte, 1)
            if n == 1 { return byte }
            if n < 0 && errno == EINTR { if endingSignal != 0 { return nil }; continue }
            return nil
        }
    }

    /// Bytes of standard input read ahead of the lines taken so far (`readLine`), from `lineStart` on.
    nonisolated(unsafe) private static var lineBuffer: [UInt8] = []
    nonisolated(unsafe) private static var lineStart = 0
    nonisolated(unsafe) private static var lineBufferAtEnd = false

    /// One line of standard input without its newline (the last one may have none); nil at its end, on an
    /// error, or when a signal has asked a session to end or Ctrl-C cancelled the line (`interruptFlag`).
    /// The standard library's `readLine` would read again after a signal interrupted it (spinning on stdin's
    /// error state), so scripts and plain terminals read here. On a terminal (`fromTerminal`) the end of
    /// input is Ctrl-D, which ends this read only, and Ctrl-C drops what was read ahead.
    static func readLine(fromTerminal: Bool = false) -> String? {
        var searched = lineStart
        while true {
            if let newline = lineBuffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: lineBuffer[lineStart..<newline], as: UTF8.self)
                lineStart = newline + 1
                return line
            }
            let stopped = endingSignal != 0 || interruptFlag != 0
            if lineBufferAtEnd || stopped {
                if fromTerminal { lineBufferAtEnd = false }
                guard lineStart < lineBuffer.count, !stopped else {
                    lineBuffer.removeAll()
                    lineStart = 0
                    return nil
                }
                defer { lineStart = lineBuffer.count }
                return String(decoding: lineBuffer[lineStart...], as: UTF8.self)
            }
            lineBuffer.removeSubrange(..<lineStart)
            lineStart = 0
            searched = lineBuffer.count
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { lineBufferAtEnd = true } else { lineBuffer += chunk[..<n] }
        }
    }

    /// The terminal settings of standard input, to restore after raw mode.
    static func terminalSettings() -> termios? {
        var settings = termios()
        return tcgetattr(STDIN_FILENO, &settings) == 0 ? settings : nil
    }

    /// Raw mode: bytes as typed, no echo, Ctrl-C read as a key.
    static func enterRawMode(from original: termios) -> Bool {
        var settings = original
        settings.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        settings.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &settings.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        return tcsetattr(STDIN_FILENO, TCSADRAIN, &settings) == 0
    }

    static func restore(_ original: termios) {
        var settings = original
        tcsetattr(STDIN_FILENO, TCSADRAIN, &settings)
    }

    // MARK: Signals

    /// Ctrl-C while a line is read (`readingLine`) sets a flag instead of ending the process, and the read in
    /// progress is interrupted (no SA_RESTART). At any other moment it ends the session in order (after
    /// `endSessionOnSignals`), or the process as `cleanUpOnSignals` does: a busy program is never left with
    /// a Ctrl-C that nobody reads.
    static func catchInterrupts() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            if readingLine != 0 {
                interruptFlag = 1
            } else if sessionEndsInOrder != 0 {
                noteEndingSignal(number)
            } else {
                endAsSignalled(number)
            }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// SIGTERM, SIGHUP, SIGQUIT (and SIGINT until a reader catches it) remove the temporary files being
    /// written, then end the process as the signal would have.
    static func cleanUpOnSignals() {
        TemporaryFiles.prepare()
        // A parent may have started us with these blocked (the mask is inherited): they must arrive.
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGTERM, SIGHUP, SIGQUIT, SIGINT] { sigaddset(&set, signal) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
        for signal in [SIGTERM, SIGHUP, SIGQUIT, SIGINT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                TemporaryFiles.unlinkAll()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// In a session the same signals end it in order: the handler only notes the signal (and interrupts the
    /// read under way, which returns); the session's loop sees it, writes what leaving writes (the projector
    /// view says the session ended) and calls `endBySignal`. A second signal, or the loop not getting there
    /// within 2 seconds (busy, or a read that was not interrupted), ends the process from the handler as
    /// `cleanUpOnSignals` does. The handlers touch only a `sig_atomic_t`, `alarm`, and `endAsSignalled`.
    static func endSessionOnSignals() {
        cleanUpOnSignals()
        sessionEndsInOrder = 1
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGALRM)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        for signal in [SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGALRM] {
            var action = sigaction()
            if signal == SIGALRM {
                action.__sigaction_handler.sa_handler = { _ in if endingSignal != 0 { endAsSignalled(endingSignal) } }
            } else {
                action.__sigaction_handler.sa_handler = { number in noteEndingSignal(number) }
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// The signal that asked the session to end, if one has.
    static var pendingEndingSignal: Int32? { endingSignal == 0 ? nil : endingSignal }

    /// The session has written what leaving writes: the signal now ends the process.
    static func endBySignal() -> Never { endAsSignalled(endingSignal == 0 ? SIGTERM : endingSignal) }

    // MARK: Locale and libraries

    /// A UTF-8 character type for the C library (libedit splits Chinese characters into bytes without one).
    static func useUTF8Locale() -> Bool {
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

    /// A symbol of the system's libedit, loaded at run time (building needs no headers).
    static func libeditSymbol(_ name: String) -> UnsafeMutableRawPointer? {
        guard let handle = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL) ?? dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL) else { return nil }
        return dlsym(handle, name)
    }

    static func free(_ pointer: UnsafeMutableRawPointer?) { Glibc.free(pointer) }
}

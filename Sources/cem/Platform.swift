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

/// The SIGINT flag set by the handler while a line is read (libedit and plain readLine on a terminal).
nonisolated(unsafe) var interruptFlag: sig_atomic_t = 0

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
            if n < 0 && errno == EINTR { continue }
            return nil
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

    /// Ctrl-C sets a flag instead of ending the process; a read in progress is interrupted (no SA_RESTART).
    static func catchInterrupts() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptFlag = 1 }
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

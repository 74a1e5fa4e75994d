// What a command needs from its surroundings, injected so that commands run in process in tests:
// standard output and error, the line reader, files, the clock, the working folder and the environment.

import CEMKit
import Foundation

struct Context: Sendable {
    var environment: [String: String]
    var explicitLanguage: Language?
    var noColor = false
    /// Every file a command reads or writes goes through this, so tests can run commands in process.
    var files: any FileAccess = DiskFiles()
    var stdout: any TextSink = StandardSink.output
    var stderr: any TextSink = StandardSink.error
    /// The folder relative paths are resolved against; nil is the process's working folder.
    var directory: String?
    /// Now; `SOURCE_DATE_EPOCH` fixes it for reproducible output.
    var clock: @Sendable () -> Date = { Date() }
    /// The line reader of the session and the trainer (a terminal's line editor, or a script).
    var lineReader: @Sendable ([String: String]) -> any LineReader = { Terminal.reader(environment: $0) }
    var stdinIsTerminal = Platform.inputIsTerminal
    var stdoutIsTerminal = Platform.outputIsTerminal
    /// Progress lines go to standard error only when it is a terminal.
    var stderrIsTerminal = Platform.errorIsTerminal

    /// A person at a terminal, rather than a script: the session, the trainer and `resolve` ask and retry
    /// then; with a script they refuse a line they cannot take, and that ends in exit code 1.
    var interactive: Bool { stdinIsTerminal && stdoutIsTerminal }

    init(environment: [String: String]) {
        self.environment = environment
    }

    /// The language from the locale variables, in POSIX order of precedence.
    var localeLanguage: Language? {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return Language(localeIdentifier: value) }
        }
        return nil
    }

    /// --lang, else the workbook's language, else the locale's, else English.
    func language(for workbook: Workbook? = nil) -> Language {
        explicitLanguage ?? workbook?.language ?? localeLanguage ?? .en
    }

    var cli: CLIWords { cliStrings(language()) }

    /// Colour only on a terminal, never with --no-color or NO_COLOR.
    var color: Bool { !noColor && environment["NO_COLOR"] == nil && stdoutIsTerminal }

    /// COLUMNS, else the terminal's width, else 80.
    var width: Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        if let columns = Platform.terminalColumns(), columns > 20 { return columns }
        return 80
    }

    /// The date of `clock` as YYYY-MM-DD: in local time, or in UTC for SOURCE_DATE_EPOCH.
    var today: String {
        var date = clock()
        var calendar = Calendar(identifier: .gregorian)
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init), epoch.isFinite {
            date = Date(timeIntervalSince1970: epoch)
            calendar.timeZone = TimeZone(identifier: "UTC")!
        }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// A path as given, resolved against `directory` when it is relative.
    func resolve(_ path: String) -> String {
        guard let directory, !path.hasPrefix("/") else { return path }
        return directory + "/" + path
    }

    /// The working folder of the command.
    var workingDirectory: String { directory ?? FileManager.default.currentDirectoryPath }

    func out(_ text: String) { stdout.write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8)) }
    func err(_ text: String) { stderr.write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8)) }
}

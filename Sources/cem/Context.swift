// What a command needs from its surroundings: the language, the terminal, standard output and error.

import CEMKit
import Foundation

struct Context: Sendable {
    var environment: [String: String]
    var explicitLanguage: Language?
    var noColor = false
    /// Every file a command reads or writes goes through this, so tests can run commands in process.
    var files: any FileAccess = DiskFiles()

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

    var cli: any CLIStrings { cliStrings(language()) }

    var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colour only on a terminal, never with --no-color or NO_COLOR.
    var color: Bool { !noColor && environment["NO_COLOR"] == nil && stdoutIsTerminal }

    /// COLUMNS, else the terminal's width, else 80.
    var width: Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        if let columns = Platform.terminalColumns(), columns > 20 { return columns }
        return 80
    }

    func out(_ text: String) { write(text, to: FileHandle.standardOutput) }
    func err(_ text: String) { write(text, to: FileHandle.standardError) }

    private func write(_ text: String, to handle: FileHandle) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        handle.write(Data(line.utf8))
    }
}

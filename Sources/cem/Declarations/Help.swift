// Usage lines and help pages, generated from the command declarations and fitted to the terminal's width.

import CEMKit

enum Help {
    /// The column where option help starts: two spaces, then the label padded to 18 columns, then two spaces.
    static let optionColumn = 22

    /// The pieces of a usage line: `cem`, the command's words, its arguments and its options.
    static func usagePieces(_ command: CommandDeclaration, path: [String]) -> [String] {
        var pieces = ["cem"] + path
        if !command.subcommands.isEmpty && command.run == nil {
            pieces.append("SUBCOMMAND")
            return pieces
        }
        let formPieces = command.forms.map { form in
            (form.option.map { [$0.usageText] } ?? []) + form.arguments.map(\.usageText)
        }
        if formPieces.count == 1 {
            pieces += formPieces[0]
        } else {
            var alternatives: [String] = []
            for (i, form) in formPieces.enumerated() {
                alternatives += form
                if i < formPieces.count - 1 { alternatives.append("|") }
            }
            alternatives[0] = "(" + alternatives[0]
            alternatives[alternatives.count - 1] += ")"
            pieces += alternatives
        }
        let selecting = Set(command.forms.compactMap { $0.option?.name })
        for option in command.options where !selecting.contains(option.name) {
            pieces.append(option.required ? option.usageText : "[\(option.usageText)]")
        }
        return pieces
    }

    static func usage(_ command: CommandDeclaration, path: [String]) -> String {
        usagePieces(command, path: path).joined(separator: " ")
    }

    /// `cem show FILE`: the words, the first form's arguments and the required options, for the command list.
    static func shortUsage(_ command: CommandDeclaration, path: [String]) -> String {
        var pieces = ["cem"] + path + command.forms[0].arguments.map(\.usageText)
        pieces += command.options.filter(\.required).map(\.usageText)
        return pieces.joined(separator: " ")
    }

    /// Every command that runs, with the words that name it (`["cycle", "close"]`), in list order.
    static func leaves(_ commands: [CommandDeclaration], prefix: [String] = []) -> [(path: [String], command: CommandDeclaration)] {
        commands.flatMap { command -> [(path: [String], command: CommandDeclaration)] in
            (command.subcommands.isEmpty || command.run != nil ? [(prefix + [command.name], command)] : [])
                + leaves(command.subcommands, prefix: prefix + [command.name])
        }
    }

    /// `cem --help`: what cem is, every command with its summary, the global options.
    static func overview(_ commands: [CommandDeclaration], language: Language, width: Int) -> String {
        let cli = cliStrings(language), words = CLIWords(language)
        var lines = Wrap.lines(cli.helpIntro, width: width) + ["", cli.commandsHeading]
        lines += listing(leaves(commands).map { (shortUsage($0.command, path: $0.path), $0.command.summary(language)) },
                         width: width, cap: 30)
        lines += [""] + globalOptions(words: words, width: width) + [""] + Wrap.lines(cli.helpFooter, width: width)
        return lines.joined(separator: "\n")
    }

    /// `cem help NAME` and `cem NAME --help`.
    static func page(_ command: CommandDeclaration, path: [String], language: Language, width: Int) -> String {
        let words = CLIWords(language)
        var lines = Wrap.pieces(usagePieces(command, path: path), width: width, indent: 4)
        lines += [""] + Wrap.lines(command.summary(language), width: width)
        if !command.subcommands.isEmpty {
            lines += ["", words.subcommandsHeading]
            lines += listing(command.subcommands.map { ($0.name, $0.summary(language)) }, width: width, cap: 18)
            lines += [""] + Wrap.lines(words.subcommandFooter(path.joined(separator: " ")), width: width)
            if command.run == nil { return lines.joined(separator: "\n") }
        }
        let arguments = command.forms.flatMap(\.arguments).filter { $0.help != nil }
        if !arguments.isEmpty {
            lines += ["", words.argumentsHeading]
            lines += listing(arguments.map { ($0.name, $0.help?(language) ?? "") }, width: width, cap: 18)
        }
        let options = command.forms.compactMap(\.option) + command.options.filter { option in
            !command.forms.contains { $0.option?.name == option.name }
        }
        if !options.isEmpty {
            lines += ["", words.optionsHeading]
            lines += listing(options.map { ($0.helpLabel, $0.help(language)) }, width: width, cap: 18)
        }
        if let notes = command.notes?(language) {
            lines.append("")
            for paragraph in notes.split(separator: "\n", omittingEmptySubsequences: false) {
                let indent = paragraph.prefix { $0 == " " }.count
                lines += Wrap.lines(String(paragraph.dropFirst(indent)), width: max(10, width - indent))
                    .map { String(repeating: " ", count: indent) + $0 }
            }
        }
        lines += [""] + globalOptions(words: words, width: width)
        return lines.joined(separator: "\n")
    }

    static func globalOptions(words: CLIWords, width: Int) -> [String] {
        [words.globalOptionsHeading] + listing(Shared.globals.map { ($0.helpLabel, $0.help(words.language)) }, width: width, cap: 18)
    }

    /// Two columns: labels padded to the widest (at most `cap`), texts wrapped beside them; a longer
    /// label, or a terminal too narrow for two columns, puts the text on the next lines instead.
    static func listing(_ rows: [(label: String, text: String)], width: Int, cap: Int) -> [String] {
        let labelWidth = min(cap, rows.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let column = 2 + labelWidth + 2
        let twoColumns = width - column >= 24
        var lines: [String] = []
        for row in rows {
            let label = "  " + row.label
            if twoColumns && DisplayWidth.of(row.label) <= labelWidth {
                let text = Wrap.hanging(row.text, width: width, indent: column)
                lines.append(DisplayWidth.pad(label, to: column) + text[0])
                lines += text.dropFirst()
            } else {
                // A label wider than the terminal (a long usage) breaks between its words.
                lines += DisplayWidth.of(label) <= width ? [label]
                    : Wrap.pieces(row.label.split(separator: " ").map(String.init), width: width - 2, indent: 4).map { "  " + $0 }
                let indent = twoColumns ? column : 6
                lines += Wrap.hanging(row.text, width: width, indent: indent).map { line in
                    line.hasPrefix(String(repeating: " ", count: indent)) ? line : String(repeating: " ", count: indent) + line
                }
            }
        }
        return lines
    }
}

// Argument dispatch: global options, the command table, subcommands, help and usage errors (exit code 2),
// all driven by the command declarations. Output that cannot be written ends with exit code 1.

import CEMKit
import Foundation

enum CLI {
    static let version = "0.1.0"

    /// Every command, in the order `cem --help` lists them. Adding one is its file and one entry here.
    static let commands: [CommandDeclaration] = [
        ShowCommand.command, ReportCommand.command, NewCommand.command,
        ValidateCommand.command, FormatCommand.command,
        ChartCommand.command,
        SessionCommandLine.command, DemoCommand.command,
        CycleCommand.command, CompareCommand.command, DiffCommand.command, GitCommand.command,
        MergeFileCommand.command, ResolveCommand.command, SchemaCommand.command,
        TrainCommand.command,
        ImportCommand.command, SegmentsCommand.command, SurveyCommand.command,
        helpCommand, CompletionCommand.command,
    ]

    static let helpCommand = CommandDeclaration(
        "help", summary: Localized(zh: "命令的帮助", en: "help for a command"),
        arguments: [Argument(name: "COMMAND", count: .optional, completion: .commands),
                    Argument(name: "SUBCOMMAND", count: .optional, completion: .none)],
        run: { context, invocation throws(ExitCode) in try help(invocation.positionals, context: context) })

    /// The process's entry: the real terminal, files and environment.
    static func main(_ arguments: [String]) -> Int32 {
        run(arguments, context: Context(environment: ProcessInfo.processInfo.environment))
    }

    /// Runs a command line in `context` and returns the exit status. A failed write to standard output
    /// ends with exit code 1: quietly when the reader of a pipe has gone, else with a message.
    static func run(_ arguments: [String], context: Context) -> Int32 {
        var context = context
        var status: Int32 = 0
        do {
            try dispatch(arguments, context: &context)
        } catch {
            status = error.code
        }
        if let failure = context.stdout.failure {
            if failure != EPIPE { context.err(context.cli.cannotWriteOutput(String(cString: strerror(failure)))) }
            return ExitCode.invalid.code
        }
        if context.stderr.failure != nil && status == 0 { return ExitCode.invalid.code }
        return status
    }

    static func dispatch(_ arguments: [String], context: inout Context) throws(ExitCode) {
        // Global options may stand before the command: `cem --lang zh show FILE`.
        var rest = arguments[...]
        try takeGlobals(&rest, context: &context)
        if let first = rest.first, first.hasPrefix("-") {
            rest = rest.dropFirst()
            switch first {
            case "--": break
            case "--version":
                context.out("cem \(version)")
                return
            case "--help", "-h":
                context.out(Help.overview(commands, language: context.language(), width: context.width))
                return
            default:
                let suggestion = Suggest.closest(to: first, in: Shared.globals.map(\.name))
                context.err(context.cli.unknownOption("", first.inert, suggestion: suggestion))
                throw .usage
            }
        }
        guard let name = rest.first else {
            let code = DemoCommand.offer(context)
            if code != 0 { throw ExitCode(code) }
            return
        }
        guard var command = commands.first(where: { $0.name == name }) else {
            context.err(context.cli.unknownCommand(name.inert, suggestion: Suggest.closest(to: name, in: commands.map(\.name))))
            throw .usage
        }
        var path = [name]
        rest = rest.dropFirst()
        while !command.subcommands.isEmpty {
            let group = path.joined(separator: " ")
            try takeGlobals(&rest, context: &context)
            // A command that runs on its own runs when the next word names none of its subcommands (`cem train ID`).
            if command.run != nil, !command.subcommands.contains(where: { $0.name == rest.first }) { break }
            guard let word = rest.first, !word.hasPrefix("-") else {
                if rest.contains(where: { $0 == "--help" || $0 == "-h" }) {
                    context.out(Help.page(command, path: path, language: context.language(), width: context.width))
                    return
                }
                context.err(context.cli.missingSubcommand(group, choices: command.subcommands.map(\.name)) + "\n\n"
                            + Help.page(command, path: path, language: context.language(), width: context.width))
                throw .usage
            }
            guard let sub = command.subcommands.first(where: { $0.name == word }) else {
                context.err(context.cli.unknownSubcommand(group, word, suggestion: Suggest.closest(to: word, in: command.subcommands.map(\.name))))
                throw .usage
            }
            command = sub
            path.append(word)
            rest = rest.dropFirst()
        }
        try runLeaf(command, path: path, arguments: Array(rest), context: &context)
    }

    static func runLeaf(_ command: CommandDeclaration, path: [String], arguments: [String], context: inout Context) throws(ExitCode) {
        let label = path.joined(separator: " ")
        let usage = Help.usage(command, path: path)
        let declared = command.forms.compactMap(\.option) + command.options
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, options: (declared + Shared.globals).map(\.spec))
        } catch {
            switch error {
            case .unknownOption(let option, let suggestion):
                context.err(context.cli.unknownOption(label, option.inert, suggestion: suggestion))
            case .missingValue(let option):
                context.err(context.cli.missingValue(option))
            case .unexpectedValue(let option):
                context.err(context.cli.unexpectedValue(option))
            case .repeatedOption(let option):
                context.err(context.cli.repeatedOption(option))
            }
            throw .usage
        }
        if parsed.has(Shared.noColor.declaration.name) { context.noColor = true }
        if let value = parsed.value(Shared.lang.declaration.name) { try setLanguage(value, context: &context) }
        if parsed.has(Shared.version.declaration.name) {
            context.out("cem \(version)")
            return
        }
        if parsed.has(Shared.help.declaration.name) {
            context.out(Help.page(command, path: path, language: context.language(), width: context.width))
            return
        }
        for option in declared {
            for value in parsed.allValues(option.name) where !option.accepts(value) {
                context.err(context.cli.badValue(option.name, value.inert, allowed: option.allowedText(context.cli)))
                throw .usage
            }
            if option.required && !parsed.has(option.name) {
                context.err(context.cli.missingArgument(option.name + (option.valueName.map { " " + $0 } ?? ""), usage: usage))
                throw .usage
            }
        }
        let form = command.form(for: parsed)
        let required = form.arguments.filter { $0.count != .optional }
        let most = form.arguments.contains { $0.count == .oneOrMore } ? Int.max : form.arguments.count
        if parsed.positionals.count < required.count {
            context.err(context.cli.missingArgument(required[parsed.positionals.count...].map(\.name).joined(separator: " "), usage: usage))
            throw .usage
        }
        if parsed.positionals.count > most {
            context.err(context.cli.tooManyArguments(usage: usage))
            throw .usage
        }
        try command.run?(context, Invocation(path: path, parsed: parsed, usage: usage))
    }

    /// `--lang L` and `--no-color` at the front of `rest`, taken off it.
    static func takeGlobals(_ rest: inout ArraySlice<String>, context: inout Context) throws(ExitCode) {
        while let first = rest.first {
            if first == "--no-color" {
                context.noColor = true
                rest = rest.dropFirst()
            } else if first == "--lang" || first.hasPrefix("--lang=") {
                rest = rest.dropFirst()
                let value = first == "--lang" ? rest.first : String(first.dropFirst("--lang=".count))
                if first == "--lang" { rest = rest.dropFirst() }
                try setLanguage(value, context: &context)
            } else {
                return
            }
        }
    }

    static func setLanguage(_ value: String?, context: inout Context) throws(ExitCode) {
        guard let value, let language = Language(rawValue: value) else {
            context.err(context.cli.badValue("--lang", (value ?? "").inert, allowed: Language.allCases.map(\.rawValue).joined(separator: context.cli.listSeparator)))
            throw .usage
        }
        context.explicitLanguage = language
    }

    /// `cem help [COMMAND [SUBCOMMAND]]`.
    static func help(_ words: [String], context: Context) throws(ExitCode) {
        guard let name = words.first else {
            context.out(Help.overview(commands, language: context.language(), width: context.width))
            return
        }
        guard var command = commands.first(where: { $0.name == name }) else {
            context.err(context.cli.unknownCommand(name.inert, suggestion: Suggest.closest(to: name, in: commands.map(\.name))))
            throw .usage
        }
        var path = [name]
        for word in words.dropFirst() {
            guard let sub = command.subcommands.first(where: { $0.name == word }) else {
                context.err(context.cli.unknownSubcommand(path.joined(separator: " "), word,
                                                            suggestion: Suggest.closest(to: word, in: command.subcommands.map(\.name))))
                throw .usage
            }
            command = sub
            path.append(word)
        }
        context.out(Help.page(command, path: path, language: context.language(), width: context.width))
    }
}

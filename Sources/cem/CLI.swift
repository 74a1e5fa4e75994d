// Argument dispatch: global options, the command table, help and usage errors (exit code 2).

import CEMKit
import Foundation

enum ExitCode {
    static let ok: Int32 = 0
    static let invalid: Int32 = 1
    static let usage: Int32 = 2
}

/// A command of the command line. Each command lives in its own file under Commands/ with its help;
/// adding one is that file plus one line in `CLI.commands`.
struct Command: Sendable {
    var name: String
    var usage: String
    var summary: Localized
    /// Option lines and notes for `cem help NAME`; may be empty.
    var details: Localized = Localized(zh: "", en: "")
    var options: [OptionSpec]
    var run: @Sendable (Context, ParsedArguments) -> Int32
}

enum CLI {
    static let version = "0.1.0"

    static let globalOptions = [
        OptionSpec("--lang", takesValue: true), OptionSpec("--no-color"),
        OptionSpec("--help", short: "-h"), OptionSpec("--version"),
    ]

    /// Every command, in the order `cem --help` lists them.
    static let commands: [Command] = [
        ShowCommand.command, ReportCommand.command, NewCommand.command,
        ValidateCommand.command, FormatCommand.command,
        ChartCommand.command,
        SessionCommandLine.command, DemoCommand.command,
        CycleCommand.command, CompareCommand.command, DiffCommand.command, GitCommand.command, SchemaCommand.command,
        TrainCommand.command,
        ImportCommand.command, SegmentsCommand.command,
        Command(name: "help", usage: "cem help [COMMAND]", summary: Localized(zh: "命令的帮助", en: "help for a command"),
                options: [], run: { context, arguments in
            help(arguments.positionals.first, context: context)
        }),
    ]

    static func run(_ arguments: [String]) -> Int32 {
        var context = Context(environment: ProcessInfo.processInfo.environment)
        // Global options may stand before the command: `cem --lang zh show FILE`.
        var rest = arguments[...]
        while let first = rest.first, first.hasPrefix("-") {
            switch first {
            case "--version":
                context.out("cem \(version)")
                return ExitCode.ok
            case "--help", "-h":
                return help(nil, context: context)
            case "--no-color":
                context.noColor = true
                rest = rest.dropFirst()
            default:
                if first == "--lang" || first.hasPrefix("--lang=") {
                    let value = first == "--lang" ? rest.dropFirst().first : String(first.dropFirst("--lang=".count))
                    guard let value, let language = Language(rawValue: value) else {
                        context.err(context.cli.badValue("--lang", value ?? "", allowed: "zh, en"))
                        return ExitCode.usage
                    }
                    context.explicitLanguage = language
                    rest = rest.dropFirst(first == "--lang" ? 2 : 1)
                } else {
                    let suggestion = Suggest.closest(to: first, in: globalOptions.map(\.name))
                    context.err(context.cli.unknownOption("", first, suggestion: suggestion))
                    return ExitCode.usage
                }
            }
        }
        guard let name = rest.first else { return DemoCommand.offer(context) }
        guard let command = commands.first(where: { $0.name == name }) else {
            context.err(context.cli.unknownCommand(name, suggestion: Suggest.closest(to: name, in: commands.map(\.name))))
            return ExitCode.usage
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(Array(rest.dropFirst()), options: command.options + globalOptions)
        } catch {
            switch error {
            case .unknownOption(let option, let suggestion):
                context.err(context.cli.unknownOption(name, option, suggestion: suggestion))
            case .missingValue(let option):
                context.err(context.cli.missingValue(option))
            case .unexpectedValue(let option):
                context.err(context.cli.unexpectedValue(option))
            }
            return ExitCode.usage
        }
        if parsed.has("--no-color") { context.noColor = true }
        if let value = parsed.value("--lang") {
            guard let language = Language(rawValue: value) else {
                context.err(context.cli.badValue("--lang", value, allowed: "zh, en"))
                return ExitCode.usage
            }
            context.explicitLanguage = language
        }
        if parsed.has("--version") {
            context.out("cem \(version)")
            return ExitCode.ok
        }
        if parsed.has("--help") { return help(name, context: context) }
        return command.run(context, parsed)
    }

    static func help(_ name: String?, context: Context) -> Int32 {
        let cli = context.cli
        if let name {
            guard let command = commands.first(where: { $0.name == name }) else {
                context.err(cli.unknownCommand(name, suggestion: Suggest.closest(to: name, in: commands.map(\.name))))
                return ExitCode.usage
            }
            let language = context.language()
            var text = "\(command.usage)\n\n\(command.summary(language))\n"
            let details = command.details(language)
            if !details.isEmpty { text += "\n" + details + "\n" }
            text += "\n" + cli.globalOptions
            context.out(text)
            return ExitCode.ok
        }
        var lines = [cli.helpIntro, "", cli.commandsHeading]
        let width = commands.map { DisplayWidth.of($0.usage) }.max() ?? 0
        for command in commands {
            lines.append("  " + DisplayWidth.pad(command.usage, to: width) + "  " + command.summary(context.language()))
        }
        lines += ["", cli.globalOptions, "", cli.helpFooter]
        context.out(lines.joined(separator: "\n"))
        return ExitCode.ok
    }
}

// The commands of the foundation: show, report, new, validate, fmt.

import CEMKit
import Foundation

/// The IPA cut-line option shared by show and report: mean, median, midpoint or X,Y.
func parseCuts(_ value: String?, context: Context) -> IPACutMethod? {
    guard let value else { return .mean }
    switch value {
    case "mean": return .mean
    case "median": return .median
    case "midpoint": return .midpoint
    default:
        let parts = value.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        if parts.count == 2, let x = parts[0], let y = parts[1] { return .values(experience: x, importance: y) }
        context.err(context.cli.badValue("--cuts", value, allowed: "mean, median, midpoint, X,Y"))
        return nil
    }
}

/// Loads the single workbook a command works on, printing problems; otherwise the exit code to end with.
func loadOne(_ arguments: ParsedArguments, usage: String, context: Context) -> Result<Workbook, ExitFailure> {
    guard let path = arguments.positionals.first else {
        context.err(context.cli.missingArgument("FILE", usage: usage))
        return .failure(ExitFailure(code: ExitCode.usage))
    }
    guard arguments.positionals.count == 1 else {
        context.err(context.cli.tooManyArguments(usage: usage))
        return .failure(ExitFailure(code: ExitCode.usage))
    }
    switch Files.load(path, context: context) {
    case .workbook(let workbook, _): return .success(workbook)
    case .failed(let messages):
        messages.forEach(context.err)
        return .failure(ExitFailure(code: ExitCode.invalid))
    }
}

struct ExitFailure: Error {
    var code: Int32
}

enum ShowCommand {
    static let usage = "cem show FILE [--step N] [--cuts METHOD]"
    static let command = Command(
        name: "show", usage: usage,
        options: [OptionSpec("--step", takesValue: true), OptionSpec("--cuts", takesValue: true)],
        run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        var step: Int?
        if let value = arguments.value("--step") {
            guard let n = Int(value), (1...7).contains(n) else {
                context.err(context.cli.badValue("--step", value, allowed: "1–7"))
                return ExitCode.usage
            }
            step = n
        }
        guard let cuts = parseCuts(arguments.value("--cuts"), context: context) else { return ExitCode.usage }
        let workbook: Workbook
        switch loadOne(arguments, usage: usage, context: context) {
        case .success(let loaded): workbook = loaded
        case .failure(let failure): return failure.code
        }
        let report = TextReport(workbook: workbook, analysis: Analysis(workbook, cuts: cuts),
                                strings: strings(context.language(for: workbook)),
                                width: context.width, color: context.color)
        context.out(report.render(step: step))
        return ExitCode.ok
    }
}

enum ReportCommand {
    static let usage = "cem report FILE --format text|json [-o OUT]"
    static let formats = ["text", "json"]
    static let command = Command(
        name: "report", usage: usage,
        options: [OptionSpec("--format", takesValue: true), OptionSpec("--output", short: "-o", takesValue: true),
                  OptionSpec("--cuts", takesValue: true)],
        run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        let format = arguments.value("--format") ?? "text"
        guard formats.contains(format) else {
            context.err(context.cli.badValue("--format", format, allowed: formats.joined(separator: ", ")))
            return ExitCode.usage
        }
        guard let cuts = parseCuts(arguments.value("--cuts"), context: context) else { return ExitCode.usage }
        let workbook: Workbook
        switch loadOne(arguments, usage: usage, context: context) {
        case .success(let loaded): workbook = loaded
        case .failure(let failure): return failure.code
        }
        let analysis = Analysis(workbook, cuts: cuts)
        let text: String
        switch format {
        case "json":
            text = JSONReport.text(workbook, analysis)
        default:
            // A report written to a file has no terminal: no colour, 80 columns unless COLUMNS says otherwise.
            let toTerminal = (arguments.value("--output") ?? "-") == "-"
            text = TextReport(workbook: workbook, analysis: analysis, strings: strings(context.language(for: workbook)),
                              width: context.width, color: toTerminal && context.color).render()
        }
        return Files.output(text, to: arguments.value("--output"), context: context)
    }
}

enum NewCommand {
    static let usage = "cem new FILE [--template retail|servqual] [--title TEXT]"
    static let command = Command(
        name: "new", usage: usage,
        options: [OptionSpec("--template", takesValue: true), OptionSpec("--title", takesValue: true)],
        run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard let path = arguments.positionals.first else {
            context.err(context.cli.missingArgument("FILE", usage: usage))
            return ExitCode.usage
        }
        guard arguments.positionals.count == 1 else {
            context.err(context.cli.tooManyArguments(usage: usage))
            return ExitCode.usage
        }
        let name = arguments.value("--template") ?? Template.retail.rawValue
        guard let template = Template(rawValue: name) else {
            context.err(context.cli.badValue("--template", name, allowed: Template.allCases.map(\.rawValue).joined(separator: ", ")))
            return ExitCode.usage
        }
        if FileManager.default.fileExists(atPath: path) {
            context.err(context.cli.alreadyExists(path))
            return ExitCode.invalid
        }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.hasSuffix(".cem.json") ? String(fileName.dropLast(".cem.json".count))
            : fileName.hasSuffix(".json") ? String(fileName.dropLast(".json".count)) : fileName
        let language = context.language()
        let workbook = template.workbook(language: language, title: arguments.value("--title") ?? stem)
        do {
            try AtomicFile.create(WorkbookWriter.bytes(workbook), at: path)
        } catch {
            context.err(error.reason == "exists" ? context.cli.alreadyExists(path) : context.cli.cannotWrite(path, error.reason))
            return ExitCode.invalid
        }
        context.out(context.cli.created(path, template: template.rawValue, factors: workbook.factors.count))
        return ExitCode.ok
    }
}

enum ValidateCommand {
    static let usage = "cem validate FILE..."
    static let command = Command(name: "validate", usage: usage, options: [OptionSpec("--quiet", short: "-q")], run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard !arguments.positionals.isEmpty else {
            context.err(context.cli.missingArgument("FILE", usage: usage))
            return ExitCode.usage
        }
        var problems = 0, badFiles = 0
        for path in arguments.positionals {
            switch Files.load(path, context: context) {
            case .workbook:
                if !arguments.has("--quiet") { context.out(context.cli.valid(path)) }
            case .failed(let messages):
                messages.forEach(context.out)
                problems += messages.count
                badFiles += 1
            }
        }
        if problems > 0 { context.err(context.cli.problemCount(problems, files: badFiles)) }
        return problems == 0 ? ExitCode.ok : ExitCode.invalid
    }
}

enum FormatCommand {
    static let usage = "cem fmt [--check] FILE..."
    static let command = Command(name: "fmt", usage: usage, options: [OptionSpec("--check")], run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard !arguments.positionals.isEmpty else {
            context.err(context.cli.missingArgument("FILE", usage: usage))
            return ExitCode.usage
        }
        let check = arguments.has("--check")
        var failed = false
        for path in arguments.positionals {
            switch Files.load(path, context: context) {
            case .failed(let messages):
                messages.forEach(context.err)
                failed = true
            case .workbook(let workbook, let bytes):
                let canonical = WorkbookWriter.bytes(workbook)
                if canonical == bytes {
                    if !check { context.out(context.cli.alreadyCanonical(path)) }
                    continue
                }
                if check {
                    context.out(context.cli.notCanonical(path, line: firstDifferentLine(bytes, canonical)))
                    failed = true
                    continue
                }
                do {
                    try AtomicFile.write(canonical, to: path)
                    context.out(context.cli.formatted(path))
                } catch {
                    context.err(context.cli.cannotWrite(path, error.reason))
                    failed = true
                }
            }
        }
        return failed ? ExitCode.invalid : ExitCode.ok
    }

    /// The first line (1-based) where two texts differ.
    static func firstDifferentLine(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var line = 1
        for (x, y) in zip(a, b) {
            if x != y { return line }
            if x == 0x0A { line += 1 }
        }
        return line
    }
}

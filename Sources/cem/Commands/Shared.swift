// Pieces the commands share.

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

/// The value of --format, which must be one of `allowed`; the first one when absent. Nil after a usage error.
func chooseFormat(_ arguments: ParsedArguments, allowed: [String], context: Context) -> String? {
    let format = arguments.value("--format") ?? allowed[0]
    guard allowed.contains(format) else {
        context.err(context.cli.badValue("--format", format, allowed: allowed.joined(separator: context.cli.listSeparator)))
        return nil
    }
    return format
}

/// The workbook and IPA cut lines of a command that analyses one FILE (`--cuts`).
func loadForAnalysis(_ arguments: ParsedArguments, usage: String, context: Context) -> Result<(Workbook, IPACutMethod), ExitFailure> {
    guard let cuts = parseCuts(arguments.value("--cuts"), context: context) else { return .failure(ExitFailure(code: ExitCode.usage)) }
    return loadOne(arguments, usage: usage, context: context).map { ($0, cuts) }
}

/// The one FILE argument of a command; prints the usage error (exit code 2) when there is none or more.
func onePath(_ arguments: ParsedArguments, usage: String, context: Context) -> Result<String, ExitFailure> {
    guard let path = arguments.positionals.first else {
        context.err(context.cli.missingArgument("FILE", usage: usage))
        return .failure(ExitFailure(code: ExitCode.usage))
    }
    guard arguments.positionals.count == 1 else {
        context.err(context.cli.tooManyArguments(usage: usage))
        return .failure(ExitFailure(code: ExitCode.usage))
    }
    return .success(path)
}

/// Loads the single workbook a command works on, printing problems; otherwise the exit code to end with.
func loadOne(_ arguments: ParsedArguments, usage: String, context: Context) -> Result<Workbook, ExitFailure> {
    let path: String
    switch onePath(arguments, usage: usage, context: context) {
    case .success(let one): path = one
    case .failure(let failure): return .failure(failure)
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

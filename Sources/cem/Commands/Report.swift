// `cem report`.

import CEMKit
import Foundation

enum ReportCommand {
    static let usage = "cem report FILE --format text|json [-o OUT]"
    static let formats = ["text", "json"]
    static let command = Command(
        name: "report", usage: usage,
        summary: Localized(zh: "以文本或 JSON 输出分析", en: "the analysis as text or JSON"),
        details: Localized(
            zh: """
              --format FORMAT     text（即 `cem show` 的输出）或 json（供其他程序读取的分析）
              -o, --output OUT    写入 OUT（原子写入），不写标准输出；`-` 表示标准输出
              --cuts METHOD       IPA 分界线：mean、median、midpoint 或 X,Y
            """,
            en: """
              --format FORMAT     text (what `cem show` prints) or json (the analysis for other programs)
              -o, --output OUT    write to OUT (atomically) instead of standard output; `-` is standard output
              --cuts METHOD       IPA cut lines: mean (default), median, midpoint, or X,Y
            """),
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
        // Issue 6: with history, a "progress since last cycle" section (JSON: one added field).
        let progress = CycleComparisonReport(CycleComparison(workbook, cuts: cuts), language: context.language(for: workbook),
                                             width: context.width)
        switch format {
        case "json":
            var json = JSONReport.json(workbook, analysis)
            if !workbook.history.isEmpty, case .object(var members) = json {
                members.append(JSONMember("progressSinceLastCycle", progress.comparison.sinceLastCycle.map { CycleComparisonReport.json($0) } ?? .null))
                json = .object(members)
            }
            text = CanonicalJSON.text(json)
        default:
            // A report written to a file has no terminal: no colour, 80 columns unless COLUMNS says otherwise.
            let toTerminal = (arguments.value("--output") ?? "-") == "-"
            text = TextReport(workbook: workbook, analysis: analysis, strings: strings(context.language(for: workbook)),
                              width: context.width, color: toTerminal && context.color).render()
                + (workbook.history.isEmpty ? "" : "\n" + progress.progressSinceLastCycle().map { $0 + "\n" }.joined())
        }
        return Files.output(text, to: arguments.value("--output"), context: context)
    }
}

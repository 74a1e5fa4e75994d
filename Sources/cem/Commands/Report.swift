// `cem report`.

import CEMKit
import Foundation

enum ReportCommand {
    static let format = Shared.format(
        ["text", "markdown", "html", "json", "csv"],
        help: Localized(zh: "text（默认，即 `cem show` 的输出）、markdown（适合 git 托管平台）、html（独立的网页报告，含图表，可打印为 A4）、json（供其他程序读取的分析）或 csv（每个因素一行，UTF-8 带 BOM，可用电子表格打开）",
                        en: "text (the default: what `cem show` prints), markdown (for a git host), html (a self-contained page with charts that prints to A4), json (the analysis for other programs) or csv (one row per factor, UTF-8 with BOM for spreadsheets)"))

    static let command = CommandDeclaration(
        "report", summary: Localized(zh: "输出报告：文本、Markdown、HTML、JSON 或 CSV", en: "the analysis as a report: text, Markdown, HTML, JSON or CSV"),
        arguments: [.file()],
        options: [format.declaration, Shared.output.declaration, Shared.cuts.declaration, Shared.force.declaration],
        notes: Localized(zh: "报告日期为今天；设置 SOURCE_DATE_EPOCH 可固定日期。", en: "The report is dated today; set SOURCE_DATE_EPOCH to fix the date."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let workbook = try Files.loadOrExit(invocation.file, context: context)
        let cuts = invocation[Shared.cuts], output = invocation[Shared.output]
        let analysis = Analysis(workbook, cuts: cuts)
        let table = strings(context.language(for: workbook))
        let text: String
        // Issue 6: with history, a "progress since last cycle" section (JSON: one added field).
        let progress = CycleComparisonReport(CycleComparison(workbook, cuts: cuts), language: context.language(for: workbook),
                                             width: context.width)
        switch invocation[format] {
        case "json":
            var json = JSONReport.json(workbook, analysis)
            if !workbook.history.isEmpty, case .object(var members) = json {
                members.append(JSONMember("progressSinceLastCycle", progress.comparison.sinceLastCycle.map { CycleComparisonReport.json($0) } ?? .null))
                json = .object(members)
            }
            text = CanonicalJSON.text(json)
        case "markdown":
            text = MarkdownReport.text(workbook: workbook, analysis: analysis, strings: table, date: context.today)
                + (workbook.history.isEmpty ? "" : "\n" + progress.markdown())
        case "html":
            text = HTMLReport.text(workbook: workbook, analysis: analysis, strings: table, date: context.today,
                                   progress: progress.progressSection())
        case "csv":
            text = CSVReport.text(workbook: workbook, analysis: analysis, strings: table)
        default:
            // A report written to a file has no terminal: no colour, 80 columns unless COLUMNS says otherwise.
            let toTerminal = (output ?? "-") == "-"
            text = TextReport(workbook: workbook, analysis: analysis, strings: table,
                              width: context.width, color: toTerminal && context.color, charts: true,
                              unicode: !toTerminal || TerminalChart.isUTF8(environment: context.environment)).render()
                + (workbook.history.isEmpty ? "" : "\n" + progress.progressSinceLastCycle().map { $0 + "\n" }.joined())
        }
        try Files.output(text, to: output, input: invocation.file, force: invocation[Shared.force], context: context)
    }
}

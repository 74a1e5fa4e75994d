// `cem report`.

import CEMKit
import Foundation

enum ReportCommand {
    static let format = Shared.format(
        ReportFormat.allCases.map(\.rawValue),
        help: Localized(zh: "text（默认，即 `cem show` 的输出）、markdown（适合 git 托管平台）、html（独立的网页报告，含图表，可打印为 A4）、json（供其他程序读取的分析）或 csv（每个因素一行，UTF-8 带 BOM，可用电子表格打开）",
                        en: "text (the default: what `cem show` prints), markdown (for a git host), html (a self-contained page with charts that prints to A4), json (the analysis for other programs) or csv (one row per factor, UTF-8 with BOM for spreadsheets)"))

    static let command = CommandDeclaration(
        "report", summary: Localized(zh: "输出报告：文本、Markdown、HTML、JSON 或 CSV", en: "the analysis as a report: text, Markdown, HTML, JSON or CSV"),
        arguments: [.file()],
        options: [format.declaration, Shared.output.declaration, Shared.cuts.declaration, ChartCommand.quadrant.declaration,
                  ChartCommand.ipaAxes.declaration, Shared.force.declaration],
        notes: Localized(zh: "报告日期为今天；设置 SOURCE_DATE_EPOCH 可固定日期。", en: "The report is dated today; set SOURCE_DATE_EPOCH to fix the date."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let workbook = try Files.loadOrExit(invocation.file, context: context)
        let cuts = invocation[Shared.cuts], output = invocation[Shared.output]
        var document = ReportDocument(workbook: workbook, analysis: Analysis(workbook, cuts: cuts, quadrant: invocation[ChartCommand.quadrant]),
                                      strings: strings(context.language(for: workbook)), date: context.today, cuts: cuts)
        document.charts = ChartOptions(ipaAxes: invocation[ChartCommand.ipaAxes])
        // A report written to a file has no terminal: no colour, 80 columns unless COLUMNS says otherwise.
        let toTerminal = (output ?? "-") == "-"
        let layout = ReportLayout(width: context.width, color: toTerminal && context.color, charts: true,
                                  unicode: !toTerminal || TerminalChart.isUTF8(environment: context.environment))
        let text = (ReportFormat(rawValue: invocation[format]) ?? .text).render(document, layout: layout)
        try Files.output(text, to: output, input: invocation.file, force: invocation[Shared.force], context: context)
    }
}

// `cem report`.

import CEMKit
import Foundation

enum ReportCommand {
    static let usage = "cem report FILE --format text|markdown|html|json|csv [-o OUT]"
    static let formats = ["text", "markdown", "html", "json", "csv"]
    static let command = Command(
        name: "report", usage: usage,
        summary: Localized(zh: "输出报告：文本、Markdown、HTML、JSON 或 CSV", en: "the analysis as a report: text, Markdown, HTML, JSON or CSV"),
        details: Localized(
            zh: """
              --format FORMAT     text（即 `cem show` 的输出）、markdown（适合 git 托管平台）、
                                  html（独立的网页报告，含图表，可打印为 A4）、json（供其他程序读取的分析）
                                  或 csv（每个因素一行，UTF-8 带 BOM，可用电子表格打开）
              -o, --output OUT    写入 OUT（原子写入，已有文件会被替换）；`-` 或省略表示标准输出
              --cuts METHOD       IPA 分界线：mean、median、midpoint 或 X,Y
            报告日期为今天；设置 SOURCE_DATE_EPOCH 可固定日期。
            """,
            en: """
              --format FORMAT     text (what `cem show` prints), markdown (for a git host),
                                  html (a self-contained page with charts that prints to A4),
                                  json (the analysis for other programs) or csv (one row per factor,
                                  UTF-8 with BOM for spreadsheets)
              -o, --output OUT    write to OUT (atomically; an existing file is replaced); `-` or none is standard output
              --cuts METHOD       IPA cut lines: mean (default), median, midpoint, or X,Y
            The report is dated today; set SOURCE_DATE_EPOCH to fix the date.
            """),
        options: [OptionSpec("--format", takesValue: true), OptionSpec("--output", short: "-o", takesValue: true),
                  OptionSpec("--cuts", takesValue: true)],
        run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard let format = chooseFormat(arguments, allowed: formats, context: context) else { return ExitCode.usage }
        let (workbook, cuts): (Workbook, IPACutMethod)
        switch loadForAnalysis(arguments, usage: usage, context: context) {
        case .success(let loaded): (workbook, cuts) = loaded
        case .failure(let failure): return failure.code
        }
        let document = ReportDocument(workbook: workbook, analysis: Analysis(workbook, cuts: cuts),
                                      strings: strings(context.language(for: workbook)), date: reportDate(context), cuts: cuts)
        // A report written to a file has no terminal: no colour, 80 columns unless COLUMNS says otherwise.
        let toTerminal = (arguments.value("--output") ?? "-") == "-"
        let layout = ReportLayout(width: context.width, color: toTerminal && context.color, charts: true,
                                  unicode: !toTerminal || TerminalChart.isUTF8(environment: context.environment))
        let text = (ReportFormat(rawValue: format) ?? .text).render(document, layout: layout)
        return Files.output(text, to: arguments.value("--output"), context: context)
    }

    /// Today as YYYY-MM-DD in local time, or the day of SOURCE_DATE_EPOCH (UTC) for reproducible output.
    static func reportDate(_ context: Context) -> String {
        var date = Date()
        var calendar = Calendar(identifier: .gregorian)
        if let epoch = context.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) {
            date = Date(timeIntervalSince1970: epoch)
            calendar.timeZone = TimeZone(identifier: "UTC")!
        }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}

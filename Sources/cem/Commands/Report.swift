// `cem report`.

import CEMKit
import Foundation

enum ReportCommand {
    static let format = Shared.format(
        ReportFormat.allCases.map(\.rawValue),
        help: Localized(zh: "text（默认，即 `cem show` 的输出）、markdown（适合 git 托管平台）、html（独立的网页报告，含图表，可打印为 A4）、json（供其他程序读取的分析）、csv（每个因素一行，UTF-8 带 BOM，可用电子表格打开）或 slide（演示用的一页摘要：1920×1080 的 SVG）",
                        en: "text (the default: what `cem show` prints), markdown (for a git host), html (a self-contained page with charts that prints to A4), json (the analysis for other programs), csv (one row per factor, UTF-8 with BOM for spreadsheets) or slide (a one-page summary for a deck: a 1920×1080 SVG)"))

    static let survey = Option<String?>(
        "--survey", value: "SURVEY.csv", completion: .files(suffix: ".csv"),
        help: Localized(zh: "在报告中加入该调查文件推导的重要性（相关系数、相对权重、R²、警告），计算方式同 `cem import`（默认选项）；工作簿不会被写入",
                        en: "add derived importance from this survey (correlations, relative weights, R², warnings), computed as `cem import` does with its default options; the workbook is never written"))

    static let segments = Option<String?>(
        "--segments", value: "SURVEY.csv", completion: .files(suffix: ".csv"),
        help: Localized(zh: "在报告中加入该调查文件按 --by 列分组的体验、期望和满意度（同 `cem segments`，默认选项）",
                        en: "add each segment's experience, expectation and satisfaction from this survey, grouped by --by (as `cem segments` with its default options)"))
    static let by = Option<String?>(
        "--by", value: "COLUMN",
        help: Localized(zh: "--segments 的分组列（与 --segments 一起使用）", en: "the column --segments groups respondents by (with --segments)"))

    static let command = CommandDeclaration(
        "report", summary: Localized(zh: "输出报告：文本、Markdown、HTML、JSON、CSV 或一页摘要（SVG）", en: "the analysis as a report: text, Markdown, HTML, JSON, CSV or a one-page slide (SVG)"),
        arguments: [.file()],
        options: [format.declaration, Shared.output.declaration, Shared.cuts.declaration, ChartCommand.quadrant.declaration,
                  ChartCommand.ipaAxes.declaration, survey.declaration, segments.declaration, by.declaration, Shared.force.declaration],
        notes: Localized(zh: "报告日期为今天；设置 SOURCE_DATE_EPOCH 可固定日期。", en: "The report is dated today; set SOURCE_DATE_EPOCH to fix the date."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        guard (invocation[segments] == nil) == (invocation[by] == nil) else {
            context.err(context.cli.missingArgument(invocation[by] == nil ? "--by COLUMN" : "--segments SURVEY.csv", usage: invocation.usage))
            throw .usage
        }
        let workbook = try Files.loadOrExit(invocation.file, context: context)
        let cuts = invocation[Shared.cuts], output = invocation[Shared.output]
        let language = context.language(for: workbook)
        var document = ReportDocument(workbook: workbook, analysis: Analysis(workbook, cuts: cuts, quadrant: invocation[ChartCommand.quadrant]),
                                      strings: strings(language), date: context.today, cuts: cuts)
        document.charts = ChartOptions(ipaAxes: invocation[ChartCommand.ipaAxes])
        if let path = invocation[survey] {
            // The survey is imported into a copy of the workbook, as `cem import` would, and only reported.
            let summary = try SurveyFile.read(path, workbook: workbook, options: SurveyOptions(), context: context, language: language)
            do {
                document.surveyEvidence = SurveyEvidence.part(try SurveyImport(summary, into: workbook), file: path, language: language)
            } catch {
                context.err(SurveyText.error(error.inert, file: path.inert, language: language))
                throw .invalid
            }
        }
        if let path = invocation[segments], let column = invocation[by] {
            var options = SurveyOptions()
            options.segmentColumn = column
            options.keyDrivers = false
            let summary = try SurveyFile.read(path, workbook: workbook, options: options, context: context, language: language)
            document.segments = SegmentEvidence.part(summary, by: Input.normalize(column), workbook: workbook, file: path, language: language)
        }
        // A report written to a file has no terminal: no colour, 80 columns unless COLUMNS says otherwise.
        let toTerminal = (output ?? "-") == "-"
        let layout = ReportLayout(width: context.width, color: toTerminal && context.color, charts: true,
                                  unicode: !toTerminal || TerminalChart.isUTF8(environment: context.environment))
        let text = (ReportFormat(rawValue: invocation[format]) ?? .text).render(document, layout: layout)
        try Files.output(text, to: output, input: invocation.file, force: invocation[Shared.force], context: context)
    }
}

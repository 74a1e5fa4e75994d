// `cem chart`: one chart alone, as an SVG file for slides; and the chart options `cem report` shares.

import CEMKit
import Foundation

enum ChartCommand {
    static let kind = Option<ChartChoice?>(
        // Seven kinds are too many to list in the usage line: it says KIND, help and completion list them.
        "--kind", value: "KIND", allowed: ChartChoice.names.joined(separator: ", "), completion: .words(ChartChoice.names), required: true,
        help: Localized(zh: "expectation（体验与期望）、weighted（加权满意度）、ipa（IPA 象限图）、gaps（实际与理想的差距）、kpis（KPI 目标与实际）、trend（各周期的满意度指数与 KPI，需有已结束的周期）或 summary（16:9 的一页摘要，同 `cem report --format slide`）",
                        en: "expectation (experience beside expectation), weighted (weighted satisfaction), ipa (IPA quadrants), gaps (experience vs ideal), kpis (KPI target vs actual), trend (satisfaction index and KPIs across cycles; needs a closed cycle) or summary (the 16:9 one-page summary, as `cem report --format slide`)"),
        parsing: { ChartChoice($0) })

    /// `--ipa-axes data|full`: the IPA zoomed to the data (default) or on the whole scale.
    static let ipaAxes = Option<IPAAxes>(
        "--ipa-axes", value: "AXES",
        help: Localized(zh: "IPA 坐标轴：data（按数据缩放，默认，图上注明范围）或 full（完整量表）",
                        en: "IPA axes: data (zoomed to the data, the default; the range is stated on the chart) or full (the whole scale)"),
        default: .data)

    /// `--quadrant experience|satisfaction`: which IPA variant places the factors.
    static let quadrant = Option<IPAVariant>(
        "--quadrant", value: "VARIANT",
        help: Localized(zh: "IPA 象限：experience（体验 × 重要性，默认）或 satisfaction（满意度 × 重要性，满意度以 0 为分界）",
                        en: "IPA quadrants: experience (experience × importance, the default) or satisfaction (satisfaction × importance, cut at 0)"),
        default: .experience)

    static let command = CommandDeclaration(
        "chart", summary: Localized(zh: "输出单张 SVG 图表（用于演示文稿）", en: "one chart as SVG, for slides"),
        arguments: [.file()],
        options: [kind.declaration, Shared.output.declaration, Shared.cuts.declaration, quadrant.declaration, ipaAxes.declaration,
                  Shared.force.declaration],
        notes: Localized(zh: "单张图表包含所有行，无论多长（HTML 报告会把长图表按页拆分）。",
                         en: "One chart holds every row however long it is (the HTML report splits a long chart into pieces that fit a page)."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        guard let kind = invocation[kind] else { throw .usage }  // required: the parser has checked it is there
        let workbook = try Files.loadOrExit(invocation.file, context: context)
        let cuts = invocation[Shared.cuts]
        let language = context.language(for: workbook)
        let analysis = Analysis(workbook, cuts: cuts, quadrant: invocation[quadrant])
        var document = ReportDocument(workbook: workbook, analysis: analysis, strings: strings(language),
                                      date: context.today, cuts: cuts)
        document.charts = ChartOptions(ipaAxes: invocation[ipaAxes])
        guard let svg = kind.svg(document) else {  // the trend, without a closed cycle
            context.err(strings(language).noClosedCycleForTrend(invocation.file.inert))
            throw .invalid
        }
        try Files.output(svg, to: invocation[Shared.output], input: invocation.file, force: invocation[Shared.force], context: context)
    }
}

// `cem chart`: one chart alone, as an SVG file for slides.

import CEMKit
import Foundation

enum ChartCommand {
    static let kind = Option<ChartKind?>(
        "--kind", value: "KIND", choices: ChartKind.allCases.map(\.rawValue), required: true,
        help: Localized(zh: "expectation（体验与期望）、weighted（加权满意度）、ipa（IPA 象限图）、gaps（实际与理想的差距）或 kpis（KPI 目标与实际）",
                        en: "expectation (experience beside expectation), weighted (weighted satisfaction), ipa (IPA quadrants), gaps (experience vs ideal) or kpis (KPI target vs actual)"),
        parsing: { ChartKind(rawValue: $0) })

    static let command = CommandDeclaration(
        "chart", summary: Localized(zh: "输出单张 SVG 图表（用于演示文稿）", en: "one chart as SVG, for slides"),
        arguments: [.file()],
        options: [kind.declaration, Shared.output.declaration, Shared.cuts.declaration, Shared.force.declaration],
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        guard let kind = invocation[kind] else { throw .usage }  // required: the parser has checked it is there
        let workbook = try Files.loadOrExit(invocation.file, context: context)
        let svg = SVGChart.document(kind, workbook: workbook, analysis: Analysis(workbook, cuts: invocation[Shared.cuts]),
                                    strings: strings(context.language(for: workbook)))
        try Files.output(svg, to: invocation[Shared.output], input: invocation.file, force: invocation[Shared.force], context: context)
    }
}

// `cem chart`: one chart alone, as an SVG file for slides.

import CEMKit
import Foundation

enum ChartCommand {
    static let usage = "cem chart FILE --kind expectation|weighted|ipa|gaps|kpis [-o OUT.svg]"
    static let kinds = ChartKind.allCases.map(\.rawValue)
    static let command = Command(
        name: "chart", usage: usage,
        summary: Localized(zh: "输出单张 SVG 图表（用于演示文稿）", en: "one chart as SVG, for slides"),
        details: Localized(
            zh: """
              --kind KIND         expectation（体验与期望）、weighted（加权满意度）、ipa（IPA 象限图）、
                                  gaps（实际与理想的差距）或 kpis（KPI 目标与实际）
              -o, --output OUT    写入 OUT（原子写入，已有文件会被替换）；`-` 或省略表示标准输出
              --cuts METHOD       IPA 分界线：mean、median、midpoint 或 X,Y
            """,
            en: """
              --kind KIND         expectation (experience beside expectation), weighted (weighted satisfaction),
                                  ipa (IPA quadrants), gaps (experience vs ideal) or kpis (KPI target vs actual)
              -o, --output OUT    write to OUT (atomically; an existing file is replaced); `-` or none is standard output
              --cuts METHOD       IPA cut lines: mean (default), median, midpoint, or X,Y
            """),
        options: [OptionSpec("--kind", takesValue: true), OptionSpec("--output", short: "-o", takesValue: true),
                  OptionSpec("--cuts", takesValue: true)],
        run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard let value = arguments.value("--kind") else {
            context.err(context.cli.missingArgument("--kind", usage: usage))
            return ExitCode.usage
        }
        guard let kind = ChartKind(rawValue: value) else {
            context.err(context.cli.badValue("--kind", value, allowed: kinds.joined(separator: context.cli.listSeparator)))
            return ExitCode.usage
        }
        let (workbook, cuts): (Workbook, IPACutMethod)
        switch loadForAnalysis(arguments, usage: usage, context: context) {
        case .success(let loaded): (workbook, cuts) = loaded
        case .failure(let failure): return failure.code
        }
        let svg = SVGChart.document(kind, workbook: workbook, analysis: Analysis(workbook, cuts: cuts),
                                    strings: strings(context.language(for: workbook)))
        return Files.output(svg, to: arguments.value("--output"), context: context)
    }
}

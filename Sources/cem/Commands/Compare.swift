// `cem compare`.

import CEMKit
import Foundation

enum CompareCommand {
    static let usage = "cem compare FILE [--format text|markdown|json] [-o OUT]"
    static let formats = ["text", "markdown", "json"]
    static let command = Command(
        name: "compare", usage: usage,
        summary: Localized(zh: "各因素的周期对比，及各周期的 KPI 结果",
                           en: "cycle over cycle per factor, and KPI results per cycle"),
        details: Localized(
            zh: """
              --format FORMAT     text（默认）、markdown 或 json
              -o, --output OUT    写入 OUT（原子写入）；`-` 表示标准输出
              --cuts METHOD       IPA 分界线：mean、median、midpoint 或 X,Y
            比较 history 中的每个周期与下一个周期；当前周期有分数后也参与比较。
            箭头：↑ 上升（改善）、↓ 下降、= 不变。
            """,
            en: """
              --format FORMAT     text (default), markdown or json
              -o, --output OUT    write to OUT (atomically); `-` is standard output
              --cuts METHOD       IPA cut lines: mean (default), median, midpoint, or X,Y
            Compares each cycle in history with the next one; the current cycle joins once it has scores.
            Arrows: ↑ up (better), ↓ down, = unchanged.
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
        let toTerminal = (arguments.value("--output") ?? "-") == "-"
        let report = CycleComparisonReport(CycleComparison(workbook, cuts: cuts), language: context.language(for: workbook),
                                           width: toTerminal ? context.width : 80)
        let text: String
        switch format {
        case "json": text = report.jsonText()
        case "markdown": text = report.markdown()
        default: text = report.text()
        }
        return Files.output(text, to: arguments.value("--output"), context: context)
    }
}

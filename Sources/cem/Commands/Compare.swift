// `cem compare`.

import CEMKit
import Foundation

enum CompareCommand {
    static let format = Shared.format(["text", "markdown", "json"],
                                      help: Localized(zh: "text（默认）、markdown 或 json", en: "text (default), markdown or json"))

    static let command = CommandDeclaration(
        "compare", summary: Localized(zh: "各因素的周期对比，及各周期的 KPI 结果",
                                      en: "cycle over cycle per factor, and KPI results per cycle"),
        arguments: [.file()],
        options: [format.declaration, Shared.output.declaration, Shared.cuts.declaration, Shared.force.declaration],
        notes: Localized(
            zh: """
            比较 history 中的每个周期与下一个周期；当前周期有分数后也参与比较。
            箭头：↑ 上升（改善）、↓ 下降、= 不变。
            """,
            en: """
            Compares each cycle in history with the next one; the current cycle joins once it has scores.
            Arrows: ↑ up (better), ↓ down, = unchanged.
            """),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let workbook = try Files.loadOrExit(invocation.file, context: context)
        let output = invocation[Shared.output]
        let toTerminal = (output ?? "-") == "-"
        let report = CycleComparisonReport(CycleComparison(workbook, cuts: invocation[Shared.cuts]), language: context.language(for: workbook),
                                           width: toTerminal ? context.width : 80)
        let text: String
        switch invocation[format] {
        case "json": text = report.jsonText()
        case "markdown": text = report.markdown()
        default: text = report.text()
        }
        try Files.output(text, to: output, input: invocation.file, force: invocation[Shared.force], context: context)
    }
}

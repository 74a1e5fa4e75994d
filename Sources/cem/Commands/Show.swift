// `cem show`.

import CEMKit
import Foundation

enum ShowCommand {
    static let usage = "cem show FILE [--step N] [--cuts METHOD]"
    static let command = Command(
        name: "show", usage: usage,
        summary: Localized(zh: "在终端显示七个步骤的分析", en: "the seven-step analysis in the terminal"),
        details: Localized(
            zh: """
              --step N            只显示第 N 步（1–7）
              --cuts METHOD       IPA 分界线：mean（平均值，默认）、median（中位数）、midpoint（量表中点）或 X,Y（体验,重要性）
            """,
            en: """
              --step N            only step N (1–7)
              --cuts METHOD       IPA cut lines: mean (default), median, midpoint, or X,Y (experience,importance)
            """),
        options: [OptionSpec("--step", takesValue: true), OptionSpec("--cuts", takesValue: true)],
        run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        var step: Int?
        if let value = arguments.value("--step") {
            guard let n = Int(value), (1...7).contains(n) else {
                context.err(context.cli.badValue("--step", value, allowed: "1–7"))
                return ExitCode.usage
            }
            step = n
        }
        guard let cuts = parseCuts(arguments.value("--cuts"), context: context) else { return ExitCode.usage }
        let workbook: Workbook
        switch loadOne(arguments, usage: usage, context: context) {
        case .success(let loaded): workbook = loaded
        case .failure(let failure): return failure.code
        }
        let report = TextReport(workbook: workbook, analysis: Analysis(workbook, cuts: cuts),
                                strings: strings(context.language(for: workbook)),
                                width: context.width, color: context.color,
                                charts: true, unicode: TerminalChart.isUTF8(environment: context.environment))
        context.out(report.render(step: step))
        return ExitCode.ok
    }
}

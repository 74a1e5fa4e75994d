// `cem show`.

import CEMKit
import Foundation

enum ShowCommand {
    static let usage = "cem show FILE [--step N] [--cuts METHOD] [--plain]"
    static let command = Command(
        name: "show", usage: usage,
        summary: Localized(zh: "在终端显示七个步骤的分析", en: "the seven-step analysis in the terminal"),
        details: Localized(
            zh: """
              --step N            只显示第 N 步（1–7）
              --cuts METHOD       IPA 分界线：mean（平均值，默认）、median（中位数）、midpoint（量表中点）或 X,Y（体验,重要性）
              --plain             稳定的纯文本：无颜色，表格不按终端宽度截断（供 git textconv 使用，见 `cem git setup`）；
                                  文件无效时输出原文，问题写到标准错误
            """,
            en: """
              --step N            only step N (1–7)
              --cuts METHOD       IPA cut lines: mean (default), median, midpoint, or X,Y (experience,importance)
              --plain             stable plain text: no colour, tables never cut to the terminal's width (for git
                                  textconv, see `cem git setup`); an invalid file is printed as it is, problems on stderr
            """),
        options: [OptionSpec("--step", takesValue: true), OptionSpec("--cuts", takesValue: true), OptionSpec("--plain")],
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
        if arguments.has("--plain"), let code = plainFallback(arguments, context: context) { return code }
        let plain = arguments.has("--plain")
        let workbook: Workbook
        switch loadOne(arguments, usage: usage, context: context) {
        case .success(let loaded): workbook = loaded
        case .failure(let failure): return failure.code
        }
        // The same document as `cem report --format text`.
        let document = ReportDocument(workbook: workbook, analysis: Analysis(workbook, cuts: cuts),
                                      strings: strings(context.language(for: workbook)), cuts: cuts)
        let report = TextReport(document, width: plain ? Int.max / 4 : context.width, color: !plain && context.color,
                                charts: !plain, unicode: TerminalChart.isUTF8(environment: context.environment))
        context.out(report.render(step: step))
        return ExitCode.ok
    }

    /// `--plain` is what git's textconv runs: a file that is not a valid workbook (a conflicted or
    /// half-edited one in an old commit) is shown as it is, so that `git diff` and `git log -p` keep working.
    static func plainFallback(_ arguments: ParsedArguments, context: Context) -> Int32? {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first,
              case .failed(let messages) = Files.load(path, context: context),
              case .success(let bytes) = Files.readBytes(path, context: context) else { return nil }
        messages.forEach(context.err)
        FileHandle.standardOutput.write(Data(bytes))
        return ExitCode.ok
    }
}

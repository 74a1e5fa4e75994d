// `cem show`.

import CEMKit
import Foundation

enum ShowCommand {
    static let step = Option<Int?>(
        "--step", value: "N", choices: (1...7).map(String.init), allowed: "1–7",
        help: Localized(zh: "只显示第 N 步（1–7）", en: "only step N (1–7)"),
        parsing: { Int($0).flatMap { (1...7).contains($0) ? $0 : nil } })
    static let plain = Flag(
        "--plain",
        help: Localized(zh: "稳定的纯文本：无颜色，表格不按终端宽度截断（供 git textconv 使用，见 `cem git setup`）；文件无效时输出原文，问题写到标准错误",
                        en: "stable plain text: no colour, tables never cut to the terminal's width (for git textconv, see `cem git setup`); an invalid file is printed as it is, problems on stderr"))

    static let command = CommandDeclaration(
        "show", summary: Localized(zh: "在终端显示七个步骤的分析", en: "the seven-step analysis in the terminal"),
        arguments: [.file()], options: [step.declaration, Shared.cuts.declaration, plain.declaration],
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let path = invocation.file, plain = invocation[plain]
        let workbook: Workbook
        switch Files.load(path, context: context) {
        case .workbook(let loaded, _): workbook = loaded
        case .failed(let messages):
            messages.forEach(context.err)
            // `--plain` is what git's textconv runs: a file that is not a valid workbook (a conflicted or
            // half-edited one in an old commit) is shown as it is, so that `git diff` and `git log -p` keep working.
            guard plain, let bytes = try? Files.readBytes(path, context: context) else { throw .invalid }
            context.stdout.write(bytes)
            return
        }
        // The same document as `cem report --format text`.
        let cuts = invocation[Shared.cuts]
        let document = ReportDocument(workbook: workbook, analysis: Analysis(workbook, cuts: cuts),
                                      strings: strings(context.language(for: workbook)), cuts: cuts)
        let report = TextReport(document, width: plain ? Int.max / 4 : context.width, color: !plain && context.color,
                                charts: !plain, unicode: TerminalChart.isUTF8(environment: context.environment))
        context.out(report.render(step: invocation[step]))
    }
}

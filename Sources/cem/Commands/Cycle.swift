// `cem cycle close`.

import CEMKit
import Foundation

enum CycleCommand {
    static let on = Option<String?>("--on", value: "DATE",
                                    help: Localized(zh: "结束日期 YYYY-MM-DD（默认今天）", en: "the closing date, YYYY-MM-DD (default: today)"))
    static let force = Flag("--force", help: Localized(zh: "即使步骤 7 没有填写实际值的 KPI 也结束",
                                                       en: "close even when step 7 has no KPI with an actual value"))

    static let close = CommandDeclaration(
        "close", summary: Localized(zh: "结束当前周期，存入历史，从步骤 1 开始下一周期", en: "close the current cycle into history and start the next at step 1"),
        arguments: [.file()], options: [on.declaration, force.declaration],
        notes: Localized(
            zh: "把当前的分数、品牌主张和需求（含决定与 KPI 结果）存入 history 作为第 N 周期，周期编号加一；因素、需求和 KPI 保留，分数和 KPI 实际值清空，引导会话以上一周期的分数作为默认值。",
            en: "Archives the current scores, brand statement and requirements (with decisions and KPI results) into history as cycle N and increments the cycle. Factors, requirements and KPIs stay; scores and KPI actual values are emptied, and the session offers the previous cycle's scores as defaults."),
        run: run)

    static let command = CommandDeclaration(
        "cycle", summary: Localized(zh: "工作簿的改善周期", en: "the improvement cycles of a workbook"), subcommands: [close])

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let path = invocation.file
        let date = invocation[on].map(Input.normalize) ?? context.today
        let original = context.files.contents(context.resolve(path))
        let workbook = try Files.loadOrExit(path, context: context)
        let team = teamStrings(context.language(for: workbook))
        switch CycleCloser.close(workbook, on: date, force: invocation[force]) {
        case .failure(let refusal):
            context.err("\(path.inert): " + team.refusal(refusal))
            if case .badDate = refusal { throw .usage }
            throw .invalid
        case .success(let closed):
            try Files.write(WorkbookWriter.bytes(closed), to: path, expecting: original, context: context)
            if !CycleCloser.hasMeasuredKPI(workbook) { context.out(team.forcedWithoutKPI) }
            context.out(team.cycleClosed(path.inert, cycle: workbook.cycle, on: date, next: closed.cycle))
        }
    }

}

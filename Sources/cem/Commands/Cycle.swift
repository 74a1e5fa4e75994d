// `cem cycle close`.

import CEMKit
import Foundation

enum CycleCommand {
    static let usage = "cem cycle close FILE [--on DATE] [--force]"
    static let command = Command(
        name: "cycle", usage: usage,
        summary: Localized(zh: "结束当前周期，存入历史，从步骤 1 开始下一周期", en: "close the current cycle into history and start the next at step 1"),
        details: Localized(
            zh: """
              --on DATE           结束日期 YYYY-MM-DD（默认今天）
              --force             即使步骤 7 没有填写实际值的 KPI 也结束
            把当前的分数、品牌主张和需求（含决定与 KPI 结果）存入 history 作为第 N 周期，周期编号加一；
            因素、需求和 KPI 保留，分数和 KPI 实际值清空，引导会话以上一周期的分数作为默认值。
            """,
            en: """
              --on DATE           the closing date, YYYY-MM-DD (default: today)
              --force             close even when step 7 has no KPI with an actual value
            Archives the current scores, brand statement and requirements (with decisions and KPI results)
            into history as cycle N and increments the cycle. Factors, requirements and KPIs stay; scores and
            KPI actual values are emptied, and the session offers the previous cycle's scores as defaults.
            """),
        options: [OptionSpec("--on", takesValue: true), OptionSpec("--force")], run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard let verb = arguments.positionals.first else {
            context.err(context.cli.missingArgument("close", usage: usage))
            return ExitCode.usage
        }
        guard verb == "close" else {
            context.err(context.cli.badValue("cycle", verb, allowed: "close"))
            return ExitCode.usage
        }
        var rest = arguments
        rest.positionals.removeFirst()
        guard let path = rest.positionals.first else {
            context.err(context.cli.missingArgument("FILE", usage: usage))
            return ExitCode.usage
        }
        let date = arguments.value("--on").map(Input.normalize) ?? today()
        let workbook: Workbook
        let original = context.files.contents(path)
        switch loadOne(rest, usage: usage, context: context) {
        case .success(let loaded): workbook = loaded
        case .failure(let failure): return failure.code
        }
        let team = teamStrings(context.language(for: workbook))
        switch CycleCloser.close(workbook, on: date, force: arguments.has("--force")) {
        case .failure(let refusal):
            context.err("\(path): " + team.refusal(refusal))
            if case .badDate = refusal { return ExitCode.usage }
            return ExitCode.invalid
        case .success(let closed):
            do {
                try context.files.replace(path, with: WorkbookWriter.bytes(closed), expecting: original)
            } catch {
                context.err(CLIWords(context.language(for: workbook)).cannotReplace(path, error.reason))
                return ExitCode.invalid
            }
            if !CycleCloser.hasMeasuredKPI(workbook) { context.out(team.forcedWithoutKPI) }
            context.out(team.cycleClosed(path, cycle: workbook.cycle, on: date, next: closed.cycle))
            return ExitCode.ok
        }
    }

    /// Today's date in the local time zone, `YYYY-MM-DD`.
    static func today() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}

// `cem validate`.

import CEMKit
import Foundation

enum ValidateCommand {
    static let usage = "cem validate FILE..."
    static let command = Command(
        name: "validate", usage: usage,
        summary: Localized(zh: "检查工作簿；有任何问题时给出准确提示并以 1 退出", en: "check workbooks; exit 1 with precise messages on any problem"),
        details: Localized(
            zh: """
              -q, --quiet         有效的文件不输出
            每个问题一行：文件:行:列 路径：问题；改正方法。全部有效时退出码为 0，否则为 1。
            """,
            en: """
              -q, --quiet         print nothing for valid files
            One line per problem: file:line:column path: what is wrong; how to fix it.
            Exit code 0 when every file is valid, 1 otherwise.
            """),
        options: [OptionSpec("--quiet", short: "-q")], run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard !arguments.positionals.isEmpty else {
            context.err(context.cli.missingArgument("FILE", usage: usage))
            return ExitCode.usage
        }
        var problems = 0, badFiles = 0
        for path in arguments.positionals {
            switch Files.load(path, context: context) {
            case .workbook:
                if !arguments.has("--quiet") { context.out(context.cli.valid(path)) }
            case .failed(let messages):
                messages.forEach(context.out)
                problems += messages.count
                badFiles += 1
            }
        }
        if problems > 0 { context.err(context.cli.problemCount(problems, files: badFiles)) }
        return problems == 0 ? ExitCode.ok : ExitCode.invalid
    }
}

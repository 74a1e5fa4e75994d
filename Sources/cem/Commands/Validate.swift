// `cem validate`.

import CEMKit
import Foundation

enum ValidateCommand {
    static let usage = "cem validate FILE..."
    static let command = Command(
        name: "validate", usage: usage,
        summary: Localized(zh: "检查工作簿（及练习文件）；有任何问题时给出准确提示并以 1 退出", en: "check workbooks (and exercise files); exit 1 with precise messages on any problem"),
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
            // An exercise file (its `format` is "cem-exercise") is checked as an exercise, embedded workbook included.
            if let messages = exerciseProblems(path, context: context) {
                if messages.isEmpty {
                    if !arguments.has("--quiet") { context.out(context.cli.valid(path)) }
                } else {
                    messages.forEach(context.out)
                    problems += messages.count
                    badFiles += 1
                }
                continue
            }
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

    /// The problems of an exercise file (empty when valid); nil when the file is not an exercise.
    static func exerciseProblems(_ path: String, context: Context) -> [String]? {
        guard case .success(let bytes) = Files.readBytes(path, context: context),
              let root = try? WorkbookReader.parseDocument(bytes), ExerciseReader.isExercise(root) else { return nil }
        do {
            _ = try ExerciseReader.read(bytes)
            return []
        } catch {
            let table = strings(context.language())
            return error.diagnostics.map { $0.line(file: path, strings: table) }
        }
    }
}

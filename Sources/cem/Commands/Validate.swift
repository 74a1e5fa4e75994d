// `cem validate`.

import CEMKit
import Foundation

enum ValidateCommand {
    static let quiet = Flag("--quiet", short: "-q", help: Localized(zh: "有效的文件不输出", en: "print nothing for valid files"))

    static let command = CommandDeclaration(
        "validate", summary: Localized(zh: "检查工作簿（及练习文件）；有任何问题时给出准确提示并以 1 退出", en: "check workbooks (and exercise files); exit 1 with precise messages on any problem"),
        arguments: [Argument(name: "FILE", count: .oneOrMore, completion: .files(suffix: ".json"))],
        options: [quiet.declaration],
        notes: Localized(
            zh: "每个问题一行：文件:行:列 路径：问题；改正方法。全部有效时退出码为 0，否则为 1。",
            en: "One line per problem: file:line:column path: what is wrong; how to fix it.\nExit code 0 when every file is valid, 1 otherwise."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        var problems = 0, badFiles = 0
        for path in invocation.positionals {
            // An exercise file (its `format` is "cem-exercise") is checked as an exercise, embedded workbook included.
            let messages: [String]
            if let exercise = exerciseProblems(path, context: context) {
                messages = exercise
            } else if let map = mapProblems(path, context: context) {
                messages = map
            } else if case .failed(let failed) = Files.load(path, context: context) {
                messages = failed
            } else {
                messages = []
            }
            if messages.isEmpty {
                if !invocation[quiet] { context.out(context.cli.valid(path.inert)) }
                TrainCommand.warnings(path, context: context).forEach(context.out)
            } else {
                messages.forEach(context.out)
                problems += messages.count
                badFiles += 1
            }
        }
        if problems > 0 {
            context.err(context.cli.problemCount(problems, files: badFiles))
            throw .invalid
        }
    }

    /// The problems of a survey column map (empty when valid); nil when the file is not one.
    static func mapProblems(_ path: String, context: Context) -> [String]? {
        guard let bytes = try? Files.readBytes(path, context: context), SurveyMap.isMap(bytes) else { return nil }
        let words = SurveyWords(context.language()), separator = strings(context.language()).labelSeparator
        return SurveyMap.read(bytes).problems.map { path.inert + separator + words.mapProblem($0.inert) }
    }

    /// The problems of an exercise file (empty when valid); nil when the file is not an exercise.
    static func exerciseProblems(_ path: String, context: Context) -> [String]? {
        guard let bytes = try? Files.readBytes(path, context: context),
              let root = try? WorkbookReader.parseDocument(bytes), ExerciseReader.isExercise(root) else { return nil }
        do {
            _ = try ExerciseReader.read(bytes)
            return []
        } catch {
            let table = strings(context.language())
            return error.diagnostics.map { $0.line(file: path.inert, strings: table) }
        }
    }
}

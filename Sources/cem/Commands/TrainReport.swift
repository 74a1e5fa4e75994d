// `cem train report RESULT...`: a class's result files summarised per learner, per question and per step,
// with the questions most missed, as text tables or as CSV for a gradebook.

import CEMKit

enum TrainReportCommand {
    static let format = Shared.format(["text", "csv"], help: Localized(
        zh: "text（默认：表格）或 csv（每名学员一行、每题一列，UTF-8 带 BOM，可用电子表格打开）",
        en: "text (the default: tables) or csv (one row per learner and a column per question, UTF-8 with BOM for spreadsheets)"))

    static let command = CommandDeclaration(
        "report", summary: Localized(zh: "汇总全班的练习成绩", en: "summarise a class's training results"),
        arguments: [Argument(name: "RESULT", count: .oneOrMore, completion: .files(suffix: ".json"),
                             help: Localized(zh: "cem train --result 写的成绩文件，同一练习", en: "result files written by cem train --result, of one exercise"))],
        options: [format.declaration, Shared.output.declaration, Shared.force.declaration],
        notes: Localized(zh: "退出码：0 正常；1 某个成绩文件无法读取、成绩来自不同练习或无法写入 OUT；2 用法错误。",
                         en: "Exit code 0 when done; 1 when a result file cannot be read, the results are of different exercises or OUT cannot be written; 2 for a usage error."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let t = trainingStrings(context.language())
        var results: [TrainingResult] = []
        var failed = false
        for path in invocation.positionals {
            let bytes: [UInt8]
            do {
                bytes = try Files.readBytes(path, context: context, missing: context.cli.noSuchPlainFile)
            } catch {
                context.err(error.message)
                failed = true
                continue
            }
            do {
                results.append(try TrainingResult.read(bytes))
            } catch {
                context.err(t.cannotReadResult(path.inert, error))
                failed = true
            }
        }
        if failed { throw .invalid }
        let ids = ClassReport.exerciseIDs(results)
        if ids.count > 1 {
            context.err(t.mixedExercises(ids.map(\.inert)))
            throw .invalid
        }
        let report = ClassReport(results, language: context.explicitLanguage ?? results[0].language)
        let text = invocation[format] == "csv" ? report.csv() : report.text(width: context.width) + "\n"
        try Files.output(text, to: invocation[Shared.output], force: invocation[Shared.force], context: context)
    }
}

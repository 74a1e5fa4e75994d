// `cem train`: the list of exercises, one exercise run line by line, or its model answers.
// The trainer itself is a pure state machine in CEMKit; this file wires the session's line reader to it
// (line editing and history on a terminal, prompts on their own lines for a script).

import CEMKit
import Foundation

enum TrainCommand {
    static let answers = Flag("--answers", help: Localized(zh: "只显示每道题的参考答案、算法和提示（给培训师）",
                                                           en: "print every question with its model answer, working and hint (for trainers)"))
    static let exam = Flag("--exam", help: Localized(
        zh: "考试：每题只答一次，没有提示，全部反馈在最后；管道输入时逐行对应逐题",
        en: "exam: one attempt per question, no hints, all feedback at the end; a piped answer sheet is marked line by line"))
    static let learner = Option<String?>("--learner", value: "NAME", help: Localized(
        zh: "学员姓名，写入成绩文件（与 --result 同用）", en: "the learner's name, written in the result (with --result)"))
    static let result = Option<String?>("--result", value: "FILE", completion: .files(suffix: ".json"), help: Localized(
        zh: "结束时把成绩写入 FILE（JSON：学员、练习、语言、方式、日期、每题的答案、作答次数、得分和正确答案，以及 score 和 maxScore）；原子写入，只覆盖同一学员的成绩文件",
        en: "write the result to FILE at the end (JSON: learner, exercise, language, mode, date, each question's answer, attempts, points and right answer, and score and maxScore); written atomically, and only over a result file of the same learner"))
    static let resume = Flag("--resume", help: Localized(
        zh: "接着用 Ctrl-C 中断时保存的进度做（进度文件在当前文件夹）", en: "carry on from the progress saved when you stopped with Ctrl-C (kept in the working folder)"))
    static let from = Option<String?>("--from", value: "WORKBOOK", completion: .files(suffix: ".cem.json"), help: Localized(
        zh: "把一个（真实或匿名化的）客户工作簿变成练习草稿，含能算出答案的标准题；写到 -o 或标准输出",
        en: "turn a (real or anonymised) client workbook into a draft exercise with the standard questions it can answer; written to -o or standard output"))
    static let variant = Option<Int?>("--variant", value: "N", allowed: "1, 2, 3, …", help: Localized(
        zh: "变体 N（1、2、…）：按练习的 variants 范围抽取不同的分数，答案由引擎重新计算；同一 N 得到同样的数字，给每位学员一个 N",
        en: "variant N (1, 2, …): scores drawn from the exercise's variants ranges, every answer recomputed by the engine; the same N gives the same numbers, so give each learner their own N"),
        parsing: { Int($0).flatMap { $0 >= 1 && $0 <= 1_000_000 ? $0 : nil } })
    static let seed = Option<Int?>("--seed", value: "N", allowed: "1, 2, 3, …", help: Localized(zh: "同 --variant N", en: "the same as --variant N"),
                                   parsing: { Int($0).flatMap { $0 >= 1 && $0 <= 1_000_000 ? $0 : nil } })
    static let export = Option<ExportFormat?>(
        "--export", value: "FORMAT", choices: ExportFormat.allCases.map(\.rawValue), help: Localized(
            zh: "导出为 Moodle 题库（moodle-xml）或 GIFT（gift）：数值题带容差，因素、象限和需求为选择题，开放题和排序题为问答题（附参考答案），算法作为反馈；写到 -o 或标准输出",
            en: "export for Moodle's question bank (moodle-xml) or as GIFT (gift): numeric questions with their tolerance, multiple choice for factors, quadrants and requirements, essays for open and ranking questions (model answer for the grader), the working as feedback; written to -o or standard output"),
        parsing: { ExportFormat(rawValue: $0) })
    static let format = Shared.format(["text", "json"], help: Localized(
        zh: "text（默认）或 json（与 --answers 同用：机器可读的答案，含容差）",
        en: "text (the default) or, with --answers, json (a machine-readable answer key with tolerances)"))

    static let command: CommandDeclaration = {
        var command = CommandDeclaration(
            "train", summary: Localized(zh: "练习：内置案例，答案即时核对", en: "training exercises with checked answers"),
            arguments: [Argument(
                name: "EXERCISE|FILE", count: .optional, completion: .words(ExerciseCatalogue.ids + ["report"]),
                help: Localized(zh: "内置练习（如 meisu、hospital、government、bank、nurse-calls），或自己的练习文件（*.exercise.json，格式见 workbooks/exercises/）；省略时列出内置练习（标题、行业、步骤、难度）",
                                en: "a built-in exercise (such as meisu, hospital, government, bank, nurse-calls) or your own exercise file (*.exercise.json; see workbooks/exercises/); none lists the built-in exercises (title, industry, steps, level)"))],
            options: [answers.declaration, format.declaration, exam.declaration, learner.declaration, result.declaration, resume.declaration,
                      variant.declaration, seed.declaration, from.declaration, export.declaration, Shared.output.declaration,
                      Shared.force.declaration],
            notes: Localized(
                zh: """
                练习：在终端上答错一次给提示，再错给出代入数字的算法；管道输入的答卷逐行对应逐题，答错即给出算法。输入 跳过（skip）或 退出（quit）。
                `cem train report 成绩…` 汇总全班的成绩文件。
                退出码：正常结束（含退出、输入结束）为 0；脚本输入中有无法识别的行、练习文件无效或成绩无法写入时为 1；选项用错为 2。
                """,
                en: """
                Practice: at a terminal a wrong answer gets a hint, a second one the worked answer; a piped answer sheet is marked line by line, a wrong answer getting the worked answer at once. Type skip or quit.
                `cem train report RESULT...` summarises a class's result files.
                Exit code 0 on a clean end (quit and end of input included); 1 when a scripted line was not understood, the exercise file is invalid or the result cannot be written; 2 for a misused option.
                """),
            run: run)
        command.subcommands = [TrainReportCommand.command]
        return command
    }()

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let t = trainingStrings(context.language())
        if let workbookPath = invocation[from] { return try draft(workbookPath, invocation: invocation, context: context) }
        if invocation.has(Shared.output) && !invocation.has(export) { context.err(t.outputNeedsFrom); throw .usage }
        guard let name = invocation.positionals.first else {
            context.out(Trainer.list(ExerciseCatalogue.all(language: context.language()), language: context.language()))
            return
        }
        let learnerName = invocation[learner], resultPath = invocation[result]
        if resultPath != nil && invocation[answers] { context.err(t.answersAndResult); throw .usage }
        if resultPath != nil && (learnerName ?? "").trimmingCharacters(in: .whitespaces).isEmpty { context.err(t.resultNeedsLearner); throw .usage }
        if learnerName != nil && resultPath == nil { context.err(t.learnerNeedsResult); throw .usage }
        if invocation[format] == "json" && !invocation[answers] { context.err(t.formatNeedsAnswers); throw .usage }
        var exercise = try load(name, context: context)
        if let n = invocation[variant] ?? invocation[seed] {
            guard exercise.hasVariants else { context.err(t.exerciseHasNoVariants(exercise.id)); throw .invalid }
            guard let drawn = exercise.variant(n) else { context.err(t.noVariant(n)); throw .invalid }
            exercise = drawn
        }
        let language = context.explicitLanguage ?? exercise.language
        let interactive = context.interactive
        let mode: TrainingMode = invocation[exam] ? .exam : .practice
        guard var trainer = try? Trainer(exercise: exercise, language: language, mode: mode, retries: interactive) else {
            // The reader already checks that every question has a model answer.
            context.err(context.cli.cannotRead(name.inert, "no model answer"))
            throw .invalid
        }
        if let format = invocation[export] {
            try Files.output(trainer.export(format), to: invocation[Shared.output], force: invocation[Shared.force], context: context)
            return
        }
        if invocation[answers] {
            context.out(invocation[format] == "json" ? CanonicalJSON.text(trainer.answerKey()) : trainer.answerSheet())
            return
        }
        // On a terminal, prose wraps at word boundaries to its width and tables fit it.
        if context.stdoutIsTerminal { trainer.width = context.width }
        if let resultPath, let learnerName { try checkResultTarget(resultPath, learner: learnerName, exercise: exercise.id, context: context) }
        var saved: TrainingState?
        if invocation[resume] { (trainer, saved) = try resumed(trainer, name: name, context: context) }
        var reader = context.lineReader(context.environment)
        let (code, state, interrupted) = drive(trainer, from: saved, lines: &reader, interactive: interactive, out: context.out)
        try afterwards(trainer, state: state, interrupted: interrupted, interactive: interactive, name: name,
                       invocation: invocation, lines: &reader, context: context)
        if code != 0 { throw ExitCode(code) }
    }

    /// `cem validate`'s warnings about a valid exercise file: ties its questions do not expect. None for other files.
    static func warnings(_ path: String, context: Context) -> [String] {
        guard let bytes = try? Files.readBytes(path, context: context), let exercise = try? ExerciseReader.read(bytes) else { return [] }
        let t = trainingStrings(context.language()), s = strings(context.language())
        return exercise.unexpectedTies().map { index, tied in
            t.unexpectedTie(file: path.inert, path: "questions[\(index)]", id: exercise.questions[index].id,
                            tied: tied.joined(separator: s.listSeparator))
        }
    }

    /// A result is written only over nothing, or over an earlier result of the same learner and exercise:
    /// checked before the exercise starts, so a learner never answers for nothing.
    static func checkResultTarget(_ path: String, learner: String, exercise: String, context: Context) throws(ExitCode) {
        let t = trainingStrings(context.language())
        guard let bytes = context.files.contents(context.resolve(path)) else { return }
        guard let earlier = try? TrainingResult.read(bytes), earlier.exercise == exercise else {
            context.err(t.resultFileTaken(path.inert))
            throw .invalid
        }
        if earlier.learner != learner.trimmingCharacters(in: .whitespaces) {
            context.err(t.resultOtherLearner(path.inert, learner: earlier.learner.inert))
            throw .invalid
        }
    }

    /// Runs the trainer over a line source until it finishes or input ends.
    /// Exit code 1 when a line was refused while not interactive: the script did not say what it meant.
    /// Ctrl-C ends the exercise as the end of input does, with the score so far (`interrupted` says so).
    static func drive(_ trainer: Trainer, from saved: TrainingState? = nil, lines: inout any LineReader, interactive: Bool,
                      out: (String) -> Void) -> (code: Int32, state: TrainingState, interrupted: Bool) {
        var (text, state) = trainer.start()
        if let saved { (text, state) = (trainer.resume(saved), saved) }
        out(text)
        var refused = false, interrupted = false
        while !state.finished {
            let read = lines.read(prompt: trainer.prompt)
            guard case .line(let line) = read else {
                interrupted = read == .interrupt
                out("")
                let summary = trainer.finish(state)
                if !summary.isEmpty { out(summary) }
                break
            }
            if !interactive { out(line) }
            let reply = trainer.respond(to: line, in: state)
            if reply.refused { refused = true }
            if !reply.output.isEmpty { out(reply.output) }
            state = reply.state
        }
        return (refused && !interactive ? ExitCode.invalid.code : ExitCode.ok.code, state, interrupted)
    }

    /// A built-in exercise by id (in the context's language), else an exercise file by path.
    static func load(_ name: String, context: Context) throws(ExitCode) -> Exercise {
        if let builtIn = ExerciseCatalogue.exercise(name, language: context.language()) { return builtIn }
        let looksLikePath = name.contains("/") || name.hasSuffix(".json") || FileManager.default.fileExists(atPath: context.resolve(name))
        guard looksLikePath else {
            let t = trainingStrings(context.language())
            context.err(t.unknownExercise(name.inert, suggestion: Suggest.closest(to: name, in: ExerciseCatalogue.ids)))
            throw .usage
        }
        let bytes: [UInt8]
        do {
            bytes = try Files.readBytes(name, context: context, missing: context.cli.noSuchExercise)
        } catch {
            context.err(error.message)
            throw .invalid
        }
        do {
            return try ExerciseReader.read(bytes, language: context.explicitLanguage)
        } catch {
            let table = strings(context.language())
            error.diagnostics.forEach { context.err($0.line(file: name.inert, strings: table)) }
            throw .invalid
        }
    }
}

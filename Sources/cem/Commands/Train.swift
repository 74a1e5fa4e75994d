// `cem train`: the list of exercises, one exercise run line by line, or its model answers.
// The trainer itself is a pure state machine in CEMKit; this file wires the session's line reader to it
// (line editing and history on a terminal, prompts on their own lines for a script).

import CEMKit
import Foundation

enum TrainCommand {
    static let usage = "cem train [EXERCISE|FILE] [--answers]"
    static let command = Command(
        name: "train", usage: usage,
        summary: Localized(zh: "练习：内置案例，答案即时核对", en: "training exercises with checked answers"),
        details: Localized(
            zh: """
              （无参数）          列出内置练习（标题、行业、步骤、难度）
              EXERCISE            开始一个内置练习，如 meisu、hospital、government、bank、nurse-calls
              FILE                运行自己的练习文件（*.exercise.json，格式见 workbooks/exercises/）
              --answers           只显示每道题的参考答案、算法和提示（给培训师）
            答错一次给提示，再错给出代入数字的算法；输入 跳过（skip）或 退出（quit）。
            退出码：正常结束（含退出、输入结束）为 0；脚本输入中有无法识别的行时为 1；练习文件无效时为 1。
            """,
            en: """
              (no argument)       list the built-in exercises (title, industry, steps, level)
              EXERCISE            start a built-in exercise: meisu, hospital, government, bank, nurse-calls
              FILE                run your own exercise file (*.exercise.json; see workbooks/exercises/)
              --answers           print every question with its model answer, working and hint (for trainers)
            A wrong answer gets a hint, a second one the worked answer; type skip or quit.
            Exit code 0 on a clean end (quit and end of input included); 1 when a scripted line was not
            understood, or the exercise file is invalid.
            """),
        options: [OptionSpec("--answers")], run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard arguments.positionals.count <= 1 else {
            context.err(context.cli.tooManyArguments(usage: usage))
            return ExitCode.usage
        }
        guard let name = arguments.positionals.first else {
            context.out(Trainer.list(ExerciseCatalogue.all(language: context.language()), language: context.language()))
            return ExitCode.ok
        }
        let exercise: Exercise
        switch load(name, context: context) {
        case .success(let loaded): exercise = loaded
        case .failure(let failure): return failure.code
        }
        let language = context.explicitLanguage ?? exercise.language
        guard let trainer = try? Trainer(exercise: exercise, language: language) else {
            // The reader already checks that every question has a model answer.
            context.err(context.cli.cannotRead(name, "no model answer"))
            return ExitCode.invalid
        }
        if arguments.has("--answers") {
            context.out(trainer.answerSheet())
            return ExitCode.ok
        }
        var reader = Terminal.reader(environment: context.environment)
        let interactive = Terminal.inputIsTerminal && Terminal.outputIsTerminal
        return drive(trainer, lines: &reader, interactive: interactive, out: context.out)
    }

    /// Runs the trainer over a line source until it finishes or input ends.
    /// Exit code 1 when a line was refused while not interactive: the script did not say what it meant.
    /// Ctrl-C ends the exercise as the end of input does, with the score so far.
    static func drive(_ trainer: Trainer, lines: inout any LineReader, interactive: Bool, out: (String) -> Void) -> Int32 {
        var (text, state) = trainer.start()
        out(text)
        var refused = false
        while !state.finished {
            guard case .line(let line) = lines.read(prompt: trainer.prompt) else {
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
        return refused && !interactive ? ExitCode.invalid : ExitCode.ok
    }

    /// A built-in exercise by id (in the context's language), else an exercise file by path.
    static func load(_ name: String, context: Context) -> Result<Exercise, ExitFailure> {
        if let builtIn = ExerciseCatalogue.exercise(name, language: context.language()) { return .success(builtIn) }
        let looksLikePath = name.contains("/") || name.hasSuffix(".json") || FileManager.default.fileExists(atPath: name)
        guard looksLikePath else {
            let t = trainingStrings(context.language())
            context.err(t.unknownExercise(name, suggestion: Suggest.closest(to: name, in: ExerciseCatalogue.ids)))
            return .failure(ExitFailure(code: ExitCode.usage))
        }
        switch Files.readBytes(name, context: context) {
        case .failure(let error):
            context.err(error.message)
            return .failure(ExitFailure(code: ExitCode.invalid))
        case .success(let bytes):
            do {
                return .success(try ExerciseReader.read(bytes))
            } catch {
                let table = strings(context.language())
                error.diagnostics.forEach { context.err($0.line(file: name, strings: table)) }
                return .failure(ExitFailure(code: ExitCode.invalid))
            }
        }
    }
}

// `cem train`: the list of exercises, one exercise run line by line, or its model answers.
// The trainer itself is a pure state machine in CEMKit; this file wires the session's line reader to it
// (line editing and history on a terminal, prompts on their own lines for a script).

import CEMKit
import Foundation

enum TrainCommand {
    static let answers = Flag("--answers", help: Localized(zh: "只显示每道题的参考答案、算法和提示（给培训师）",
                                                           en: "print every question with its model answer, working and hint (for trainers)"))

    static let command = CommandDeclaration(
        "train", summary: Localized(zh: "练习：内置案例，答案即时核对", en: "training exercises with checked answers"),
        arguments: [Argument(
            name: "EXERCISE|FILE", count: .optional, completion: .words(ExerciseCatalogue.ids),
            help: Localized(zh: "内置练习（如 meisu、hospital、government、bank、nurse-calls），或自己的练习文件（*.exercise.json，格式见 workbooks/exercises/）；省略时列出内置练习（标题、行业、步骤、难度）",
                            en: "a built-in exercise (such as meisu, hospital, government, bank, nurse-calls) or your own exercise file (*.exercise.json; see workbooks/exercises/); none lists the built-in exercises (title, industry, steps, level)"))],
        options: [answers.declaration],
        notes: Localized(
            zh: """
            答错一次给提示，再错给出代入数字的算法；输入 跳过（skip）或 退出（quit）。
            退出码：正常结束（含退出、输入结束）为 0；脚本输入中有无法识别的行时为 1；练习文件无效时为 1。
            """,
            en: """
            A wrong answer gets a hint, a second one the worked answer; type skip or quit.
            Exit code 0 on a clean end (quit and end of input included); 1 when a scripted line was not understood, or the exercise file is invalid.
            """),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        guard let name = invocation.positionals.first else {
            context.out(Trainer.list(ExerciseCatalogue.all(language: context.language()), language: context.language()))
            return
        }
        let exercise = try load(name, context: context)
        let language = context.explicitLanguage ?? exercise.language
        guard let trainer = try? Trainer(exercise: exercise, language: language) else {
            // The reader already checks that every question has a model answer.
            context.err(context.cli.cannotRead(name.inert, "no model answer"))
            throw .invalid
        }
        if invocation[answers] {
            context.out(trainer.answerSheet())
            return
        }
        var reader = context.lineReader(context.environment)
        let interactive = context.stdinIsTerminal && context.stdoutIsTerminal
        let code = drive(trainer, lines: &reader, interactive: interactive, out: context.out)
        if code != 0 { throw ExitCode(code) }
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
        return refused && !interactive ? ExitCode.invalid.code : ExitCode.ok.code
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
            bytes = try Files.readBytes(name, context: context)
        } catch {
            context.err(error.message)
            throw .invalid
        }
        do {
            return try ExerciseReader.read(bytes)
        } catch {
            let table = strings(context.language())
            error.diagnostics.forEach { context.err($0.line(file: name.inert, strings: table)) }
            throw .invalid
        }
    }
}

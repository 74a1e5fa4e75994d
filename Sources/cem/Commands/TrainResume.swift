// `cem train`: Ctrl-C offers to save progress and `--resume` carries on from it (`ID.progress.json` in the working
// folder, written atomically, removed once the exercise is finished); `--from WORKBOOK` writes a draft exercise.

import CEMKit
import Foundation

extension TrainCommand {
    /// The trainer and state to carry on from; exit code 1 when there is no usable saved progress.
    static func resumed(_ trainer: Trainer, name: String, context: Context) throws(ExitCode) -> (Trainer, TrainingState) {
        let t = trainingStrings(context.language())
        let file = TrainingProgress.fileName(trainer.exercise.id)
        guard let bytes = context.files.contents(context.resolve(file)) else {
            context.err(t.noProgress(file.inert, exercise: trainer.exercise.id.inert))
            throw .invalid
        }
        guard let progress = TrainingProgress.read(bytes, for: trainer) else {
            context.err(t.progressNotUsable(file.inert))
            throw .invalid
        }
        var again = trainer
        if progress.mode != trainer.mode || (context.explicitLanguage == nil && progress.language != trainer.language) {
            let language = context.explicitLanguage ?? progress.language
            guard let other = try? Trainer(exercise: ExerciseCatalogue.exercise(name, language: language) ?? trainer.exercise,
                                           language: language, mode: progress.mode, retries: trainer.retries) else { throw .invalid }
            again = other
            again.width = trainer.width
        }
        return (again, progress.state)
    }

    /// After the exercise: on Ctrl-C at a terminal, the offer to save progress; once finished, any saved
    /// progress removed; then the result file when one was asked for.
    static func afterwards(_ trainer: Trainer, state: TrainingState, interrupted: Bool, interactive: Bool, name: String,
                           invocation: Invocation, lines: inout any LineReader, context: Context) throws(ExitCode) {
        let t = trainingStrings(trainer.language)
        let file = TrainingProgress.fileName(trainer.exercise.id)
        if interrupted && interactive && !state.finished {
            context.out(t.offerToSave(file.inert))
            if case .line(let answer) = lines.read(prompt: "> "), InputWords.yesWords.contains(Input.normalize(answer).lowercased()) {
                try Files.write(Array(trainer.progress(state).text.utf8), to: file, context: context)
                context.out(t.progressSaved(file.inert, command: "cem train \(name.inert) --resume"))
            }
        } else if state.finished || state.index >= trainer.answers.count {
            try? FileManager.default.removeItem(atPath: context.resolve(file))
        }
        if let resultPath = invocation[result], let learnerName = invocation[learner] {
            let text = trainer.result(state, learner: learnerName.trimmingCharacters(in: .whitespaces), date: context.today).text
            try Files.write(Array(text.utf8), to: resultPath, context: context)
            context.out(t.resultWritten(resultPath.inert))
        }
    }
}

extension TrainCommand {
    /// `cem train --from WORKBOOK [-o FILE]`: a draft exercise from a client workbook.
    static func draft(_ path: String, invocation: Invocation, context: Context) throws(ExitCode) {
        let t = trainingStrings(context.language())
        if !invocation.positionals.isEmpty { context.err(context.cli.tooManyArguments(usage: invocation.usage)); throw .usage }
        let workbook = try Files.loadOrExit(path, context: context)
        let stem = (path.split(separator: "/").last.map(String.init) ?? path).replacingOccurrences(of: ".cem.json", with: "")
        var id = String(stem.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        while id.hasPrefix("-") { id.removeFirst() }
        if id.isEmpty { id = "draft" }
        guard let exercise = DraftExercise.make(from: workbook, id: id, language: context.language(for: workbook)) else {
            context.err(t.noDraftQuestions(path.inert))
            throw .invalid
        }
        let output = invocation[Shared.output]
        try Files.output(DraftExercise.text(exercise), to: output, input: path, force: invocation[Shared.force], context: context)
        if let output, output != "-" { context.out(t.draftWritten(output.inert, questions: exercise.questions.count)) }
    }
}

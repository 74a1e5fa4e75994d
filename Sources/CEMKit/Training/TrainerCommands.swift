// The words a learner may type instead of an answer, besides skip and quit: hint, data, back, progress
// (in English or Chinese). None of them is marked; none is a refused line.

extension Trainer {
    public static let hintWords = ["hint", "提示", "?"]
    public static let dataWords = ["data", "数据", "table", "表格"]
    public static let backWords = ["back", "返回", "上一题"]
    public static let progressWords = ["progress", "进度"]

    /// The reply to a command word, or nil when `word` is none.
    func command(_ word: String, in state: TrainingState) -> TrainingReply? {
        var state = state
        let model = answers[state.index]
        func reply(_ lines: [String]) -> TrainingReply {
            TrainingReply(output: lines.joined(separator: "\n"), state: state, refused: false)
        }
        if Trainer.hintWords.contains(word) {
            guard mode == .practice else { return reply([t.noHintInExam]) }
            state.hinted = true
            return reply([t.hintAsked(model.hint)])
        }
        if Trainer.dataWords.contains(word) {
            return reply(TrainerText.data(exercise, s: s, t: t, width: min(width ?? 100, 100)) + [""] + question(state.index))
        }
        if Trainer.progressWords.contains(word) {
            let answered = state.points.compactMap { $0 }
            return reply([t.progress(question: state.index + 1, of: answers.count, answered: answered.count,
                                     points: displayNumber(answered.reduce(0, +)))])
        }
        if Trainer.backWords.contains(word) {
            guard state.index > 0 else { return reply([t.nothingBefore]) }
            let previous = state.index - 1
            guard mode == .exam else {
                // In practice the earlier answer was marked and explained: shown again, not re-marked.
                let earlier = answers[previous]
                return reply([t.earlierQuestion(previous + 1), earlier.prompt, t.earlierAnswer(earlier.answer), t.working(earlier.working), ""]
                             + question(state.index))
            }
            state.index = previous
            state.points[previous] = nil
            state.given[previous] = []
            state.wrongAttempts = 0
            return reply([t.answerAgain] + question(previous))
        }
        return nil
    }
}

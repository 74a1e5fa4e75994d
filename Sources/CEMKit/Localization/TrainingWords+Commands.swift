// Words of the commands a learner may type in an exercise: hint, data, back, progress.

extension TrainingWords {
    public func hintAsked(_ hint: String) -> String {
        language.pick(zh: "提示：\(hint)（提示后答对得 ½ 分。）", en: "Hint: \(hint) (Right after a hint: ½ point.)")
    }
    public var noHintInExam: String {
        language.pick(zh: "考试中没有提示；反馈在最后给出。", en: "No hints in an exam; the feedback comes at the end.")
    }
    public func progress(question: Int, of total: Int, answered: Int, points: String) -> String {
        language.pick(zh: "第 \(question) 题 / 共 \(total) 题；已答 \(answered) 题，得 \(points) 分。",
                      en: "Question \(question) of \(total); \(answered) answered, \(points) point\(points == "1" ? "" : "s") so far.")
    }
    public var nothingBefore: String {
        language.pick(zh: "这是第一题，前面没有题了。", en: "This is the first question; there is none before it.")
    }
    public func earlierQuestion(_ number: Int) -> String {
        language.pick(zh: "第 \(number) 题（已评分，不再重评）：", en: "Question \(number) (marked already, not marked again):")
    }
    public func earlierAnswer(_ answer: String) -> String {
        language.pick(zh: "答案是 \(answer)。", en: "The answer is \(answer).")
    }
    public var answerAgain: String {
        language.pick(zh: "回到上一题，请重新作答：", en: "Back one question; answer it again:")
    }
}

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

extension TrainingWords {
    public func offerToSave(_ file: String) -> String {
        language.pick(zh: "已中断。保存进度到 \(file)，以后用 --resume 接着做？（是/否）",
                      en: "Interrupted. Save your progress to \(file) and resume later with --resume? (yes/no)")
    }
    public func progressSaved(_ file: String, command: String) -> String {
        language.pick(zh: "进度已保存到 \(file)。接着做：\(command)", en: "Progress saved to \(file). To carry on: \(command)")
    }
    public func resuming(question: Int, of total: Int) -> String {
        language.pick(zh: "接着上次的进度：从第 \(question) 题（共 \(total) 题）继续。",
                      en: "Carrying on where you stopped: question \(question) of \(total).")
    }
    public func noProgress(_ file: String, exercise: String) -> String {
        language.pick(zh: "cem train：这里没有练习“\(exercise)”的已保存进度（\(file)）；去掉 --resume 从头开始。",
                      en: "cem train: there is no saved progress of '\(exercise)' here (\(file)); drop --resume to start from the beginning.")
    }
    public func progressNotUsable(_ file: String) -> String {
        language.pick(zh: "cem train：\(file) 不是这个练习（当前版本）的已保存进度；删除它，或去掉 --resume 从头开始。",
                      en: "cem train: \(file) is not saved progress of this exercise as it is now; delete it, or drop --resume to start from the beginning.")
    }
}

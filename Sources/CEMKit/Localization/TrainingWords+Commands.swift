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

extension TrainingWords {
    public var draftScenario: String {
        language.pick(zh: "（草稿：请写出情境——是哪家机构、顾客是谁、这些分数从哪里来，以及学员要做什么。）",
                      en: "(Draft: write the scenario — who the organisation is, who its customers are, where the scores come from, and what the learner is to do.)")
    }
    public func noDraftQuestions(_ file: String) -> String {
        language.pick(zh: "cem train：\(file) 的数据不足，没有一道标准题能算出答案；先补全第 1–3 步的分数。",
                      en: "cem train: \(file) has too little data for any standard question to have an answer; fill in the scores of steps 1–3 first.")
    }
    public func draftWritten(_ file: String, questions: Int) -> String {
        language.pick(zh: "练习草稿（\(questions) 道题）已写入 \(file)。请补写情境和要点，再用 cem validate 检查。",
                      en: "Draft exercise (\(questions) questions) written to \(file). Write its scenario and explanations, then check it with cem validate.")
    }
}

extension TrainingWords {
    public var outputNeedsFrom: String {
        language.pick(zh: "cem train：-o 只用于 --from（练习草稿）或 --export（导出）；练习本身在终端进行。",
                      en: "cem train: -o goes with --from (a draft exercise) or --export; an exercise itself runs in the terminal.")
    }
}

extension TrainingWords {
    public func variantSuffix(_ n: Int) -> String { language.pick(zh: "（变体 \(n)）", en: " (variant \(n))") }
    public func exerciseHasNoVariants(_ id: String) -> String {
        language.pick(zh: "cem train：练习“\(id)”没有可抽取的分数，因此没有变体；去掉 --variant 即可练习原题。",
                      en: "cem train: exercise '\(id)' has no scores to draw, so it has no variants; leave out --variant to practise it as written.")
    }
    public func noVariant(_ n: Int) -> String {
        language.pick(zh: "cem train：变体 \(n) 抽不出每题都有答案的分数；换一个编号，或放宽练习文件里的 variants。",
                      en: "cem train: variant \(n) draws no scores that give every question an answer; try another number, or widen the exercise's variants.")
    }
}

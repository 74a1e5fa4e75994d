// Words of marking: ties, "all of them" answers, the precision a numeric question expects.

extension TrainingWords {
    public func wasATie(_ list: String, count: Int) -> String {
        language.pick(zh: "这是并列：\(list) 都对。", en: "It was a tie: \(list) are \(count == 2 ? "both" : "all") right.")
    }
    /// Between two sentences: a space in English, nothing after a Chinese full stop.
    public var sentenceGap: String { language.pick(zh: "", en: " ") }
    public var nameAll: String {
        language.pick(zh: "（全部列出，次序不限，用“、”或“，”分隔）", en: " (name all of them, in any order, separated by commas)")
    }
    public func notAllNamed(_ named: Int, of total: Int) -> String {
        language.pick(zh: "列出的都对，但只有 \(named) 个，共有 \(total) 个。", en: "Those are right, but you named \(named) of \(total).")
    }
    public func wrongWithNote(_ note: String) -> String {
        language.pick(zh: "✗ 不对：\(note)请再试一次。", en: "✗ Not quite: \(note) Try again.")
    }
    /// The precision a numeric question expects, from its tolerance.
    public func precision(_ decimals: Int, tolerance: String) -> String {
        if decimals >= 9 { return language.pick(zh: "请给出准确值。", en: "Give the exact figure.") }
        if decimals == 0 {
            return language.pick(zh: "给出整数即可（误差 ±\(tolerance) 以内）。", en: "A whole number is enough (within ±\(tolerance)).")
        }
        return language.pick(zh: "请保留 \(decimals) 位小数（误差 ±\(tolerance) 以内）。",
                             en: "Give it to \(decimals) decimal place\(decimals == 1 ? "" : "s") (within ±\(tolerance)).")
    }
    /// A number right only when rounded to fewer decimals than the question asks for.
    public func rightToFewerDecimals(_ given: Int, wanted: Int) -> String {
        let words = ["a whole number", "one decimal", "two decimals", "three decimals", "four decimals"]
        let en = given < words.count ? words[given] : "\(given) decimals"
        let want = wanted < words.count ? String(words[wanted].split(separator: " ")[0]) : "\(wanted)"
        return language.pick(
            zh: given == 0 ? "取整后是对的；请保留 \(wanted) 位小数。" : "精确到 \(given) 位小数是对的；请保留 \(wanted) 位。",
            en: given == 0 ? "right as a whole number; give \(want) decimals." : "right to \(en); give \(want).")
    }
}

extension TrainingWords {
    /// `cem validate`: a question whose answer is a tie it does not expect.
    public func unexpectedTie(file: String, path: String, id: String, tied: String) -> String {
        language.pick(
            zh: "\(file) \(path)：警告：\(id) 的答案是并列（\(tied)）；加上 \"ties\": \"any\"（任一皆对，并告诉学员是并列）或 \"ties\": \"all\"（要求全部列出），或修改数据",
            en: "\(file) \(path): warning: the answer of \(id) is a tie (\(tied)); add \"ties\": \"any\" (any of them is right, and the learner is told it was a tie) or \"ties\": \"all\" (ask for all of them), or change the data")
    }
}

extension TrainingWords {
    public func keyExperiencesWorking(_ terms: String) -> String {
        language.pick(zh: "重要性 × 满意度小于 0 的，由最负起：\(terms)", en: "importance × satisfaction below 0, most negative first: \(terms)")
    }
    public var wrongOrder: String {
        language.pick(zh: "因素都对，但次序不对：最负的排在最前。", en: "The right factors, in the wrong order: the most negative comes first.")
    }
    public func openRecorded(_ model: String, checklist: String) -> String {
        language.pick(zh: "已记下你的答案，供培训师评阅（不自动评分）。\n  参考答案：\(model)\n  要点清单：\n  \(checklist)",
                      en: "Your answer is recorded for your trainer (cem does not mark it).\n  Model answer: \(model)\n  Checklist:\n  \(checklist)")
    }
    public func openAnswered(_ given: String) -> String {
        language.pick(zh: "你的答案（供培训师评阅）：\(given)", en: "Your answer (for your trainer): \(given)")
    }
    public func openCount(_ count: Int) -> String {
        language.pick(zh: "另有 \(count) 道开放题，由培训师评阅，不计入总分。",
                      en: "\(count) open question\(count == 1 ? "" : "s") for your trainer to read, not in the total.")
    }
    public var openNote: String {
        language.pick(zh: "开放题：用一句话作答。", en: "An open question: answer in a sentence.")
    }
}

// Words of the workshop poll: taking participants' scores, refusing a bad line, flagging disagreement.

extension SessionWords {
    public var pollExample: String {
        language.pick(zh: "例如 poll 便利性 体验 7 8 6 9 5，或 poll 体验 逐个因素投票", en: "e.g. poll convenience experience 7 8 6 9 5, or poll experience for every factor")
    }
    /// The prompt of a poll: the factor, the score, its scale, and "2/6" in a walk.
    public func pollPrompt(_ factor: String, _ field: String, scale: String, of: (Int, Int)?) -> String {
        let count = of.map { "\($0.0)/\($0.1) " } ?? ""
        return language.pick(zh: "\(count)\(factor) · \(field)（各人打分 \(scale)，用空格或顿号分隔）：",
                             en: "\(count)\(factor) · \(field) (everyone's scores \(scale), separated by spaces): ")
    }
    public func pollWalkStarted(_ field: String, factors: Int) -> String {
        language.pick(zh: "逐个因素为“\(field)”投票（共 \(factors) 个）：每行输入在场各人的分数；Enter 跳过一个，“返回”回到上一个，“结束”停止投票。",
                      en: "Polling \(field.lowercased()) for each of the \(factors) factors: type everyone's scores on one line; Enter skips one, `back` returns to the previous, `stop` ends.")
    }
    public func pollWalkDone(_ field: String) -> String {
        language.pick(zh: "“\(field)”的投票完成。", en: "Poll of \(field.lowercased()) done.")
    }
    public var pollStopped: String { language.pick(zh: "投票结束（已记录的分数保留）。", en: "Poll stopped (the scores stored so far stay).") }
    public var pollAtFirst: String { language.pick(zh: "已是第一个因素。", en: "This is the first factor.") }
    /// "Convenience · Experience: 7 (poll of 5, sd 1.58, 5–9)".
    public func pollStored(_ subject: String, n: Int, mean: String, sd: String, range: String) -> String {
        language.pick(zh: "\(subject)：\(mean)（\(n) 人投票的平均分，标准差 \(sd)，\(range)）",
                      en: "\(subject): \(mean) (mean of a poll of \(n), sd \(sd), \(range))")
    }
    public func pollDisagree(sd: String, range: String) -> String {
        language.pick(zh: "⚠ 与会者意见分歧（标准差 \(sd)，\(range)）：继续之前请先讨论。",
                      en: "⚠ Participants disagree (sd \(sd), \(range)): discuss it before moving on.")
    }
    public func pollDropped(_ subject: String) -> String {
        language.pick(zh: "\(subject) 已不再是投票结果，其投票依据已删除。",
                      en: "\(subject) no longer comes from its poll; the poll basis was removed.")
    }
    public func pollRefusal(_ refusal: PollRefusal) -> String {
        switch refusal {
        case .notANumber(let position, let text):
            return language.pick(
                zh: "第 \(position) 个分数“\(text.inert)”不是数字；请输入各人的分数，用空格、逗号或顿号（、）分隔，例如 7 8 6 9 5。",
                en: "score \(position), '\(text.inert)', is not a number; type everyone's scores separated by spaces or commas, e.g. 7 8 6 9 5.")
        case .outOfScale(let position, let value, let scale):
            let range = displayNumber(scale.min) + "–" + displayNumber(scale.max)
            return language.pick(zh: "第 \(position) 个分数 \(displayNumber(value)) 超出了量表 \(range)；请重新输入这一行。",
                                 en: "score \(position), \(displayNumber(value)), is outside the scale \(range); type the line again.")
        case .tooFew(let count):
            return language.pick(
                zh: "投票至少需要两个分数（这里有 \(count) 个）；只有一个人的判断，请用 set。",
                en: "a poll needs at least two scores (\(count) given); for one person's judgement use `set`.")
        }
    }
}

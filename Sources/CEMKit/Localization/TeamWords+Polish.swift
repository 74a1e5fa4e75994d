// Words of the diff for a workshop poll's basis that went away (a what-if `set` that moved a polled score).

extension TeamWords {
    /// "Convenience (convenience): workshop poll of experience removed".
    public func pollRemoved(_ label: String, measures: [String]) -> String {
        language.pick(zh: "\(label)：已删除" + measures.joined(separator: "、") + "的研讨投票依据",
                      en: "\(label): workshop poll of " + measures.joined(separator: ", ") + " removed")
    }
}

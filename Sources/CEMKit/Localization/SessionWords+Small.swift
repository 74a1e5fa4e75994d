// Small words of the session a client sees: the value after undo, the factors listed with their ids,
// the review-or-add offer on resuming, the check before closing a cycle.

extension SessionWords {
    /// After "Undone: …" or "Redone: …".
    public func nowValue(_ value: String) -> String {
        language.pick(zh: "（现在：\(value)）", en: " (now: \(value))")
    }
}

extension SessionWords {
    /// A factor in the introduction of step 1: its name, the id commands take, what it covers.
    public func factorLine(_ name: String, id: String, description: String) -> String {
        let named = language.pick(zh: "\(name)（\(id)）", en: "\(name) (\(id))")
        return description.isEmpty ? named : named + " — " + description
    }

    /// After `factor rename`: Enter keeps the description, - clears it.
    public func describePrompt(_ name: String, current: String) -> String {
        language.pick(zh: "\(name) 的描述（Enter 保留，- 清除）[\(current)]：", en: "Description of \(name) (Enter keeps it, - clears it) [\(current)]: ")
    }
}

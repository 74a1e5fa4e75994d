// Small words of the session a client sees: the value after undo, the factors listed with their ids,
// the review-or-add offer on resuming, the check before closing a cycle.

extension SessionWords {
    /// After "Undone: …" or "Redone: …".
    public func nowValue(_ value: String) -> String {
        language.pick(zh: "（现在：\(value)）", en: " (now: \(value))")
    }
}

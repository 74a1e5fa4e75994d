// Words of the text report seen from the room: the mark of an incomplete step, with Chinese brackets.

extension ReportWords {
    /// After a step's title in the text report: ` (incomplete)`, `（未完成）`.
    public var incompleteMark: String { language.pick(zh: "（未完成）", en: " (incomplete)") }
}

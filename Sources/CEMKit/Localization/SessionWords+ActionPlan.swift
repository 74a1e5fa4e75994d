// Session words of the action-plan keys a `req edit` sets: owner, due date, status, cost.

extension SessionWords {
    public var ownerField: String { language.pick(zh: "负责人", en: "owner") }
    public var dueField: String { language.pick(zh: "截止日期", en: "due") }
    public var statusField: String { language.pick(zh: "状态", en: "status") }
    public var costField: String { language.pick(zh: "成本", en: "cost") }
    public func badDue(_ text: String) -> String {
        language.pick(zh: "截止日期“\(text)”不是有效日期：请写成 YYYY-MM-DD，例如 2026-03-31；写 - 可清除。",
                      en: "Due date “\(text)” is not a valid date: write it as YYYY-MM-DD, e.g. 2026-03-31; - clears it.")
    }
    public func badStatus(_ text: String) -> String {
        language.pick(zh: "状态“\(text)”无效：请写 planned（计划中）、in-progress（进行中）、done（已完成）或 dropped（已放弃）；写 - 可清除。",
                      en: "Status “\(text)” is not known: write planned, in-progress, done or dropped; - clears it.")
    }
    public func badCost(_ text: String) -> String {
        language.pick(zh: "成本“\(text)”不是有效数字：请写一个不小于 0 的数，例如 120000；写 - 可清除。",
                      en: "Cost “\(text)” is not a number: write one of 0 or more, e.g. 120000; - clears it.")
    }
}

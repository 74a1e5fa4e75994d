// The names a diff gives the action-plan keys of a requirement (owner, due, status, cost).

extension TeamWords {
    static let actionPlanFieldNames: [String: Localized] = [
        "owner": Localized(zh: "负责人", en: "owner"),
        "due": Localized(zh: "截止日期", en: "due"),
        "status": Localized(zh: "状态", en: "status"),
        "cost": Localized(zh: "成本", en: "cost"),
    ]
}

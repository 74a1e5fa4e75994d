// Report words of the action plan: who owns each requirement, by when, how far it is, at what cost.

extension ReportWords {
    public var actionPlanHeading: String { language.pick(zh: "行动计划", en: "Action plan") }
    public var owner: String { language.pick(zh: "负责人", en: "Owner") }
    public var due: String { language.pick(zh: "截止日期", en: "Due") }
    public var status: String { language.pick(zh: "状态", en: "Status") }
    public var cost: String { language.pick(zh: "成本", en: "Cost") }
    public var kpisHeader: String { language.pick(zh: "KPI", en: "KPIs") }
    public func actionStatus(_ s: ActionStatus) -> String {
        switch s {
        case .planned: return language.pick(zh: "计划中", en: "planned")
        case .inProgress: return language.pick(zh: "进行中", en: "in progress")
        case .done: return language.pick(zh: "已完成", en: "done")
        case .dropped: return language.pick(zh: "已放弃", en: "dropped")
        }
    }
}

// The session's `req edit ID owner|due|status|cost VALUE`: the action-plan keys of a requirement,
// checked before they are set (`-` clears one); nil when the field is not an action-plan key.

extension Session {
    enum ActionPlanEdit { case success(String), failure(String) }

    func actionPlanEdit(_ w: inout Workbook, index: Int, field: String, value: String) -> ActionPlanEdit? {
        let words = t
        let id = w.requirements[index].id
        let text = Answer.text(value)
        let clear = text.isEmpty || text == "-"
        func done(_ name: String, _ shown: String?) -> ActionPlanEdit {
            .success(t.setDone("\(id) · \(name)", shown ?? "—"))
        }
        switch field {
        case "owner", "负责人":
            w.requirements[index].owner = clear ? nil : text
            return done(words.ownerField, w.requirements[index].owner?.inert)
        case "due", "截止日期", "截止":
            if clear { w.requirements[index].due = nil; return done(words.dueField, nil) }
            guard let date = ISODate(text) else { return .failure(words.badDue(text.inert)) }
            w.requirements[index].due = date.description
            return done(words.dueField, date.description)
        case "status", "状态":
            if clear { w.requirements[index].status = nil; return done(words.statusField, nil) }
            let key = String(Input.normalize(text).lowercased().map { $0 == " " ? "-" : $0 })
            let zh: [String: ActionStatus] = ["计划中": .planned, "进行中": .inProgress, "已完成": .done, "已放弃": .dropped]
            guard let status = ActionStatus(rawValue: key) ?? zh[text] else { return .failure(words.badStatus(text.inert)) }
            w.requirements[index].status = status
            return done(words.statusField, status.rawValue)
        case "cost", "成本":
            if clear { w.requirements[index].cost = nil; return done(words.costField, nil) }
            guard let cost = Input.number(text), cost >= 0, cost <= 1e15 else { return .failure(words.badCost(text.inert)) }
            w.requirements[index].cost = cost
            return done(words.costField, displayGrouped(cost))
        default:
            return nil
        }
    }
}

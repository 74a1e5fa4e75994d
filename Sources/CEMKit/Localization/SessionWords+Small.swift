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

extension SessionWords {
    public var templatePrompt: String { language.pick(zh: "选择模板（Enter 为 retail）：", en: "Template (Enter for retail): ") }

    public func templateRefused(_ answer: String, count: Int) -> String {
        language.pick(zh: "“\(answer)”不是模板；请输入 1 到 \(count) 的序号或模板名。",
                      en: "'\(answer)' is not a template; type its number (1 to \(count)) or its name.")
    }

    public func newFile(_ path: String, template: String, factors: Int) -> String {
        language.pick(zh: "\(path) 还不存在：将在此用 \(template) 模板（\(factors) 个因素）新建工作簿。",
                      en: "\(path) does not exist yet: a new workbook from the \(template) template (\(factors) factors) will be created there.")
    }
}

extension SessionWords {
    /// `cycle close` while something is missing: what, then the question.
    public func closeCycleMissing(steps: [Int], unmeasured: [String]) -> String {
        var parts: [String] = []
        if !steps.isEmpty {
            let list = steps.map(String.init).joined(separator: language.pick(zh: "、", en: ", "))
            parts.append(language.pick(zh: "步骤 \(list) 尚未完成", en: "step \(list) \(steps.count == 1 ? "is" : "are") not complete"))
        }
        if !unmeasured.isEmpty {
            let list = unmeasured.joined(separator: language.pick(zh: "、", en: ", "))
            parts.append(language.pick(zh: "KPI \(list) 还没有实际值", en: "KPI \(list) \(unmeasured.count == 1 ? "has" : "have") no actual value"))
        }
        let missing = parts.joined(separator: language.pick(zh: "；", en: "; "))
        return language.pick(zh: "结束本周期之前请注意：\(missing)。这些会按原样存入历史。仍要结束本周期吗？（y/n）",
                             en: "Before closing this cycle: \(missing). They go into history as they are. Close the cycle anyway? (y/n)")
    }
}

extension SessionWords {
    /// Resuming at step 5 (requirements) or 7 (KPIs) with some there already.
    public func reviewOrAdd(step: Int, count: Int) -> String {
        if count == 1 {
            return step == 5
                ? language.pick(zh: "已有 1 项需求。1 add 直接添加新需求（Enter），2 review 逐一检查这项需求？",
                                en: "There is 1 requirement already. 1 add a new one (Enter), or 2 review it field by field?")
                : language.pick(zh: "已有 1 个 KPI。1 add 直接添加新 KPI（Enter），2 review 逐一检查这个 KPI？",
                                en: "There is 1 KPI already. 1 add a new one (Enter), or 2 review it field by field?")
        }
        return step == 5
            ? language.pick(zh: "已有 \(count) 项需求。1 add 直接添加新需求（Enter），2 review 逐一检查已有需求？",
                            en: "There are \(count) requirements already. 1 add a new one (Enter), or 2 review the existing ones field by field?")
            : language.pick(zh: "已有 \(count) 个 KPI。1 add 直接添加新 KPI（Enter），2 review 逐一检查已有 KPI？",
                            en: "There are \(count) KPIs already. 1 add a new one (Enter), or 2 review the existing ones field by field?")
    }

    public var reviewOrAddPrompt: String { language.pick(zh: "添加或检查：", en: "add or review: ") }
}

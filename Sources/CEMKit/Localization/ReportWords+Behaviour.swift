// Words of interactions and experiments in reader messages and reports.

extension ReportWords {
    func behaviourKindName(_ kind: IDKind) -> String {
        switch kind {
        case .encounter: return language.pick(zh: "互动", en: "interaction")
        case .moment: return language.pick(zh: "时刻", en: "moment")
        case .experiment: return language.pick(zh: "实验", en: "experiment")
        case .factor, .requirement, .kpi: return ""
        }
    }

    func behaviourProblem(_ p: BehaviourProblem) -> String {
        switch p {
        case .feeling(let value):
            return language.pick(
                zh: "感受 \(CanonicalJSON.number(value)) 不是 −2 到 +2 之间的整数",
                en: "the feeling \(CanonicalJSON.number(value)) is not a whole number from −2 to +2")
        case .unknownRequirement(let id, _):
            return language.pick(zh: "需求“\(id)”不存在", en: "the requirement \"\(id)\" does not exist")
        case .unknownEncounter(let id, _):
            return language.pick(zh: "互动“\(id)”不存在", en: "the interaction \"\(id)\" does not exist")
        case .duplicateRequirementLink(let id):
            return language.pick(zh: "需求“\(id)”列出了两次", en: "the requirement \"\(id)\" is listed twice")
        case .groupShape(let both):
            return both
                ? language.pick(zh: "一组同时有 mean 和 successes", en: "the group has both a mean and successes")
                : language.pick(zh: "一组既没有 mean 也没有 successes", en: "the group has neither a mean nor successes")
        case .spreadWithoutMean:
            return language.pick(zh: "按成功数计的组没有 sd", en: "a group counted in successes has no sd")
        case .successesOverN(let successes, let n):
            return language.pick(zh: "成功数 \(successes) 大于 n（\(n)）", en: "\(successes) successes is more than n (\(n))")
        case .groupsDiffer:
            return language.pick(
                zh: "试验组与对照组的形式不同（一组是均值，一组是比例）",
                en: "the test and control groups differ in shape (one is a mean, the other a proportion)")
        }
    }

    func behaviourFix(_ p: BehaviourProblem) -> String? {
        switch p {
        case .feeling:
            return language.pick(
                zh: "请填写 -2、-1、0、1 或 2（-2 很不愉快，2 很愉快），未知时填 null",
                en: "use -2, -1, 0, 1 or 2 (-2 very unpleasant, 2 very pleasant), or null while it is unknown")
        case .unknownRequirement(_, let suggestion):
            return language.pick(
                zh: suggestion.map { "是否想写 \"\($0)\"？" } ?? "请使用 \"requirements\" 中已有需求的 id",
                en: suggestion.map { "did you mean \"\($0)\"?" } ?? "use the id of a requirement listed under \"requirements\"")
        case .unknownEncounter(_, let suggestion):
            return language.pick(
                zh: suggestion.map { "是否想写 \"\($0)\"？" } ?? "请使用 \"encounters\" 中已有互动的 id",
                en: suggestion.map { "did you mean \"\($0)\"?" } ?? "use the id of an interaction listed under \"encounters\"")
        case .duplicateRequirementLink: return language.pick(zh: "每个需求只列一次", en: "list each requirement once")
        case .groupShape:
            return language.pick(
                zh: "均值请写 {\"n\": 180, \"mean\": 82, \"sd\": 12}，比例请写 {\"n\": 180, \"successes\": 95}",
                en: "write a mean as {\"n\": 180, \"mean\": 82, \"sd\": 12}, a proportion as {\"n\": 180, \"successes\": 95}")
        case .spreadWithoutMean: return language.pick(zh: "请删除 sd，或改用 mean", en: "remove sd, or give a mean instead")
        case .successesOverN: return language.pick(zh: "成功数不能超过 n", en: "successes cannot exceed n")
        case .groupsDiffer:
            return language.pick(zh: "两组请用同一种形式", en: "give both groups in the same shape")
        }
    }
}

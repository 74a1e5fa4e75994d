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
        case .unknownExperiment(let id, _):
            return language.pick(zh: "实验“\(id)”不存在", en: "the experiment \"\(id)\" does not exist")
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
        case .unknownExperiment(_, let suggestion):
            return language.pick(
                zh: suggestion.map { "是否想写 \"\($0)\"？" } ?? "请使用 \"experiments\" 中已有实验的 id",
                en: suggestion.map { "did you mean \"\($0)\"?" } ?? "use the id of an experiment listed under \"experiments\"")
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

// The report part on interactions and experiments.
extension ReportWords {
    public var behaviourHeading: String { language.pick(zh: "互动与实验", en: "Interactions and experiments") }
    public func encounterIntro(_ e: Encounter) -> String {
        let repeats = e.repeats
            ? (e.everyDays.map { language.pick(zh: "每 \(displayNumber($0)) 天一次", en: "every \(displayNumber($0)) days") }
                ?? language.pick(zh: "重复进行", en: "repeats"))
            : language.pick(zh: "只有一次", en: "once")
        let person = e.samePerson.map {
            $0 ? language.pick(zh: "每次同一人", en: "the same person each time") : language.pick(zh: "每次不同的人", en: "a different person each time")
        }
        let parts = [repeats] + (person.map { [$0] } ?? [])
        return language.pick(
            zh: "\(e.name)（\(e.id)）：\(e.moments.count) 个时刻，\(parts.joined(separator: "，"))。" + (e.notes.isEmpty ? "" : e.notes),
            en: "\(e.name) (\(e.id)): \(e.moments.count) moments, \(parts.joined(separator: ", ")).") + (e.notes.isEmpty ? "" : language.pick(zh: "", en: " " + e.notes))
    }
    public func momentCell(_ m: Moment) -> String {
        language.pick(zh: "\(m.name)（\(feeling(m.feeling))）", en: "\(m.name) (\(feeling(m.feeling)))")
            + (m.fixed ? language.pick(zh: "［固定］", en: " [fixed]") : "") + (m.choice ? language.pick(zh: "［可选择］", en: " [choice]") : "")
    }
    public var currentOrderHeader: String { language.pick(zh: "目前的顺序", en: "Current order") }
    public var proposedOrderHeader: String { language.pick(zh: "建议的顺序", en: "Proposed order") }
    public var principleHeader: String { language.pick(zh: "原则", en: "Principle") }
    public var verdictHeader: String { language.pick(zh: "结论", en: "Verdict") }
    public var reasonHeader: String { language.pick(zh: "理由", en: "Reason") }
    public var experimentHeader: String { language.pick(zh: "实验", en: "Experiment") }
    public var metricHeader: String { language.pick(zh: "指标", en: "Metric") }
    public var testsHeader: String { language.pick(zh: "检验", en: "Tests") }
    public var testGroupHeader: String { language.pick(zh: "试验组", en: "Test") }
    public var controlGroupHeader: String { language.pick(zh: "对照组", en: "Control") }
    public var differenceHeader: String { language.pick(zh: "差值", en: "Difference") }
    public var intervalHeader: String { language.pick(zh: "95% 区间", en: "95% interval") }
    public var significantHeader: String { language.pick(zh: "显著", en: "Significant") }
    public var percentagePoints: String { language.pick(zh: " 个百分点", en: " pp") }
}

extension ReportWords {
    public func experimentsHeading(cycle: Int) -> String {
        language.pick(zh: "实验（第 \(cycle) 周期）", en: "Experiments (cycle \(cycle))")
    }
}

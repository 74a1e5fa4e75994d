// Words of the session's `encounter` and `experiment` commands, and the lines the step introductions add.

extension SessionWords {
    /// Added to the introductions of step 5 (the redesign of an interaction) and step 7 (the experiment).
    public func behaviourIntro(_ step: Int) -> [String] {
        switch step {
        case 5:
            return [language.pick(
                zh: "需求也可以是重新设计一个互动（例如随访电话）：`encounter add 名称` 添加互动，`encounter moment` 逐个添加时刻及其感受（−2…+2），`encounter check` 按五条行为原则检查，`encounter order` 给出建议的顺序。",
                en: "A requirement may be the redesign of an interaction (a follow-up call): `encounter add NAME` adds one, `encounter moment` its moments with a feeling (−2…+2), `encounter check` holds it against five behavioural principles, `encounter order` proposes an order.")]
        case 7:
            return [language.pick(
                zh: "用实验证明改变：`experiment add 互动或需求 指标` 添加实验，`experiment record` 记录试验组与对照组的结果（n 均值 标准差，或 成功数/n），得出差值、95% 区间和是否显著。",
                en: "Prove a change with an experiment: `experiment add LINK METRIC` adds one, `experiment record` enters the test and control groups (n mean sd, or successes/n) for the difference, its 95% interval and whether it is significant.")]
        default:
            return []
        }
    }

    public func encounterAdded(_ id: String, _ name: String) -> String {
        language.pick(zh: "已添加互动 \(id)：\(name)。用 `encounter moment \(id) 名称 感受` 添加时刻。",
                      en: "Added interaction \(id): \(name). Add its moments with `encounter moment \(id) NAME FEELING`.")
    }
    public var momentExample: String {
        language.pick(zh: "例如：encounter moment I1 询问疼痛 -1 2 choice（感受 −2…+2，可选分钟数，fixed 固定位置，choice 提供选择）",
                      en: "for example: encounter moment I1 Questions about pain -1 2 choice (feeling −2…+2, optional minutes, fixed keeps the place, choice offers options)")
    }
    public func momentAdded(_ moment: String, id: String, encounter: String, position: Int) -> String {
        language.pick(zh: "\(encounter)的第 \(position) 个时刻（\(id)）：\(moment)", en: "\(encounter), moment \(position) (\(id)): \(moment)")
    }
    public func badFeeling(_ text: String) -> String {
        language.pick(zh: "“\(text)”不是感受分；请输入 -2、-1、0、1 或 2（-2 很不愉快，2 很愉快）。",
                      en: "'\(text)' is not a feeling; type -2, -1, 0, 1 or 2 (-2 very unpleasant, 2 very pleasant).")
    }
    public func badMinutes(_ text: String) -> String {
        language.pick(zh: "“\(text)”不是分钟数；请输入 0 或更大的数。", en: "'\(text)' is not a number of minutes; type 0 or more.")
    }
    public func unknownEncounter(_ text: String, suggestion: String?) -> String {
        language.pick(
            zh: "没有互动“\(text)”。" + (suggestion.map { "是否想写“\($0)”？" } ?? "") + "输入 encounter 可查看互动。",
            en: "There is no interaction '\(text)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " `encounter` lists them.")
    }
    public var noEncounters: String {
        language.pick(zh: "还没有互动；用 `encounter add 名称` 添加。", en: "No interactions yet; `encounter add NAME` adds one.")
    }
    public func encounterSummary(moments: Int, holding: Int) -> String {
        language.pick(zh: "\(moments) 个时刻，五条原则做到 \(holding) 条", en: "\(moments) moments, \(holding) of 5 principles hold")
    }
    public func checkHeading(_ name: String, id: String, moments: Int) -> String {
        language.pick(zh: "\(name)（\(id)，\(moments) 个时刻）按五条行为原则：", en: "\(name) (\(id), \(moments) moments) against the five principles:")
    }
    public func principleLine(_ n: Int, _ name: String, verdict: String, mark: Verdict, reason: String) -> String {
        let sign = mark == .holds ? "✓" : mark == .fallsShort ? "✗" : "?"
        return language.pick(zh: "\(sign) \(n) \(name)——\(verdict)：\(reason)。", en: "\(sign) \(n) \(name) — \(verdict): \(reason).")
    }
    public func noProposal(_ names: [String]) -> String {
        language.pick(zh: "无法建议顺序：\(names.map { "“\($0)”" }.joined(separator: "、")) 还没有感受分。",
                      en: "No order can be proposed: \(names.map { "'\($0)'" }.joined(separator: ", ")) \(names.count == 1 ? "has" : "have") no feeling yet.")
    }
    public func orderHeading(_ name: String) -> String {
        language.pick(zh: "\(name)：目前的顺序与建议的顺序（先苦、集中痛苦、分散快乐、最好的时刻放在最后；固定的时刻不动）", en: "\(name): the current order and the proposed one (pain first and together, pleasure spread, the best moment last; fixed moments stay)")
    }
    public var currentOrder: String { language.pick(zh: "目前", en: "current") }
    public var proposedOrder: String { language.pick(zh: "建议", en: "proposed") }
    /// A moment in the order table: its name and feeling.
    public func orderCell(_ name: String, _ feeling: String) -> String {
        language.pick(zh: "\(name)（\(feeling)）", en: "\(name) (\(feeling))")
    }
    public var fixedMark: String { language.pick(zh: "［固定］", en: " [fixed]") }
    public var orderAlreadyBest: String {
        language.pick(zh: "目前的顺序已是建议的顺序。", en: "The current order is already the proposed one.")
    }
    public func orderHowToApply(_ id: String) -> String {
        language.pick(zh: "输入 `encounter order \(id) apply` 采用建议的顺序（可用 undo 撤销）。",
                      en: "`encounter order \(id) apply` uses the proposed order (undo reverts it).")
    }
    public func orderApplied(_ name: String) -> String {
        language.pick(zh: "\(name)已按建议的顺序重新排列", en: "\(name) reordered as proposed")
    }
    public var encounterFields: String {
        language.pick(zh: "字段：name、repeats（天数或 no）、same（yes/no）、factors、requirements、notes",
                      en: "fields: name, repeats (days or no), same (yes/no), factors, requirements, notes")
    }
    public var repeatsLabel: String { language.pick(zh: "重复", en: "repeats") }
    public var samePersonLabel: String { language.pick(zh: "同一人处理", en: "same person") }
    public func repeatsValue(_ days: Double?) -> String {
        days.map { language.pick(zh: "每 \(displayNumber($0)) 天", en: "every \(displayNumber($0)) days") } ?? language.pick(zh: "不重复", en: "once")
    }
    public func badRepeats(_ text: String) -> String {
        language.pick(zh: "“\(text)”不是间隔天数；请输入天数（例如 30）或 no。", en: "'\(text)' is not a number of days; type one (such as 30) or no.")
    }
    public func badYesNo(_ text: String) -> String {
        language.pick(zh: "“\(text)”不是“是”或“否”；请输入 yes 或 no。", en: "'\(text)' is not yes or no; type yes or no.")
    }
    public func encounterRemoved(_ name: String) -> String { language.pick(zh: "已删除互动 \(name)", en: "Removed interaction \(name)") }
    public func confirmEncounterRemoval(_ name: String, experiments: String) -> String {
        language.pick(zh: "实验 \(experiments) 检验的是互动 \(name)；删除后它们不再连到任何互动。确定删除吗？（yes/no）",
                      en: "Experiments \(experiments) test the interaction \(name); they will no longer link to it. Remove it? (yes/no)")
    }

    public var experimentAddExample: String {
        language.pick(zh: "例如：experiment add I1 对随访电话的满意度（LINK 为互动或需求的 id）",
                      en: "for example: experiment add I1 satisfaction with the calls (LINK is an interaction or a requirement id)")
    }
    public var recordExample: String {
        language.pick(zh: "试验组在前：experiment record E1 40 82 10 38 75 11（n 均值 标准差 ×2），或 experiment record E1 55/100 50/100（成功数/n）",
                      en: "test group first: experiment record E1 40 82 10 38 75 11 (n mean sd, twice), or experiment record E1 55/100 50/100 (successes/n)")
    }
    public func unknownLink(_ text: String, suggestion: String?) -> String {
        language.pick(
            zh: "没有互动或需求“\(text)”。" + (suggestion.map { "是否想写“\($0)”？" } ?? "") + "输入 encounter 或 show 5 查看。",
            en: "There is no interaction or requirement '\(text)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " `encounter` and `show 5` list them.")
    }
    public func unknownExperiment(_ text: String, suggestion: String?) -> String {
        language.pick(
            zh: "没有实验“\(text)”。" + (suggestion.map { "是否想写“\($0)”？" } ?? "") + "输入 experiment 可查看实验。",
            en: "There is no experiment '\(text)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " `experiment` lists them.")
    }
    public func experimentAdded(_ id: String, _ metric: String, link: String) -> String {
        language.pick(zh: "已添加实验 \(id)：\(metric)（检验 \(link)）。用 `experiment record \(id) …` 记录结果。",
                      en: "Added experiment \(id): \(metric) (testing \(link)). Record its results with `experiment record \(id) …`.")
    }
    public func experimentRecorded(_ id: String, _ line: String) -> String {
        language.pick(zh: "实验 \(id)：\(line)", en: "Experiment \(id): \(line)")
    }
    public func experimentRemoved(_ id: String, _ metric: String) -> String {
        language.pick(zh: "已删除实验 \(id)：\(metric)", en: "Removed experiment \(id): \(metric)")
    }
    public func experimentHeading(_ id: String, _ metric: String, link: String) -> String {
        language.pick(zh: "\(id) \(metric)" + (link.isEmpty ? "" : "（检验 \(link)）"), en: "\(id) \(metric)" + (link.isEmpty ? "" : " (testing \(link))"))
    }
    public var noExperiments: String {
        language.pick(zh: "还没有实验；用 `experiment add 互动或需求 指标` 添加。", en: "No experiments yet; `experiment add LINK METRIC` adds one.")
    }
    public func badProportion(_ text: String) -> String {
        language.pick(zh: "“\(text)”不是“成功数/n”；请写成例如 55/100（成功数不超过 n）。",
                      en: "'\(text)' is not successes/n; write it as 55/100 (successes no more than n).")
    }
    public func badCount(_ text: String) -> String {
        language.pick(zh: "“\(text)”不是组的人数；请输入 1 或更大的整数。", en: "'\(text)' is not a group size; type a whole number, 1 or more.")
    }
    public func badMean(_ text: String) -> String {
        language.pick(zh: "“\(text)”不是均值；请输入数字。", en: "'\(text)' is not a mean; type a number.")
    }
    public func badSpread(_ text: String) -> String {
        language.pick(zh: "“\(text)”不是标准差；请输入 0 或更大的数。", en: "'\(text)' is not a standard deviation; type 0 or more.")
    }
}

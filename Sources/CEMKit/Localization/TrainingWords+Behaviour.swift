// Words of the behavioural training questions: the proposed order of an interaction, an experiment's
// difference and its significance.

extension TrainingWords {
    func behaviourPrompt(_ kind: QuestionKind, target: String) -> String {
        switch kind {
        case .proposedOrder:
            return language.pick(
                zh: "按行为原则（先苦后甜、集中痛苦、分散快乐、最好的时刻放在最后；固定的时刻不动），“\(target)”的时刻应按什么顺序？全部列出，用“、”或“，”分隔。",
                en: "In what order should the moments of \(target) come, by the behavioural principles (pain first and together, pleasure spread, the best moment last; fixed moments stay)? Name all of them, separated by commas.")
        case .experimentDifference:
            return language.pick(zh: "实验中“\(target)”的差值（试验组 − 对照组）是多少？", en: "What is the experiment's difference in \(target) (test − control)?")
        default:
            return language.pick(zh: "实验中“\(target)”的差值在 5% 水平上显著吗？", en: "Is the experiment's difference in \(target) significant at 5%?")
        }
    }

    func behaviourHint(_ kind: QuestionKind) -> String {
        switch kind {
        case .proposedOrder:
            return language.pick(
                zh: "固定的时刻留在原位；其余位置先放不愉快的时刻（按原来的次序），最愉快的时刻放在最后，其他愉快的时刻均匀地插在中性时刻之间。",
                en: "Fixed moments stay where they are; the other places take the unpleasant moments first (in their current order), the most pleasant moment last, and the other pleasant ones spread evenly between the neutral ones.")
        case .experimentDifference:
            return language.pick(zh: "差值 = 试验组 − 对照组；比例以百分点计。", en: "difference = test − control; for proportions, in percentage points.")
        default:
            return language.pick(
                zh: "看差值的 95% 区间：不包含 0 即在 5% 水平上显著。",
                en: "Look at the difference's 95% interval: when it does not include 0, the difference is significant at 5%.")
        }
    }

    func proposedOrderWorking(fixed: String, pain: String, last: String) -> String {
        language.pick(
            zh: "固定不动：\(fixed.isEmpty ? "无" : fixed)；先放不愉快的时刻：\(pain.isEmpty ? "无" : pain)；最后放最愉快的时刻：\(last)。",
            en: "fixed in place: \(fixed.isEmpty ? "none" : fixed); unpleasant moments first: \(pain.isEmpty ? "none" : pain); the most pleasant last: \(last).")
    }

    func differenceWorking(test: String, control: String, difference: String, percent: Bool) -> String {
        let unit = percent ? language.pick(zh: "%", en: "%") : ""
        let points = percent ? language.pick(zh: " 个百分点", en: " percentage points") : ""
        return language.pick(zh: "差值 = \(test)\(unit) − \(control)\(unit) = \(difference)\(points)",
                             en: "difference = \(test)\(unit) − \(control)\(unit) = \(difference)\(points)")
    }

    func intervalWorking(_ interval: String, significant: Bool) -> String {
        significant
            ? language.pick(zh: "；95% 区间 \(interval) 不包含 0：显著。", en: "; the 95% interval \(interval) excludes 0: significant.")
            : language.pick(zh: "；95% 区间 \(interval) 包含 0：不显著。", en: "; the 95% interval \(interval) includes 0: not significant.")
    }
}

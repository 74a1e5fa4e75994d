// Report words of the reasoning a consultant wrote down (factor notes, decision rationale, KPI dates)
// and of the method-and-glossary appendix: the seven steps, each formula, the sign conventions, the IPA cut rule.

extension ReportWords {
    public var factorNotesHeading: String { language.pick(zh: "因素说明与备注", en: "About the factors: descriptions and notes") }
    public var rationale: String { language.pick(zh: "理由", en: "Rationale") }
    public var decisionRationaleHeading: String { language.pick(zh: "决定的理由", en: "Why each decision was taken") }

    public var methodHeading: String { language.pick(zh: "附录：方法与术语", en: "Appendix: method and glossary") }

    /// One line per step: what it asks and the formula it derives.
    public var methodSteps: [String] {
        [
            language.pick(zh: "步骤 1：为每个因素评定品牌价值；品牌价值最高的因素（并列者都算）是品牌价值驱动因素。",
                          en: "Step 1: rate each factor's brand value; the factors with the highest brand value (ties included) are the brand-value drivers."),
            language.pick(zh: "步骤 2：满意度 = 体验 − 期望（三角定律）。平均满意度是各因素满意度的平均值；加权满意度指数 = Σ 重要性 × 满意度 ÷ Σ 重要性。",
                          en: "Step 2: satisfaction = experience − expectation (the triangle law). Mean satisfaction is the mean over the factors; weighted satisfaction index = Σ importance × satisfaction ÷ Σ importance."),
            language.pick(zh: "步骤 3：加权满意度 = 重要性 × 满意度；加权满意度为负的因素是关键体验，最负的在前（并列时重要性高者在前，再按因素顺序）。",
                          en: "Step 3: weighted satisfaction = importance × satisfaction; factors with a negative weighted satisfaction are the key experiences, most negative first (ties: higher importance first, then factor order)."),
            language.pick(zh: "步骤 4：差距 = 体验 − 理想（负数为不足）；加权差距 = 重要性 × 差距；最大差距是最负的加权差距。",
                          en: "Step 4: gap = experience − ideal (negative is a shortfall); weighted gap = importance × gap; the largest gap is the most negative weighted gap."),
            language.pick(zh: "步骤 5：需求的优先级 = 其关联因素中 −加权差距 的最大值（没有不足时为 0）。",
                          en: "Step 5: a requirement's priority = the largest −weighted gap over its factors (0 when none falls short)."),
            language.pick(zh: "步骤 6：按策略契合度和人员、流程、技术的能力（就绪、需调整、需建设）决定推行、暂缓或放弃。",
                          en: "Step 6: strategy fit and the capability of people, process and technology (ready, adjust, build) lead to a decision: pursue, defer or drop."),
            language.pick(zh: "步骤 7：偏差 = 实际 − 目标；“越高越好”的 KPI 在实际 ≥ 目标时达成，“越低越好”的在实际 ≤ 目标时达成。然后新周期从步骤 1 重新开始。",
                          en: "Step 7: deviation = actual − target; a higher-is-better KPI is met when actual ≥ target, a lower-is-better one when actual ≤ target. Then a new cycle starts again at step 1."),
        ]
    }

    public var signConventions: String {
        language.pick(
            zh: "正负号：满意度、差距及其加权值为负表示不足（低于期望或理想）。优先级把不足转为正数以便排序：加权差距 −45 成为优先级 45。",
            en: "Signs: a negative satisfaction, gap or weighted figure is a shortfall (below expectation or ideal). A priority turns the shortfall into a positive number to rank by: weighted gap −45 becomes priority 45.")
    }

    public func ipaRule(_ method: String) -> String {
        let name = language.pick(
            zh: ["mean": "平均值", "median": "中位数", "midpoint": "量表中点", "values": "指定值"][method] ?? method, en: method)
        return language.pick(
            zh: "IPA：横轴为体验（表现），纵轴为重要性；分界线取各因素的\(name)，等于分界线的值算作“高”。",
            en: "IPA: experience (performance) across, importance up; the cut lines are the \(name) over the factors, and a value equal to its cut line counts as high.")
    }

    public var roundingRule: String {
        language.pick(zh: "计算所得的数值在比较和显示前先取 9 位小数，以免浮点误差决定排序；文中和表中的数值最多显示 2 位小数。",
                      en: "Derived figures are rounded to 9 decimals before they are compared or shown, so floating-point noise never decides an order; figures in sentences and tables show at most 2 decimals.")
    }
}

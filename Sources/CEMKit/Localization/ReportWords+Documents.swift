// Words of the client documents and charts (Markdown, HTML, CSV, SVG, terminal bars).

extension ReportWords {
    /// Step 2, when scores come from a survey import: the heading and columns of the survey table.
    public var surveyBasis: String {
        language.pick(
            zh: "分数的调查依据（n 位受访者、平均值、95% 置信区间）",
            en: "Survey basis of the scores (n respondents, mean, 95% confidence interval)")
    }
    public var measure: String { language.pick(zh: "指标", en: "Measure") }
    public var mean: String { language.pick(zh: "平均值", en: "Mean") }
    public var confidenceInterval: String { language.pick(zh: "95% 置信区间", en: "95% CI") }
    public var documentTitle: String { language.pick(zh: "客户体验管理报告", en: "Customer experience report") }
    public var executiveSummary: String { language.pick(zh: "摘要", en: "Executive summary") }
    public var date: String { language.pick(zh: "日期", en: "Date") }
    public var charts: String { language.pick(zh: "图表", en: "Charts") }
    public func chartTitle(_ kind: ChartKind) -> String {
        switch kind {
        case .expectation: return language.pick(zh: "体验与期望", en: "Experience beside expectation")
        case .weighted: return language.pick(zh: "加权满意度（重要性 × 满意度）", en: "Weighted satisfaction (importance × satisfaction)")
        case .ipa: return language.pick(zh: "重要性–表现分析（IPA）", en: "Importance–performance analysis (IPA)")
        case .gaps: return language.pick(zh: "实际体验与理想体验的差距", en: "Experience vs ideal: the gaps")
        case .kpis: return language.pick(zh: "KPI：目标与实际", en: "KPIs: target vs actual")
        }
    }
    /// The label beside the key experience in the weighted chart.
    public var keyExperience: String { language.pick(zh: "关键体验", en: "key experience") }
    /// Under a chart: the factors (or KPIs) left out because a figure they need is missing.
    public func leftOut(_ list: String) -> String {
        language.pick(zh: "缺少数据，未绘出：\(list)", en: "Left out, figures missing: \(list)")
    }
    public var nothingToDraw: String {
        language.pick(zh: "尚无可绘制的数据：此图所需的数值还没有填写。", en: "Nothing to draw yet: the figures this chart needs are missing.")
    }
    public func cutLine(_ value: String) -> String { language.pick(zh: "分界 \(value)", en: "cut \(value)") }
    public var metLabel: String { language.pick(zh: "达成", en: "met") }
    public var notMetLabel: String { language.pick(zh: "未达成", en: "not met") }
    /// "(scale 0–10)" after a chart title.
    public func scaleNote(_ scale: String) -> String { language.pick(zh: "（量表 \(scale)）", en: " (scale \(scale))") }
    public var kpiScaleNote: String {
        language.pick(
            zh: "每个 KPI 按各自的刻度从零绘制；色条为实际值，竖线为目标值。",
            en: "Each KPI is drawn on its own scale, from zero; the bar is the actual, the line the target.")
    }
    public func summary(title: String, drivers: String?, keyExperience: String?, largestGap: String?,
                        pursued: String?, kpis: (met: Int, of: Int)?) -> String {
        // Chinese sentences follow each other without a space.
        summaryParts(title: title, drivers: drivers, keyExperience: keyExperience, largestGap: largestGap,
                     pursued: pursued, kpis: kpis).joined(separator: language.pick(zh: "", en: " "))
    }
    /// The five sentences of the summary: drivers, key experience, largest gap, pursued, KPIs.
    public func summaryParts(title: String, drivers: String?, keyExperience: String?, largestGap: String?,
                             pursued: String?, kpis: (met: Int, of: Int)?) -> [String] {
        let who = title.isEmpty ? language.pick(zh: "本企业", en: "the business") : title
        let driversPart: String = drivers.map { language.pick(zh: "客户选择\(who)，主要因为\($0)。", en: "Customers come to \(who) for \($0).") }
            ?? language.pick(zh: "尚未评估品牌价值。", en: "Brand value is not rated yet.")
        let keyPart: String = keyExperience.map { language.pick(zh: "需要改善的关键体验是\($0)。", en: "The key experience to improve is \($0).") }
            ?? language.pick(zh: "没有加权满意度为负的因素，因此没有关键体验。",
                             en: "No factor has a negative weighted satisfaction, so there is no key experience.")
        let gapPart: String = largestGap.map { language.pick(zh: "与理想体验差距最大的是\($0)。", en: "The largest gap to the ideal is \($0).") }
            ?? language.pick(zh: "没有因素低于理想体验。", en: "No factor falls short of its ideal.")
        let pursuedPart: String = pursued.map { language.pick(zh: "推行的需求：\($0)。", en: "Pursued requirements: \($0).") }
            ?? language.pick(zh: "尚未决定推行任何需求。", en: "No requirement is pursued yet.")
        let kpiPart: String = kpis.map { language.pick(zh: "KPI 达成：\($0.met) / \($0.of)。", en: "KPIs met: \($0.met) of \($0.of).") }
            ?? language.pick(zh: "尚未测量任何 KPI。", en: "No KPI has been measured yet.")
        return [driversPart, keyPart, gapPart, pursuedPart, kpiPart]
    }
    public var id: String { language.pick(zh: "编号", en: "ID") }
    public var name: String { language.pick(zh: "名称", en: "Name") }
    public var description: String { language.pick(zh: "描述", en: "Description") }
    public var notes: String { language.pick(zh: "备注", en: "Notes") }
    public var keyExperienceRank: String { language.pick(zh: "关键体验排名", en: "Key experience rank") }
    public var brandValueDriver: String { language.pick(zh: "品牌价值驱动因素", en: "Brand-value driver") }
    public var generatedBy: String { language.pick(zh: "由 cem 根据工作簿的分析生成。", en: "Written by cem from the workbook's analysis.") }
}

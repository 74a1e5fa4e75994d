// Words of the client documents and charts (Markdown, HTML, CSV, SVG, terminal bars), one table per
// language. The step tables and conclusions themselves come from `Strings`.

/// The five charts a report draws.
public enum ChartKind: String, Sendable, CaseIterable, Equatable {
    case expectation, weighted, ipa, gaps, kpis
}

public protocol ReportStrings: Sendable {
    /// Step 2, when scores come from a survey import: the heading and columns of the survey table.
    var surveyBasis: String { get }
    var measure: String { get }
    var mean: String { get }
    var confidenceInterval: String { get }
    var documentTitle: String { get }
    var executiveSummary: String { get }
    var date: String { get }
    var charts: String { get }
    func chartTitle(_ kind: ChartKind) -> String
    /// The label beside the key experience in the weighted chart.
    var keyExperience: String { get }
    /// Under a chart: the factors (or KPIs) left out because a figure they need is missing.
    func leftOut(_ list: String) -> String
    var nothingToDraw: String { get }
    func cutLine(_ value: String) -> String
    var metLabel: String { get }
    var notMetLabel: String { get }
    /// "(scale 0–10)" after a chart title.
    func scaleNote(_ scale: String) -> String
    var kpiScaleNote: String { get }
    /// Under the IPA chart when some labels could not be placed beside their points.
    var numberedLabels: String { get }
    /// The executive summary, from its parts (already formatted); nil parts say what is still missing.
    func summary(title: String, drivers: String?, keyExperience: String?, largestGap: String?,
                 pursued: String?, kpis: (met: Int, of: Int)?) -> String
    // CSV columns that `Strings` does not name.
    var id: String { get }
    var name: String { get }
    var description: String { get }
    var notes: String { get }
    var keyExperienceRank: String { get }
    var brandValueDriver: String { get }
    var generatedBy: String { get }
}

public func reportStrings(_ language: Language) -> any ReportStrings {
    switch language {
    case .zh: return ChineseReportStrings()
    case .en: return EnglishReportStrings()
    }
}

public struct EnglishReportStrings: ReportStrings {
    public var surveyBasis: String { "Survey basis of the scores (n respondents, mean, 95% confidence interval)" }
    public var measure: String { "Measure" }
    public var mean: String { "Mean" }
    public var confidenceInterval: String { "95% CI" }
    public init() {}
    public var documentTitle: String { "Customer experience report" }
    public var executiveSummary: String { "Executive summary" }
    public var date: String { "Date" }
    public var charts: String { "Charts" }
    public func chartTitle(_ kind: ChartKind) -> String {
        switch kind {
        case .expectation: return "Experience beside expectation"
        case .weighted: return "Weighted satisfaction (importance × satisfaction)"
        case .ipa: return "Importance–performance analysis (IPA)"
        case .gaps: return "Experience vs ideal: the gaps"
        case .kpis: return "KPIs: target vs actual"
        }
    }
    public var keyExperience: String { "key experience" }
    public func leftOut(_ list: String) -> String { "Left out, figures missing: \(list)" }
    public var nothingToDraw: String { "Nothing to draw yet: the figures this chart needs are missing." }
    public func cutLine(_ value: String) -> String { "cut \(value)" }
    public var metLabel: String { "met" }
    public var notMetLabel: String { "not met" }
    public func scaleNote(_ scale: String) -> String { " (scale \(scale))" }
    public var kpiScaleNote: String { "Each KPI is drawn on its own scale, from zero; the bar is the actual, the line the target." }
    public var numberedLabels: String { "Numbered points:" }
    public func summary(title: String, drivers: String?, keyExperience: String?, largestGap: String?,
                        pursued: String?, kpis: (met: Int, of: Int)?) -> String {
        var parts: [String] = []
        let who = title.isEmpty ? "the business" : title
        parts.append(drivers.map { "Customers come to \(who) for \($0)." } ?? "Brand value is not rated yet.")
        parts.append(keyExperience.map { "The key experience to improve is \($0)." }
                     ?? "No factor has a negative weighted satisfaction, so there is no key experience.")
        parts.append(largestGap.map { "The largest gap to the ideal is \($0)." } ?? "No factor falls short of its ideal.")
        parts.append(pursued.map { "Pursued requirements: \($0)." } ?? "No requirement is pursued yet.")
        parts.append(kpis.map { "KPIs met: \($0.met) of \($0.of)." } ?? "No KPI has been measured yet.")
        return parts.joined(separator: " ")
    }
    public var id: String { "ID" }
    public var name: String { "Name" }
    public var description: String { "Description" }
    public var notes: String { "Notes" }
    public var keyExperienceRank: String { "Key experience rank" }
    public var brandValueDriver: String { "Brand-value driver" }
    public var generatedBy: String { "Written by cem from the workbook's analysis." }
}

public struct ChineseReportStrings: ReportStrings {
    public var surveyBasis: String { "分数的调查依据（n 位受访者、平均值、95% 置信区间）" }
    public var measure: String { "指标" }
    public var mean: String { "平均值" }
    public var confidenceInterval: String { "95% 置信区间" }
    public init() {}
    public var documentTitle: String { "客户体验管理报告" }
    public var executiveSummary: String { "摘要" }
    public var date: String { "日期" }
    public var charts: String { "图表" }
    public func chartTitle(_ kind: ChartKind) -> String {
        switch kind {
        case .expectation: return "体验与期望"
        case .weighted: return "加权满意度（重要性 × 满意度）"
        case .ipa: return "重要性–表现分析（IPA）"
        case .gaps: return "实际体验与理想体验的差距"
        case .kpis: return "KPI：目标与实际"
        }
    }
    public var keyExperience: String { "关键体验" }
    public func leftOut(_ list: String) -> String { "缺少数据，未绘出：\(list)" }
    public var nothingToDraw: String { "尚无可绘制的数据：此图所需的数值还没有填写。" }
    public func cutLine(_ value: String) -> String { "分界 \(value)" }
    public var metLabel: String { "达成" }
    public var notMetLabel: String { "未达成" }
    public func scaleNote(_ scale: String) -> String { "（量表 \(scale)）" }
    public var kpiScaleNote: String { "每个 KPI 按各自的刻度从零绘制；色条为实际值，竖线为目标值。" }
    public var numberedLabels: String { "编号的点：" }
    public func summary(title: String, drivers: String?, keyExperience: String?, largestGap: String?,
                        pursued: String?, kpis: (met: Int, of: Int)?) -> String {
        var parts: [String] = []
        let who = title.isEmpty ? "本企业" : title
        parts.append(drivers.map { "客户选择\(who)，主要因为\($0)。" } ?? "尚未评估品牌价值。")
        parts.append(keyExperience.map { "需要改善的关键体验是\($0)。" } ?? "没有加权满意度为负的因素，因此没有关键体验。")
        parts.append(largestGap.map { "与理想体验差距最大的是\($0)。" } ?? "没有因素低于理想体验。")
        parts.append(pursued.map { "推行的需求：\($0)。" } ?? "尚未决定推行任何需求。")
        parts.append(kpis.map { "KPI 达成：\($0.met) / \($0.of)。" } ?? "尚未测量任何 KPI。")
        return parts.joined()
    }
    public var id: String { "编号" }
    public var name: String { "名称" }
    public var description: String { "描述" }
    public var notes: String { "备注" }
    public var keyExperienceRank: String { "关键体验排名" }
    public var brandValueDriver: String { "品牌价值驱动因素" }
    public var generatedBy: String { "由 cem 根据工作簿的分析生成。" }
}

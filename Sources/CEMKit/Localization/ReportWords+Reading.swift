// Report words that make figures read right the first time: each figure in prose with its name and
// derivation, what is not measured yet, ties and the margin of error, the IPA's inputs, the colour legend.

extension ReportWords {
    /// `weighted satisfaction −18 = importance 9 × satisfaction −2`.
    public func weightedSatisfactionDerivation(_ weighted: String, importance: String, satisfaction: String) -> String {
        language.pick(zh: "加权满意度 \(weighted) = 重要性 \(importance) × 满意度 \(satisfaction)",
                      en: "weighted satisfaction \(weighted) = importance \(importance) × satisfaction \(satisfaction)")
    }

    /// `brand value 9` beside a brand-value driver.
    public func brandValueFigure(_ value: String) -> String { language.pick(zh: "品牌价值 \(value)", en: "brand value \(value)") }

    /// `weighted gap −45 = importance 9 × gap −5`.
    public func weightedGapDerivation(_ weighted: String, importance: String, gap: String) -> String {
        language.pick(zh: "加权差距 \(weighted) = 重要性 \(importance) × 差距 \(gap)",
                      en: "weighted gap \(weighted) = importance \(importance) × gap \(gap)")
    }

    /// The summary's key-experience sentence when the first two are tied.
    public func keyExperienceTie(_ names: String, figure: String) -> String {
        language.pick(zh: "需要改善的关键体验并列第一：\(names)（\(figure)）。",
                      en: "The key experiences to improve tie for first place: \(names) (\(figure)).")
    }

    /// After the key experience when the runner-up lies inside its 95% interval.
    public func withinMargin(_ runnerUp: String) -> String {
        language.pick(zh: "“\(runnerUp)”在调查的 95% 置信区间之内，两者的排名在误差范围内，不能视为确定的先后。",
                      en: "\(runnerUp) lies within the survey's 95% interval of it: the order of the two is within the margin of error, not a firm ranking.")
    }

    /// The summary when the key experience cannot be found yet.
    public func keyExperienceNotMeasured(missing: Int, of total: Int) -> String {
        language.pick(zh: "关键体验尚未测量：\(total) 个因素中有 \(missing) 个缺少体验、期望或重要性。",
                      en: "The key experience is not measured yet: \(missing) of \(total) factors lack an experience, expectation or importance.")
    }

    /// The summary when the largest gap cannot be found yet.
    public func gapNotMeasured(missing: Int, of total: Int) -> String {
        language.pick(zh: "与理想体验的差距尚未测量：\(total) 个因素中有 \(missing) 个缺少体验、理想体验或重要性。",
                      en: "Gaps to the ideal are not measured yet: \(missing) of \(total) factors lack an experience, ideal or importance.")
    }

    /// The summary of a workbook without factors.
    public var nothingMeasured: String {
        language.pick(zh: "工作簿还没有任何因素，因此尚未测量任何体验。",
                      en: "The workbook has no factors yet, so no experience has been measured.")
    }

    /// The summary of a partly scored workbook: the figures cover only the scored factors.
    public func partlyScored(missing: Int, of total: Int) -> String {
        language.pick(zh: "注意：\(total) 个因素中有 \(missing) 个分数不全，以下结论只涵盖已评分的因素。",
                      en: "Note: \(missing) of \(total) factors are not fully scored; the conclusions below cover only the scored factors.")
    }

    /// Step 3: how the quadrant and the key-experience ranking differ, and which inputs the table's quadrant uses.
    public func quadrantExplained(keepUp: String) -> String {
        language.pick(
            zh: "象限按体验（表现）× 重要性划分，与期望无关；关键体验按加权满意度（重要性 × 满意度）排序。因此一个体验高于分界线的因素可以在“\(keepUp)”象限，同时因为体验低于期望而成为关键体验。",
            en: "The quadrant places experience (performance) against importance and ignores expectation; the key experiences rank weighted satisfaction (importance × satisfaction). So a factor whose experience is above the cut line can sit in “\(keepUp)” and still be a key experience, because its experience falls short of what customers expect.")
    }

    /// Under the colours of the HTML report.
    public var colourLegend: String {
        language.pick(zh: "颜色表示好坏而非正负：绿色为较好或已达标，红色为较差或未达标（包括“越低越好”的 KPI）；↑ 表示上升，↓ 表示下降。",
                      en: "Colour means good or bad, never the sign: green is better or on target, red is worse or short of it (lower-is-better KPIs included); ↑ and ↓ show the direction of a change.")
    }

    /// Beside a lower-is-better KPI in the KPI chart.
    public var lowerIsBetter: String { language.pick(zh: "越低越好", en: "lower is better") }
}

/// A KPI figure with thousands separators: `12,500`, `−1,234.5`; `—` when missing.
public func displayGrouped(_ value: Double?) -> String {
    let text = displayNumber(value)
    guard let value, abs(value) >= 1000, !text.contains("e") else { return text }
    let negative = text.hasPrefix("−")
    let body = negative ? String(text.dropFirst()) : text
    let parts = body.split(separator: ".", maxSplits: 1)
    let digits = Array(parts[0])
    var grouped = ""
    for (i, d) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { grouped.append(",") }
        grouped.append(d)
    }
    return (negative ? "−" : "") + grouped + (parts.count > 1 ? "." + parts[1] : "")
}

// The words of respondent weights (`--weight COLUMN`).

extension SurveyWords {
    /// A respondent's weight cannot be used (after `file:line:column (name): `).
    public func badWeight(_ text: String) -> String {
        let shown = text.trimmingWhitespace.isEmpty
        return language.pick(
            zh: (shown ? "权重为空" : "权重“\(text)”不是不小于 0 的数")
                + "；请填上该受访者的权重，或用 --on-error skip 略过没有可用权重的受访者（会计数）",
            en: (shown ? "the weight is blank" : "the weight '\(text)' is not a number of 0 or more")
                + "; fill in this respondent's weight, or use --on-error skip to leave out respondents without a usable weight (they are counted)")
    }

    public func weightIsScore(_ column: String) -> String {
        language.pick(zh: "--weight 指定的列“\(column)”是评分列；请指定权重所在的列",
                      en: "--weight names column '\(column)', which is a score column; name the column that holds the weights")
    }

    /// Under the first line of a weighted import or segments.
    public func weightedBy(_ column: String) -> String {
        language.pick(
            zh: "按列“\(column)”加权：加权平均值、可靠性权重的标准差，置信区间使用 Kish 有效样本量（括号内）",
            en: "weighted by column '\(column)': weighted means, sd with reliability weights, intervals on Kish's effective n (in brackets)")
    }

    public func weightSkipped(_ count: Int, column: String) -> String {
        language.pick(zh: "略过了 \(count) 位列“\(column)”中没有可用权重的受访者",
                      en: "left out \(count) respondent\(count == 1 ? "" : "s") without a usable weight in column '\(column)'")
    }

    /// `--weight` with `--missing pairwise`.
    public var weightNotPairwise: String {
        language.pick(zh: "--weight 不能与 --missing pairwise 同用：加权的相关系数按逐列删除（listwise）计算；请去掉其中一个",
                      en: "--weight cannot be used with --missing pairwise: weighted correlations are listwise; leave out one of them")
    }
}

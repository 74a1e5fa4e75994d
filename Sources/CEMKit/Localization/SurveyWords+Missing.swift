// The words of how many respondents derived importance used: listwise, or pairwise with its caveat.

extension SurveyWords {
    /// The heading of derived importance with `--missing pairwise`.
    public func driversHeadingPairwise(low: Int, high: Int, rSquared: String) -> String {
        let n = low == high ? "\(low)" : "\(low)–\(high)"
        return language.pick(
            zh: "推导的重要性（整体满意度的关键驱动因素，逐对计算相关系数）：每对 n = \(n)，R² = \(rSquared)",
            en: "Derived importance (key drivers of overall satisfaction, pairwise correlations): n = \(n) per pair, R² = \(rSquared)")
    }

    /// How many respondents each method used, when listwise deletion left some out.
    public func methods(listwise: Int, respondents: Int, pairwise: Bool) -> String {
        pairwise
            ? language.pick(
                zh: "逐对：每个相关系数使用同时回答了这两项的受访者；逐列删除（listwise）只会使用 \(respondents) 位中的 \(listwise) 位。"
                    + "各相关系数来自不同的受访者，可能互相矛盾（见 README）",
                en: "pairwise: each correlation uses the respondents who answered both; listwise would use only \(listwise) of "
                    + "\(respondents). The correlations rest on different respondents and may not agree with one another (see README)")
            : language.pick(
                zh: "逐列删除（listwise）：只使用回答了所有因素体验和整体满意度的受访者，\(respondents) 位中的 \(listwise) 位；"
                    + "--missing pairwise 让每个相关系数使用同时回答了这两项的受访者",
                en: "listwise: only the \(listwise) of \(respondents) respondents who answered every factor's experience and overall; "
                    + "--missing pairwise lets each correlation use the respondents who answered both")
    }
}

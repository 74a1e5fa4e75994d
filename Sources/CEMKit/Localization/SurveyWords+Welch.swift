// The words of each segment tested against the rest (Welch's t).

extension SurveyWords {
    /// The column of a segment's experience against the rest.
    public var versusRest: String { language.pick(zh: "体验比其余", en: "vs rest") }

    /// Under the segment tables.
    public var versusRestNote: String {
        language.pick(
            zh: "体验比其余：该组体验平均值 − 其余受访者的平均值 ± 95% 置信区间的半宽（Welch t 检验），* 表示在 5% 水平上显著；t、自由度和 p 值见 --format json",
            en: "vs rest: the segment's mean experience − the other respondents' ± half the 95% interval (Welch's t test); * significant at 5%; t, df and p with --format json")
    }
}

extension SurveyWords {
    /// `--top-box K`: the column.
    public func topBox(_ k: Int) -> String { language.pick(zh: "前 \(k) 格", en: "Top-\(k)") }

    /// Under the tables: which points the top box is.
    public func topBoxNote(_ k: Int, scale: Scale) -> String {
        let low = surveyNumber(scale.max - Double(k - 1)), high = surveyNumber(scale.max)
        return language.pick(zh: "前 \(k) 格：体验答案在 \(displayScale(scale)) 量表最高 \(k) 格（\(low) 到 \(high)）的比例",
                             en: "Top-\(k): the share of experience answers in the top \(k) points of the \(displayScale(scale)) scale (\(low) to \(high))")
    }

    /// `--top-box` without a scale to count on.
    public var topBoxNeedsScale: String {
        language.pick(zh: "--top-box 需要量表：请加 --into 工作簿，或在列映射中写明 scale",
                      en: "--top-box needs the survey's scale: add --into FILE, or give the scale in a column map")
    }

    /// `--top-box K` with K not below the scale's points.
    public func topBoxTooWide(_ k: Int, scale: Scale) -> String {
        language.pick(zh: "--top-box \(k) 覆盖了 \(displayScale(scale)) 量表的所有格；请用更小的数",
                      en: "--top-box \(k) covers every point of the \(displayScale(scale)) scale; use a smaller number")
    }
}

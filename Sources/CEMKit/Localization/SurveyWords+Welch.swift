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

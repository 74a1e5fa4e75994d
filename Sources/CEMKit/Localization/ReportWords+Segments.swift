// The words of the report's segment tables: each segment's experience against the rest (Welch's t).

extension ReportWords {
    /// Under the segment tables: what "vs rest" is, and where its t, df and p are.
    public func segmentsVersusRestNote(file: String, by column: String) -> String {
        language.pick(
            zh: "体验比其余：该组体验平均值 − 其余受访者的平均值 ± 95% 置信区间的半宽（Welch t 检验），* 表示在 5% 水平上显著（与 cem segments 相同）；t、自由度和 p 值见 cem segments \(file) --by \(column) --format json。",
            en: "vs rest: the segment's mean experience − the other respondents' ± half the 95% interval (Welch's t test); * significant at 5% (as cem segments shows it); t, df and p: cem segments \(file) --by \(column) --format json.")
    }
}

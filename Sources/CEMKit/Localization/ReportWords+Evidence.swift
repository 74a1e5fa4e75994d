// Report words of the survey evidence: stated importance beside the importance in use.

extension ReportWords {
    /// Before the table, naming the factors whose importance is not their stated survey mean.
    public func importanceNotStated(_ list: String) -> String {
        language.pick(
            zh: "以下因素使用的重要性不是调查中直接表述的平均值：\(list)。`cem import --importance derived` 会以关键驱动因素分析得出的权重代替表述的平均值（也可能是手工修改）。",
            en: "The importance in use is not the stated survey mean for \(list). `cem import --importance derived` writes key-driver weights in place of the stated means (or the scores were edited by hand).")
    }
    /// After the table: where the weights, R² and warnings are.
    public func derivedDetailsNotStored(_ command: String) -> String {
        language.pick(
            zh: "相对权重、R² 和警告不保存在工作簿中；用 `\(command)` 可以再次查看。",
            en: "The relative weights, R² and warnings are not stored in the workbook; `\(command)` shows them again.")
    }
    public var statedImportance: String { language.pick(zh: "表述的重要性（调查平均值）", en: "Stated importance (survey mean)") }
    public var importanceInUse: String { language.pick(zh: "使用的重要性", en: "Importance in use") }
    public var inUseMinusStated: String { language.pick(zh: "差值", en: "Difference") }
}

extension ReportWords {
    /// The title of the part `cem report --survey` adds.
    public func surveyEvidenceHeading(_ file: String) -> String {
        language.pick(zh: "调查依据：推导的重要性（\(file)）", en: "Survey evidence: derived importance (\(file))")
    }
    /// `--survey` with a file that has no `overall` column (or no experience column).
    public var noDriversInSurvey: String {
        language.pick(zh: "该调查文件没有 overall（整体满意度）列或体验列，无法推导重要性。",
                      en: "The survey has no overall column (or no experience column), so no importance can be derived.")
    }
    public var shareOfRSquared: String { language.pick(zh: "占 R² 比例", en: "Share of R²") }
}

extension ReportWords {
    /// The title of the part `cem report --segments SURVEY.csv --by COLUMN` adds.
    public func segmentsHeading(_ column: String, file: String) -> String {
        language.pick(zh: "调查依据：按“\(column)”分组（\(file)）", en: "Survey evidence: segments by “\(column)” (\(file))")
    }
    /// Under the segment tables.
    public var segmentsNote: String {
        language.pick(zh: "满意度 = 体验平均值 − 期望平均值（由分析引擎计算）；n 为回答该项的受访者人数。",
                      en: "Satisfaction = mean experience − mean expectation (computed by the engine); n is the number of respondents who answered.")
    }
}

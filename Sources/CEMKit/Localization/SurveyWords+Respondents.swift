// The words of rows that are not respondents, imports that import nothing, and derived importance's limits.

extension SurveyWords {
    /// Every row was blank or had only cells left out by `--on-error skip`.
    public func noUsableRows(_ rows: Int, skippedCells: Int) -> String {
        language.pick(
            zh: "\(rows) 行中没有一行有可用的分数（\(skippedCells) 个单元格因不是数字或超出量表而被略过）；"
                + "请检查评分列是否为数字、分隔符是否正确（--delimiter），以及是否有多余的标题行；工作簿没有改动",
            en: "none of the \(rows) row\(rows == 1 ? "" : "s") has a usable score (\(skippedCells) cell\(skippedCells == 1 ? " was" : "s were") "
                + "skipped as not a number or outside the scale); check that the score columns hold numbers, the delimiter "
                + "(--delimiter) and extra header rows; the workbook was not changed")
    }

    /// Rows that were not counted as respondents.
    public func unusableRows(_ rows: Int) -> String {
        language.pick(
            zh: "略过了 \(rows) 行没有任何可用分数的行（空行，或只有被略过的单元格）；它们不计为受访者",
            en: "left out \(rows) row\(rows == 1 ? "" : "s") with no usable score (blank, or only skipped cells); "
                + "\(rows == 1 ? "it is" : "they are") not counted as respondents")
    }

    public var nothingImported: String {
        language.pick(
            zh: "受访者没有回答任何因素的评分列（只有 overall 或其他列），没有可导入的分数；工作簿没有改动",
            en: "the respondents answered no factor's score column (only overall or other columns): there is nothing to import; "
                + "the workbook was not changed")
    }

    /// Why `--importance derived` could not give any factor a weight.
    public func cannotDerive(_ reason: DriverRefusal) -> String {
        let prefix = "--importance derived: "
        switch reason {
        case .tooFew(let n, let minimum, let factors, let empty):
            let columns = empty.map { language.pick(zh: "“\($0)”", en: "'\($0)'") }
                .joined(separator: language.pick(zh: "、", en: ", "))
            let per = KeyDrivers.respondentsPerDriver
            let zhEmpty: String = empty.isEmpty ? "" : "；\(columns) 没有任何回答"
            let enEmpty: String = empty.isEmpty ? "" : "; \(columns) \(empty.count == 1 ? "has" : "have") no answer at all"
            let zh: String = "只有 \(n) 位受访者回答了所有因素的体验和整体满意度，模型中有 \(factors) 个因素，至少需要 \(minimum) 位"
                + "（每个因素 \(per) 位；受访者不多于因素数 + 1 时 R² 总是 1，权重没有意义）" + zhEmpty
                + "；请收集更多回答，或改用 --importance stated；工作簿没有改动"
            let respondents: String = n == 1 ? "respondent" : "respondents"
            let factorWord: String = factors == 1 ? "factor" : "factors"
            let en: String = "only \(n) \(respondents) answered every factor's experience and overall; with \(factors) \(factorWord) "
                + "in the model at least \(minimum) are needed (\(per) per factor: with no more respondents than factors + 1 "
                + "the fit is exact, R² = 1, whatever the answers)" + enEmpty
                + "; collect more answers, or use --importance stated; the workbook was not changed"
            return prefix + language.pick(zh: zh, en: en)
        case .constantOverall:
            return prefix + language.pick(
                zh: "每位受访者的整体满意度都相同，没有可解释的差异；请检查 overall 列，或改用 --importance stated；工作簿没有改动",
                en: "every respondent gave overall satisfaction the same answer, so there is nothing to explain; check the overall "
                    + "column, or use --importance stated; the workbook was not changed")
        case .noVariation:
            return prefix + language.pick(
                zh: "没有一个因素的体验有变化（每位受访者的回答都相同）；请检查体验列，或改用 --importance stated；工作簿没有改动",
                en: "no factor's experience varies (every respondent gave the same answer); check the experience columns, "
                    + "or use --importance stated; the workbook was not changed")
        }
    }

    /// A factor left out of the model, named with its culprit.
    public func droppedDriver(_ dropped: DroppedDriver, derived: Bool, name: (String) -> String) -> String {
        let kept = derived ? language.pick(zh: "其重要性保持不变", en: "its importance was left as it was") : ""
        switch dropped {
        case .constant(let factor):
            return language.pick(
                zh: "注意：\(name(factor)) 的体验没有变化（每位受访者的回答都相同），已从推导重要性的模型中去掉" + (derived ? "；" + kept : ""),
                en: "warning: the experience of \(name(factor)) does not vary (every respondent gave the same answer); "
                    + "it was left out of the model of derived importance" + (derived ? "; " + kept : ""))
        case .collinear(let factor, let with):
            let others = with.map(name).joined(separator: language.pick(zh: "、", en: ", "))
            return language.pick(
                zh: "注意：\(name(factor)) 的体验与 \(others) 完全共线（可由其线性表示），已从推导重要性的模型中去掉；它的作用计入 \(others)"
                    + (derived ? "；" + kept : ""),
                en: "warning: the experience of \(name(factor)) is exactly collinear with \(others) (a linear combination of "
                    + "\(with.count == 1 ? "it" : "them")); it was left out of the model of derived importance and its part is carried by \(others)"
                    + (derived ? "; " + kept : ""))
        }
    }

    public var constantOverallWarning: String {
        language.pick(
            zh: "注意：每位受访者的整体满意度都相同，无法推导关键驱动因素",
            en: "warning: every respondent gave overall satisfaction the same answer; no key driver can be derived")
    }

    public func fewForDrivers(n: Int, minimum: Int, factors: Int) -> String {
        language.pick(
            zh: "注意：推导的重要性只基于 \(n) 位受访者，模型中有 \(factors) 个因素，至少需要 \(minimum) 位（每个因素 \(KeyDrivers.respondentsPerDriver) 位）；"
                + "受访者不多于因素数 + 1 时 R² 总是 1；--importance derived 会拒绝使用这些权重",
            en: "warning: derived importance rests on only \(n) respondent\(n == 1 ? "" : "s") for \(factors) factor\(factors == 1 ? "" : "s") "
                + "in the model; at least \(minimum) are needed (\(KeyDrivers.respondentsPerDriver) per factor): with no more respondents "
                + "than factors + 1, R² is 1 whatever the answers; --importance derived refuses these weights")
    }

    public func belowImportanceScale(_ factor: String, proportional: Double, minimum: Double) -> String {
        language.pick(
            zh: "注意：\(factor) 按比例换算的重要性为 \(surveyNumber(proportional))，低于重要性量表的最低分 \(surveyNumber(minimum))，"
                + "因此记为 \(surveyNumber(minimum))；它的权重见上表",
            en: "warning: in proportion, the importance of \(factor) is \(surveyNumber(proportional)), below the importance scale's "
                + "minimum \(surveyNumber(minimum)), so it is set to \(surveyNumber(minimum)); its weight is in the table above")
    }
}

// The words of what the survey side refuses to stay bounded and finite, and of its progress lines.

extension SurveyWords {
    /// Why a survey file was refused, and how to fix it.
    public func refusal(_ refusal: SurveyRefusal) -> String {
        switch refusal {
        case .tooManyColumns(let limit):
            return language.pick(
                zh: "第 1 行：标题行超过 \(limit) 列；请只导出需要的列（评分列、overall 和用于 --where 或 --by 的列），或检查分隔符（--delimiter）",
                en: "line 1: the header has more than \(limit) columns; export only the columns needed (score columns, overall and those for --where or --by), or check the delimiter (--delimiter)")
        case .headerTooLong(let limit):
            return language.pick(
                zh: "第 1 行：标题行的列名合计超过 \(limit / 1_048_576) MiB；请缩短列名，或检查是否有未结束的引号",
                en: "line 1: the header's column names together are longer than \(limit / 1_048_576) MiB; shorten the names, or check for a quote that is never closed")
        case .notFinite(let column):
            return language.pick(
                zh: "列“\(column)”的统计值超出了可以保存的数字范围；请检查工作簿的量表和该列的单元格（工作簿没有改动）",
                en: "the statistics of column '\(column)' are beyond the numbers a workbook can hold; check the workbook's scale and the cells of that column (the workbook was not changed)")
        }
    }

    /// The progress line of derived importance on a terminal: what is being computed, for how many factors.
    public func driversProgress(factors: Int, step: Int, of steps: Int) -> String {
        language.pick(zh: "推算重要性：\(factors) 个因素，第 \(step)/\(steps) 步……",
                      en: "deriving importance: \(factors) factors, step \(step) of \(steps)…")
    }
}

// The words of an export's shape as detected: header rows beyond the first.

extension SurveyWords {
    public func extraHeaderRows(_ count: Int) -> String {
        language.pick(
            zh: "标题行下的 \(count) 行文字（题目文字、导入编号，如 Qualtrics、SurveyMonkey 的导出）视为标题行，不是数据",
            en: "the \(count) row\(count == 1 ? "" : "s") of text under the header (question text, import ids, as Qualtrics and "
                + "SurveyMonkey export) \(count == 1 ? "is" : "are") read as header rows, not data")
    }
}

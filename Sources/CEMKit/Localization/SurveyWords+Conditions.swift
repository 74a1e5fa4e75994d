// The words of several `--where` conditions, which all apply.

extension SurveyWords {
    public func filteredAll(_ conditions: [String]) -> String {
        language.pick(zh: "只计 " + conditions.joined(separator: "、") + " 同时成立的受访者",
                      en: "only respondents with " + conditions.joined(separator: " and "))
    }

    public func noMatchAll(_ conditions: [String]) -> String {
        language.pick(
            zh: "没有受访者同时满足 " + conditions.joined(separator: "、") + "（所有 --where 条件都要成立）；请检查这些值（须与单元格完全一致）",
            en: "no respondent meets every condition: " + conditions.joined(separator: " and ")
                + " (all --where conditions apply); check the values (each must match its cell exactly)")
    }
}

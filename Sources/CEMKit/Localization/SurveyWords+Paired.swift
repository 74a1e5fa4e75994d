// The words of paired satisfaction: experience − expectation per respondent who answered both.

extension SurveyWords {
    /// The measure column of the report's survey basis.
    public var pairedSatisfaction: String { language.pick(zh: "满意度（配对）", en: "Satisfaction (paired)") }

    /// The heading of the import's paired-satisfaction table.
    public var pairedNote: String {
        language.pick(
            zh: "满意度（配对）：同时回答了体验和期望的受访者各自的“体验 − 期望”（写入工作簿的 survey.satisfaction）",
            en: "Satisfaction (paired): experience − expectation of each respondent who answered both (written to survey.satisfaction)")
    }
}

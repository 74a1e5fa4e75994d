// Words of the basis of scores in reports: workshop poll, survey or judgement, and disagreement.

extension ReportWords {
    public func basisPoll(_ n: Int) -> String { language.pick(zh: "投票（\(n)）", en: "poll (\(n))") }
    public func basisSurvey(_ n: Int) -> String { language.pick(zh: "调查（\(n)）", en: "survey (\(n))") }
    public var basisJudgement: String { language.pick(zh: "判断", en: "judgement") }
    public var scoreBasisIntro: String {
        language.pick(zh: "各分数的依据：研讨会投票（人数）、问卷调查（样本数）或一个人的判断。",
                      en: "Basis of each score: a workshop poll (participants), a survey (respondents), or one person's judgement.")
    }
    /// The legend of a marked score: `!` after it in the table above.
    public func pollDisagreement(_ factor: String, _ field: String, sd: String, range: String, threshold: String) -> String {
        language.pick(zh: "! \(factor) · \(field)：与会者意见分歧（标准差 \(sd) 大于 \(threshold)，\(range)），继续之前先讨论。",
                      en: "! \(factor) · \(field): participants disagree (sd \(sd) above \(threshold), \(range)); discuss before moving on.")
    }
}

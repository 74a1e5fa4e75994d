// Report words of the one-page summary for a deck (`cem report --format slide`).

extension ReportWords {
    public var slideKicker: String { language.pick(zh: "客户体验管理 · 一页摘要", en: "Customer experience · one-page summary") }
    public var slideKeyExperience: String { language.pick(zh: "关键体验", en: "Key experience") }
    public var slideNoKeyExperience: String { language.pick(zh: "没有关键体验", en: "No key experience") }
    /// Under "no key experience": why.
    public var slideNoKeyExperienceReason: String {
        language.pick(zh: "没有加权满意度为负的因素（或分数尚未填写）。",
                      en: "No factor has a negative weighted satisfaction (or the scores are not in yet).")
    }
    public var slideIndex: String { language.pick(zh: "加权满意度指数", en: "Weighted satisfaction index") }
    public func slideMean(_ value: String) -> String { language.pick(zh: "平均满意度 \(value)", en: "mean satisfaction \(value)") }
    public var slidePursued: String { language.pick(zh: "推行的需求", en: "Requirements pursued") }
    public func slideOfRequirements(_ total: Int) -> String {
        language.pick(zh: "共 \(total) 项需求", en: "of \(total) requirements")
    }
    public var slideTopActions: String { language.pick(zh: "优先行动", en: "Top actions") }
    public var slideNoActions: String { language.pick(zh: "尚未决定推行任何需求。", en: "No requirement is pursued yet.") }
    /// `priority 45 · due 2025-09-30 · owner Ann`: the date before the owner, so a long name is what gets shortened.
    public func slideActionDetail(priority: String, owner: String?, due: String?) -> String {
        var parts = [language.pick(zh: "优先级 \(priority)", en: "priority \(priority)")]
        if let due { parts.append(language.pick(zh: "截止 \(due)", en: "due \(due)")) }
        if let owner { parts.append(language.pick(zh: "负责人 \(owner)", en: "owner \(owner)")) }
        return parts.joined(separator: " · ")
    }
}

// Words of the short diff summary (what a what-if changes) and of a workshop poll in `cem diff`.

extension TeamWords {
    public func pollChanged(_ label: String) -> String {
        language.pick(zh: "\(label)：研讨投票依据已改变", en: "\(label): workshop poll changed")
    }
    /// "Convenience weighted satisfaction −18 → 0, gap −5 → 0".
    public func summaryFactor(_ name: String, _ parts: [String]) -> String {
        language.pick(zh: name + " " + parts.joined(separator: "、"), en: name + " " + parts.joined(separator: ", "))
    }
    public func keyExperienceNow(_ name: String) -> String {
        language.pick(zh: "关键体验现为\(name)", en: "key experience now \(name)")
    }
    public var noKeyExperienceNow: String {
        language.pick(zh: "现已没有关键体验", en: "no key experience now")
    }
    public func keyExperiencesNow(_ names: [String]) -> String {
        language.pick(zh: "关键体验现为" + names.joined(separator: "、"), en: "key experiences now " + names.joined(separator: ", "))
    }
    public func largestGapNow(_ name: String) -> String {
        language.pick(zh: "最大差距现为\(name)", en: "largest gap now \(name)")
    }
    public var noLargestGapNow: String {
        language.pick(zh: "现已没有差距", en: "no gap now")
    }
    public func priorityMoved(_ requirement: String, _ move: String) -> String {
        language.pick(zh: "\(requirement) 优先级 \(move)", en: "\(requirement) priority \(move)")
    }
    /// The items of a summary on one line.
    public func summaryLine(_ items: [String]) -> String {
        items.joined(separator: language.pick(zh: "；", en: "; "))
    }
}

// Words of interactions, moments and experiments in `cem diff` and the merge.

extension TeamWords {
    func behaviourSectionTitle(_ section: DiffSection) -> String {
        switch section {
        case .encounters: return language.pick(zh: "互动", en: "Interactions")
        case .moments: return language.pick(zh: "互动的时刻", en: "Moments of interactions")
        default: return language.pick(zh: "实验", en: "Experiments")
        }
    }

    func behaviourItemKind(_ section: DiffSection) -> String {
        switch section {
        case .encounters: return language.pick(zh: "互动", en: "interaction")
        case .moments: return language.pick(zh: "时刻", en: "moment")
        default: return language.pick(zh: "实验", en: "experiment")
        }
    }

    /// The names of the fields of interactions, moments and experiments as a diff names them.
    static let behaviourFieldNames: [String: Localized] = [
        "name": Localized(zh: "名称", en: "name"),
        "requirements": Localized(zh: "相关需求", en: "requirements"),
        "repeats": Localized(zh: "重复", en: "repeats"),
        "everyDays": Localized(zh: "间隔天数", en: "every (days)"),
        "samePerson": Localized(zh: "同一人员", en: "same person"),
        "feeling": Localized(zh: "感受", en: "feeling"),
        "minutes": Localized(zh: "分钟", en: "minutes"),
        "choice": Localized(zh: "提供选择", en: "choice"),
        "fixed": Localized(zh: "位置固定", en: "fixed"),
        "requirement": Localized(zh: "检验的需求", en: "requirement tested"),
        "encounter": Localized(zh: "检验的互动", en: "interaction tested"),
        "test": Localized(zh: "试验组", en: "test group"),
        "control": Localized(zh: "对照组", en: "control group"),
        "position": Localized(zh: "位置", en: "position"),
    ]
}

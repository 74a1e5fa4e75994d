// What people type, in either language: yes and no, the words of a closed choice, and list separators.
// One table each, read by the session and the trainer alike; the punctuation itself is made uniform by
// `Input.normalize`.

extension InputWords {
    /// The answer yes, in both languages (compared after `Input.normalize`, case-insensitively).
    public static let yesWords = ["y", "yes", "是", "是的", "对", "好", "确定", "确认"]
    /// The answer no, in both languages.
    public static let noWords = ["n", "no", "否", "不", "不是", "取消"]

    /// Yes and no to "was the KPI met?", beside the yes and no words.
    public static let metWords = ["达成", "met"]
    public static let notMetWords = ["未达成", "not met"]
    /// Ending a session or an exercise.
    public static let quitWords = ["quit", "exit", "退出"]

    /// `true` for a yes word, `false` for a no word, nil for anything else.
    public static func yesNo(_ text: String) -> Bool? {
        let word = Input.normalize(text).lowercased()
        if yesWords.contains(word) { return true }
        if noWords.contains(word) { return false }
        return nil
    }

    /// Whether `text` is a yes word.
    public static func isYes(_ text: String) -> Bool { yesNo(text) == true }

    /// Between the items of a typed list (after `Input.normalize`, so `，` and `；` arrive as `,` and `;`).
    public static let listSeparators: Set<Character> = [",", "、", ";"]

    /// Every word that names a choice: its label in each language (its value is matched beside these).
    public static func labels(_ c: Capability) -> [String] { Language.allCases.map { ReportWords($0).capability(c) } }
    public static func labels(_ d: Decision) -> [String] { Language.allCases.map { ReportWords($0).decision(d) } }
    public static func labels(_ b: Better) -> [String] { Language.allCases.map { ReportWords($0).better(b) } }
    public static func labels(_ q: Quadrant) -> [String] { Language.allCases.map { ReportWords($0).quadrantName(q) } }
    public static func labels(_ field: ScoreField) -> [String] { Language.allCases.map { ReportWords($0).scoreName(field) } }

    /// The yes word shown as the name of the choice, and the no word.
    public var yes: String { language.pick(zh: "是", en: "yes") }
    public var no: String { language.pick(zh: "否", en: "no") }
}

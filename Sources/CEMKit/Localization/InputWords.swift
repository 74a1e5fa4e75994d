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
    /// Ending a session or an exercise; skipping a question.
    public static let quitWords = ["quit", "exit", "退出"]
    public static let skipWords = ["skip", "跳过"]

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

// The words of the session's commands and choices, in both languages (compared after `Input.normalize`,
// lowercased). The commands themselves and their aliases are the session's command table.
extension InputWords {
    /// `set title …`, `set brand …`, and the fields of a factor other than its scores.
    public static let titleWords = ["title", "标题"]
    public static let brandWords = ["brand", "statement", "品牌", "品牌主张"]
    public static let nameWords = ["name", "名称", "名字"]
    public static let descriptionWords = ["description", "描述", "说明"]
    public static let notesWords = ["notes", "note", "备注", "笔记"]

    /// The verbs of `factor`, `req` and `kpi`.
    public static let addWords = ["add", "添加", "新增"]
    public static let editWords = ["edit", "修改", "编辑"]
    public static let removeWords = ["remove", "rm", "delete", "删除"]
    public static let renameWords = ["rename", "改名", "重命名"]
    public static let moveWords = ["move", "移动"]

    /// `save as FILE`, `cycle close [DATE] [--force]`.
    public static let asWords = ["as", "为"]
    public static let closeWords = ["close", "结束"]
    public static let forceWords = ["--force", "强制"]

    /// The choices when the file changed on disk under the session.
    public static let reloadWords = ["reload", "重新读取", "重读", "1"]
    public static let overwriteWords = ["overwrite", "覆盖", "2"]
    public static let saveAsWords = ["save", "另存为", "3"]

    /// The offer of a bare `cem`: a new file, an existing one, the demo, or leave.
    public static let newWords = ["1", "new", "新建"]
    public static let openWords = ["2", "open", "打开"]
    public static let demoWords = ["3", "demo", "演示"]
    public static let leaveOfferWords = ["q", "quit", "退出"]
}

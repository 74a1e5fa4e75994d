// Words of the guided session.

/// The SessionWords of a language.
public func sessionStrings(_ language: Language) -> SessionWords { SessionWords(language) }

extension SessionWords {
    public func newFile(_ path: String) -> String {
        language.pick(
            zh: "\(path) 还不存在：将在此用零售模板（六个因素）新建工作簿。",
            en: "\(path) does not exist yet: a new workbook from the retail template (six factors) will be created there.")
    }
    public var titlePrompt: String {
        language.pick(
            zh: "工作簿标题（客户、地点；直接按 Enter 使用文件名）：",
            en: "Title of the workbook (the client, the place; Enter for the file name): ")
    }
    public var titleRequired: String {
        language.pick(
            zh: "标题不能为空；请输入标题，或直接按 Enter 使用文件名。",
            en: "The title cannot be empty; type one, or press Enter for the file name.")
    }
    public func created(_ path: String, title: String) -> String {
        language.pick(
            zh: "已新建 \(path)（“\(title)”）。每个回答都会立即保存。",
            en: "Created \(path) (“\(title)”). Every answer is saved as you go.")
    }
    public func welcome(title: String, path: String?, factors: Int) -> String {
        language.pick(
            zh: (title.isEmpty ? "（无标题）" : title) + " · \(factors) 个因素" + (path.map { " · \($0)" } ?? ""),
            en: (title.isEmpty ? "(untitled)" : title) + " · \(factors) factors" + (path.map { " · \($0)" } ?? ""))
    }
    public var commandsHint: String {
        language.pick(
            zh: "按 Enter 保留方括号中的值，输入 - 清除；输入 help（帮助）查看命令。",
            en: "Enter keeps the value in [brackets], - clears it; type help for the commands.")
    }
    public var demoReadOnly: String {
        language.pick(
            zh: "这是书中的案例（美苏电器），只读：可随意尝试修改；用 `save as FILE`（另存为）保留。",
            en: "This is the worked example (Meisu Electronics). It is read-only: try changes freely; `save as FILE` keeps them.")
    }
    public var demoChangeNotice: String {
        language.pick(
            zh: "（演示：此改动只保存在内存中；用 `save as FILE` 写入文件）",
            en: "(demo: this change is kept in memory only; `save as FILE` writes it to a file)")
    }
    public var demoNotSaved: String { language.pick(zh: "对演示案例的改动没有保存。", en: "The changes to the demo were not saved.") }
    public var demoSaveNeedsFile: String {
        language.pick(
            zh: "演示案例是只读的；请用 `save as FILE`（另存为）写入新文件。",
            en: "The demo is read-only; use `save as FILE` to write it to a new file.")
    }
    public func resuming(_ step: Int) -> String {
        language.pick(
            zh: "步骤 \(step) 之前的步骤已完成；从步骤 \(step) 继续。",
            en: "Steps before \(step) are complete; resuming at step \(step).")
    }
    public var allComplete: String {
        language.pick(
            zh: "七个步骤都已完成。输入 show 查看分析，goto N 回到某一步。",
            en: "All seven steps are complete. Type `show` for the analysis, `goto N` to revisit a step.")
    }
    /// The current value after a question: Enter keeps it.
    public func currentValue(_ value: String) -> String { language.pick(zh: "[\(value)]", en: " [\(value)]") }
    /// The score of the previous cycle, offered as the default of an empty score (Enter takes it).
    public func previousCycleValue(_ value: String, cycle: Int) -> String {
        language.pick(zh: "— · 第 \(cycle) 周期：\(value)，回车沿用", en: "— · cycle \(cycle): \(value), Enter keeps it")
    }
    /// `cycle close` needs a date when the shell gave the session none.
    public var cycleCloseNeedsDate: String {
        language.pick(zh: "请给出结束日期，例如 cycle close 2025-12-31", en: "give the closing date, e.g. cycle close 2025-12-31")
    }
    public func walkDone(path: String?, demo: Bool, incomplete: [Int]) -> String {
        if !incomplete.isEmpty {
            let steps = incomplete.map(String.init).joined(separator: ReportWords(language).listSeparator)
            return language.pick(
                zh: "已走到最后；尚未完成的步骤：\(steps)。goto N 打开某一步，show 查看分析，quit 结束。",
                en: "End of the walk; incomplete: step \(steps). `goto N` opens a step, `show` the analysis, `quit` ends.")
        }
        if demo {
            return language.pick(
                zh: "七个步骤已走完。show 再次显示分析；quit 结束。",
                en: "That was the walk through all seven steps. `show` repeats the analysis; `quit` ends.")
        }
        return language.pick(
            zh: "七个步骤都已完成" + (path.map { "；全部内容已保存在 \($0)" } ?? "") + "。show 查看分析，goto N 回到某一步，quit 结束。",
            en: "All seven steps are done" + (path.map { "; everything is saved in \($0)" } ?? "")
                + ". `show` for the analysis, `goto N` to revisit a step, `quit` to end.")
    }
    public func goodbye(_ path: String?) -> String {
        language.pick(zh: path.map { "已保存在 \($0)。再见。" } ?? "再见。", en: path.map { "Saved in \($0). Goodbye." } ?? "Goodbye.")
    }
    public var interrupted: String {
        language.pick(
            zh: "（已取消——再按一次 Ctrl-C 退出；所有改动都已保存）",
            en: "(cancelled — press Ctrl-C again to quit; every change is already saved)")
    }
    public func intro(_ step: Int) -> [String] {
        switch step {
        case 1:
            return language.pick(
                zh: ["顾客为什么选择你？先写下品牌主张，再为每个因素打品牌价值分：它在多大程度上吸引顾客。分数最高的是品牌价值的驱动因素；改善体验时不能损害它们。"],
                en: ["Why do customers come to you? Write the brand statement, then score each factor's brand value: how much it draws customers to you. The highest are the brand-value drivers; improvements must not harm them."])
        case 2:
            return language.pick(
                zh: ["逐个因素输入：顾客目前的体验（2a）、期望（2b），以及该因素对顾客的重要性（2d）。满意度 = 体验 − 期望（三角定律）：负数表示体验达不到期望。"],
                en: ["Factor by factor: the customers' current experience (2a), their expectation (2b), and how important the factor is to them (2d). Satisfaction = experience − expectation: negative means it falls short."])
        case 3:
            return language.pick(
                zh: ["本步骤无需输入：加权满意度 = 重要性 × 满意度。加权满意度为负的因素就是关键体验，最负的在前：顾客最在意、又最不满意的地方。"],
                en: ["Nothing to enter: weighted satisfaction = importance × satisfaction. The factors below zero are the key experiences, most negative first: what customers care about most and like least."])
        case 4:
            return language.pick(
                zh: ["为每个因素输入理想体验：顾客心目中最好的水平。差距 = 体验 − 理想（负数为不足）；乘以重要性即加权差距。"],
                en: ["For each factor, the ideal experience: the level customers would call the best. Gap = experience − ideal (negative = shortfall); times importance it is the weighted gap."])
        case 5:
            return language.pick(
                zh: ["写下弥补差距的需求，并连到它改善的因素（先逐一确认已有的需求，再添加新的）。优先级 = 所连因素中最大的 −加权差距；每个关键体验和每个差距都应有需求。"],
                en: ["The requirements that close the gaps, each linked to the factors it improves (existing ones first). Priority = the largest −weighted gap of its factors; every key experience and gap should have one."])
        case 6:
            return language.pick(
                zh: ["把每个需求放到企业的策略与能力中衡量：策略契合度，人员、流程、技术的能力；然后决定推行、暂缓或放弃。不合策略或能力不足的需求，即使差距大也可以暂缓。"],
                en: ["Hold each requirement against strategy and capability: strategic fit; people, process, technology; then decide: pursue, defer or drop. Off-strategy or beyond capability may wait, however large the gap."])
        default:
            return language.pick(
                zh: ["为推行的需求设 KPI：指标、基线、目标和实际值；偏差 = 实际 − 目标。结果回馈到下一周期：从步骤 1 重新开始。"],
                en: ["KPIs for the pursued requirements: metric, baseline, target, actual; deviation = actual − target. The results feed the next cycle, which starts again at step 1."])
        }
    }
    public var brandStatementLabel: String {
        language.pick(zh: "品牌主张（顾客为什么选择你）", en: "Brand statement (why customers come to you)")
    }
    public var targetExperience: String { language.pick(zh: "目标体验", en: "Target experience") }
    public var newRequirementLabel: String { language.pick(zh: "新需求的标题", en: "New requirement: its title") }
    public var rationale: String { language.pick(zh: "理由", en: "Rationale") }
    public var unit: String { language.pick(zh: "单位", en: "Unit") }
    public var newKPILabel: String { language.pick(zh: "新 KPI 的指标", en: "new KPI: its metric") }
    public var factorsHint: String { language.pick(zh: "因素名称或 id，用逗号分隔", en: "names or ids, separated by commas") }
    public var enterWhenDone: String { language.pick(zh: "完成时直接按 Enter", en: "Enter when done") }
    public func parenthesized(_ text: String) -> String { language.pick(zh: "（\(text)）", en: " (\(text))") }
    public var promptEnd: String { ReportWords(language).labelSeparator }
    public func changed(_ subject: String, from: String, to: String) -> String {
        language.pick(zh: "\(subject)：\(from) → \(to)", en: "\(subject): \(from) → \(to)")
    }
    public func refusal(_ r: Refusal, strings: ReportWords) -> String {
        switch r {
        case .notANumber(let text):
            return language.pick(
                zh: "“\(text)”不是数字；请输入数字，例如 6 或 6.5（- 清除，Enter 保留原值）。",
                en: "'\(text)' is not a number; type one such as 6 or 6.5 (- clears, Enter keeps the value).")
        case .outOfScale(let value, let scale):
            return language.pick(
                zh: "\(displayNumber(value)) 超出量表 \(displayScale(scale))；请输入 \(displayNumber(scale.min)) 到 \(displayNumber(scale.max)) 之间的数。",
                en: "\(displayNumber(value)) is outside the scale \(displayScale(scale)); type a number from \(displayNumber(scale.min)) to \(displayNumber(scale.max)).")
        case .notAChoice(let text, let allowed):
            return language.pick(
                zh: "“\(text)”不是可选项；请输入 \(allowed.joined(separator: "、")) 或其序号。",
                en: "'\(text)' is not one of the choices; type \(allowed.joined(separator: ", ")) or its number.")
        case .unknownFactor(let text, let suggestion):
            return language.pick(
                zh: "没有因素“\(text)”。" + (suggestion.map { "是否想写“\($0)”？" } ?? "") + "输入 show 1 可查看因素。",
                en: "There is no factor '\(text)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " `show 1` lists the factors.")
        case .unknownRequirement(let text, let suggestion):
            return language.pick(
                zh: "没有需求“\(text)”。" + (suggestion.map { "是否想写“\($0)”？" } ?? "") + "输入 show 5 可查看需求。",
                en: "There is no requirement '\(text)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " `show 5` lists them.")
        case .unknownKPI(let text, let requirement):
            return language.pick(
                zh: "需求 \(requirement) 没有 KPI“\(text)”；输入 show 7 可查看 KPI。",
                en: "Requirement \(requirement) has no KPI '\(text)'; `show 7` lists the KPIs.")
        case .unknownField(let text, let allowed):
            return language.pick(
                zh: "“\(text)”不是可设定的字段；请用 \(allowed.joined(separator: "、"))。",
                en: "'\(text)' is not a field here; use one of \(allowed.joined(separator: ", ")).")
        case .badDate(let text):
            return language.pick(
                zh: "“\(text)”不是日期；请写成 YYYY-MM-DD，例如 2025-06-30。",
                en: "'\(text)' is not a date; write it as YYYY-MM-DD, for example 2025-06-30.")
        case .required:
            return language.pick(
                zh: "此项不能为空；请输入文字（Enter 保留原值）。",
                en: "This cannot be empty; type a text (Enter keeps the current one).")
        case .badPosition(let text, let count):
            return language.pick(
                zh: "“\(text)”不是有效位置；请输入 1 到 \(count) 之间的数。",
                en: "'\(text)' is not a position; type a number from 1 to \(count).")
        }
    }
    public func didYouMean(_ command: String) -> String {
        language.pick(zh: "是否想用命令 `\(command)`？", en: " Did you mean the command `\(command)`?")
    }
    public func unknownCommand(_ word: String, suggestion: String?) -> String {
        language.pick(
            zh: "“\(word)”不是命令。" + (suggestion.map { "是否想用 `\($0)`？" } ?? "") + "输入 help（帮助）查看命令。",
            en: "'\(word)' is not a command." + (suggestion.map { " Did you mean `\($0)`?" } ?? "") + " Type help for the commands.")
    }
    public func usage(_ usage: String, _ detail: String) -> String {
        language.pick(
            zh: "用法：\(usage)" + (detail.isEmpty ? "" : "——\(detail)"),
            en: "Usage: \(usage)" + (detail.isEmpty ? "" : " — \(detail)"))
    }
    public var setExample: String { language.pick(zh: "例如：set 便利性 体验 5", en: "for example: set convenience experience 5") }
    public var stepRange: String { language.pick(zh: "N 是 1 到 7 的步骤", en: "N is a step from 1 to 7") }
    public var atFirstQuestion: String {
        language.pick(zh: "这已是第一个问题，前面没有问题了。", en: "This is the first question; there is nothing before it.")
    }
    public var nothingToSkip: String {
        language.pick(zh: "没有可跳过的问题；用 goto N 打开某一步。", en: "There is no question to skip; `goto N` opens a step.")
    }
    public var nothingToUndo: String { language.pick(zh: "没有可撤销的改动。", en: "Nothing to undo.") }
    public var nothingToRedo: String { language.pick(zh: "没有可重做的改动。", en: "Nothing to redo.") }
    public var helpHeading: String { language.pick(zh: "命令（在任何提示下都可使用）：", en: "Commands (at any prompt):") }
    public var answerHelp: [String] {
        language.pick(
            zh: ["回答：输入数字（6、6.5；全角 ６．５ 亦可）；Enter 保留方括号中的当前值；- 清除该值。",
             "以 \\ 开头的回答一律当作文字，不当作命令（例如 \\help）。选项可输入其英文、中文或序号。",
             "Ctrl-C 取消当前问题，连按两次退出；Ctrl-D 结束。每个改动都立即写入文件。"],
            en: ["Answers: a number (6, 6.5; full-width ６．５ works too); Enter keeps the value in [brackets]; - clears it.",
             "An answer starting with \\ is taken as text, never as a command (\\help). Choices take their word or number.",
             "Ctrl-C cancels the question, twice quits; Ctrl-D ends. Every change is written to the file at once."])
    }
    public func undone(_ what: String) -> String { language.pick(zh: "已撤销：\(what)", en: "Undone: \(what)") }
    public func redone(_ what: String) -> String { language.pick(zh: "已重做：\(what)", en: "Redone: \(what)") }
    public func setDone(_ subject: String, _ value: String) -> String {
        "\(subject) = \(value)" 
    }
    public var nameLabel: String { language.pick(zh: "名称", en: "name") }
    public var descriptionLabel: String { language.pick(zh: "描述", en: "description") }
    public var notesLabel: String { language.pick(zh: "备注", en: "notes") }
    public func factorAdded(_ name: String, id: String) -> String {
        language.pick(zh: "已添加因素“\(name)”（id \(id)），分数为空。", en: "Added the factor \(name) (id \(id)); its scores are empty.")
    }
    public func factorRenamed(_ old: String, _ new: String) -> String {
        language.pick(zh: "已将因素“\(old)”改名为“\(new)”。", en: "Renamed the factor \(old) to \(new).")
    }
    public func factorRemoved(_ name: String) -> String {
        language.pick(zh: "已删除因素“\(name)”。", en: "Removed the factor \(name).")
    }
    public func factorMoved(_ name: String, _ position: Int) -> String {
        language.pick(zh: "已将“\(name)”移到第 \(position) 位。", en: "Moved \(name) to position \(position).")
    }
    public func confirmFactorRemoval(_ name: String, requirements: String) -> String {
        language.pick(
            zh: "“\(name)”连着需求 \(requirements)；删除后这些需求将不再连到它，它的分数也会删除。确定删除？",
            en: "\(name) is linked to the requirements \(requirements); removing it also unlinks it from them, and its scores go. Remove it?")
    }
    public func requirementAdded(_ id: String, _ title: String) -> String {
        language.pick(zh: "已添加需求 \(id)：\(title)。", en: "Added the requirement \(id): \(title).")
    }
    public func requirementRemoved(_ id: String, _ title: String) -> String {
        language.pick(zh: "已删除需求 \(id)：\(title)。", en: "Removed the requirement \(id): \(title).")
    }
    public func confirmRequirementRemoval(_ id: String, kpis: String) -> String {
        language.pick(
            zh: "\(id) 有 KPI \(kpis)，会一并删除。确定删除？",
            en: "\(id) has the KPIs \(kpis); they are removed with it. Remove it?")
    }
    public func kpiAdded(_ requirement: String, _ id: String, _ metric: String) -> String {
        language.pick(zh: "已为 \(requirement) 添加 KPI \(id)：\(metric)。", en: "Added the KPI \(id) to \(requirement): \(metric).")
    }
    public func kpiRemoved(_ requirement: String, _ id: String) -> String {
        language.pick(zh: "已删除 \(requirement) 的 KPI \(id)。", en: "Removed the KPI \(id) of \(requirement).")
    }
    public var confirmPrompt: String { language.pick(zh: "是 / 否（yes / no）：", en: "yes / no: ") }
    public var cancelled: String { language.pick(zh: "已取消，没有任何改动。", en: "Cancelled; nothing changed.") }
    public func saved(_ path: String) -> String { language.pick(zh: "已保存 \(path)。", en: "Saved \(path).") }
    public func savedAs(_ path: String) -> String {
        language.pick(zh: "已另存为 \(path)；此后的改动写入该文件。", en: "Saved as \(path); from now on, changes are written there.")
    }
    public var saveAsNeedsFile: String {
        language.pick(zh: "用法：save as FILE（另存为 FILE）——新文件的名称。", en: "Usage: save as FILE — the name of a new file.")
    }
    public var languageSwitched: String { language.pick(zh: "语言：中文。", en: "Language: English.") }
    public func fileChanged(_ path: String) -> String {
        language.pick(
            zh: "\(path) 在会话读取后已在磁盘上被修改（git pull？编辑器？）。未写入任何内容。",
            en: "\(path) was changed on disk since the session read it (a git pull, an editor?). Nothing was written.")
    }
    public func fileGone(_ path: String) -> String {
        language.pick(
            zh: "\(path) 在会话读取后已被删除或移走。未写入任何内容。",
            en: "\(path) was removed or moved on disk since the session read it. Nothing was written.")
    }
    public var conflictChoices: String {
        language.pick(
            zh: "请输入 reload（重新读取磁盘上的文件，放弃这次改动）、overwrite（覆盖，写入本会话的版本）或 save as FILE（另存为）。",
            en: "Type reload (read the file from disk; this change is dropped), overwrite (write this session's version), or save as FILE.")
    }
    public var conflictPrompt: String {
        language.pick(zh: "reload 重新读取 / overwrite 覆盖 / save as FILE 另存为：", en: "reload / overwrite / save as FILE: ")
    }
    public func reloaded(_ dropped: String?) -> String {
        language.pick(
            zh: "已重新读取磁盘上的文件" + (dropped.map { "；未应用：\($0)" } ?? "") + "。用 undo 可回到本会话的版本。",
            en: "Reloaded the file from disk" + (dropped.map { "; not applied: \($0)" } ?? "") + ". `undo` goes back to this session's version.")
    }
    public var reloadedChange: String { language.pick(zh: "从磁盘重新读取", en: "reload from disk") }
    public var cannotReloadGone: String {
        language.pick(
            zh: "磁盘上的文件已不存在；请选择 overwrite（覆盖）或 save as FILE（另存为）。",
            en: "The file is gone from disk; choose overwrite or save as FILE.")
    }
    public var cannotReloadInvalid: String {
        language.pick(
            zh: "磁盘上的文件现在不是有效的工作簿，无法重新读取：",
            en: "The file on disk is not a valid workbook now, so it cannot be reloaded:")
    }
    public var changeNotWritten: String { language.pick(zh: "最后一个改动没有写入。", en: "The last change was not written.") }
    public func cannotWrite(_ path: String, _ reason: String, saveAs: Bool) -> String {
        language.pick(
            zh: "无法写入 \(path)（\(reason)）。改动保留在本会话中；请再试 save，或用 save as FILE 另存。",
            en: "\(path) cannot be written (\(reason)). The change is kept in this session; try `save` again or `save as FILE`.")
    }
    public func alreadyExists(_ path: String) -> String {
        language.pick(
            zh: "\(path) 已存在；另存为不会覆盖文件。请换一个名称。",
            en: "\(path) already exists; `save as` never overwrites. Choose another name.")
    }
    public var offerHeading: String {
        language.pick(zh: "cem — 客户体验管理七步差距分析。要做什么？", en: "cem — CEM gap analysis in seven steps. What would you like to do?")
    }
    public var offerChoices: [String] {
        language.pick(
            zh: ["  1  新建工作簿（零售模板）", "  2  打开工作簿文件", "  3  演示：走一遍书中的案例（美苏电器）"],
            en: ["  1  new workbook (the retail template)", "  2  open a workbook file", "  3  demo: walk the worked example (Meisu Electronics)"])
    }
    public var offerPrompt: String { language.pick(zh: "1、2 或 3（直接按 Enter 或 q 离开）：", en: "1, 2 or 3 (Enter or q to leave): ") }
    public var newFilePrompt: String {
        language.pick(zh: "新工作簿的文件名（例如 acme.cem.json）：", en: "File name for the new workbook (for example acme.cem.json): ")
    }
    public var openFilePrompt: String { language.pick(zh: "要打开的工作簿文件：", en: "Workbook file to open: ") }
    public func offerRefused(_ answer: String) -> String {
        language.pick(zh: "“\(answer)”不是可选项；请输入 1、2 或 3。", en: "'\(answer)' is not a choice; type 1, 2 or 3.")
    }
}

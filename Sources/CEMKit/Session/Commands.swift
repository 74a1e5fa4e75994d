// The commands that work at any prompt of the session. This table is the one place that lists them,
// with their aliases, usage and help; adding a command is one entry here and its handler.

public struct SessionCommand: Sendable {
    public var name: String
    /// Other words for the command (Chinese ones, short forms).
    public var aliases: [String]
    public var usage: String
    public var zh: String
    public var en: String
    /// Listed by `help`; aliases that only duplicate another entry are hidden.
    public var listed = true
    var run: @Sendable (inout Session, _ arguments: [String], _ disk: [UInt8]?) -> Void

    func summary(_ language: Language) -> String { language.pick(zh: zh, en: en) }

    /// The command takes no arguments (its usage is only its names): `help desk` is not `help`.
    var bare: Bool { usage.split(separator: " ").allSatisfy { $0 == "|" || $0 == Substring(name) || aliases.contains(String($0)) } }
}

public enum SessionCommands {
    public static let all: [SessionCommand] = [
        SessionCommand(name: "help", aliases: ["帮助", "?", "？"], usage: "help",
                       zh: "列出命令和回答方式", en: "the commands and how to answer", run: { s, _, _ in s.help() }),
        SessionCommand(name: "back", aliases: ["返回", "上一题"], usage: "back",
                       zh: "回到上一个问题", en: "the previous question", run: { s, _, _ in s.back() }),
        SessionCommand(name: "next", aliases: ["skip", "跳过", "下一题"], usage: "next | skip",
                       zh: "跳过这个问题，保留原值", en: "skip this question, keeping its value", run: { s, _, _ in s.skip() }),
        SessionCommand(name: "goto", aliases: ["转到", "跳到"], usage: "goto N",
                       zh: "转到第 N 步（1–7）", en: "go to step N (1–7)", run: { s, a, _ in s.goto(a) }),
        SessionCommand(name: "show", aliases: ["显示"], usage: "show [N]",
                       zh: "显示当前的分析（或第 N 步）", en: "the current analysis (or step N)", run: { s, a, _ in s.show(a) }),
        SessionCommand(name: "chart", aliases: ["图表"], usage: "chart [KIND [FILE]]",
                       zh: "条形图：体验与期望、加权满意度；chart KIND 写出 SVG 图表（expectation、weighted、ipa、gaps、kpis）",
                       en: "bar charts: experience beside expectation, weighted satisfaction; chart KIND writes an SVG chart (expectation, weighted, ipa, gaps, kpis)",
                       run: { s, a, _ in s.chartCommand(a) }),
        SessionCommand(name: "report", aliases: ["报告"], usage: "report FORMAT [FILE]",
                       zh: "在工作簿旁写出报告（html、markdown、text、json、csv），与 cem report 相同",
                       en: "write the report beside the workbook (html, markdown, text, json, csv), as cem report does",
                       run: { s, a, _ in s.reportCommand(a) }),
        SessionCommand(name: "minutes", aliases: ["纪要"], usage: "minutes [FILE]",
                       zh: "写出本次会议的纪要（Markdown）：改动、决定、待解决的问题",
                       en: "write the minutes of this session (Markdown): changes, decisions, open questions",
                       run: { s, a, _ in s.minutesCommand(a) }),
        SessionCommand(name: "present", aliases: ["投影"], usage: "present [N] | present stop",
                       zh: "打开投影视图：浏览器中显示当前步骤（或第 N 步），随每个改动更新",
                       en: "the projector view: the current step (or step N) in a browser, following every change",
                       run: { s, a, _ in s.presentCommand(a) }),
        SessionCommand(name: "set", aliases: ["设定", "设置"], usage: "set FACTOR FIELD VALUE",
                       zh: "设定任一因素的分数（或 name、description、notes）；set title|brand TEXT",
                       en: "set any score of any factor (or name, description, notes); set title|brand TEXT",
                       run: { s, a, d in s.set(a, disk: d) }),
        SessionCommand(name: "factor", aliases: ["因素"], usage: "factor add NAME | rename ID NAME | remove ID | move ID POS",
                       zh: "添加、改名、删除或移动因素", en: "add, rename, remove or move a factor",
                       run: { s, a, d in s.factorCommand(a, disk: d) }),
        SessionCommand(name: "req", aliases: ["需求", "requirement"], usage: "req add TITLE | edit ID FIELD VALUE | remove ID",
                       zh: "添加、修改或删除需求", en: "add, edit or remove a requirement",
                       run: { s, a, d in s.requirementCommand(a, disk: d) }),
        SessionCommand(name: "kpi", aliases: ["指标"], usage: "kpi add REQ METRIC | edit REQ KPI FIELD VALUE | remove REQ KPI",
                       zh: "添加、修改或删除 KPI", en: "add, edit or remove a KPI",
                       run: { s, a, d in s.kpiCommand(a, disk: d) }),
        SessionCommand(name: "encounter", aliases: ["互动", "interaction"],
                       usage: "encounter [add NAME | moment ID … | check ID | order ID [apply] | edit | remove]",
                       zh: "互动及其时刻：按五条行为原则检查，建议顺序", en: "an interaction and its moments: the five-principle check, a proposed order",
                       run: { s, a, d in s.encounterCommand(a, disk: d) }),
        SessionCommand(name: "experiment", aliases: ["实验"], usage: "experiment [add LINK METRIC | record ID TEST CONTROL | remove ID]",
                       zh: "试验组与对照组：差值、95% 区间、是否显著", en: "test against control: difference, 95% interval, significance",
                       run: { s, a, d in s.experimentCommand(a, disk: d) }),
        SessionCommand(name: "cycle", aliases: ["周期"], usage: "cycle close [YYYY-MM-DD] [--force]",
                       zh: "结束本周期：分数存入历史，下一周期从步骤 1 开始（上一周期的分数作为默认值）",
                       en: "close this cycle: scores go to history, the next cycle starts at step 1 (previous scores as defaults)",
                       run: { s, a, d in s.cycleCommand(a, disk: d) }),
        SessionCommand(name: "compare", aliases: ["比较"], usage: "compare",
                       zh: "逐周期比较各因素与 KPI 结果", en: "cycle over cycle: factors and KPIs",
                       run: { s, _, _ in s.compare() }),
        SessionCommand(name: "poll", aliases: ["投票"], usage: "poll FACTOR FIELD [SCORES] | poll FIELD",
                       zh: "在场各人打分，取平均分为分数（保留人数、标准差、最低和最高）；poll FIELD 逐个因素投票",
                       en: "everyone in the room scores; the mean becomes the score (n, sd, min, max kept); poll FIELD walks every factor",
                       run: { s, a, d in s.poll(a, disk: d) }),
        SessionCommand(name: "what-if", aliases: ["whatif", "推演"], usage: "what-if",
                       zh: "开始推演：改动只留在内存中，并显示与已保存工作簿的差别", en: "start a what-if: changes stay in memory, shown against the saved workbook",
                       run: { s, a, _ in s.whatIf(a) }),
        SessionCommand(name: "keep", aliases: ["保留", "保留推演"], usage: "keep",
                       zh: "把推演的改动作为一次改动写入", en: "write the what-if's changes as one change", run: { s, a, d in s.keepWhatIf(a, disk: d) }),
        SessionCommand(name: "discard", aliases: ["丢弃", "放弃推演"], usage: "discard",
                       zh: "放弃推演的改动", en: "drop the what-if's changes", run: { s, a, _ in s.discardWhatIf(a) }),
        SessionCommand(name: "undo", aliases: ["撤销"], usage: "undo",
                       zh: "撤销上一个改动", en: "undo the last change", run: { s, _, d in s.undo(disk: d) }),
        SessionCommand(name: "redo", aliases: ["重做"], usage: "redo",
                       zh: "重做撤销的改动", en: "redo what was undone", run: { s, _, d in s.redo(disk: d) }),
        SessionCommand(name: "save", aliases: ["保存"], usage: "save | save as FILE",
                       zh: "保存（改动本已自动保存）；save as FILE（另存为 FILE）写到新文件",
                       en: "save (changes are saved as they are made); save as FILE writes a new file",
                       run: { s, a, d in s.save(a, disk: d) }),
        SessionCommand(name: "另存为", aliases: [], usage: "另存为 FILE", zh: "", en: "", listed: false,
                       run: { s, a, _ in s.saveAs(a.joined(separator: " ")) }),
        SessionCommand(name: "lang", aliases: ["语言"], usage: "lang zh|en",
                       zh: "切换显示语言", en: "switch the display language", run: { s, a, _ in s.lang(a) }),
        SessionCommand(name: "quit", aliases: ["exit", "退出"], usage: "quit",
                       zh: "结束（改动都已保存）", en: "end the session (every change is already saved)",
                       run: { s, _, _ in s.leave() }),
    ]

    /// Every word that names a command, for "did you mean".
    public static var names: [String] { all.flatMap { [$0.name] + $0.aliases }.filter { $0.count > 1 } }

    /// The command a word names (case-insensitive, full-width letters too).
    public static func find(_ word: String) -> SessionCommand? {
        let key = Input.normalize(word).lowercased()
        return all.first { $0.name == key || $0.aliases.contains(key) }
    }
}

extension Session {
    mutating func help() {
        out.append(t.helpHeading)
        // Short usages share a column with their summary; long ones put the summary on the next line.
        let column = 24
        for c in SessionCommands.all where c.listed {
            let aliases = c.aliases.filter { !$0.allSatisfy(\.isASCII) }
            let summary = c.summary(language) + (aliases.isEmpty ? "" : t.parenthesized(aliases.joined(separator: r.listSeparator)))
            let indent = String(repeating: " ", count: column + 2)
            var lines = wrap(summary, width: max(20, width - column - 2))
            if DisplayWidth.of(c.usage) < column {
                out.append("  " + DisplayWidth.pad(c.usage, to: column) + lines.removeFirst())
            } else {
                out.append("  " + c.usage)
            }
            out += lines.map { indent + $0 }
        }
        out += t.answerHelp
        out += t.commandRule
    }

    mutating func back() {
        switch position {
        case .question(let step, let index) where index > 0:
            position = .question(step: step, index: index - 1)
        case .question(let step, _):
            guard let previous = (1..<step).reversed().first(where: { !Question.of(step: $0, in: workbook).isEmpty }) else {
                return refuse(t.atFirstQuestion)
            }
            position = .question(step: previous, index: Question.of(step: previous, in: workbook).count - 1)
            out.append(bold("── \(r.stepLabel(previous)) · \(r.stepTitle(previous)) ──"))
        case .done:
            guard let last = (1...7).reversed().first(where: { !Question.of(step: $0, in: workbook).isEmpty }) else {
                return refuse(t.atFirstQuestion)
            }
            position = .question(step: last, index: Question.of(step: last, in: workbook).count - 1)
            out.append(bold("── \(r.stepLabel(last)) · \(r.stepTitle(last)) ──"))
        }
    }

    mutating func skip() {
        guard case .question = position else { return refuse(t.nothingToSkip) }
        position = advance(from: position)
        settle()
    }

    mutating func goto(_ arguments: [String]) {
        guard arguments.count == 1, let n = Int(Input.normalize(arguments[0])), (1...7).contains(n) else {
            return refuse(t.usage("goto N", t.stepRange))
        }
        enter(step: n)
    }

    mutating func show(_ arguments: [String]) {
        if let word = arguments.first {
            guard let n = Int(Input.normalize(word)), (1...7).contains(n) else { return refuse(t.usage("show [N]", t.stepRange)) }
            out += report.section(n)
        } else {
            out += report.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// The two terminal charts of `cem show`, drawn by TerminalChart from the analysis.
    mutating func chart() {
        let a = analysis
        out += TerminalChart.expectation(a, scale: workbook.scale, strings: r, width: width, unicode: unicode)
        out.append("")
        out += TerminalChart.weighted(a, strings: r, width: width, unicode: unicode)
    }

    mutating func undo(disk: [UInt8]?) {
        guard let change = undoStack.last else { return refuse(t.nothingToUndo) }
        commit(change.before, t.undone(change.description) + now(change.question, in: change.before), kind: .undo, disk: disk)
    }

    mutating func redo(disk: [UInt8]?) {
        guard let change = redoStack.last else { return refuse(t.nothingToRedo) }
        commit(change.after, t.redone(change.description) + now(change.question, in: change.after), kind: .redo, disk: disk)
    }

    /// " Now: 6." after an undo or a redo: the value the question has again.
    func now(_ question: Question?, in w: Workbook) -> String {
        guard let question else { return "" }
        return t.nowValue(QuestionText(session: withWorkbook(w)).current(question))
    }

    mutating func save(_ arguments: [String], disk: [UInt8]?) {
        guard sandbox == nil else { return refuse(t.whatIfSaveRefused) }
        if let first = arguments.first, InputWords.asWords.contains(first.lowercased()) {
            return saveAs(arguments.dropFirst().joined(separator: " "))
        }
        guard arguments.isEmpty else { return refuse(t.usage("save | save as FILE", "")) }
        guard let path else { return refuse(t.demoSaveNeedsFile) }
        commit(workbook, t.saved(path), kind: .save, disk: disk)
    }

    mutating func saveAs(_ target: String) {
        guard sandbox == nil else { return refuse(t.whatIfSaveRefused) }
        guard !target.isEmpty else { return refuse(t.saveAsNeedsFile) }
        beforeWrite = (mode, known)
        mode = .file(target)
        known = nil
        demoChanged = false
        apply(PendingCommit(workbook: workbook, description: t.savedAs(target), kind: .save), create: true, done: t.savedAs(target))
    }

    mutating func lang(_ arguments: [String]) {
        guard arguments.count == 1, let language = Language(rawValue: Input.normalize(arguments[0]).lowercased()) else {
            return refuse(t.usage("lang zh|en", ""))
        }
        self.language = language
        out.append(t.languageSwitched)
    }
}

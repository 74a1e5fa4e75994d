// The Chinese words of the guided session.

public struct ChineseSessionStrings: SessionStrings {
    public init() {}

    public func newFile(_ path: String) -> String { "\(path) 还不存在：将在此用零售模板（六个因素）新建工作簿。" }
    public var titlePrompt: String { "工作簿标题（客户、地点；直接按 Enter 使用文件名）：" }
    public var titleRequired: String { "标题不能为空；请输入标题，或直接按 Enter 使用文件名。" }
    public func created(_ path: String, title: String) -> String { "已新建 \(path)（「\(title)」）。每个回答都会立即保存。" }
    public func welcome(title: String, path: String?, factors: Int) -> String {
        (title.isEmpty ? "（无标题）" : title) + " · \(factors) 个因素" + (path.map { " · \($0)" } ?? "")
    }
    public var commandsHint: String { "按 Enter 保留方括号中的值，输入 - 清除；输入 help（帮助）查看命令。" }
    public var demoReadOnly: String { "这是书中的案例（美苏电器），只读：可随意尝试修改；用 `save as FILE`（另存为）保留。" }
    public var demoChangeNotice: String { "（演示：此改动只保存在内存中；用 `save as FILE` 写入文件）" }
    public var demoNotSaved: String { "对演示案例的改动没有保存。" }
    public var demoSaveNeedsFile: String { "演示案例是只读的；请用 `save as FILE`（另存为）写入新文件。" }
    public func resuming(_ step: Int) -> String { "步骤 \(step) 之前的步骤已完成；从步骤 \(step) 继续。" }
    public var allComplete: String { "七个步骤都已完成。输入 show 查看分析，goto N 回到某一步。" }
    public func currentValue(_ value: String) -> String { "[\(value)]" }
    public func previousCycleValue(_ value: String, cycle: Int) -> String { "— · 第 \(cycle) 周期：\(value)，回车沿用" }
    public var cycleCloseNeedsDate: String { "请给出结束日期，例如 cycle close 2025-12-31" }
    public func walkDone(path: String?, demo: Bool, incomplete: [Int]) -> String {
        if !incomplete.isEmpty {
            return "已走到最后；尚未完成的步骤：" + incomplete.map(String.init).joined(separator: "、") + "。goto N 打开某一步，show 查看分析，quit 结束。"
        }
        if demo { return "七个步骤已走完。show 再次显示分析；quit 结束。" }
        return "七个步骤都已完成" + (path.map { "；全部内容已保存在 \($0)" } ?? "") + "。show 查看分析，goto N 回到某一步，quit 结束。"
    }
    public func goodbye(_ path: String?) -> String { path.map { "已保存在 \($0)。再见。" } ?? "再见。" }
    public var interrupted: String { "（已取消——再按一次 Ctrl-C 退出；所有改动都已保存）" }

    public func intro(_ step: Int) -> [String] {
        switch step {
        case 1: return ["顾客为什么选择你？先写下品牌主张，再为每个因素打品牌价值分：它在多大程度上吸引顾客。分数最高的是品牌价值的驱动因素；改善体验时不能损害它们。"]
        case 2: return ["逐个因素输入：顾客目前的体验（2a）、期望（2b），以及该因素对顾客的重要性（2d）。满意度 = 体验 − 期望（三角定律）：负数表示体验达不到期望。"]
        case 3: return ["本步骤无需输入：加权满意度 = 重要性 × 满意度。加权满意度为负的因素就是关键体验，最负的在前：顾客最在意、又最不满意的地方。"]
        case 4: return ["为每个因素输入理想体验：顾客心目中最好的水平。差距 = 体验 − 理想（负数为不足）；乘以重要性即加权差距。"]
        case 5: return ["写下弥补差距的需求，并连到它改善的因素（先逐一确认已有的需求，再添加新的）。优先级 = 所连因素中最大的 −加权差距；每个关键体验和每个差距都应有需求。"]
        case 6: return ["把每个需求放到企业的策略与能力中衡量：策略契合度，人员、流程、技术的能力；然后决定推行、暂缓或放弃。不合策略或能力不足的需求，即使差距大也可以暂缓。"]
        default: return ["为推行的需求设 KPI：指标、基线、目标和实际值；偏差 = 实际 − 目标。结果回馈到下一周期：从步骤 1 重新开始。"]
        }
    }
    public var brandStatementLabel: String { "品牌主张（顾客为什么选择你）" }
    public var targetExperience: String { "目标体验" }
    public var newRequirementLabel: String { "新需求的标题" }
    public var rationale: String { "理由" }
    public var unit: String { "单位" }
    public var newKPILabel: String { "新 KPI 的指标" }
    public var factorsHint: String { "因素名称或 id，用逗号分隔" }
    public var enterWhenDone: String { "完成时直接按 Enter" }
    public func parenthesized(_ text: String) -> String { "（\(text)）" }
    public var promptEnd: String { "：" }
    public func changed(_ subject: String, from: String, to: String) -> String { "\(subject)：\(from) → \(to)" }

    public func refusal(_ r: Refusal, strings: ReportWords) -> String {
        switch r {
        case .notANumber(let text):
            return "「\(text)」不是数字；请输入数字，例如 6 或 6.5（- 清除，Enter 保留原值）。"
        case .outOfScale(let value, let scale):
            return "\(displayNumber(value)) 超出量表 \(displayScale(scale))；请输入 \(displayNumber(scale.min)) 到 \(displayNumber(scale.max)) 之间的数。"
        case .notAChoice(let text, let allowed):
            return "「\(text)」不是可选项；请输入 \(allowed.joined(separator: "、")) 或其序号。"
        case .unknownFactor(let text, let suggestion):
            return "没有因素「\(text)」。" + (suggestion.map { "是否想写「\($0)」？" } ?? "") + "输入 show 1 可查看因素。"
        case .unknownRequirement(let text, let suggestion):
            return "没有需求「\(text)」。" + (suggestion.map { "是否想写「\($0)」？" } ?? "") + "输入 show 5 可查看需求。"
        case .unknownKPI(let text, let requirement):
            return "需求 \(requirement) 没有 KPI「\(text)」；输入 show 7 可查看 KPI。"
        case .unknownField(let text, let allowed):
            return "「\(text)」不是可设定的字段；请用 \(allowed.joined(separator: "、"))。"
        case .badDate(let text):
            return "「\(text)」不是日期；请写成 YYYY-MM-DD，例如 2025-06-30。"
        case .required:
            return "此项不能为空；请输入文字（Enter 保留原值）。"
        case .badPosition(let text, let count):
            return "「\(text)」不是有效位置；请输入 1 到 \(count) 之间的数。"
        }
    }
    public func didYouMean(_ command: String) -> String { "是否想用命令 `\(command)`？" }
    public func unknownCommand(_ word: String, suggestion: String?) -> String {
        "「\(word)」不是命令。" + (suggestion.map { "是否想用 `\($0)`？" } ?? "") + "输入 help（帮助）查看命令。"
    }
    public func usage(_ usage: String, _ detail: String) -> String { "用法：\(usage)" + (detail.isEmpty ? "" : "——\(detail)") }
    public var setExample: String { "例如：set 便利性 体验 5" }
    public var stepRange: String { "N 是 1 到 7 的步骤" }
    public var atFirstQuestion: String { "这已是第一个问题，前面没有问题了。" }
    public var nothingToSkip: String { "没有可跳过的问题；用 goto N 打开某一步。" }
    public var nothingToUndo: String { "没有可撤销的改动。" }
    public var nothingToRedo: String { "没有可重做的改动。" }

    public var helpHeading: String { "命令（在任何提示下都可使用）：" }
    public var answerHelp: [String] {
        ["回答：输入数字（6、6.5；全角 ６．５ 亦可）；Enter 保留方括号中的当前值；- 清除该值。",
         "以 \\ 开头的回答一律当作文字，不当作命令（例如 \\help）。选项可输入其英文、中文或序号。",
         "Ctrl-C 取消当前问题，连按两次退出；Ctrl-D 结束。每个改动都立即写入文件。"]
    }
    public func undone(_ what: String) -> String { "已撤销：\(what)" }
    public func redone(_ what: String) -> String { "已重做：\(what)" }
    public func setDone(_ subject: String, _ value: String) -> String { "\(subject) = \(value)" }
    public var nameLabel: String { "名称" }
    public var descriptionLabel: String { "描述" }
    public var notesLabel: String { "备注" }
    public func factorAdded(_ name: String, id: String) -> String { "已添加因素「\(name)」（id \(id)），分数为空。" }
    public func factorRenamed(_ old: String, _ new: String) -> String { "已将因素「\(old)」改名为「\(new)」。" }
    public func factorRemoved(_ name: String) -> String { "已删除因素「\(name)」。" }
    public func factorMoved(_ name: String, _ position: Int) -> String { "已将「\(name)」移到第 \(position) 位。" }
    public func confirmFactorRemoval(_ name: String, requirements: String) -> String {
        "「\(name)」连着需求 \(requirements)；删除后这些需求将不再连到它，它的分数也会删除。确定删除？"
    }
    public func requirementAdded(_ id: String, _ title: String) -> String { "已添加需求 \(id)：\(title)。" }
    public func requirementRemoved(_ id: String, _ title: String) -> String { "已删除需求 \(id)：\(title)。" }
    public func confirmRequirementRemoval(_ id: String, kpis: String) -> String { "\(id) 有 KPI \(kpis)，会一并删除。确定删除？" }
    public func kpiAdded(_ requirement: String, _ id: String, _ metric: String) -> String { "已为 \(requirement) 添加 KPI \(id)：\(metric)。" }
    public func kpiRemoved(_ requirement: String, _ id: String) -> String { "已删除 \(requirement) 的 KPI \(id)。" }
    public var confirmPrompt: String { "是 / 否（yes / no）：" }
    public var cancelled: String { "已取消，没有任何改动。" }
    public func saved(_ path: String) -> String { "已保存 \(path)。" }
    public func savedAs(_ path: String) -> String { "已另存为 \(path)；此后的改动写入该文件。" }
    public var saveAsNeedsFile: String { "用法：save as FILE（另存为 FILE）——新文件的名称。" }
    public var languageSwitched: String { "语言：中文。" }

    public func fileChanged(_ path: String) -> String { "\(path) 在会话读取后已在磁盘上被修改（git pull？编辑器？）。未写入任何内容。" }
    public func fileGone(_ path: String) -> String { "\(path) 在会话读取后已被删除或移走。未写入任何内容。" }
    public var conflictChoices: String {
        "请输入 reload（重新读取磁盘上的文件，放弃这次改动）、overwrite（覆盖，写入本会话的版本）或 save as FILE（另存为）。"
    }
    public var conflictPrompt: String { "reload 重新读取 / overwrite 覆盖 / save as FILE 另存为：" }
    public func reloaded(_ dropped: String?) -> String {
        "已重新读取磁盘上的文件" + (dropped.map { "；未应用：\($0)" } ?? "") + "。用 undo 可回到本会话的版本。"
    }
    public var reloadedChange: String { "从磁盘重新读取" }
    public var cannotReloadGone: String { "磁盘上的文件已不存在；请选择 overwrite（覆盖）或 save as FILE（另存为）。" }
    public var cannotReloadInvalid: String { "磁盘上的文件现在不是有效的工作簿，无法重新读取：" }
    public var changeNotWritten: String { "最后一个改动没有写入。" }
    public func cannotWrite(_ path: String, _ reason: String, saveAs: Bool) -> String {
        "无法写入 \(path)（\(reason)）。改动保留在本会话中；请再试 save，或用 save as FILE 另存。"
    }
    public func alreadyExists(_ path: String) -> String { "\(path) 已存在；另存为不会覆盖文件。请换一个名称。" }

    public var offerHeading: String { "cem — 客户体验管理七步差距分析。要做什么？" }
    public var offerChoices: [String] { ["  1  新建工作簿（零售模板）", "  2  打开工作簿文件", "  3  演示：走一遍书中的案例（美苏电器）"] }
    public var offerPrompt: String { "1、2 或 3（直接按 Enter 或 q 离开）：" }
    public var newFilePrompt: String { "新工作簿的文件名（例如 acme.cem.json）：" }
    public var openFilePrompt: String { "要打开的工作簿文件：" }
    public func offerRefused(_ answer: String) -> String { "「\(answer)」不是可选项；请输入 1、2 或 3。" }
}

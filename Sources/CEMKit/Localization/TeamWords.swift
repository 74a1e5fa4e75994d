// Words of the team features: cycles, cycle comparison, workbook diffs, git and merge conflicts.

/// The TeamWords of a language.
public func teamStrings(_ language: Language) -> TeamWords { TeamWords(language) }

extension TeamWords {
    private var base: ReportWords { ReportWords(language) }
    public func cycleLabel(_ cycle: Int, closedOn: String?) -> String {
        language.pick(
            zh: "第 \(cycle) 周期" + (closedOn.map { "（\($0) 结束）" } ?? "（当前）"),
            en: "Cycle \(cycle)" + (closedOn.map { " (closed \($0))" } ?? " (current)"))
    }
    public func refusal(_ r: CycleCloseRefusal) -> String {
        switch r {
        case .lastCycle(let cycle): return lastCycle(cycle)
        case .noMeasuredKPI(let cycle):
            return language.pick(
                zh: "第 \(cycle) 周期还不能结束：步骤 7 没有任何填写了实际值的 KPI，没有可回馈的结果；请先填写 KPI 的实际值，或用 --force 强制结束",
                en: "cycle \(cycle) cannot be closed yet: step 7 has no KPI with an actual value, so there is nothing to feed back; "
                    + "enter the KPIs' actual values first, or close anyway with --force")
        case .badDate(let date):
            return language.pick(
                zh: "“\(date)”不是日期；请写成 YYYY-MM-DD，例如 2025-06-30",
                en: "'\(date)' is not a date; write it as YYYY-MM-DD, e.g. 2025-06-30")
        case .dateBeforePreviousClose(let date, let previous):
            return language.pick(
                zh: "\(date) 早于上一周期的结束日期 \(previous)；请用 --on 指定更晚的日期",
                en: "\(date) is before \(previous), when the previous cycle was closed; give a later date with --on")
        case .alreadyArchived(let cycle):
            return language.pick(
                zh: "history 中已有第 \(cycle) 周期；请检查工作簿的 \"cycle\" 编号",
                en: "history already holds a cycle \(cycle); check the workbook's \"cycle\" number")
        }
    }
    public func cycleClosed(_ path: String, cycle: Int, on date: String, next: Int) -> String {
        language.pick(
            zh: "\(path)：第 \(cycle) 周期已于 \(date) 结束并存入 history；第 \(next) 周期从步骤 1 开始"
                + "（分数和 KPI 实际值已清空；引导会话会以第 \(cycle) 周期的分数作为默认值）。"
                + "可用 `cem compare \(path)` 比较各周期。",
            en: "\(path): cycle \(cycle) closed on \(date) and archived in history; cycle \(next) starts at step 1 "
                + "(scores and KPI actual values are empty; the session offers cycle \(cycle)'s scores as defaults). "
                + "Compare cycles with `cem compare \(path)`.")
    }
    public var forcedWithoutKPI: String {
        language.pick(zh: "已用 --force 结束：没有任何 KPI 填写了实际值。", en: "Closed with --force: no KPI had an actual value.")
    }
    public var compareTitle: String { language.pick(zh: "周期对比", en: "Cycle over cycle") }
    public func keyExperienceProgress(cycle: Int, name: String, change: String, improved: Bool?) -> String {
        let verdict = improved.map { $0 ? language.pick(zh: "已改善", en: "improved") : language.pick(zh: "未改善", en: "not improved") }
            ?? language.pick(zh: "尚未评分", en: "not rated yet")
        return language.pick(
            zh: "第 \(cycle) 周期的关键体验：\(name)，加权满意度 \(change)：\(verdict)",
            en: "Key experience of cycle \(cycle): \(name), weighted satisfaction \(change): \(verdict)")
    }
    public func noKeyExperienceIn(cycle: Int) -> String {
        language.pick(zh: "第 \(cycle) 周期没有关键体验。", en: "Cycle \(cycle) had no key experience.")
    }
    public func indexesProgress(mean: String, weighted: String) -> String {
        language.pick(
            zh: "平均满意度 \(mean)；加权满意度指数 \(weighted)",
            en: "Mean satisfaction \(mean); weighted satisfaction index \(weighted)")
    }
    public var kpiResults: String { language.pick(zh: "各周期的 KPI 结果", en: "KPI results per cycle") }
    public var noKPIInAnyCycle: String { language.pick(zh: "各周期都没有 KPI。", en: "No KPI in any cycle.") }
    public func noClosedCycle(cycle: Int) -> String {
        language.pick(
            zh: "尚无已结束的周期：第 \(cycle) 周期是第一个。KPI 测量完成后，可用 `cem cycle close 文件` 结束它。",
            en: "No closed cycle yet: cycle \(cycle) is the first. Close it with `cem cycle close FILE` once its KPIs are measured.")
    }
    public func currentNotRated(cycle: Int) -> String {
        language.pick(zh: "第 \(cycle) 周期（当前）尚未评分。", en: "Cycle \(cycle) (current) has no scores yet.")
    }
    public var progressHeading: String { language.pick(zh: "自上一周期以来的进展", en: "Progress since last cycle") }
    public var equivalent: String { language.pick(zh: "两个工作簿内容相同。", en: "The two workbooks are equivalent.") }
    public func diffHeading(old: String, new: String) -> String {
        "\(old) → \(new)" 
    }
    public func sectionTitle(_ section: DiffSection) -> String {
        switch section {
        case .workbook: return language.pick(zh: "工作簿", en: "Workbook")
        case .factors: return language.pick(zh: "因素", en: "Factors")
        case .scores: return language.pick(zh: "分数", en: "Scores")
        case .conclusions: return language.pick(zh: "结论", en: "Conclusions")
        case .requirements: return language.pick(zh: "需求", en: "Requirements")
        case .kpis: return language.pick(zh: "KPI", en: "KPIs")
        case .history: return language.pick(zh: "历史周期", en: "History")
        case .encounters, .moments, .experiments: return behaviourSectionTitle(section)
        }
    }
    public func fieldName(_ field: String) -> String {
        if let score = ScoreField(rawValue: field) {
            return language.pick(zh: base.scoreName(score), en: base.scoreName(score).lowercased())
        }
        return (Self.fieldNames[field] ?? Self.actionPlanFieldNames[field] ?? Self.behaviourFieldNames[field])?(language) ?? field
    }
    /// The names of the workbook's fields (other than scores) as a diff names them.
    private static let fieldNames: [String: Localized] = [
        "satisfaction": Localized(zh: "满意度", en: "satisfaction"),
        "weightedSatisfaction": Localized(zh: "加权满意度", en: "weighted satisfaction"),
        "gap": Localized(zh: "差距", en: "gap"),
        "title": Localized(zh: "标题", en: "title"),
        "language": Localized(zh: "语言", en: "language"),
        "cycle": Localized(zh: "周期", en: "cycle"),
        "scale": Localized(zh: "量表", en: "scale"),
        "importanceScale": Localized(zh: "重要性量表", en: "importance scale"),
        "brand.statement": Localized(zh: "品牌主张", en: "brand statement"),
        "description": Localized(zh: "说明", en: "description"),
        "notes": Localized(zh: "备注", en: "notes"),
        "brandValueDrivers": Localized(zh: "品牌价值驱动因素", en: "brand-value drivers"),
        "keyExperiences": Localized(zh: "关键体验", en: "key experiences"),
        "largestGap": Localized(zh: "最大差距", en: "largest gap"),
        "meanSatisfaction": Localized(zh: "平均满意度", en: "mean satisfaction"),
        "weightedSatisfactionIndex": Localized(zh: "加权满意度指数", en: "weighted satisfaction index"),
        "factors": Localized(zh: "相关因素", en: "factors"),
        "targetExperience": Localized(zh: "目标体验", en: "target experience"),
        "decision": Localized(zh: "决定", en: "decision"),
        "strategyFit": Localized(zh: "策略契合", en: "strategy fit"),
        "people": Localized(zh: "人员", en: "people"),
        "process": Localized(zh: "流程", en: "process"),
        "technology": Localized(zh: "技术", en: "technology"),
        "rationale": Localized(zh: "理由", en: "rationale"),
        "priority": Localized(zh: "优先级", en: "priority"),
        "metric": Localized(zh: "指标", en: "metric"),
        "unit": Localized(zh: "单位", en: "unit"),
        "better": Localized(zh: "方向", en: "better"),
        "baseline": Localized(zh: "基线", en: "baseline"),
        "target": Localized(zh: "目标", en: "target"),
        "actual": Localized(zh: "实际", en: "actual"),
        "measuredOn": Localized(zh: "测量日期", en: "measured on"),
        "met": Localized(zh: "达成", en: "met"),
    ]
    public func itemKind(_ section: DiffSection) -> String {
        switch section {
        case .factors, .scores: return language.pick(zh: "因素", en: "factor")
        case .requirements: return language.pick(zh: "需求", en: "requirement")
        case .kpis: return "KPI"
        case .encounters, .moments, .experiments: return behaviourItemKind(section)
        default: return language.pick(zh: "周期", en: "cycle")
        }
    }
    public func added(_ kind: String, _ label: String, position: Int?) -> String {
        language.pick(
            zh: "新增\(kind) \(label)" + (position.map { "，位于第 \($0) 位" } ?? ""),
            en: "added \(kind) \(label)" + (position.map { " at position \($0)" } ?? ""))
    }
    public func removed(_ kind: String, _ label: String) -> String {
        language.pick(zh: "删除\(kind) \(label)", en: "removed \(kind) \(label)")
    }
    public func renamed(_ label: String, from: String, to: String) -> String {
        language.pick(zh: "\(label) 改名：\(from) → \(to)", en: "renamed \(label): \(from) → \(to)")
    }
    public func idChanged(name: String, from: String, to: String) -> String {
        language.pick(zh: "因素“\(name)”的 id 改为：\(from) → \(to)", en: "factor id of \(name) changed: \(from) → \(to)")
    }
    public func moved(_ kind: String, _ label: String, from: Int, to: Int) -> String {
        language.pick(zh: "\(kind) \(label) 从第 \(from) 位移到第 \(to) 位", en: "moved \(kind) \(label) from position \(from) to \(to)")
    }
    public func changed(_ label: String, field: String, value: String) -> String {
        language.pick(
            zh: (label.isEmpty ? "" : label + " ") + field + "：" + value,
            en: (label.isEmpty ? "" : label + " ") + field + ": " + value)
    }
    public func surveyChanged(_ label: String) -> String {
        language.pick(zh: "\(label)：调查统计已改变", en: "\(label): survey statistics changed")
    }
    public func scoreLine(_ label: String, changes: [String], effect: [String]) -> String {
        language.pick(
            zh: "\(label)：" + changes.joined(separator: "、") + (effect.isEmpty ? "" : "；" + effect.joined(separator: "、")),
            en: "\(label): " + changes.joined(separator: ", ") + (effect.isEmpty ? "" : "; " + effect.joined(separator: ", ")))
    }
    public func archived(cycle: String, closedOn: String?) -> String {
        language.pick(
            zh: "第 \(cycle) 周期" + (closedOn.map { "于 \($0) " } ?? "") + "结束并存档",
            en: "cycle \(cycle) closed" + (closedOn.map { " on \($0)" } ?? "") + " and archived")
    }
    public func unarchived(cycle: String) -> String {
        language.pick(zh: "删除了已存档的第 \(cycle) 周期", en: "archived cycle \(cycle) removed")
    }
    public func archivedChanged(cycle: String) -> String {
        language.pick(zh: "已存档的第 \(cycle) 周期有改动", en: "archived cycle \(cycle) changed")
    }
    public var historyReordered: String { language.pick(zh: "已存档周期的顺序有改动", en: "archived cycles reordered") }
    public var otherChange: String { language.pick(zh: "其他改动", en: "other changes") }
    public func quoted(_ text: String) -> String { language.pick(zh: "“\(text)”", en: "\"\(text)\"") }
    public func differences(_ count: Int) -> String {
        language.pick(zh: "共 \(count) 处不同", en: "\(count) difference\(count == 1 ? "" : "s")")
    }
    public func notInRepository(_ path: String) -> String {
        language.pick(
            zh: "\(path) 不在 git 仓库中；请在仓库内运行 cem diff --git，或用 `cem diff 旧文件 新文件` 比较两个文件",
            en: "\(path) is not inside a git repository; run cem diff --git from a repository, or compare two files with `cem diff OLD NEW`")
    }
    public func unknownRevision(_ revision: String) -> String {
        language.pick(
            zh: "未知的版本“\(revision)”；请使用存在的提交、分支或标签（见 `git log --oneline`）",
            en: "unknown revision '\(revision)'; use a commit, branch or tag that exists (see `git log --oneline`)")
    }
    public func notAtRevision(_ path: String, revision: String) -> String {
        language.pick(
            zh: "\(path) 在 \(revision) 中不存在；它可能是之后才加入的（见 `git log --oneline -- \(path)`）",
            en: "\(path) does not exist at \(revision); it may have been added later (see `git log --oneline -- \(path)`)")
    }
    public func gitFailed(_ reason: String) -> String { language.pick(zh: "git 执行失败：\(reason)", en: "git failed: \(reason)") }
    public var gitNotFound: String { language.pick(zh: "没有安装 git，或 git 不在 PATH 中", en: "git is not installed or not on PATH") }
    public func gitSetupDone(attributes: String, line: String, added: Bool, config: String) -> String {
        language.pick(
            zh: (added ? "已在 \(attributes) 中加入“\(line)”。" : "\(attributes) 中已有“\(line)”。")
                + "\n已写入本仓库的 git 配置：\(config)"
                + "\n现在 `git diff` 和 `git log -p` 会以七步分析显示工作簿。提交 \(attributes) 即可与团队共享。",
            en: (added ? "Added '\(line)' to \(attributes)." : "\(attributes) already has '\(line)'.")
                + "\nSet in the repository's git config: \(config)"
                + "\n`git diff` and `git log -p` now show workbooks as the seven-step analysis. Commit \(attributes) to share it.")
    }
    public func conflictingValue(path: String, ours: String, oursLabel: String, theirs: String, theirsLabel: String) -> String {
        language.pick(
            zh: "  冲突于 \(path)：\(oursLabel) 为 \(ours)，\(theirsLabel) 为 \(theirs)",
            en: "  conflict at \(path): \(oursLabel) has \(ours), \(theirsLabel) has \(theirs)")
    }
    public var conflictNoScores: String {
        language.pick(zh: "  （没有冲突的分数：冲突在文件的其他部分）", en: "  (no conflicting score: the conflict is elsewhere in the file)")
    }
}

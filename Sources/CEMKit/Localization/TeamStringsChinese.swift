// The Chinese table of TeamStrings.

public struct ChineseTeamStrings: TeamStrings {
    public init() {}
    private let base = ChineseStrings()

    public func cycleLabel(_ cycle: Int, closedOn: String?) -> String {
        "第 \(cycle) 周期" + (closedOn.map { "（\($0) 结束）" } ?? "（当前）")
    }
    public func refusal(_ r: CycleCloseRefusal) -> String {
        switch r {
        case .noMeasuredKPI(let cycle):
            return "第 \(cycle) 周期还不能结束：步骤 7 没有任何填写了实际值的 KPI，没有可回馈的结果；请先填写 KPI 的实际值，或用 --force 强制结束"
        case .badDate(let date): return "「\(date)」不是日期；请写成 YYYY-MM-DD，例如 2025-06-30"
        case .dateBeforePreviousClose(let date, let previous):
            return "\(date) 早于上一周期的结束日期 \(previous)；请用 --on 指定更晚的日期"
        case .alreadyArchived(let cycle):
            return "history 中已有第 \(cycle) 周期；请检查工作簿的 \"cycle\" 编号"
        case .lastCycle(let cycle): return TeamWords(.zh).lastCycle(cycle)
        }
    }
    public func cycleClosed(_ path: String, cycle: Int, on date: String, next: Int) -> String {
        "\(path)：第 \(cycle) 周期已于 \(date) 结束并存入 history；第 \(next) 周期从步骤 1 开始"
            + "（分数和 KPI 实际值已清空；引导会话会以第 \(cycle) 周期的分数作为默认值）。"
            + "可用 `cem compare \(path)` 比较各周期。"
    }
    public var forcedWithoutKPI: String { "已用 --force 结束：没有任何 KPI 填写了实际值。" }

    public var compareTitle: String { "周期对比" }
    public func keyExperienceProgress(cycle: Int, name: String, change: String, improved: Bool?) -> String {
        let verdict = improved.map { $0 ? "已改善" : "未改善" } ?? "尚未评分"
        return "第 \(cycle) 周期的关键体验：\(name)，加权满意度 \(change)：\(verdict)"
    }
    public func noKeyExperienceIn(cycle: Int) -> String { "第 \(cycle) 周期没有关键体验。" }
    public func indexesProgress(mean: String, weighted: String) -> String {
        "平均满意度 \(mean)；加权满意度指数 \(weighted)"
    }
    public var kpiResults: String { "各周期的 KPI 结果" }
    public var noKPIInAnyCycle: String { "各周期都没有 KPI。" }
    public func noClosedCycle(cycle: Int) -> String {
        "尚无已结束的周期：第 \(cycle) 周期是第一个。KPI 测量完成后，可用 `cem cycle close 文件` 结束它。"
    }
    public func currentNotRated(cycle: Int) -> String { "第 \(cycle) 周期（当前）尚未评分。" }
    public var progressHeading: String { "自上一周期以来的进展" }

    public var equivalent: String { "两个工作簿内容相同。" }
    public func diffHeading(old: String, new: String) -> String { "\(old) → \(new)" }
    public func sectionTitle(_ section: DiffSection) -> String {
        switch section {
        case .workbook: return "工作簿"
        case .factors: return "因素"
        case .scores: return "分数"
        case .conclusions: return "结论"
        case .requirements: return "需求"
        case .kpis: return "KPI"
        case .history: return "历史周期"
        }
    }
    public func fieldName(_ field: String) -> String {
        if let score = ScoreField(rawValue: field) { return base.scoreName(score) }
        switch field {
        case "satisfaction": return "满意度"
        case "weightedSatisfaction": return "加权满意度"
        case "gap": return "差距"
        case "title": return "标题"
        case "language": return "语言"
        case "cycle": return "周期"
        case "scale": return "量表"
        case "importanceScale": return "重要性量表"
        case "brand.statement": return "品牌主张"
        case "description": return "说明"
        case "notes": return "备注"
        case "brandValueDrivers": return "品牌价值驱动因素"
        case "keyExperiences": return "关键体验"
        case "largestGap": return "最大差距"
        case "meanSatisfaction": return "平均满意度"
        case "weightedSatisfactionIndex": return "加权满意度指数"
        case "factors": return "相关因素"
        case "targetExperience": return "目标体验"
        case "decision": return "决定"
        case "strategyFit": return "策略契合"
        case "people": return "人员"
        case "process": return "流程"
        case "technology": return "技术"
        case "rationale": return "理由"
        case "priority": return "优先级"
        case "metric": return "指标"
        case "unit": return "单位"
        case "better": return "方向"
        case "baseline": return "基线"
        case "target": return "目标"
        case "actual": return "实际"
        case "measuredOn": return "测量日期"
        case "met": return "达成"
        default: return field
        }
    }
    public func itemKind(_ section: DiffSection) -> String {
        switch section {
        case .factors, .scores: return "因素"
        case .requirements: return "需求"
        case .kpis: return "KPI"
        default: return "周期"
        }
    }
    public func added(_ kind: String, _ label: String, position: Int?) -> String {
        "新增\(kind) \(label)" + (position.map { "，位于第 \($0) 位" } ?? "")
    }
    public func removed(_ kind: String, _ label: String) -> String { "删除\(kind) \(label)" }
    public func renamed(_ label: String, from: String, to: String) -> String { "\(label) 改名：\(from) → \(to)" }
    public func idChanged(name: String, from: String, to: String) -> String { "因素「\(name)」的 id 改为：\(from) → \(to)" }
    public func moved(_ kind: String, _ label: String, from: Int, to: Int) -> String {
        "\(kind) \(label) 从第 \(from) 位移到第 \(to) 位"
    }
    public func changed(_ label: String, field: String, value: String) -> String {
        (label.isEmpty ? "" : label + " ") + field + "：" + value
    }
    public func surveyChanged(_ label: String) -> String { "\(label)：调查统计已改变" }
    public func scoreLine(_ label: String, changes: [String], effect: [String]) -> String {
        "\(label)：" + changes.joined(separator: "，") + (effect.isEmpty ? "" : "；" + effect.joined(separator: "，"))
    }
    public func archived(cycle: String, closedOn: String?) -> String {
        "第 \(cycle) 周期" + (closedOn.map { "于 \($0) " } ?? "") + "结束并存档"
    }
    public func unarchived(cycle: String) -> String { "删除了已存档的第 \(cycle) 周期" }
    public func archivedChanged(cycle: String) -> String { "已存档的第 \(cycle) 周期有改动" }
    public var historyReordered: String { "已存档周期的顺序有改动" }
    public var otherChange: String { "其他改动" }
    public func quoted(_ text: String) -> String { "「\(text)」" }
    public func differences(_ count: Int) -> String { "共 \(count) 处不同" }

    public func notInRepository(_ path: String) -> String {
        "\(path) 不在 git 仓库中；请在仓库内运行 cem diff --git，或用 `cem diff 旧文件 新文件` 比较两个文件"
    }
    public func unknownRevision(_ revision: String) -> String {
        "未知的版本「\(revision)」；请使用存在的提交、分支或标签（见 `git log --oneline`）"
    }
    public func notAtRevision(_ path: String, revision: String) -> String {
        "\(path) 在 \(revision) 中不存在；它可能是之后才加入的（见 `git log --oneline -- \(path)`）"
    }
    public func gitFailed(_ reason: String) -> String { "git 执行失败：\(reason)" }
    public var gitNotFound: String { "没有安装 git，或 git 不在 PATH 中" }
    public func gitSetupDone(attributes: String, line: String, added: Bool, config: String) -> String {
        (added ? "已在 \(attributes) 中加入「\(line)」。" : "\(attributes) 中已有「\(line)」。")
            + "\n已写入本仓库的 git 配置：\(config)"
            + "\n现在 `git diff` 和 `git log -p` 会以七步分析显示工作簿。提交 \(attributes) 即可与团队共享。"
    }

    public func conflictingValue(path: String, ours: String, oursLabel: String, theirs: String, theirsLabel: String) -> String {
        "  冲突于 \(path)：\(oursLabel) 为 \(ours)，\(theirsLabel) 为 \(theirs)"
    }
    public var conflictNoScores: String { "  （没有冲突的分数：冲突在文件的其他部分）" }
}

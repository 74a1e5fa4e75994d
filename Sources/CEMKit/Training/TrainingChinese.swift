// The Chinese table of the training's words.

public struct ChineseTrainingStrings: TrainingStrings {
    public init() {}

    public func prompt(_ kind: QuestionKind, target: String) -> String {
        switch kind {
        case .brandValueDriver: return "哪个因素是品牌价值的驱动因素（品牌价值最高）？"
        case .satisfaction: return "「\(target)」的满意度是多少？"
        case .meanSatisfaction: return "所有因素的平均满意度是多少？"
        case .weightedSatisfaction: return "「\(target)」的加权满意度是多少？"
        case .weightedSatisfactionIndex: return "加权满意度指数是多少？"
        case .keyExperience: return "哪个因素是关键体验？"
        case .quadrant: return "「\(target)」在 IPA 的哪个象限？"
        case .gap: return "「\(target)」的差距（体验 − 理想）是多少？"
        case .weightedGap: return "「\(target)」的加权差距是多少？"
        case .largestGap: return "哪个因素的差距最大（加权差距最负）？"
        case .largestGapRequirement: return "哪项需求弥补最大的差距？"
        case .requirementPriority: return "需求 \(target) 的优先级是多少？"
        case .topPursuedRequirement: return "在决定推行的需求中，哪一项应排第一（优先级最高）？"
        case .kpiMet: return "KPI \(target) 是否达成？"
        case .kpiDeviation: return "KPI \(target) 的偏差（实际 − 目标）是多少？"
        case .satisfactionChange: return "「\(target)」的满意度"
        }
    }

    public func hint(_ kind: QuestionKind, target: String) -> String {
        switch kind {
        case .brandValueDriver: return "看品牌价值一栏：哪个因素最高？（并列时任一皆可。）"
        case .satisfaction: return "满意度 = 体验 − 期望（三角定律）。看「\(target)」的体验和期望。"
        case .meanSatisfaction: return "先算出每个因素的满意度（体验 − 期望），相加后除以因素个数。"
        case .weightedSatisfaction: return "加权满意度 = 重要性 × 满意度，满意度 = 体验 − 期望。看「\(target)」的重要性、体验和期望。"
        case .weightedSatisfactionIndex: return "指数 = Σ（重要性 × 满意度）÷ Σ 重要性，对所有因素求和。"
        case .keyExperience: return "对每个因素算 重要性 ×（体验 − 期望）；最负的就是关键体验（并列时取重要性高者）。"
        case .quadrant: return "IPA：分界线是各因素体验和重要性的平均值。把「\(target)」的体验和重要性与之比较（相等算高）。"
        case .gap: return "差距 = 体验 − 理想（负数即不足）。看「\(target)」的体验和理想。"
        case .weightedGap: return "加权差距 = 重要性 × 差距，差距 = 体验 − 理想。看「\(target)」的重要性、体验和理想。"
        case .largestGap: return "对每个因素算 重要性 ×（体验 − 理想）；最负的就是最大差距。"
        case .largestGapRequirement: return "先找出 重要性 ×（体验 − 理想）最负的因素，再找与之关联且未放弃的需求。"
        case .requirementPriority: return "优先级 = 需求所关联因素的 −（重要性 × 差距）中的最大值；都无不足时为 0。"
        case .topPursuedRequirement: return "只看决定为推行（pursue）的需求；优先级（所关联因素 −加权差距 的最大值）最高者排第一。"
        case .kpiMet: return "偏差 = 实际 − 目标；再看这个 KPI 是越高越好还是越低越好。"
        case .kpiDeviation: return "偏差 = 实际 − 目标。"
        case .satisfactionChange: return "分别算出「\(target)」现在和之前的满意度（体验 − 期望），再相减：现在 − 之前"
        }
    }

    public func inCycle(_ cycle: Int) -> String { "（第 \(cycle) 期）" }
    public func sinceCycle(_ cycle: Int) -> String { "比第 \(cycle) 期变化了多少？" }
    public func alsoRight(_ list: String) -> String { "；\(list) 也对" }
    public var yes: String { "是" }
    public var no: String { "否" }
    public var yesWords: [String] { ["对", "达成", "y", "yes"] }
    public var noWords: [String] { ["不", "未达成", "n", "no"] }

    public func satisfactionWorking(_ name: String, _ experience: String, _ expectation: String, _ result: String) -> String {
        "「\(name)」的满意度 = 体验 − 期望 = \(experience) − \(expectation) = \(result)"
    }
    public func weightedSatisfactionWorking(_ name: String, _ importance: String, _ experience: String, _ expectation: String,
                                            _ satisfaction: String, _ result: String) -> String {
        "「\(name)」的加权满意度 = 重要性 ×（体验 − 期望）= \(importance) × (\(experience) − \(expectation)) = \(importance) × \(satisfaction) = \(result)"
    }
    public func gapWorking(_ name: String, _ experience: String, _ ideal: String, _ result: String) -> String {
        "「\(name)」的差距 = 体验 − 理想 = \(experience) − \(ideal) = \(result)"
    }
    public func weightedGapWorking(_ name: String, _ importance: String, _ experience: String, _ ideal: String,
                                   _ gap: String, _ result: String) -> String {
        "「\(name)」的加权差距 = 重要性 ×（体验 − 理想）= \(importance) × (\(experience) − \(ideal)) = \(importance) × \(gap) = \(result)"
    }
    public func quadrantWorking(_ name: String, experience: String, experienceCut: String, highExperience: Bool,
                                importance: String, importanceCut: String, highImportance: Bool, quadrant: String) -> String {
        "分界线（平均值）：体验 \(experienceCut)，重要性 \(importanceCut)；「\(name)」：体验 \(experience) "
            + (highExperience ? "≥ \(experienceCut)（高）" : "< \(experienceCut)（低）") + "，重要性 \(importance) "
            + (highImportance ? "≥ \(importanceCut)（高）" : "< \(importanceCut)（低）") + " → \(quadrant)"
    }
    public func meanWorking(_ values: [String], count: Int, result: String) -> String {
        "平均满意度 = (\(values.joined(separator: " + "))) ÷ \(count) = \(result)"
    }
    public func indexWorking(terms: [String], importances: [String], numerator: String, denominator: String, result: String) -> String {
        "指数 = Σ 重要性 × 满意度 ÷ Σ 重要性 = (\(terms.joined(separator: " + "))) ÷ (\(importances.joined(separator: " + "))) = \(numerator) ÷ \(denominator) = \(result)"
    }
    public func brandValueWorking(top: String, drivers: String) -> String { "最高的品牌价值是 \(top)：\(drivers)" }
    public func term(_ name: String, _ expression: String, _ value: String) -> String { "\(name) \(expression) = \(value)" }
    public func keyExperienceWorking(terms: String, key: String, figure: String) -> String {
        "重要性 × 满意度小于 0 的有：\(terms)；最负的是 \(key)（\(figure)）"
    }
    public func largestGapWorking(terms: String, largest: String, figure: String) -> String {
        "重要性 × 差距小于 0 的有：\(terms)；最负的是 \(largest)（\(figure)）"
    }
    public func largestGapRequirementWorking(factor: String, weightedGap: String, requirement: String, priority: String) -> String {
        "差距最大的是「\(factor)」（加权差距 \(weightedGap)）；\(requirement) 与之关联且未放弃（优先级 \(priority)）"
    }
    public func priorityWorking(terms: String, result: String) -> String {
        "优先级 = 所关联因素的 −加权差距 的最大值" + (terms.isEmpty ? "" : "：\(terms)") + " → \(result)"
    }
    public func topPursuedWorking(terms: String, top: String) -> String {
        "决定推行的需求及其优先级：\(terms)；最高的优先级是 \(top)"
    }
    public func deviationWorking(actual: String, target: String, deviation: String) -> String {
        "偏差 = 实际 − 目标 = \(actual) − \(target) = \(deviation)"
    }
    public func metWorking(better: String, met: Bool) -> String {
        "；方向为 \(better)，所以 KPI " + (met ? "已达成" : "未达成")
    }
    public func changeWorking(now: String, before: String, cycle: Int, change: String) -> String {
        "现在：\(now)；第 \(cycle) 期：\(before)；变化 = \(change)"
    }

    public func levelName(_ level: ExerciseLevel) -> String {
        switch level {
        case .beginner: return "入门"
        case .intermediate: return "中级"
        case .advanced: return "高级"
        }
    }
    public func header(title: String, industry: String, level: String, steps: String) -> String {
        "练习：\(title)\n行业：\(industry) · 难度：\(level) · 步骤：\(steps)"
    }
    public var scenarioHeading: String { "情境" }
    public var dataHeading: String { "数据" }
    public func closedCycleHeading(_ cycle: Int) -> String { "之前（第 \(cycle) 期）" }
    public var requirementsHeading: String { "需求" }
    public var kpisHeading: String { "KPI" }
    public var howToAnswer: String { "每题在一行内作答（全角数字亦可）。输入 跳过（skip）看答案并继续，退出（quit）结束。" }
    public func questionHeader(number: Int, total: Int, step: String) -> String { "第 \(number) 题 / 共 \(total) 题 · \(step)" }
    public var optionsNote: String { "可输入选项编号、id 或名称。" }
    public var right: String { "✓ 正确。" }
    public func wrongWithHint(_ hint: String) -> String { "✗ 不对。提示：\(hint)请再试一次。" }
    public func wrongWithAnswer(_ answer: String, working: String) -> String { "✗ 不对。答案是 \(answer)。\n  \(working)" }
    public func skipped(_ answer: String, working: String) -> String { "已跳过。答案是 \(answer)。\n  \(working)" }
    public func working(_ working: String) -> String { "  \(working)" }
    public func why(_ explanation: String) -> String { "  要点：\(explanation)" }
    public func notANumber(_ text: String) -> String { "「\(text)」不是数字：请输入数字，如 -1.5（或 跳过、退出）。" }
    public func notAnOption(_ text: String, count: Int, suggestion: String?) -> String {
        "「\(text)」不是选项之一" + (suggestion.map { "（是否想输入「\($0)」？）" } ?? "")
            + "：请输入 1 到 \(count) 的编号、id 或名称（或 跳过、退出）。"
    }
    public var prompt: String { "答案> " }
    public var scoreHeading: String { "得分" }
    public var stepColumn: String { "步骤" }
    public var questionsColumn: String { "题数" }
    public var scoreColumn: String { "得分" }
    public func total(_ points: String, of: Int) -> String { "总分：\(points) / \(of)（一次答对得 1 分，提示后答对得 ½ 分）" }
    public var fullScore: String { "满分，做得好！" }
    public func revisit(_ steps: String) -> String { "建议复习：\(steps)" }
    public func stoppedEarly(answered: Int, total: Int) -> String { "共 \(total) 题，完成 \(answered) 题后结束。" }
    public func answersHeading(_ title: String) -> String { "参考答案：\(title)" }
    public var answerLabel: String { "答案" }
    public var workingLabel: String { "算法" }
    public var hintLabel: String { "提示" }
    public var whyLabel: String { "要点" }

    public var idColumn: String { "ID" }
    public var titleColumn: String { "标题" }
    public var industryColumn: String { "行业" }
    public var stepsColumn: String { "步骤" }
    public var levelColumn: String { "难度" }
    public var listFooter: String {
        "用 `cem train ID` 开始练习；`cem train ID --answers` 显示参考答案；`cem train 文件` 运行自己的练习文件。"
    }
    public func unknownExercise(_ id: String, suggestion: String?) -> String {
        "cem train：没有名为「\(id)」的练习，也没有这个文件。" + (suggestion.map { "是否想用「\($0)」？" } ?? "") + "运行 `cem train` 查看列表。"
    }

    public func problem(_ p: ExerciseProblem) -> String {
        switch p {
        case .workbook(let problem): return ReportWords(.zh).problem(problem)
        case .notAnExercise(let found): return "这不是 cem 练习文件（发现 \(found)）"
        case .unknownQuestionKind(let kind, _): return "未知的题型「\(kind)」"
        case .unknownRequirement(let id, _): return "工作簿中没有需求「\(id)」"
        case .unknownKPI(let id, _): return "工作簿中没有 KPI「\(id)」"
        case .ambiguousKPI(let id, let requirements): return "KPI id「\(id)」被多个需求使用（\(requirements.joined(separator: "、"))）"
        case .missingTarget(let kind, let key): return "\(kind) 题需要「\(key)」"
        case .targetNotUsed(let kind, let key): return "\(kind) 题不使用「\(key)」"
        case .noSuchCycle(let cycle, let available):
            if cycle == 0 { return "satisfactionChange 题需要工作簿 history 中已结束的一期，但没有" }
            return "工作簿的 history 中没有第 \(cycle) 期" + (available.isEmpty ? "（一期都没有）" : "（只有 \(available.map(String.init).joined(separator: "、"))）")
        case .cycleNotUsed(let kind): return "\(kind) 题只针对本期"
        case .duplicateQuestionID(let id, let line): return "题目 id「\(id)」重复（第一次在第 \(line) 行）"
        case .emptyText(let key): return "「\(key)」是空的"
        case .noQuestions: return "练习中没有题目"
        case .badTolerance(let value): return "\(CanonicalJSON.number(value)) 不是有效的容差"
        case .noModelAnswer(let kind): return "引擎无法根据工作簿算出这道 \(kind) 题的答案（所需分数为 null，或没有符合条件的项）"
        }
    }

    public func fix(_ p: ExerciseProblem) -> String? {
        switch p {
        case .workbook(let problem):
            if case .missingKey("scenario") = problem { return "添加 \"scenario\"：学员答题前读到的情境" }
            return ReportWords(.zh).fix(problem)
        case .notAnExercise: return "练习文件以 {\"format\": \"cem-exercise\", \"formatVersion\": 1, …} 开头；示例见 workbooks/exercises/"
        case .unknownQuestionKind(_, let suggestion):
            return suggestion.map { "是否想用「\($0)」？" } ?? "题型有：\(QuestionKind.allCases.map(\.rawValue).joined(separator: "、"))"
        case .unknownRequirement(_, let suggestion):
            return suggestion.map { "是否想用「\($0)」？" } ?? "请用 \"workbook.requirements\" 中某个需求的 id"
        case .unknownKPI(_, let suggestion):
            return suggestion.map { "是否想用「\($0)」？" } ?? "请用 \"workbook.requirements[…].kpis\" 中某个 KPI 的 id"
        case .ambiguousKPI(let id, let requirements): return "请指明是哪一个，如 \"\(requirements.first ?? "R1")/\(id)\""
        case .missingTarget(_, let key): return "添加 \"\(key)\"：所问对象的 id"
        case .targetNotUsed(_, let key): return "删除 \"\(key)\"，或改用别的题型"
        case .noSuchCycle(let cycle, _):
            return cycle == 0 ? "在 \"workbook.history\" 中加入之前的分数，或改用别的题型" : "请用 \"workbook.history\" 中已有的期数，或删除 \"cycle\""
        case .cycleNotUsed: return "删除 \"cycle\""
        case .duplicateQuestionID: return "每道题用不同的 id"
        case .emptyText: return "写上学员要读的文字"
        case .noQuestions: return "至少添加一道题，如 {\"id\": \"q1\", \"kind\": \"satisfaction\", \"factor\": \"…\"}"
        case .badTolerance: return "请用 0 或较小的正数，如 0.01"
        case .noModelAnswer: return "补上这道题所需的分数，或改问别的问题；可用 `cem show` 查看工作簿"
        }
    }
}

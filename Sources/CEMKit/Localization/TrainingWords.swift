// Words of the training exercises: questions, hints, workings, the trainer's messages and the problems of an exercise file.

/// The TrainingWords of a language.
public func trainingStrings(_ language: Language) -> TrainingWords { TrainingWords(language) }

extension TrainingWords {
    public func prompt(_ kind: QuestionKind, target: String) -> String {
        switch kind {
        case .brandValueDriver:
            return language.pick(
                zh: "哪个因素是品牌价值的驱动因素（品牌价值最高）？",
                en: "Which factor drives the brand value (the highest brand value)?")
        case .satisfaction: return language.pick(zh: "“\(target)”的满意度是多少？", en: "What is the satisfaction of \(target)?")
        case .meanSatisfaction: return language.pick(zh: "所有因素的平均满意度是多少？", en: "What is the mean satisfaction over all factors?")
        case .weightedSatisfaction:
            return language.pick(zh: "“\(target)”的加权满意度是多少？", en: "What is the weighted satisfaction of \(target)?")
        case .weightedSatisfactionIndex: return language.pick(zh: "加权满意度指数是多少？", en: "What is the weighted satisfaction index?")
        case .keyExperience: return language.pick(zh: "哪个因素是关键体验？", en: "Which factor is the key experience?")
        case .keyExperiences:
            return language.pick(zh: "哪些因素是关键体验（加权满意度小于 0）？全部列出，次序不限，用“、”或“，”分隔。",
                                 en: "Which factors are key experiences (weighted satisfaction below 0)? Name all of them, in any order, separated by commas.")
        case .keyExperienceOrder:
            return language.pick(zh: "把关键体验排序：最负的在前，用“、”或“，”分隔。",
                                 en: "Put the key experiences in order, most negative first, separated by commas.")
        case .open: return target
        case .quadrant: return language.pick(zh: "“\(target)”在 IPA 的哪个象限？", en: "In which IPA quadrant is \(target)?")
        case .gap:
            return language.pick(zh: "“\(target)”的差距（体验 − 理想）是多少？", en: "What is the gap of \(target) (experience − ideal)?")
        case .weightedGap: return language.pick(zh: "“\(target)”的加权差距是多少？", en: "What is the weighted gap of \(target)?")
        case .largestGap:
            return language.pick(zh: "哪个因素的差距最大（加权差距最负）？", en: "Which factor has the largest gap (most negative weighted gap)?")
        case .largestGapRequirement: return language.pick(zh: "哪项需求弥补最大的差距？", en: "Which requirement closes the largest gap?")
        case .requirementPriority:
            return language.pick(zh: "需求 \(target) 的优先级是多少？", en: "What is the priority of requirement \(target)?")
        case .topPursuedRequirement:
            return language.pick(
                zh: "在决定推行的需求中，哪一项应排第一（优先级最高）？",
                en: "Of the requirements decided to be pursued, which comes first (highest priority)?")
        case .kpiMet: return language.pick(zh: "KPI \(target) 是否达成？", en: "Was the KPI \(target) met?")
        case .kpiDeviation:
            return language.pick(
                zh: "KPI \(target) 的偏差（实际 − 目标）是多少？",
                en: "What is the deviation of the KPI \(target) (actual − target)?")
        case .satisfactionChange:
            return language.pick(zh: "“\(target)”的满意度", en: "By how much did the satisfaction of \(target) change")
        case .proposedOrder, .experimentDifference, .experimentSignificant: return behaviourPrompt(kind, target: target)
        }
    }
    public func hint(_ kind: QuestionKind, target: String) -> String {
        switch kind {
        case .proposedOrder, .experimentDifference, .experimentSignificant: return behaviourHint(kind)
        case .brandValueDriver:
            return language.pick(
                zh: "看品牌价值一栏：哪个因素最高？（并列时任一皆可。）",
                en: "Look at the brand value column: which factor scores highest? (Ties: any of them.)")
        case .satisfaction:
            return language.pick(
                zh: "满意度 = 体验 − 期望（三角定律）。看“\(target)”的体验和期望。",
                en: "satisfaction = experience − expectation (the triangle law). Look at \(target)'s experience and expectation.")
        case .meanSatisfaction:
            return language.pick(
                zh: "先算出每个因素的满意度（体验 − 期望），相加后除以因素个数。",
                en: "Work out each factor's satisfaction (experience − expectation), add them up and divide by the number of factors.")
        case .weightedSatisfaction:
            return language.pick(
                zh: "加权满意度 = 重要性 × 满意度，满意度 = 体验 − 期望。看“\(target)”的重要性、体验和期望。",
                en: "weighted satisfaction = importance × satisfaction, with satisfaction = experience − expectation. Look at \(target)'s importance, experience and expectation.")
        case .keyExperiences, .keyExperienceOrder:
            return language.pick(
                zh: "对每个因素算 重要性 ×（体验 − 期望）；小于 0 的都是关键体验，越负越靠前（相等时重要性高者在前）。",
                en: "Work out importance × (experience − expectation) for every factor; every one below 0 is a key experience, the most negative first (ties: higher importance first).")
        case .open:
            return language.pick(zh: "用一句话写出你的答案；培训师会对照要点清单阅读。",
                                 en: "Write your answer in a sentence; your trainer reads it against a checklist.")
        case .weightedSatisfactionIndex:
            return language.pick(
                zh: "指数 = Σ（重要性 × 满意度）÷ Σ 重要性，对所有因素求和。",
                en: "index = Σ (importance × satisfaction) ÷ Σ importance, over every factor.")
        case .keyExperience:
            return language.pick(
                zh: "对每个因素算 重要性 ×（体验 − 期望）；最负的就是关键体验（并列时取重要性高者）。",
                en: "Work out importance × (experience − expectation) for every factor; the key experience is the most negative (ties: higher importance).")
        case .quadrant:
            return language.pick(
                zh: "IPA：分界线是各因素体验和重要性的平均值。把“\(target)”的体验和重要性与之比较（相等算高）。",
                en: "IPA: the cut lines are the means of experience and of importance over the factors. Compare \(target)'s experience and importance with them (equal counts as high).")
        case .gap:
            return language.pick(
                zh: "差距 = 体验 − 理想（负数即不足）。看“\(target)”的体验和理想。",
                en: "gap = experience − ideal (negative = shortfall). Look at \(target)'s experience and ideal.")
        case .weightedGap:
            return language.pick(
                zh: "加权差距 = 重要性 × 差距，差距 = 体验 − 理想。看“\(target)”的重要性、体验和理想。",
                en: "weighted gap = importance × gap, with gap = experience − ideal. Look at \(target)'s importance, experience and ideal.")
        case .largestGap:
            return language.pick(
                zh: "对每个因素算 重要性 ×（体验 − 理想）；最负的就是最大差距。",
                en: "Work out importance × (experience − ideal) for every factor; the largest gap is the most negative.")
        case .largestGapRequirement:
            return language.pick(
                zh: "先找出 重要性 ×（体验 − 理想）最负的因素，再找与之关联且未放弃的需求。",
                en: "First find the factor with the most negative importance × (experience − ideal), then the requirement linked to it that is not dropped.")
        case .requirementPriority:
            return language.pick(
                zh: "优先级 = 需求所关联因素的 −（重要性 × 差距）中的最大值；都无不足时为 0。",
                en: "priority = the largest −(importance × gap) over the factors the requirement is linked to; 0 when none is short.")
        case .topPursuedRequirement:
            return language.pick(
                zh: "只看决定为推行（pursue）的需求；优先级（所关联因素 −加权差距 的最大值）最高者排第一。",
                en: "Keep the requirements whose decision is pursue; the first is the one with the highest priority (its largest −weighted gap).")
        case .kpiMet:
            return language.pick(
                zh: "偏差 = 实际 − 目标；再看这个 KPI 是越高越好还是越低越好。",
                en: "deviation = actual − target; then ask whether higher or lower is better for this KPI.")
        case .kpiDeviation: return language.pick(zh: "偏差 = 实际 − 目标。", en: "deviation = actual − target.")
        case .satisfactionChange:
            return language.pick(
                zh: "分别算出“\(target)”现在和之前的满意度（体验 − 期望），再相减：现在 − 之前",
                en: "Work out \(target)'s satisfaction (experience − expectation) now and before, then subtract: now − before")
        }
    }
    public func changeHint(_ target: String, cycle: Int) -> String {
        language.pick(
            zh: "分别算出“\(target)”现在和第 \(cycle) 期的满意度（体验 − 期望），再相减：现在 − 第 \(cycle) 期。",
            en: "Work out \(target)'s satisfaction (experience − expectation) now and in cycle \(cycle), then subtract: now − cycle \(cycle).")
    }
    public func inCycle(_ cycle: Int) -> String { language.pick(zh: "（第 \(cycle) 期）", en: " (cycle \(cycle))") }
    public func sinceCycle(_ cycle: Int) -> String { language.pick(zh: "比第 \(cycle) 期变化了多少？", en: " since cycle \(cycle)?") }
    public func alsoRight(_ list: String) -> String { language.pick(zh: "；\(list) 也对", en: "; also right: \(list)") }
    public func satisfactionWorking(_ name: String, _ experience: String, _ expectation: String, _ result: String) -> String {
        language.pick(
            zh: "“\(name)”的满意度 = 体验 − 期望 = \(experience) − \(expectation) = \(result)",
            en: "satisfaction of \(name) = experience − expectation = \(experience) − \(expectation) = \(result)")
    }
    public func weightedSatisfactionWorking(_ name: String, _ importance: String, _ experience: String, _ expectation: String,
                                            _ satisfaction: String, _ result: String) -> String {
        language.pick(
            zh: "“\(name)”的加权满意度 = 重要性 ×（体验 − 期望）= \(importance) × (\(experience) − \(expectation)) = \(importance) × \(satisfaction) = \(result)",
            en: "weighted satisfaction of \(name) = importance × (experience − expectation) = \(importance) × (\(experience) − \(expectation)) = \(importance) × \(satisfaction) = \(result)")
    }
    public func gapWorking(_ name: String, _ experience: String, _ ideal: String, _ result: String) -> String {
        language.pick(
            zh: "“\(name)”的差距 = 体验 − 理想 = \(experience) − \(ideal) = \(result)",
            en: "gap of \(name) = experience − ideal = \(experience) − \(ideal) = \(result)")
    }
    public func weightedGapWorking(_ name: String, _ importance: String, _ experience: String, _ ideal: String,
                                   _ gap: String, _ result: String) -> String {
        language.pick(
            zh: "“\(name)”的加权差距 = 重要性 ×（体验 − 理想）= \(importance) × (\(experience) − \(ideal)) = \(importance) × \(gap) = \(result)",
            en: "weighted gap of \(name) = importance × (experience − ideal) = \(importance) × (\(experience) − \(ideal)) = \(importance) × \(gap) = \(result)")
    }
    public func quadrantWorking(_ name: String, experience: String, experienceCut: String, highExperience: Bool,
                                importance: String, importanceCut: String, highImportance: Bool, quadrant: String) -> String {
        language.pick(
            zh: "分界线（平均值）：体验 \(experienceCut)，重要性 \(importanceCut)；“\(name)”：体验 \(experience) "
                + (highExperience ? "≥ \(experienceCut)（高）" : "< \(experienceCut)（低）") + "，重要性 \(importance) "
                + (highImportance ? "≥ \(importanceCut)（高）" : "< \(importanceCut)（低）") + " → \(quadrant)",
            en: "cut lines (means): experience \(experienceCut), importance \(importanceCut); \(name): experience \(experience) "
                + (highExperience ? "≥ \(experienceCut) (high)" : "< \(experienceCut) (low)") + ", importance \(importance) "
                + (highImportance ? "≥ \(importanceCut) (high)" : "< \(importanceCut) (low)") + " → \(quadrant)")
    }
    public func meanWorking(_ values: [String], count: Int, result: String) -> String {
        language.pick(
            zh: "平均满意度 = (\(values.joined(separator: " + "))) ÷ \(count) = \(result)",
            en: "mean satisfaction = (\(values.joined(separator: " + "))) ÷ \(count) = \(result)")
    }
    public func indexWorking(terms: [String], importances: [String], numerator: String, denominator: String, result: String) -> String {
        language.pick(
            zh: "指数 = Σ 重要性 × 满意度 ÷ Σ 重要性 = (\(terms.joined(separator: " + "))) ÷ (\(importances.joined(separator: " + "))) = \(numerator) ÷ \(denominator) = \(result)",
            en: "index = Σ importance × satisfaction ÷ Σ importance = (\(terms.joined(separator: " + "))) ÷ (\(importances.joined(separator: " + "))) = \(numerator) ÷ \(denominator) = \(result)")
    }
    public func brandValueWorking(top: String, drivers: String) -> String {
        language.pick(zh: "最高的品牌价值是 \(top)：\(drivers)", en: "the highest brand value is \(top): \(drivers)")
    }
    public func term(_ name: String, _ expression: String, _ value: String) -> String {
        "\(name) \(expression) = \(value)" 
    }
    public func keyExperienceWorking(terms: String, key: String, figure: String) -> String {
        language.pick(
            zh: "重要性 × 满意度小于 0 的有：\(terms)；最负的是 \(key)（\(figure)）",
            en: "importance × satisfaction below 0: \(terms); the most negative is \(key) (\(figure))")
    }
    public func largestGapWorking(terms: String, largest: String, figure: String) -> String {
        language.pick(
            zh: "重要性 × 差距小于 0 的有：\(terms)；最负的是 \(largest)（\(figure)）",
            en: "importance × gap below 0: \(terms); the most negative is \(largest) (\(figure))")
    }
    public func largestGapRequirementWorking(factor: String, weightedGap: String, requirement: String, priority: String) -> String {
        language.pick(
            zh: "差距最大的是“\(factor)”（加权差距 \(weightedGap)）；\(requirement) 与之关联且未放弃（优先级 \(priority)）",
            en: "the largest gap is \(factor) (weighted gap \(weightedGap)); \(requirement) is linked to it and not dropped (priority \(priority))")
    }
    public func priorityWorking(terms: String, result: String) -> String {
        language.pick(
            zh: "优先级 = 所关联因素的 −加权差距 的最大值" + (terms.isEmpty ? "" : "：\(terms)") + " → \(result)",
            en: "priority = max over its factors of −weighted gap" + (terms.isEmpty ? "" : ": \(terms)") + " → \(result)")
    }
    public func topPursuedWorking(terms: String, top: String) -> String {
        language.pick(
            zh: "决定推行的需求及其优先级：\(terms)；最高的优先级是 \(top)",
            en: "pursued, with their priority: \(terms); the highest priority is \(top)")
    }
    public func deviationWorking(actual: String, target: String, deviation: String) -> String {
        language.pick(
            zh: "偏差 = 实际 − 目标 = \(actual) − \(target) = \(deviation)",
            en: "deviation = actual − target = \(actual) − \(target) = \(deviation)")
    }
    public func metWorking(better: String, met: Bool) -> String {
        language.pick(
            zh: "；方向为 \(better)，所以 KPI " + (met ? "已达成" : "未达成"),
            en: "; better is \(better), so the KPI was " + (met ? "met" : "not met"))
    }
    public func changeWorking(now: String, before: String, cycle: Int, change: String) -> String {
        language.pick(
            zh: "现在：\(now)；第 \(cycle) 期：\(before)；变化 = \(change)",
            en: "now: \(now); cycle \(cycle): \(before); change = \(change)")
    }
    public func levelName(_ level: ExerciseLevel) -> String {
        switch level {
        case .beginner: return language.pick(zh: "入门", en: level.rawValue)
        case .intermediate: return language.pick(zh: "中级", en: level.rawValue)
        case .advanced: return language.pick(zh: "高级", en: level.rawValue)
        }
    }
    public func header(title: String, industry: String, level: String, steps: String) -> String {
        language.pick(
            zh: "练习：\(title)\n行业：\(industry) · 难度：\(level) · 步骤：\(steps)",
            en: "Exercise: \(title)\nIndustry: \(industry) · level: \(level) · steps: \(steps)")
    }
    public var scenarioHeading: String { language.pick(zh: "情境", en: "Scenario") }
    public var dataHeading: String { language.pick(zh: "数据", en: "The data") }
    public func closedCycleHeading(_ cycle: Int) -> String {
        language.pick(zh: "之前（第 \(cycle) 期）", en: "Before (cycle \(cycle))")
    }
    public var requirementsHeading: String { language.pick(zh: "需求", en: "Requirements") }
    public var kpisHeading: String { language.pick(zh: "KPI", en: "KPIs") }
    public var howToAnswer: String {
        language.pick(
            zh: "每题在一行内作答（全角数字亦可）。也可输入：提示（hint）、数据（data，再看一次数据）、返回（back）、进度（progress）、跳过（skip，看答案并继续）、退出（quit）。",
            en: "Answer each question on one line (full-width digits are fine). You may also type hint, data (the case's tables again), back, progress, skip (see the answer and go on) or quit.")
    }
    public func questionHeader(number: Int, total: Int, step: String) -> String {
        language.pick(zh: "第 \(number) 题 / 共 \(total) 题 · \(step)", en: "Question \(number) of \(total) · \(step)")
    }
    public var optionsNote: String { language.pick(zh: "可输入选项编号、id 或名称。", en: "Answer with the number, the id or the name.") }
    public var right: String { language.pick(zh: "✓ 正确。", en: "✓ Right.") }
    public func wrongWithHint(_ hint: String) -> String {
        language.pick(zh: "✗ 不对。提示：\(hint)请再试一次。", en: "✗ Not quite. Hint: \(hint) Try again.")
    }
    public func wrongWithAnswer(_ answer: String, working: String) -> String {
        language.pick(zh: "✗ 不对。答案是 \(answer)。\n  \(working)", en: "✗ Not quite. The answer is \(answer).\n  \(working)")
    }
    public func skipped(_ answer: String, working: String) -> String {
        language.pick(zh: "已跳过。答案是 \(answer)。\n  \(working)", en: "Skipped. The answer is \(answer).\n  \(working)")
    }
    public func working(_ working: String) -> String {
        "  \(working)" 
    }
    public func why(_ explanation: String) -> String {
        language.pick(zh: "  要点：\(explanation)", en: "  Why it matters: \(explanation)")
    }
    public func notANumber(_ text: String) -> String {
        language.pick(
            zh: "“\(text)”不是数字：请输入数字，如 -1.5（或 跳过、退出）。",
            en: "'\(text)' is not a number: type a number such as -1.5 (or skip, or quit).")
    }
    public func notAnOption(_ text: String, count: Int, suggestion: String?) -> String {
        language.pick(
            zh: "“\(text)”不是选项之一" + (suggestion.map { "（是否想输入“\($0)”？）" } ?? "")
                + "：请输入 1 到 \(count) 的编号、id 或名称（或 跳过、退出）。",
            en: "'\(text)' is not one of the options" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                + ": type a number from 1 to \(count), an id or a name (or skip, or quit).")
    }
    public var prompt: String { language.pick(zh: "答案> ", en: "answer> ") }
    public var scoreHeading: String { language.pick(zh: "得分", en: "Your score") }
    public var stepColumn: String { language.pick(zh: "步骤", en: "Step") }
    public var questionsColumn: String { language.pick(zh: "题数", en: "Questions") }
    public var scoreColumn: String { language.pick(zh: "得分", en: "Score") }
    public func total(_ points: String, of: Int) -> String {
        language.pick(
            zh: "总分：\(points) / \(of)（一次答对得 1 分，提示后答对得 ½ 分）",
            en: "Total: \(points) / \(of) (1 point right first time, ½ after the hint)")
    }
    public var fullScore: String { language.pick(zh: "满分，做得好！", en: "Full score: well done.") }
    public func revisit(_ steps: String) -> String { language.pick(zh: "建议复习：\(steps)", en: "To revisit: \(steps)") }
    public func stoppedEarly(answered: Int, total: Int) -> String {
        language.pick(zh: "共 \(total) 题，完成 \(answered) 题后结束。", en: "Stopped after \(answered) of \(total) questions.")
    }
    public func answersHeading(_ title: String) -> String { language.pick(zh: "参考答案：\(title)", en: "Model answers: \(title)") }
    public var answerLabel: String { language.pick(zh: "答案", en: "Answer") }
    public var workingLabel: String { language.pick(zh: "算法", en: "Working") }
    public var hintLabel: String { language.pick(zh: "提示", en: "Hint") }
    public var whyLabel: String { language.pick(zh: "要点", en: "Why") }
    public var idColumn: String {
        "ID" 
    }
    public var titleColumn: String { ReportWords(language).title }
    public var industryColumn: String { language.pick(zh: "行业", en: "Industry") }
    public var stepsColumn: String { language.pick(zh: "步骤", en: "Steps") }
    public var levelColumn: String { language.pick(zh: "难度", en: "Level") }
    public var listFooter: String {
        language.pick(
            zh: "用 `cem train ID` 开始练习；`cem train ID --answers` 显示参考答案；`cem train 文件` 运行自己的练习文件。",
            en: "Start one with `cem train ID`; `cem train ID --answers` prints its model answers; `cem train FILE` runs your own exercise file.")
    }
    public func unknownExercise(_ id: String, suggestion: String?) -> String {
        language.pick(
            zh: "cem train：没有名为“\(id)”的练习，也没有这个文件。" + (suggestion.map { "是否想用“\($0)”？" } ?? "") + "运行 `cem train` 查看列表。",
            en: "cem train: there is no exercise '\(id)' and no such file." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                + " Run `cem train` for the list.")
    }
    public func problem(_ p: ExerciseProblem) -> String {
        switch p {
        case .workbook(let problem): return ReportWords(language).problem(problem)
        case .notAnExercise(let found):
            return language.pick(zh: "这不是 cem 练习文件（发现 \(found)）", en: "this is not a cem exercise (found \(found))")
        case .unknownQuestionKind(let kind, _):
            return language.pick(zh: "未知的题型“\(kind)”", en: "unknown question kind \"\(kind)\"")
        case .unknownRequirement(let id, _):
            return language.pick(zh: "工作簿中没有需求“\(id)”", en: "the requirement \"\(id)\" does not exist in the workbook")
        case .unknownKPI(let id, _):
            return language.pick(zh: "工作簿中没有 KPI“\(id)”", en: "the KPI \"\(id)\" does not exist in the workbook")
        case .ambiguousKPI(let id, let requirements):
            return language.pick(
                zh: "KPI id“\(id)”被多个需求使用（\(requirements.joined(separator: "、"))）",
                en: "the KPI id \"\(id)\" is used by several requirements (\(requirements.joined(separator: ", ")))")
        case .missingTarget(let kind, let key):
            return language.pick(zh: "\(kind) 题需要“\(key)”", en: "a \(kind) question needs \"\(key)\"")
        case .targetNotUsed(let kind, let key):
            return language.pick(zh: "\(kind) 题不使用“\(key)”", en: "a \(kind) question does not use \"\(key)\"")
        case .noSuchCycle(let cycle, let available):
            if cycle == 0 {
                return language.pick(
                    zh: "satisfactionChange 题需要工作簿 history 中已结束的一期，但没有",
                    en: "a satisfactionChange question needs a closed cycle in the workbook's history, and it has none")
            }
            return language.pick(
                zh: "工作簿的 history 中没有第 \(cycle) 期" + (available.isEmpty ? "（一期都没有）" : "（只有 \(available.map(String.init).joined(separator: "、"))）"),
                en: "the workbook's history has no cycle \(cycle)" + (available.isEmpty ? " (it has none)" : " (it has \(available.map(String.init).joined(separator: ", ")))"))
        case .cycleNotUsed(let kind):
            return language.pick(zh: "\(kind) 题只针对本期", en: "a \(kind) question works on the current cycle only")
        case .duplicateQuestionID(let id, let line):
            return language.pick(
                zh: "题目 id“\(id)”重复（第一次在第 \(line) 行）",
                en: "the question id \"\(id)\" is used twice (first on line \(line))")
        case .emptyText(let key): return language.pick(zh: "“\(key)”是空的", en: "\"\(key)\" is empty")
        case .noQuestions: return language.pick(zh: "练习中没有题目", en: "the exercise has no questions")
        case .badTolerance(let value):
            return language.pick(
                zh: "\(CanonicalJSON.number(value)) 不是有效的容差",
                en: "\(CanonicalJSON.number(value)) is not a valid tolerance")
        case .noModelAnswer(let kind):
            return language.pick(
                zh: "引擎无法根据工作簿算出这道 \(kind) 题的答案（所需分数为 null，或没有符合条件的项）",
                en: "the engine gives no answer to this \(kind) question from the workbook (a score it needs is null, or nothing qualifies)")
        }
    }
    public func fix(_ p: ExerciseProblem) -> String? {
        switch p {
        case .workbook(let problem):
            if case .missingKey("scenario") = problem {
                return language.pick(
                    zh: "添加 \"scenario\"：学员答题前读到的情境",
                    en: "add \"scenario\": the situation the learner reads before the questions")
            }
            return ReportWords(language).fix(problem)
        case .notAnExercise:
            return language.pick(
                zh: "练习文件以 {\"format\": \"cem-exercise\", \"formatVersion\": 1, …} 开头；示例见 workbooks/exercises/",
                en: "an exercise starts with {\"format\": \"cem-exercise\", \"formatVersion\": 1, …}; see workbooks/exercises/ for examples")
        case .unknownQuestionKind(_, let suggestion):
            return language.pick(
                zh: suggestion.map { "是否想用“\($0)”？" } ?? "题型有：\(QuestionKind.allCases.map(\.rawValue).joined(separator: "、"))",
                en: suggestion.map { "did you mean \"\($0)\"?" } ?? "kinds are \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", "))")
        case .unknownRequirement(_, let suggestion):
            return language.pick(
                zh: suggestion.map { "是否想用“\($0)”？" } ?? "请用 \"workbook.requirements\" 中某个需求的 id",
                en: suggestion.map { "did you mean \"\($0)\"?" } ?? "use the id of a requirement under \"workbook.requirements\"")
        case .unknownKPI(_, let suggestion):
            return language.pick(
                zh: suggestion.map { "是否想用“\($0)”？" } ?? "请用 \"workbook.requirements[…].kpis\" 中某个 KPI 的 id",
                en: suggestion.map { "did you mean \"\($0)\"?" } ?? "use the id of a KPI under \"workbook.requirements[…].kpis\"")
        case .ambiguousKPI(let id, let requirements):
            return language.pick(
                zh: "请指明是哪一个，如 \"\(requirements.first ?? "R1")/\(id)\"",
                en: "say which one, e.g. \"\(requirements.first ?? "R1")/\(id)\"")
        case .missingTarget(_, let key):
            return language.pick(zh: "添加 \"\(key)\"：所问对象的 id", en: "add \"\(key)\": the id it asks about")
        case .targetNotUsed(_, let key):
            return language.pick(zh: "删除 \"\(key)\"，或改用别的题型", en: "remove \"\(key)\", or change the kind")
        case .noSuchCycle(let cycle, _):
            return language.pick(
                zh: cycle == 0 ? "在 \"workbook.history\" 中加入之前的分数，或改用别的题型" : "请用 \"workbook.history\" 中已有的期数，或删除 \"cycle\"",
                en: cycle == 0 ? "add the earlier scores under \"workbook.history\", or use another kind" : "use a cycle listed in \"workbook.history\", or remove \"cycle\"")
        case .cycleNotUsed: return language.pick(zh: "删除 \"cycle\"", en: "remove \"cycle\"")
        case .duplicateQuestionID: return language.pick(zh: "每道题用不同的 id", en: "give each question its own id")
        case .emptyText: return language.pick(zh: "写上学员要读的文字", en: "write the text the learner reads")
        case .noQuestions:
            return language.pick(
                zh: "至少添加一道题，如 {\"id\": \"q1\", \"kind\": \"satisfaction\", \"factor\": \"…\"}",
                en: "add at least one question, e.g. {\"id\": \"q1\", \"kind\": \"satisfaction\", \"factor\": \"…\"}")
        case .badTolerance: return language.pick(zh: "请用 0 或较小的正数，如 0.01", en: "use 0 or a small positive number, e.g. 0.01")
        case .noModelAnswer:
            return language.pick(
                zh: "补上这道题所需的分数，或改问别的问题；可用 `cem show` 查看工作簿",
                en: "fill in the scores this question needs, or ask another question; check with `cem show` on the workbook")
        }
    }
}

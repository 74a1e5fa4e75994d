// Words of the analysis and its reports: step titles, column headers, conclusions and workbook problems.

extension ReportWords {
    public func stepTitle(_ step: Int) -> String {
        switch step {
        case 1: return language.pick(zh: "了解自身的品牌价值", en: "Understand your brand value: why customers come to you")
        case 2: return language.pick(zh: "了解目前的客户体验和期望", en: "Understand current experience and expectations")
        case 3: return language.pick(zh: "确定关键体验", en: "Identify the key experiences")
        case 4: return language.pick(zh: "就理想与实际体验进行差距分析", en: "Gap analysis: ideal vs actual experience")
        case 5: return language.pick(zh: "制定需求以弥补差距", en: "Set requirements that close the gaps")
        case 6: return language.pick(zh: "将需求与企业策略与能力相结合", en: "Align requirements with strategy and capabilities")
        default: return language.pick(zh: "用于持续改善的回馈机制", en: "Feedback for continuous improvement")
        }
    }
    public func stepLabel(_ step: Int) -> String { language.pick(zh: "步骤 \(step)", en: "Step \(step)") }
    public var incomplete: String { language.pick(zh: "未完成", en: "incomplete") }
    public var factor: String { language.pick(zh: "因素", en: "Factor") }
    public var requirement: String { language.pick(zh: "需求", en: "Req.") }
    public var title: String { language.pick(zh: "标题", en: "Title") }
    public var cycle: String { language.pick(zh: "周期", en: "Cycle") }
    public func scoreName(_ field: ScoreField) -> String {
        switch field {
        case .brandValue: return language.pick(zh: "品牌价值", en: "Brand value")
        case .experience: return language.pick(zh: "体验", en: "Experience")
        case .expectation: return language.pick(zh: "期望", en: "Expectation")
        case .importance: return language.pick(zh: "重要性", en: "Importance")
        case .ideal: return language.pick(zh: "理想体验", en: "Ideal")
        }
    }
    public var satisfaction: String { language.pick(zh: "满意度", en: "Satisfaction") }
    public var weightedSatisfaction: String { language.pick(zh: "加权满意度", en: "Weighted sat.") }
    public var gap: String { language.pick(zh: "差距", en: "Gap") }
    public var weightedGap: String { language.pick(zh: "加权差距", en: "Weighted gap") }
    public var quadrant: String { language.pick(zh: "IPA 象限", en: "IPA quadrant") }
    public var factors: String { language.pick(zh: "相关因素", en: "Factors") }
    public var target: String { language.pick(zh: "目标", en: "Target") }
    public var priority: String { language.pick(zh: "优先级", en: "Priority") }
    public var strategyFit: String { language.pick(zh: "策略契合", en: "Fit") }
    public var people: String { language.pick(zh: "人员", en: "People") }
    public var process: String { language.pick(zh: "流程", en: "Process") }
    public var technology: String { language.pick(zh: "技术", en: "Tech.") }
    public var decisionHeader: String { language.pick(zh: "决定", en: "Decision") }
    public var kpi: String {
        "KPI" 
    }
    public var metric: String { language.pick(zh: "指标", en: "Metric") }
    public var better: String { language.pick(zh: "方向", en: "Better") }
    public var baseline: String { language.pick(zh: "基线", en: "Baseline") }
    public var actual: String { language.pick(zh: "实际", en: "Actual") }
    public var deviation: String { language.pick(zh: "偏差", en: "Deviation") }
    public var met: String { language.pick(zh: "达成", en: "Met") }
    public var measuredOn: String { language.pick(zh: "测量日期", en: "Measured on") }
    public func quadrantName(_ q: Quadrant) -> String {
        switch q {
        case .concentrateHere: return language.pick(zh: "重点改进", en: "concentrate here")
        case .keepUpTheGoodWork: return language.pick(zh: "继续保持", en: "keep up the good work")
        case .lowPriority: return language.pick(zh: "次要改进", en: "low priority")
        case .possibleOverkill: return language.pick(zh: "可能过度", en: "possible overkill")
        }
    }
    public func capability(_ c: Capability) -> String {
        switch c {
        case .ready: return language.pick(zh: "已具备", en: c.rawValue)
        case .adjust: return language.pick(zh: "需调整", en: c.rawValue)
        case .build: return language.pick(zh: "需新建", en: c.rawValue)
        }
    }
    public func decision(_ d: Decision) -> String {
        switch d {
        case .pursue: return language.pick(zh: "推行", en: d.rawValue)
        case .defer: return language.pick(zh: "暂缓", en: d.rawValue)
        case .drop: return language.pick(zh: "放弃", en: d.rawValue)
        }
    }
    public func better(_ b: Better) -> String { language.pick(zh: b == .higher ? "越高越好" : "越低越好", en: b.rawValue) }
    public func yesNo(_ flag: Bool) -> String { language.pick(zh: flag ? "是" : "否", en: flag ? "yes" : "no") }
    public func brandStatement(_ text: String) -> String {
        language.pick(zh: "品牌主张：" + (text.isEmpty ? "—" : text), en: "Brand statement: " + (text.isEmpty ? "—" : text))
    }
    public func brandValueDrivers(_ list: String) -> String {
        language.pick(zh: "品牌价值驱动因素：\(list)", en: "Brand-value drivers: \(list)")
    }
    public var noBrandValueDrivers: String {
        language.pick(zh: "品牌价值驱动因素：—（尚未填写品牌价值）", en: "Brand-value drivers: — (no brand value entered yet)")
    }
    public func indexes(mean: String, weighted: String) -> String {
        language.pick(
            zh: "平均满意度：\(mean)；加权满意度指数：\(weighted)",
            en: "Mean satisfaction: \(mean); weighted satisfaction index: \(weighted)")
    }
    public func keyExperiences(_ list: String) -> String { language.pick(zh: "关键体验：\(list)", en: "Key experiences: \(list)") }
    public var noKeyExperience: String {
        language.pick(zh: "关键体验：无（没有加权满意度为负的因素）", en: "Key experiences: none (no factor has a negative weighted satisfaction)")
    }
    public func ipaCuts(experience: String, importance: String, method: String) -> String {
        let methodName = language.pick(
            zh: ["mean": "平均值", "median": "中位数", "midpoint": "量表中点", "values": "指定值"][method] ?? method, en: method)
        return language.pick(
            zh: "IPA 分界线（\(methodName)）：体验 \(experience)，重要性 \(importance)",
            en: "IPA cut lines (\(methodName)): experience \(experience), importance \(importance)")
    }
    public func largestGap(_ name: String, weightedGap: String) -> String {
        language.pick(zh: "最大差距：\(name)（加权差距 \(weightedGap)）", en: "Largest gap: \(name) (weighted gap \(weightedGap))")
    }
    /// No key experience found yet, but step 2's inputs are not all in.
    public var keyExperiencesPending: String {
        language.pick(
            zh: "关键体验：—（需要每个因素的体验、期望和重要性）",
            en: "Key experiences: — (needs every factor's experience, expectation and importance)")
    }
    public var gapPending: String {
        language.pick(zh: "最大差距：—（需要每个因素的理想体验和重要性）", en: "Largest gap: — (needs every factor's ideal and importance)")
    }
    public var noGap: String {
        language.pick(zh: "最大差距：无（没有因素低于理想体验）", en: "Largest gap: none (no factor falls short of its ideal)")
    }
    public func priorities(_ list: String) -> String { language.pick(zh: "优先级：\(list)", en: "Priorities: \(list)") }
    public var noRequirements: String { language.pick(zh: "尚无需求。", en: "No requirements yet.") }
    public func keyExperienceWithoutRequirement(_ name: String) -> String {
        language.pick(zh: "注意：关键体验“\(name)”还没有对应的需求", en: "Warning: the key experience \(name) has no requirement")
    }
    public func shortfallWithoutRequirement(_ name: String) -> String {
        language.pick(zh: "注意：“\(name)”低于理想体验，还没有对应的需求", en: "Warning: \(name) falls short of its ideal and has no requirement")
    }
    public var everyGapCovered: String {
        language.pick(zh: "每项关键体验和每个差距都有对应的需求。", en: "Every key experience and every shortfall has a requirement.")
    }
    public func decisions(pursue: String, defer: String, drop: String, open: String) -> String {
        var parts = [language.pick(zh: "推行：\(pursue)", en: "Pursue: \(pursue)"),
                     language.pick(zh: "暂缓：\(`defer`)", en: "defer: \(`defer`)"),
                     language.pick(zh: "放弃：\(drop)", en: "drop: \(drop)")]
        if open != none { parts.append(language.pick(zh: "未决定：\(open)", en: "undecided: \(open)")) }
        return parts.joined(separator: clauseSeparator)
    }
    public func kpiStatus(met: Int, of total: Int) -> String {
        language.pick(zh: "KPI 达成：\(met) / \(total)", en: "KPIs met: \(met) of \(total)")
    }
    public var noKPI: String { language.pick(zh: "尚无同时有目标值和实际值的 KPI。", en: "No KPI with a target and an actual value yet.") }
    public func nextCycle(_ leading: String) -> String {
        language.pick(
            zh: "下一周期：回到步骤 1，重新评估品牌价值；已改善的“\(leading)”可成为主要的品牌价值。",
            en: "Next cycle: start again at step 1 and rate brand value anew; improved, \(leading) can lead it.")
    }
    public var listSeparator: String { language.pick(zh: "、", en: ", ") }
    /// Between two clauses of one line: a problem and its fix, the steps to revisit.
    public var clauseSeparator: String { language.pick(zh: "；", en: "; ") }
    /// After a label or a location, before what it introduces.
    public var labelSeparator: String { language.pick(zh: "：", en: ": ") }
    /// The `lang` attribute of an HTML document.
    public var htmlLanguage: String { language.pick(zh: "zh-Hans", en: "en") }
    public func named(_ name: String, _ figure: String) -> String {
        language.pick(zh: "\(name)（\(figure)）", en: "\(name) (\(figure))")
    }
    public var none: String { language.pick(zh: "无", en: "none") }
    private func typeName(_ name: String) -> String {
        language.pick(
            zh: ["object": "对象", "array": "数组", "string": "字符串", "number": "数字", "boolean": "布尔值",
             "null": "null", "number or null": "数字或 null"][name] ?? name,
            en: name == "object" ? "an object" : name == "array" ? "an array" : "a \(name)")
    }
    private func kindName(_ kind: IDKind) -> String {
        switch kind {
        case .factor: return language.pick(zh: "因素", en: "factor")
        case .requirement: return language.pick(zh: "需求", en: "requirement")
        case .kpi: return "KPI"
        case .encounter, .moment, .experiment: return behaviourKindName(kind)
        }
    }
    public func problem(_ p: Problem) -> String {
        switch p {
        case .outsideDomain, .moreProblems: return CLIWords(language).readerProblem(p) ?? ""
        case .behaviour(let problem): return behaviourProblem(problem)
        case .fileTooLarge(let bytes, let limit):
            return language.pick(
                zh: "文件有 \(megabytes(bytes))，超过 \(megabytes(limit)) 的工作簿在读取前即被拒绝",
                en: "the file is \(megabytes(bytes)); workbooks over \(megabytes(limit)) are refused before reading")
        case .emptyFile: return language.pick(zh: "文件是空的", en: "the file is empty")
        case .notUTF8: return language.pick(zh: "文件在此处含有非 UTF-8 的字节", en: "the file has bytes that are not UTF-8 text here")
        case .mergeConflict(let lines):
            return language.pick(
                zh: "文件含有 git 合并冲突标记（第 \(lines.map(String.init).joined(separator: "、")) 行）",
                en: "the file has git merge-conflict markers (lines \(lines.map(String.init).joined(separator: ", ")))")
        case .syntax(let reason):
            return language.pick(zh: "不是有效的 JSON：" + syntax(reason), en: "not valid JSON: " + syntax(reason))
        case .wrongType(let expected, let found):
            return language.pick(
                zh: "应为\(typeName(expected))，实际是\(typeName(found))",
                en: "expected \(expected == "number or null" ? "a number or null" : typeName(expected)), found \(found == "null" ? "null" : typeName(found))")
        case .missingKey(let key): return language.pick(zh: "缺少必需的键“\(key)”", en: "the required key \"\(key)\" is missing")
        case .unknownKey(let key, _): return language.pick(zh: "未知的键“\(key)”", en: "unknown key \"\(key)\"")
        case .notAWorkbook(let found):
            return language.pick(zh: "这不是 cem 工作簿（发现的是 \(typeName(found))）", en: "this is not a cem workbook (found \(found))")
        case .newerFormatVersion(let version, let supported):
            return language.pick(
                zh: "formatVersion \(version) 比本程序支持的版本（\(supported)）新，文件未被读取",
                en: "formatVersion \(version) is newer than this cem supports (\(supported)); the file was not read")
        case .invalidFormatVersion:
            return language.pick(zh: "formatVersion 必须是不小于 1 的整数", en: "formatVersion must be a whole number, 1 or more")
        case .duplicateID(let id, let kind, let line):
            return language.pick(
                zh: "\(kindName(kind)) id“\(id)”重复使用（首次出现在第 \(line) 行）",
                en: "the \(kindName(kind)) id \"\(id)\" is used twice (first on line \(line))")
        case .badID(let id, let kind):
            return language.pick(zh: "“\(id)”不是有效的\(kindName(kind)) id", en: "\"\(id)\" is not a valid \(kindName(kind)) id")
        case .unknownFactor(let id, _): return language.pick(zh: "因素“\(id)”不存在", en: "the factor \"\(id)\" does not exist")
        case .outOfScale(let value, let scale, _):
            return language.pick(
                zh: "\(CanonicalJSON.number(value)) 超出量表 \(displayScale(scale))",
                en: "\(CanonicalJSON.number(value)) is outside the scale \(displayScale(scale))")
        case .badScale(let lower, let upper):
            return language.pick(
                zh: "量表的 min（\(CanonicalJSON.number(lower))）必须小于 max（\(CanonicalJSON.number(upper))）",
                en: "the scale's min (\(CanonicalJSON.number(lower))) must be less than its max (\(CanonicalJSON.number(upper)))")
        case .notAllowed(let value, _): return language.pick(zh: "此处不允许“\(value)”", en: "\"\(value)\" is not allowed here")
        case .badDate(let text): return language.pick(zh: "“\(text)”不是日期", en: "\"\(text)\" is not a date")
        case .notWholeNumber(let value, let minimum):
            return language.pick(
                zh: "\(CanonicalJSON.number(value)) 不是不小于 \(minimum) 的整数",
                en: "\(CanonicalJSON.number(value)) is not a whole number of \(minimum) or more")
        case .unknownMeasure(let measure, _, _):
            return language.pick(zh: "未知的调查指标“\(measure)”", en: "unknown survey measure \"\(measure)\"")
        case .duplicateFactorLink(let id):
            return language.pick(zh: "因素“\(id)”列出了两次", en: "the factor \"\(id)\" is listed twice")
        }
    }
    public func fix(_ p: Problem) -> String? {
        switch p {
        case .outsideDomain, .moreProblems: return CLIWords(language).readerFix(p)
        case .behaviour(let problem): return behaviourFix(problem)
        case .fileTooLarge:
            return language.pick(
                zh: "请确认这是工作簿；原始调查数据请保存为 CSV 并用 `cem import` 导入",
                en: "check that this is a workbook; keep raw survey data in a CSV and use `cem import`")
        case .emptyFile: return language.pick(zh: "可用 `cem new FILE` 新建工作簿", en: "start a workbook with `cem new FILE`")
        case .notUTF8: return language.pick(zh: "请以 UTF-8 编码保存文件", en: "save the file as UTF-8")
        case .mergeConflict:
            return language.pick(
                zh: "请先解决冲突：每处保留正确的一方，删除标记行，再运行 `cem validate`",
                en: "resolve the conflict: keep the right side of each block, delete the marker lines, then run `cem validate` again")
        case .syntax(let reason): return syntaxFix(reason)
        case .wrongType(let expected, _):
            return language.pick(
                zh: expected == "string" ? "请用双引号括住文字" : "请在此处填写\(expected == "number or null" ? "数字，未知时填 null" : typeName(expected))",
                en: expected == "string" ? "put the text in double quotes" : "write \(expected == "number or null" ? "a number, or null while it is unknown" : typeName(expected)) here")
        case .missingKey(let key): return language.pick(zh: "请添加 \"\(key)\"", en: "add \"\(key)\"")
        case .unknownKey(_, let suggestion):
            return language.pick(
                zh: suggestion.map { "是否想写 \"\($0)\"？" } ?? "请删除或改正拼写",
                en: suggestion.map { "did you mean \"\($0)\"?" } ?? "remove it or correct its spelling")
        case .notAWorkbook:
            return language.pick(
                zh: "工作簿以 {\"format\": \"cem-workbook\", \"formatVersion\": 1, …} 开头；可用 `cem new FILE` 新建",
                en: "a workbook starts with {\"format\": \"cem-workbook\", \"formatVersion\": 1, …}; create one with `cem new FILE`")
        case .newerFormatVersion: return language.pick(zh: "请升级 cem 后再读取此文件", en: "upgrade cem to read this file")
        case .invalidFormatVersion: return language.pick(zh: "请写 \"formatVersion\": 1", en: "write \"formatVersion\": 1")
        case .duplicateID(_, let kind, _):
            return language.pick(zh: "每个\(kindName(kind))请使用不同的 id", en: "give each \(kindName(kind)) its own id")
        case .badID(_, let kind):
            return language.pick(
                zh: kind == .factor
                    ? "请用小写英文字母、数字和连字符，以字母或数字开头，例如 \"brand-image\""
                    : "请用英文字母、数字和连字符，例如 \"R1\"",
                en: kind == .factor
                    ? "use lowercase ASCII letters, digits and hyphens, starting with a letter or digit, e.g. \"brand-image\""
                    : "use ASCII letters, digits and hyphens, e.g. \"R1\"")
        case .unknownFactor(_, let suggestion):
            return language.pick(
                zh: suggestion.map { "是否想写 \"\($0)\"？" } ?? "请使用 \"factors\" 中已有因素的 id",
                en: suggestion.map { "did you mean \"\($0)\"?" } ?? "use the id of a factor listed under \"factors\"")
        case .outOfScale(_, let scale, _):
            return language.pick(
                zh: "请填写 \(displayNumber(scale.min)) 到 \(displayNumber(scale.max)) 之间的数，未知时填 null",
                en: "use a number from \(displayNumber(scale.min)) to \(displayNumber(scale.max)), or null while it is unknown")
        case .badScale:
            return language.pick(
                zh: "min 应小于 max，例如 {\"min\": 0, \"max\": 10}",
                en: "make min less than max, e.g. {\"min\": 0, \"max\": 10}")
        case .notAllowed(_, let allowed):
            return language.pick(
                zh: "请使用以下之一：\(allowed.joined(separator: "、"))（或 null）",
                en: "use one of: \(allowed.joined(separator: ", ")) (or null)")
        case .badDate:
            return language.pick(zh: "日期请写成 YYYY-MM-DD，例如 2025-06-30", en: "write dates as YYYY-MM-DD, e.g. 2025-06-30")
        case .notWholeNumber(_, let minimum):
            return language.pick(zh: "请填写整数，例如 \(max(minimum, 1))", en: "use a whole number such as \(max(minimum, 1))")
        case .unknownMeasure(_, let suggestion, let allowed):
            return language.pick(
                zh: suggestion.map { "是否想写 \"\($0)\"？" } ?? "指标只能是 \(allowed.joined(separator: "、"))",
                en: suggestion.map { "did you mean \"\($0)\"?" } ?? "measures are \(allowed.joined(separator: ", "))")
        case .duplicateFactorLink: return language.pick(zh: "每个因素只列一次", en: "list each factor once")
        }
    }
    private func megabytes(_ bytes: Int) -> String {
        displayNumber((Double(bytes) / 1_048_576 * 10).rounded() / 10) + " MiB"
    }
    private func syntax(_ reason: JSONSyntaxError.Reason) -> String {
        switch reason {
        case .unexpectedEnd: return language.pick(zh: "文件在一个值的中间结束", en: "the file ends in the middle of a value")
        case .unexpectedCharacter(let c): return language.pick(zh: "意外的字符“\(c)”", en: "unexpected character '\(c)'")
        case .expected(let what, let found):
            return language.pick(zh: "此处应为 \(what)，实际是 '\(found)'", en: "expected \(what), found '\(found)'")
        case .invalidNumber(let text): return language.pick(zh: "“\(text)”不是有效的数字", en: "\"\(text)\" is not a valid number")
        case .numberOutOfRange(let text): return language.pick(zh: "\(text) 太大", en: "\(text) is too large")
        case .invalidEscape(let text): return language.pick(zh: "字符串中有无效的转义 \(text)", en: "invalid escape \(text) in a string")
        case .controlCharacterInString:
            return language.pick(zh: "字符串中有换行或控制字符", en: "a line break or control character inside a string")
        case .duplicateKey(let key):
            return language.pick(zh: "此对象中键“\(key)”出现了两次", en: "the key \"\(key)\" appears twice in this object")
        case .tooDeep(let depth): return language.pick(zh: "嵌套超过 \(depth) 层", en: "nested more than \(depth) levels deep")
        case .trailingContent: return language.pick(zh: "工作簿结束后还有多余内容", en: "more text after the end of the workbook")
        }
    }
    private func syntaxFix(_ reason: JSONSyntaxError.Reason) -> String {
        switch reason {
        case .unexpectedEnd: return language.pick(zh: "检查是否缺少 }、] 或引号", en: "check for a missing closing }, ] or quote")
        case .unexpectedCharacter:
            return language.pick(
                zh: "值只能是数字、\"字符串\"、true、false、null、{对象} 或 [数组]",
                en: "values are numbers, \"strings\", true, false, null, {objects} or [arrays]")
        case .expected:
            return language.pick(
                zh: "检查此处之前是否缺少逗号、冒号或引号（注意中文输入法的全角符号）",
                en: "check for a missing comma, colon or quote just before this point")
        case .invalidNumber:
            return language.pick(
                zh: "数字请写成 6、6.5 或 -1（不要前导零或结尾的小数点）",
                en: "write numbers like 6, 6.5 or -1 (no leading zero, no trailing dot)")
        case .numberOutOfRange: return language.pick(zh: "请使用较小的数", en: "use a smaller number")
        case .invalidEscape: return language.pick(zh: "反斜杠请写成 \\\\", en: "write a backslash as \\\\")
        case .controlCharacterInString:
            return language.pick(zh: "请补上字符串的结束引号，换行请写成 \\n", en: "close the string's quote, or write a line break as \\n")
        case .duplicateKey: return language.pick(zh: "只保留其中一个", en: "keep only one of them")
        case .tooDeep:
            return language.pick(zh: "工作簿不会嵌套这么深，请确认这是工作簿", en: "a workbook never nests this deep; check that this is a workbook")
        case .trailingContent: return language.pick(zh: "请删除最后一个 } 之后的内容", en: "remove what follows the closing }")
        }
    }
}

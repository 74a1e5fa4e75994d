// The Chinese table.

public struct ChineseStrings: Strings {
    public init() {}
    public var language: Language { .zh }

    public func stepTitle(_ step: Int) -> String {
        switch step {
        case 1: return "了解自身的品牌价值"
        case 2: return "了解目前的客户体验和期望"
        case 3: return "确定关键体验"
        case 4: return "就理想与实际体验进行差距分析"
        case 5: return "制定需求以弥补差距"
        case 6: return "将需求与企业策略与能力相结合"
        default: return "用于持续改善的回馈机制"
        }
    }

    public func stepLabel(_ step: Int) -> String { "步骤 \(step)" }
    public var incomplete: String { "未完成" }

    public var factor: String { "因素" }
    public var requirement: String { "需求" }
    public var title: String { "标题" }
    public var cycle: String { "周期" }
    public func scoreName(_ field: ScoreField) -> String {
        switch field {
        case .brandValue: return "品牌价值"
        case .experience: return "体验"
        case .expectation: return "期望"
        case .importance: return "重要性"
        case .ideal: return "理想体验"
        }
    }
    public var satisfaction: String { "满意度" }
    public var weightedSatisfaction: String { "加权满意度" }
    public var gap: String { "差距" }
    public var weightedGap: String { "加权差距" }
    public var quadrant: String { "IPA 象限" }
    public var factors: String { "相关因素" }
    public var target: String { "目标" }
    public var priority: String { "优先级" }
    public var strategyFit: String { "策略契合" }
    public var people: String { "人员" }
    public var process: String { "流程" }
    public var technology: String { "技术" }
    public var decisionHeader: String { "决定" }
    public var kpi: String { "KPI" }
    public var metric: String { "指标" }
    public var better: String { "方向" }
    public var baseline: String { "基线" }
    public var actual: String { "实际" }
    public var deviation: String { "偏差" }
    public var met: String { "达成" }
    public var measuredOn: String { "测量日期" }

    public func quadrantName(_ q: Quadrant) -> String {
        switch q {
        case .concentrateHere: return "重点改进"
        case .keepUpTheGoodWork: return "继续保持"
        case .lowPriority: return "次要改进"
        case .possibleOverkill: return "可能过度"
        }
    }
    public func capability(_ c: Capability) -> String {
        switch c {
        case .ready: return "已具备"
        case .adjust: return "需调整"
        case .build: return "需新建"
        }
    }
    public func decision(_ d: Decision) -> String {
        switch d {
        case .pursue: return "推行"
        case .defer: return "暂缓"
        case .drop: return "放弃"
        }
    }
    public func better(_ b: Better) -> String { b == .higher ? "越高越好" : "越低越好" }
    public func yesNo(_ flag: Bool) -> String { flag ? "是" : "否" }

    public func brandStatement(_ text: String) -> String { "品牌主张：" + (text.isEmpty ? "—" : text) }
    public func brandValueDrivers(_ list: String) -> String { "品牌价值驱动因素：\(list)" }
    public var noBrandValueDrivers: String { "品牌价值驱动因素：—（尚未填写品牌价值）" }
    public func indexes(mean: String, weighted: String) -> String { "平均满意度：\(mean)；加权满意度指数：\(weighted)" }
    public func keyExperiences(_ list: String) -> String { "关键体验：\(list)" }
    public var noKeyExperience: String { "关键体验：无（没有加权满意度为负的因素）" }
    public func ipaCuts(experience: String, importance: String, method: String) -> String {
        let methodName = ["mean": "平均值", "median": "中位数", "midpoint": "量表中点", "values": "指定值"][method] ?? method
        return "IPA 分界线（\(methodName)）：体验 \(experience)，重要性 \(importance)"
    }
    public func largestGap(_ name: String, weightedGap: String) -> String { "最大差距：\(name)（加权差距 \(weightedGap)）" }
    public var keyExperiencesPending: String { "关键体验：—（需要每个因素的体验、期望和重要性）" }
    public var gapPending: String { "最大差距：—（需要每个因素的理想体验和重要性）" }
    public var noGap: String { "最大差距：无（没有因素低于理想体验）" }
    public func priorities(_ list: String) -> String { "优先级：\(list)" }
    public var noRequirements: String { "尚无需求。" }
    public func keyExperienceWithoutRequirement(_ name: String) -> String { "注意：关键体验「\(name)」还没有对应的需求" }
    public func shortfallWithoutRequirement(_ name: String) -> String { "注意：「\(name)」低于理想体验，还没有对应的需求" }
    public var everyGapCovered: String { "每项关键体验和每个差距都有对应的需求。" }
    public func decisions(pursue: String, defer: String, drop: String, open: String) -> String {
        var parts = ["推行：\(pursue)", "暂缓：\(`defer`)", "放弃：\(drop)"]
        if open != none { parts.append("未决定：\(open)") }
        return parts.joined(separator: "；")
    }
    public func kpiStatus(met: Int, of total: Int) -> String { "KPI 达成：\(met) / \(total)" }
    public var noKPI: String { "尚无同时有目标值和实际值的 KPI。" }
    public func nextCycle(_ leading: String) -> String { "下一周期：回到步骤 1，重新评估品牌价值；已改善的「\(leading)」可成为主要的品牌价值。" }
    public var listSeparator: String { "，" }
    public func named(_ name: String, _ figure: String) -> String { "\(name)（\(figure)）" }
    public var none: String { "无" }

    private func typeName(_ name: String) -> String {
        ["object": "对象", "array": "数组", "string": "字符串", "number": "数字", "boolean": "布尔值",
         "null": "null", "number or null": "数字或 null"][name] ?? name
    }

    private func kindName(_ kind: IDKind) -> String {
        switch kind {
        case .factor: return "因素"
        case .requirement: return "需求"
        case .kpi: return "KPI"
        }
    }

    public func problem(_ p: Problem) -> String {
        switch p {
        case .fileTooLarge(let bytes, let limit):
            return "文件有 \(megabytes(bytes))，超过 \(megabytes(limit)) 的工作簿在读取前即被拒绝"
        case .emptyFile: return "文件是空的"
        case .notUTF8: return "文件在此处含有非 UTF-8 的字节"
        case .mergeConflict(let lines):
            return "文件含有 git 合并冲突标记（第 \(lines.map(String.init).joined(separator: "、")) 行）"
        case .syntax(let reason): return "不是有效的 JSON：" + syntax(reason)
        case .wrongType(let expected, let found): return "应为\(typeName(expected))，实际是\(typeName(found))"
        case .missingKey(let key): return "缺少必需的键 \"\(key)\""
        case .unknownKey(let key, _): return "未知的键 \"\(key)\""
        case .notAWorkbook(let found): return "这不是 cem 工作簿（发现的是 \(typeName(found))）"
        case .newerFormatVersion(let version, let supported):
            return "formatVersion \(version) 比本程序支持的版本（\(supported)）新，文件未被读取"
        case .invalidFormatVersion: return "formatVersion 必须是不小于 1 的整数"
        case .duplicateID(let id, let kind, let line): return "\(kindName(kind)) id \"\(id)\" 重复使用（首次出现在第 \(line) 行）"
        case .badID(let id, let kind): return "\"\(id)\" 不是有效的\(kindName(kind)) id"
        case .unknownFactor(let id, _): return "因素 \"\(id)\" 不存在"
        case .outOfScale(let value, let scale, _): return "\(CanonicalJSON.number(value)) 超出量表 \(displayScale(scale))"
        case .badScale(let lower, let upper):
            return "量表的 min（\(CanonicalJSON.number(lower))）必须小于 max（\(CanonicalJSON.number(upper))）"
        case .notAllowed(let value, _): return "此处不允许 \"\(value)\""
        case .badDate(let text): return "\"\(text)\" 不是日期"
        case .notWholeNumber(let value, let minimum): return "\(CanonicalJSON.number(value)) 不是不小于 \(minimum) 的整数"
        case .unknownMeasure(let measure, _): return "未知的调查指标 \"\(measure)\""
        case .duplicateFactorLink(let id): return "因素 \"\(id)\" 列出了两次"
        case .outsideDomain, .moreProblems: return CLIWords(.zh).readerProblem(p) ?? ""
        }
    }

    public func fix(_ p: Problem) -> String? {
        switch p {
        case .fileTooLarge: return "请确认这是工作簿；原始调查数据请保存为 CSV 并用 `cem import` 导入"
        case .emptyFile: return "可用 `cem new FILE` 新建工作簿"
        case .notUTF8: return "请以 UTF-8 编码保存文件"
        case .mergeConflict: return "请先解决冲突：每处保留正确的一方，删除标记行，再运行 `cem validate`"
        case .syntax(let reason): return syntaxFix(reason)
        case .wrongType(let expected, _):
            return expected == "string" ? "请用双引号括住文字" : "请在此处填写\(expected == "number or null" ? "数字，未知时填 null" : typeName(expected))"
        case .missingKey(let key): return "请添加 \"\(key)\""
        case .unknownKey(_, let suggestion): return suggestion.map { "是否想写 \"\($0)\"？" } ?? "请删除或改正拼写"
        case .notAWorkbook: return "工作簿以 {\"format\": \"cem-workbook\", \"formatVersion\": 1, …} 开头；可用 `cem new FILE` 新建"
        case .newerFormatVersion: return "请升级 cem 后再读取此文件"
        case .invalidFormatVersion: return "请写 \"formatVersion\": 1"
        case .duplicateID(_, let kind, _): return "每个\(kindName(kind))请使用不同的 id"
        case .badID(_, let kind):
            return kind == .factor
                ? "请用小写英文字母、数字和连字符，以字母或数字开头，例如 \"brand-image\""
                : "请用英文字母、数字和连字符，例如 \"R1\""
        case .unknownFactor(_, let suggestion):
            return suggestion.map { "是否想写 \"\($0)\"？" } ?? "请使用 \"factors\" 中已有因素的 id"
        case .outOfScale(_, let scale, _):
            return "请填写 \(displayNumber(scale.min)) 到 \(displayNumber(scale.max)) 之间的数，未知时填 null"
        case .badScale: return "min 应小于 max，例如 {\"min\": 0, \"max\": 10}"
        case .notAllowed(_, let allowed): return "请使用以下之一：\(allowed.joined(separator: "、"))（或 null）"
        case .badDate: return "日期请写成 YYYY-MM-DD，例如 2025-06-30"
        case .notWholeNumber(_, let minimum): return "请填写整数，例如 \(max(minimum, 1))"
        case .unknownMeasure(_, let suggestion):
            return suggestion.map { "是否想写 \"\($0)\"？" } ?? "指标只能是 \(ScoreField.allCases.map(\.rawValue).joined(separator: "、"))"
        case .duplicateFactorLink: return "每个因素只列一次"
        case .outsideDomain, .moreProblems: return CLIWords(.zh).readerFix(p) ?? nil
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        displayNumber((Double(bytes) / 1_048_576 * 10).rounded() / 10) + " MiB"
    }

    private func syntax(_ reason: JSONSyntaxError.Reason) -> String {
        switch reason {
        case .unexpectedEnd: return "文件在一个值的中间结束"
        case .unexpectedCharacter(let c): return "意外的字符 '\(c)'"
        case .expected(let what, let found): return "此处应为 \(what)，实际是 '\(found)'"
        case .invalidNumber(let text): return "\"\(text)\" 不是有效的数字"
        case .numberOutOfRange(let text): return "\(text) 太大"
        case .invalidEscape(let text): return "字符串中有无效的转义 \(text)"
        case .controlCharacterInString: return "字符串中有换行或控制字符"
        case .duplicateKey(let key): return "此对象中键 \"\(key)\" 出现了两次"
        case .tooDeep(let depth): return "嵌套超过 \(depth) 层"
        case .trailingContent: return "工作簿结束后还有多余内容"
        }
    }

    private func syntaxFix(_ reason: JSONSyntaxError.Reason) -> String {
        switch reason {
        case .unexpectedEnd: return "检查是否缺少 }、] 或引号"
        case .unexpectedCharacter: return "值只能是数字、\"字符串\"、true、false、null、{对象} 或 [数组]"
        case .expected: return "检查此处之前是否缺少逗号、冒号或引号（注意中文输入法的全角符号）"
        case .invalidNumber: return "数字请写成 6、6.5 或 -1（不要前导零或结尾的小数点）"
        case .numberOutOfRange: return "请使用较小的数"
        case .invalidEscape: return "反斜杠请写成 \\\\"
        case .controlCharacterInString: return "请补上字符串的结束引号，换行请写成 \\n"
        case .duplicateKey: return "只保留其中一个"
        case .tooDeep: return "工作簿不会嵌套这么深，请确认这是工作簿"
        case .trailingContent: return "请删除最后一个 } 之后的内容"
        }
    }
}

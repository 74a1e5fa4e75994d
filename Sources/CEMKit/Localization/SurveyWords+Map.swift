// The words of the column map (`--map`, `--suggest-map`, `cem validate MAP.json`).

extension SurveyWords {
    public func mapProblem(_ problem: SurveyMapProblem) -> String {
        let targets = "<measure>.<factorId>（brandValue、experience、expectation、importance、ideal）、overall、segment"
        switch problem {
        case .notJSON(let reason):
            return language.pick(zh: "列映射文件不是有效的 JSON（\(reason)）；请用 cem schema --map 对照修改",
                                 en: "the column map is not valid JSON (\(reason)); compare it with cem schema --map")
        case .notAMap:
            return language.pick(zh: "这不是列映射文件：需要 \"format\": \"cem-survey-map\"；可用 --suggest-map 生成一个",
                                 en: "this is not a column map: it needs \"format\": \"cem-survey-map\"; --suggest-map writes one")
        case .wrongVersion(let found):
            return language.pick(zh: "列映射的 formatVersion 是 \(found)；本版本 cem 读取 1",
                                 en: "the column map's formatVersion is \(found); this cem reads 1")
        case .unknownKey(let key):
            return language.pick(zh: "列映射中的“\(key)”不是已知的键（format、formatVersion、columns、labels、where）",
                                 en: "'\(key)' is not a key of a column map (format, formatVersion, columns, labels, where)")
        case .badTarget(let key, let value):
            return language.pick(zh: "columns.“\(key)”：“\(value)”不是 \(targets) 之一",
                                 en: "columns.'\(key)': '\(value)' is not one of <measure>.<factorId> (brandValue, experience, expectation, "
                                    + "importance, ideal), overall, segment")
        case .badLabel(let label):
            return language.pick(zh: "labels.“\(label)”：标签须为非空文字，值须为数字（例如 \"非常满意\": 5）",
                                 en: "labels.'\(label)': a label is non-empty text and its value a number (for example \"Very satisfied\": 5)")
        case .badScale(let key):
            return language.pick(zh: "\(key)：须为 {\"min\": 数字, \"max\": 数字}，min 小于 max" + (key == "importanceScale" ? "，且不小于 0" : ""),
                                 en: "\(key): it is {\"min\": number, \"max\": number} with min below max" + (key == "importanceScale" ? " and at least 0" : ""))
        case .badWhere(let item):
            return language.pick(zh: "where：“\(item)”不是“列=值”的文字（例如 \"Finished=1\"）",
                                 en: "where: '\(item)' is not text of the form COLUMN=VALUE (for example \"Finished=1\")")
        case .noSuchColumn(let key, let columns, let suggestion):
            if key.hasPrefix("#") {
                return language.pick(zh: "列映射：文件只有 \(columns) 列，没有 \(key)；用 cem import 文件 --columns 查看列号",
                                     en: "column map: the file has \(columns) columns, so there is no \(key); cem import FILE --columns lists them")
            }
            return language.pick(
                zh: "列映射：文件中没有列名为“\(key)”的列" + (suggestion.map { "；是否想用“\($0)”？" } ?? "；用 cem import 文件 --columns 查看列名，或用 #列号"),
                en: "column map: no column of the file is headed '\(key)'"
                    + (suggestion.map { "; did you mean '\($0)'?" } ?? "; cem import FILE --columns lists the headers, or use #N"))
        case .ambiguousHeader(let key, let first, let second):
            return language.pick(zh: "列映射：“\(key)”是第 \(first) 列和第 \(second) 列的列名；请改用 #\(first) 或 #\(second)",
                                 en: "column map: '\(key)' heads columns \(first) and \(second); use #\(first) or #\(second) instead")
        case .sameTarget(let target, let first, let second):
            return language.pick(zh: "列映射：“\(first)”和“\(second)”都指向 \(target)；每个目标只能对应一列",
                                 en: "column map: '\(first)' and '\(second)' both map to \(target); each target takes one column")
        case .unknownFactor(let key, let id, let suggestion):
            return language.pick(
                zh: "列映射“\(key)”：工作簿中没有因素“\(id)”" + (suggestion.map { "；是否想用“\($0)”？" } ?? "；请在工作簿中加上该因素"),
                en: "column map '\(key)': the workbook has no factor '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; add the factor to the workbook"))
        }
    }

    /// `--map`: what the map did, said under the respondents line.
    public func mapped(_ file: String, columns: Int, labels: Int, conditions: Int) -> String {
        language.pick(zh: "按列映射 \(file) 读取：\(columns) 列、\(labels) 个答案标签、\(conditions) 个条件",
                      en: "read with the column map \(file): \(columns) column\(columns == 1 ? "" : "s"), \(labels) answer label\(labels == 1 ? "" : "s"), "
                        + "\(conditions) condition\(conditions == 1 ? "" : "s")")
    }

    /// `--suggest-map`: a column matched, or left for the user.
    public func suggested(_ key: String, _ target: String) -> String {
        language.pick(zh: "  \(key) → \(target)", en: "  \(key) → \(target)")
    }

    public func suggestedMap(_ path: String, matched: Int, columns: Int) -> String {
        language.pick(zh: "已写入列映射 \(path)：\(columns) 列中有 \(matched) 列对应上；请核对后与工作簿一起保存在 git 中，用 --map \(path) 导入",
                      en: "wrote the column map \(path): \(matched) of \(columns) columns matched; check it, keep it in git beside the workbook, "
                        + "and import with --map \(path)")
    }

    public func mapExists(_ path: String) -> String {
        language.pick(zh: "\(path) 已存在，未作任何改动；列映射经核对后不应被覆盖：请换一个文件名，或先删除它",
                      en: "\(path) already exists; nothing was changed: a checked map is never replaced, so choose another name or delete it first")
    }

    public var suggestNothing: String {
        language.pick(zh: "没有一列的题目文字含有工作簿中的因素名称或 id；请手写列映射（见 cem schema --map）",
                      en: "no column's question text holds a factor name or id of the workbook; write the map by hand (see cem schema --map)")
    }

    public func cannotReadMap(_ path: String, _ reason: String) -> String {
        language.pick(zh: "无法读取列映射 \(path)：\(reason)", en: "cannot read the column map \(path): \(reason)")
    }

    public var suggestNeedsWorkbook: String {
        language.pick(zh: "--suggest-map 需要 --into 工作簿（按其因素名称和 id 匹配题目文字）",
                      en: "--suggest-map needs --into WORKBOOK (question text is matched to its factor names and ids)")
    }
}

extension SurveyMapProblem {
    /// The problem with every text from the map or the file made printable.
    public var inert: SurveyMapProblem {
        switch self {
        case .notJSON(let reason): return .notJSON(reason.inertClipped())
        case .notAMap: return self
        case .wrongVersion(let found): return .wrongVersion(found.inertClipped())
        case .unknownKey(let key): return .unknownKey(key.inertClipped())
        case .badTarget(let key, let value): return .badTarget(key: key.inertClipped(), value: value.inertClipped())
        case .badLabel(let label): return .badLabel(label.inertClipped())
        case .badWhere(let item): return .badWhere(item.inertClipped())
        case .badScale: return self
        case .noSuchColumn(let key, let columns, let suggestion):
            return .noSuchColumn(key: key.inertClipped(), columns: columns, suggestion: suggestion?.inertClipped())
        case .ambiguousHeader(let key, let first, let second): return .ambiguousHeader(key: key.inertClipped(), first: first, second: second)
        case .sameTarget(let target, let first, let second):
            return .sameTarget(target: target.inertClipped(), first: first.inertClipped(), second: second.inertClipped())
        case .unknownFactor(let key, let id, let suggestion):
            return .unknownFactor(key: key.inertClipped(), id: id.inertClipped(), suggestion: suggestion?.inertClipped())
        }
    }
}

extension SurveyWords {
    /// The map's survey scale is not the workbook's.
    public func scaleMismatch(survey: Scale, workbook: Scale, importance: Bool) -> String {
        let s = displayScale(survey), w = displayScale(workbook), typed = surveyNumber(survey.min) + "-" + surveyNumber(survey.max)
        return importance
            ? language.pick(zh: "问卷的重要性量表是 \(s)（列映射的 importanceScale），工作簿的是 \(w)；加 --rescale 按线性换算，或用 cem new 文件 --importance-scale \(typed) 新建工作簿",
                            en: "the survey's importance scale is \(s) (the map's importanceScale) but the workbook's is \(w); add --rescale to map it linearly, "
                              + "or start the workbook with cem new FILE --importance-scale \(typed)")
            : language.pick(zh: "问卷的量表是 \(s)（列映射的 scale），工作簿的是 \(w)；加 --rescale 按线性换算，或用 cem new 文件 --scale \(typed) 新建工作簿",
                            en: "the survey's scale is \(s) (the map's scale) but the workbook's is \(w); add --rescale to map it linearly, "
                              + "or start the workbook with cem new FILE --scale \(typed)")
    }

    /// `--rescale`: what was mapped onto what.
    public func rescaled(from: Scale, to: Scale, importance: Bool) -> String {
        let f = displayScale(from), t = displayScale(to)
        return importance
            ? language.pick(zh: "重要性已从问卷量表 \(f) 线性换算到工作簿量表 \(t)（--rescale）",
                            en: "importance rescaled linearly from the survey's \(f) to the workbook's \(t) (--rescale)")
            : language.pick(zh: "分数已从问卷量表 \(f) 线性换算到工作簿量表 \(t)（--rescale）",
                            en: "scores rescaled linearly from the survey's \(f) to the workbook's \(t) (--rescale)")
    }
}

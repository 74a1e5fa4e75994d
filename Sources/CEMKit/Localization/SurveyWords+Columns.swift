// The words of `cem import FILE --columns`: each column's number, header, kind and values.

extension SurveyWords {
    public func columnsHeading(_ file: String, columns: Int, rows: Int) -> String {
        language.pick(zh: "\(file)：\(columns) 列，\(rows) 行数据", en: "\(file): \(columns) column\(columns == 1 ? "" : "s"), \(rows) data row\(rows == 1 ? "" : "s")")
    }
    public var columnName: String { language.pick(zh: "列名", en: "Column") }
    public var columnKind: String { language.pick(zh: "类型", en: "Type") }
    public var columnValues: String { language.pick(zh: "值", en: "Values") }

    public func kind(_ column: SurveyColumn) -> String {
        switch column.kind {
        case "number": return language.pick(zh: "数字", en: "number")
        case "text": return language.pick(zh: "文字", en: "text")
        case "mixed": return language.pick(zh: "数字和文字", en: "numbers and text")
        default: return language.pick(zh: "空", en: "empty")
        }
    }

    /// `1 – 10 (118)`, `华北、华南…`, with the count of blanks.
    public func values(_ column: SurveyColumn) -> String {
        var parts: [String] = []
        if let low = column.low, let high = column.high {
            let range = low == high ? surveyNumber(low) : surveyNumber(low) + " – " + surveyNumber(high)
            parts.append(language.pick(zh: "\(range)（\(column.numbers) 个）", en: "\(range) (\(column.numbers))"))
        }
        if column.texts > 0 {
            let more = column.texts > column.examples.count && column.examples.count == SurveyColumn.maximumExamples
            let shown = column.examples.map { language.pick(zh: "“\($0)”", en: "'\($0)'") }
                .joined(separator: language.pick(zh: "、", en: ", ")) + (more ? "…" : "")
            parts.append(language.pick(zh: "\(shown)（\(column.texts) 个）", en: "\(shown) (\(column.texts))"))
        }
        if column.blanks > 0 { parts.append(language.pick(zh: "空白 \(column.blanks) 个", en: "\(column.blanks) blank")) }
        return parts.joined(separator: language.pick(zh: "；", en: "; "))
    }

    public var columnsNote: String {
        language.pick(
            zh: "评分列须命名为 <评分项>.<因素id>（例如 experience.product），或名为 overall；其他列可用于 --where 和 --by",
            en: "score columns must be named <measure>.<factorId> (for example experience.product) or overall; any other column serves --where and --by")
    }
}

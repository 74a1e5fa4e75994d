// Answer labels read as numbers: a map's own `labels`, the leading-number form (`5 - Very satisfied`)
// and built-in 5- and 7-point wordings in English and Chinese, chosen by the points of the column's scale.

/// The labels a reader applies to cells that are not numbers.
struct SurveyLabels: Sendable {
    /// The map's labels, by `key(_:)`.
    var own: [String: Double] = [:]

    /// A label as it is looked up: normalised, trimmed, lower case, inner runs of spaces made one.
    static func key(_ text: String) -> String {
        Input.normalize(text).trimmingWhitespace.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Built-in sets, each in order from the lowest answer (1) to the highest; variants separated by `|`.
    static let fivePoint: [[String]] = [
        ["very dissatisfied", "dissatisfied", "neither satisfied nor dissatisfied|neutral", "satisfied", "very satisfied"],
        ["strongly disagree", "disagree", "neither agree nor disagree", "agree", "strongly agree"],
        ["not at all important", "slightly important", "moderately important", "very important", "extremely important"],
        ["very poor", "poor", "fair", "good", "excellent"],
        ["非常不满意", "不满意|比较不满意", "一般|中立", "满意|比较满意", "非常满意"],
        ["非常不同意", "不同意", "中立|既不同意也不反对", "同意", "非常同意"],
        ["非常不重要|完全不重要", "不重要|不太重要", "一般重要", "重要|比较重要", "非常重要"],
    ]
    static let sevenPoint: [[String]] = [
        ["extremely dissatisfied", "moderately dissatisfied", "slightly dissatisfied", "neither satisfied nor dissatisfied|neutral",
         "slightly satisfied", "moderately satisfied", "extremely satisfied"],
        ["strongly disagree", "disagree", "somewhat disagree", "neither agree nor disagree", "somewhat agree", "agree", "strongly agree"],
        ["非常不满意", "不满意", "比较不满意", "一般|中立", "比较满意", "满意", "非常满意"],
        ["非常不同意", "不同意", "比较不同意", "中立|既不同意也不反对", "比较同意", "同意", "非常同意"],
    ]
    static let five = table(fivePoint), seven = table(sevenPoint)

    private static func table(_ sets: [[String]]) -> [String: Int] {
        var table: [String: Int] = [:]
        for set in sets {
            for (rank, variants) in set.enumerated() {
                for variant in variants.split(separator: "|") { table[String(variant)] = rank + 1 }
            }
        }
        return table
    }

    /// The number of a label on `scale` (nil: any), or nil when the text is no label known here.
    func value(_ text: String, scale: Scale?) -> Double? {
        let key = SurveyLabels.key(text)
        if let own = own[key] { return own }
        if let leading = SurveyLabels.leadingNumber(key) { return leading }
        guard let scale else { return (SurveyLabels.five[key] ?? SurveyLabels.seven[key]).map(Double.init) }
        let points = scale.max - scale.min + 1
        let rank = points == 5 ? SurveyLabels.five[key] : points == 7 ? SurveyLabels.seven[key] : nil
        return rank.map { scale.min + Double($0 - 1) }
    }

    /// `5 - Very satisfied`, `1 = Not at all`, `4: Good`, `7) Extremely satisfied`: the number before the words.
    static func leadingNumber(_ key: String) -> Double? {
        var digits = "", rest = Substring(key)
        while let c = rest.first, c.isASCII, c.isNumber || (c == "." && !digits.isEmpty && !digits.contains(".")) {
            digits.append(c)
            rest = rest.dropFirst()
        }
        guard !digits.isEmpty, !digits.hasSuffix("."), digits.count <= 6 else { return nil }
        let separated = rest.drop { $0 == " " }
        guard let mark = separated.first else { return nil }
        var words = separated
        if "-–—:=)".contains(mark) {
            words = separated.dropFirst()
        } else if separated.count == rest.count {
            return nil  // `5x`: no space and no mark
        }
        guard words.contains(where: { $0.isLetter }) else { return nil }
        return Double(digits)
    }
}

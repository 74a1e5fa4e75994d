// The first two charts as bars of block characters for the terminal (`cem show`, the session's
// `chart` command), with an ASCII fallback when the terminal is not UTF-8. Reads the Analysis only.

public enum TerminalChart {
    /// Whether the terminal's character set is UTF-8, from the locale variables (LC_ALL, LC_CTYPE,
    /// LANG in that order). When none is set, UTF-8 is assumed (cem prints UTF-8 text anyway);
    /// a locale such as `C` or `en_US.ISO-8859-1` gives the ASCII fallback.
    public static func isUTF8(environment: [String: String]) -> Bool {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                let lower = value.lowercased()
                return lower.contains("utf-8") || lower.contains("utf8")
            }
        }
        return true
    }

    /// Experience beside expectation: two bars per factor on the workbook's scale.
    public static func expectation(_ analysis: Analysis, scale: Scale, strings: ReportWords,
                                   width: Int = 80, unicode: Bool = true) -> [String] {
        let words = reportStrings(strings.language)
        let full = unicode ? "█" : "#", shade = unicode ? "░" : "="
        var lines = ["  " + words.chartTitle(.expectation) + text(words.scaleNote(displayScale(scale)), unicode),
                     "  \(full) \(strings.scoreName(.experience))   \(shade) \(strings.scoreName(.expectation))"]
        let drawn = analysis.factors.filter { $0.experience != nil || $0.expectation != nil }
        guard !drawn.isEmpty else { return lines + ["  " + words.nothingToDraw] }
        let layout = Layout(names: drawn.map(\.name), width: width, unicode: unicode)
        let span = scale.max / 2 - scale.min / 2  // halves: the whole span may be too large to hold
        for f in drawn {
            for (index, (value, symbol)) in [(f.experience, full), (f.expectation, shade)].enumerated() {
                let label = index == 0 ? f.name : ""
                guard let value, span > 0 else {
                    lines.append(layout.line(label, bar: "", value: dash(unicode)))
                    continue
                }
                let length = cells((value / 2 - scale.min / 2) / span * Double(layout.barWidth), most: layout.barWidth)
                lines.append(layout.line(label, bar: String(repeating: symbol, count: length), value: text(displayNumber(value), unicode)))
            }
        }
        let missing = analysis.factors.filter { $0.experience == nil || $0.expectation == nil }.map(\.name)
        if !missing.isEmpty { lines += leftOutLines(missing, strings: strings, width: width) }
        return lines
    }

    /// The factors a chart leaves out, wrapped to the width under it (a long list of long names stays readable).
    static func leftOutLines(_ missing: [String], strings: ReportWords, width: Int) -> [String] {
        let text = reportStrings(strings.language).leftOut(missing.joined(separator: strings.listSeparator)).inert
        return LineBreaking.wrap(text, width: max(20, min(width, 400) - 2)).map { "  " + $0 }
    }

    /// Weighted satisfaction per factor: bars from a zero line, negatives to the left, the key experience marked.
    public static func weighted(_ analysis: Analysis, strings: ReportWords, width: Int = 80, unicode: Bool = true) -> [String] {
        let words = reportStrings(strings.language)
        var lines = ["  " + text(words.chartTitle(.weighted), unicode)]
        let drawn = analysis.factors.filter { $0.weightedSatisfaction != nil }
        guard !drawn.isEmpty else { return lines + ["  " + words.nothingToDraw] }
        let marker = (unicode ? " ◀ " : " < ") + words.keyExperience
        var layout = Layout(names: drawn.map(\.name), width: width - DisplayWidth.of(marker), unicode: unicode)
        layout.barWidth = max(layout.barWidth, 10)
        let values = drawn.compactMap(\.weightedSatisfaction)
        let negative = max(0, -(values.min() ?? 0)), positive = max(0, values.max() ?? 0)
        let total = negative / 2 + positive / 2  // halves, like every length below: the sum may be too large
        let barWidth = layout.barWidth - 1  // one cell is the zero line
        let left = total == 0 || !total.isFinite ? barWidth / 2 : clampedInt(Double(barWidth) * (negative / 2) / total, in: 0...barWidth)
        let right = barWidth - left
        let full = unicode ? "█" : "#", axis = unicode ? "│" : "|"
        for f in drawn {
            let value = f.weightedSatisfaction!
            let length = total == 0 ? 0 : max(value == 0 ? 0 : 1, cells(abs(value) / 2 / total * Double(barWidth), most: barWidth))
            let leftPart = value < 0 ? String(repeating: " ", count: left - min(left, length)) + String(repeating: full, count: min(left, length))
                                     : String(repeating: " ", count: left)
            let rightPart = value > 0 ? String(repeating: full, count: min(right, length)) : ""
            var line = layout.line(f.name, bar: leftPart + axis + rightPart, value: text(displayNumber(value), unicode))
            if f.id == analysis.keyExperience { line += marker }
            lines.append(line)
        }
        let missing = analysis.factors.filter { $0.weightedSatisfaction == nil }.map(\.name)
        if !missing.isEmpty { lines += leftOutLines(missing, strings: strings, width: width) }
        return lines
    }

    /// Name column, bar area and value column fitted to the width.
    struct Layout {
        var nameWidth: Int
        var barWidth: Int
        let valueWidth = 7

        init(names: [String], width: Int, unicode: Bool) {
            let width = min(width, 400)  // bars longer than this help no one, and a huge width must not exhaust memory
            let widest = names.map { DisplayWidth.of($0.inert) }.max() ?? 0
            nameWidth = min(widest, max(8, min(24, width / 3)))
            barWidth = max(10, width - 2 - nameWidth - 2 - 1 - valueWidth)
        }

        func line(_ name: String, bar: String, value: String) -> String {
            let label = DisplayWidth.pad(DisplayWidth.truncate(name.inert, to: nameWidth), to: nameWidth)
            return "  " + label + "  " + DisplayWidth.pad(bar, to: barWidth) + " " + DisplayWidth.pad(value, to: valueWidth, alignRight: true)
        }
    }

    /// Whole cells for a length, at least one for any visible length, at most `most`.
    private static func cells(_ length: Double, most: Int) -> Int {
        length.isNaN || length <= 0 ? 0 : clampedInt(length, in: 1...max(1, most))
    }

    private static func dash(_ unicode: Bool) -> String { unicode ? "—" : "-" }

    /// Chart text in ASCII when the terminal is not UTF-8: the true minus and dashes become hyphens, × an x.
    private static func text(_ figure: String, _ unicode: Bool) -> String {
        unicode ? figure : String(figure.map { "−—–".contains($0) ? "-" : $0 == "×" ? "x" : $0 })
    }
}

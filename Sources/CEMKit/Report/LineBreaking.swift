// Text broken into lines of at most a number of terminal columns: at spaces between words, and
// between CJK characters; never before closing punctuation (no line starts with `），`, `。`, `、`)
// nor after opening punctuation. A word longer than a line is cut, the only case that splits a word.

public enum LineBreaking {
    /// The lines of `text`, each at most `width` display columns (at least one column). Linear in the
    /// length of the text: widths are kept as running sums, never measured again.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        guard DisplayWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0, lineTrimmedWidth = 0  // with and without its trailing spaces
        for unit in units(text) {
            let body = trimmed(unit)
            let bodyWidth = DisplayWidth.of(body)
            let spaces = unit.count - body.count
            if (bodyWidth == 0 ? lineTrimmedWidth : lineWidth + bodyWidth) <= width {
                line += unit
                if bodyWidth > 0 { lineTrimmedWidth = lineWidth + bodyWidth }
                lineWidth += bodyWidth + spaces
                continue
            }
            if lineTrimmedWidth > 0 { lines.append(trimmed(line)) }
            // A piece wider than a line is cut; the rest never starts with closing punctuation.
            let characters = Array(unit)
            var start = 0, restWidth = bodyWidth
            while restWidth > width {
                var end = start, used = 0
                while end < characters.count {
                    let w = DisplayWidth.of(characters[end])
                    if used + w > width, end > start { break }
                    used += w
                    end += 1
                }
                while end - start > 1, end < characters.count, closing.contains(characters[end]) {
                    end -= 1
                    used -= DisplayWidth.of(characters[end])
                }
                lines.append(String(characters[start..<end]))
                start = end
                restWidth -= used
            }
            line = String(characters[start...])
            lineTrimmedWidth = restWidth
            lineWidth = restWidth + spaces
        }
        if lineTrimmedWidth > 0 || lines.isEmpty { lines.append(trimmed(line)) }
        return lines
    }

    /// The narrowest a column can be without cutting a word of `text` (or a CJK character from its punctuation).
    public static func longestUnit(_ text: String) -> Int {
        units(text).map { DisplayWidth.of(trimmed($0)) }.max() ?? 0
    }

    /// Pieces between break opportunities; a piece keeps the spaces that follow it.
    static func units(_ text: String) -> [String] {
        var units: [String] = []
        var current = ""
        let characters = Array(text)
        for (i, c) in characters.enumerated() {
            current.append(c)
            if i + 1 < characters.count, canBreak(after: c, before: characters[i + 1]) {
                units.append(current)
                current = ""
            }
        }
        if !current.isEmpty { units.append(current) }
        return units
    }

    static func canBreak(after a: Character, before b: Character) -> Bool {
        if b == " " || closing.contains(b) || opening.contains(a) { return false }
        if a == " " { return true }
        return isWide(a) || isWide(b)
    }

    static func trimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }

    static func isWide(_ c: Character) -> Bool { DisplayWidth.of(c) == 2 }

    /// Punctuation a line must not start with.
    static let closing: Set<Character> = Set("、。，．：；！？）」』】〉》〕〗”’…%,.;:!?)]}")
    /// Punctuation a line must not end with.
    static let opening: Set<Character> = Set("（「『【〈《〔〖“‘([{")
}

// Text broken into lines of at most a number of terminal columns: at spaces between words, and
// between CJK characters; never before closing punctuation (no line starts with `），`, `。`, `、`)
// nor after opening punctuation. A word longer than a line is cut, the only case that splits a word.

public enum LineBreaking {
    /// The lines of `text`, each at most `width` display columns (at least one column).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        guard DisplayWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        for unit in units(text) {
            if DisplayWidth.of(trimmed(line + unit)) <= width {
                line += unit
                continue
            }
            if !trimmed(line).isEmpty { lines.append(trimmed(line)) }
            line = ""
            var rest = unit
            while DisplayWidth.of(trimmed(rest)) > width {
                let (head, tail) = cut(rest, width: width)
                lines.append(head)
                rest = tail
            }
            line = rest
        }
        if !trimmed(line).isEmpty || lines.isEmpty { lines.append(trimmed(line)) }
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

    /// The head of a piece that fits `width` and the rest; the rest never starts with closing punctuation.
    static func cut(_ text: String, width: Int) -> (String, String) {
        var head: [Character] = []
        var used = 0
        let characters = Array(text)
        for c in characters {
            let w = DisplayWidth.of(c)
            if used + w > width, !head.isEmpty { break }
            head.append(c)
            used += w
        }
        while head.count > 1, head.count < characters.count, closing.contains(characters[head.count]) {
            head.removeLast()
        }
        return (String(head), String(characters[head.count...]))
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

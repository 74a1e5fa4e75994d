// Wrapping help text to the terminal's width: at spaces, and between CJK characters (never before a
// closing mark such as ，。、） nor after an opening one such as （“), measured with DisplayWidth.

import CEMKit

enum Wrap {
    /// The lines of one paragraph, each at most `width` columns (a single word wider than that stands alone).
    static func lines(_ paragraph: String, width: Int) -> [String] {
        fill(tokens(paragraph), width: width)
    }

    /// Lines of `text` with `indent` before every line but the first, which starts after `lead` columns.
    static func hanging(_ text: String, width: Int, indent: Int) -> [String] {
        let room = max(10, width - indent)
        let filled = lines(text, width: room)
        return filled.enumerated().map { $0.offset == 0 ? $0.element : String(repeating: " ", count: indent) + $0.element }
    }

    /// Unbreakable pieces (`[-o OUT]`) laid out as lines separated by spaces.
    static func pieces(_ pieces: [String], width: Int, indent: Int) -> [String] {
        var result = fill(pieces.map { (text: $0, space: true) }, width: max(10, width - indent))
        for i in result.indices.dropFirst() { result[i] = String(repeating: " ", count: indent) + result[i] }
        return result
    }

    private static let noBreakBefore: Set<Character> = ["，", "。", "、", "；", "：", "）", "」", "』", "”", "’", "！", "？", "》", "…", ",", ".", ";", ":", ")"]
    private static let noBreakAfter: Set<Character> = ["（", "「", "『", "“", "‘", "《", "("]

    private static func isWide(_ character: Character) -> Bool { DisplayWidth.of(character) == 2 }

    /// Words and single CJK characters, each marked with whether a space stood before it.
    private static func tokens(_ text: String) -> [(text: String, space: Bool)] {
        var result: [(text: String, space: Bool)] = []
        var current = "", currentSpace = false, pendingSpace = false
        func flush() {
            if !current.isEmpty { result.append((current, currentSpace)) }
            current = ""
        }
        func start(_ character: Character) {
            if current.isEmpty {
                currentSpace = pendingSpace
                pendingSpace = false
            }
            current.append(character)
        }
        for character in text {
            if character == " " {
                flush()
                pendingSpace = true
                continue
            }
            if noBreakBefore.contains(character) && !pendingSpace {
                if current.isEmpty, let last = result.popLast() {
                    current = last.text
                    currentSpace = last.space
                }
                current.append(character)
                if isWide(character) { flush() }
                continue
            }
            if let last = current.last, isWide(last) || isWide(character), !noBreakAfter.contains(last) { flush() }
            start(character)
        }
        flush()
        return result
    }

    private static func fill(_ tokens: [(text: String, space: Bool)], width: Int) -> [String] {
        var lines: [String] = []
        var line = "", lineWidth = 0
        for token in tokens {
            let w = DisplayWidth.of(token.text)
            let gap = token.space && !line.isEmpty ? 1 : 0
            if !line.isEmpty && lineWidth + gap + w > width {
                lines.append(line)
                line = token.text
                lineWidth = w
            } else {
                line += (gap == 1 ? " " : "") + token.text
                lineWidth += gap + w
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

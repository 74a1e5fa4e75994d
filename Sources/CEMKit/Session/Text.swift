// Words and lines: wrapping prose, splitting command lines, file stems, yes/no.

/// A line broken to fit `width` display columns: at spaces, or between any two wide (Chinese) characters.
func wrap(_ line: String, width: Int) -> [String] {
    guard width > 10, DisplayWidth.of(line) > width else { return [line] }
    var lines: [String] = []
    var current = ""
    var lastBreak: String.Index?
    for c in line {
        current.append(c)
        if c == " " || DisplayWidth.of(c) == 2 { lastBreak = current.endIndex }
        if DisplayWidth.of(current) > width {
            if c == " " {
                lines.append(String(current.dropLast()))
                current = ""
            } else if let cut = lastBreak, cut < current.endIndex {
                let head = String(current[..<cut])
                lines.append(head.hasSuffix(" ") ? String(head.dropLast()) : head)
                current = String(current[cut...])
            } else {
                let last = current.removeLast()
                lines.append(current)
                current = String(last)
            }
            lastBreak = nil
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}

/// The file name without folders and without `.cem.json`.
func fileStem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in [".cem.json", ".json"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
    return name
}

/// Splits a command line into words at white space (the ideographic space too), keeping "quoted text" together.
func tokenize(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var quoted = false
    for c in line {
        if let q = quote {
            if c == q || (q == "“" && c == "”") { quote = nil } else { current.append(c) }
        } else if c == "\"" || c == "“" {
            quote = c
            quoted = true
        } else if c.isWhitespace {
            if !current.isEmpty || quoted { words.append(current) }
            current = ""
            quoted = false
        } else {
            current.append(c)
        }
    }
    if !current.isEmpty || quoted { words.append(current) }
    return words
}

extension Answer {
    static func yes(_ text: String) -> Bool {
        InputWords.isYes(text)
    }
}

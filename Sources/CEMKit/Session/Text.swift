// Words and lines: wrapping prose, splitting command lines, file stems, yes/no.

/// A line broken to fit `width` display columns, by the reports' one line-breaking rule (at spaces and
/// between Chinese characters, never before closing punctuation); narrow widths leave it whole.
func wrap(_ line: String, width: Int) -> [String] {
    guard width > 10 else { return [line] }
    return LineBreaking.wrap(line, width: width)
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

// Escaping user text for the documents: XML/HTML/SVG, Markdown table cells, CSV cells.
// Factor names, notes and titles are user text and may hold anything.

public enum Markup {
    /// Text safe inside XML, HTML and SVG elements and attribute values. Control characters other
    /// than tab and line feed are not allowed in XML 1.0 and are dropped.
    public static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += " "
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text safe in Markdown prose and pipe-table cells: one line, Markdown punctuation escaped with
    /// a backslash, `<`, `>` and `&` as entities so no raw HTML reaches the renderer.
    public static func markdown(_ text: String) -> String {
        var out = ""
        var previousWasSpace = false
        for character in text {
            if character.isNewline {
                if !previousWasSpace { out += " " }
                previousWasSpace = true
                continue
            }
            previousWasSpace = character == " "
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~":
                out += "\\" + String(character)
            default:
                if let ascii = character.asciiValue, ascii < 0x20 { continue }
                out.append(character)
            }
        }
        return out
    }

    /// One CSV field (RFC 4180). Text that a spreadsheet would read as a formula (starting with
    /// `=`, `+`, `-`, `@`, tab or carriage return, or their full-width forms) gets a leading `'`
    /// so it shows as text. Fields with a comma, quote or line break are quoted.
    public static func csv(text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r＝＋－＠".unicodeScalars.contains(first) {
            value = "'" + value
        }
        return csv(raw: value)
    }

    /// A number in a CSV field: plain ASCII (`-1`, `5.833333333`), empty when missing or not finite.
    public static func csv(number: Double?) -> String {
        guard let number, number.isFinite else { return "" }
        return CanonicalJSON.number(number == 0 ? 0 : number)
    }

    static func csv(raw value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            quoted += character == "\"" ? "\"\"" : String(character)
        }
        return quoted + "\""
    }
}

// User text made inert before it reaches a terminal or a one-line diagnostic: a name, title, note, id,
// CSV header or file name can never move the cursor, change the window title, start a hyperlink,
// reverse the text direction or forge a second line.

extension String {
    /// Control characters (C0 but tab, DEL, C1) as `\u{1B}`-style escapes, bidirectional controls the
    /// same way, and line breaks as `⏎`; everything else as it is.
    public var inert: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var changed = false
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x2028, 0x2029:
                result.append("⏎")
                changed = true
            case 0x09:
                result.unicodeScalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                changed = true
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return changed ? result : self
    }
}

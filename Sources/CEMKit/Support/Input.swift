// What people type, made uniform: a Chinese input method sends full-width digits and punctuation
// (`６．５`, `－１`, `，`); a table pasted from a document may carry a true minus sign (`−1`) or an en dash.

public enum Input {
    /// Full-width ASCII (U+FF01–FF5E) to ASCII, the ideographic space to a space, and the minus
    /// sign U+2212 to `-`; then leading and trailing white space removed.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            case 0x2212: scalars.append("-")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).trimmingWhitespace
    }

    /// A number as typed: `6`, `6.5`, `６．５`, `-1`, `−1`, `–1`, `负1`, ` 7 `; also `6。5` (the ideographic
    /// full stop as a decimal point) and `7,5` or `７，５` (a decimal comma, as much of Europe writes it).
    /// Nil when it is not a plain finite decimal number.
    ///
    /// A comma is a decimal point only when one or two digits follow it and the number has no other
    /// separator. `1,000` is refused rather than read: as a thousands separator it means 1000, as a
    /// decimal comma 1.0, and no score in a workbook is worth a silent guess between the two; `1,5,0`
    /// and `1.000,5` are refused likewise.
    public static func number(_ text: String) -> Double? {
        var plain = normalize(text).replacing("。", with: ".")
        if plain.hasPrefix("负") { plain = "-" + String(plain.dropFirst()).trimmingWhitespace }
        if plain.hasPrefix("–") { plain = "-" + plain.dropFirst() }
        if let comma = plain.firstIndex(of: ",") {
            let after = plain[plain.index(after: comma)...]
            guard (1...2).contains(after.count), after.allSatisfy(\.isNumber), !plain[..<comma].contains(".") else { return nil }
            plain.replaceSubrange(comma...comma, with: ".")
        }
        guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(plain), value.isFinite else { return nil }
        return value
    }
}

// What people type, made uniform: a Chinese input method sends full-width digits and punctuation
// (`６．５`, `－１`, `，`); a table pasted from a document may carry a true minus sign (`−1`).

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

    /// A number as typed: `6`, `6.5`, `６．５`, `-1`, `−1`, ` 7 `; also `6。5` (the ideographic full stop
    /// as a decimal point). Nil when it is not a plain finite decimal number.
    public static func number(_ text: String) -> Double? {
        let plain = normalize(text).replacing("。", with: ".")
        guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(plain), value.isFinite else { return nil }
        return value
    }
}

// Survey cells as numbers, straight from the bytes: a plain fast path, and `Input.number` for the rest.

extension SurveySink {
    enum Cell { case missing, value(Double), invalid }

    /// A plain number straight from the bytes: `[-]digits[.digits]` (at most 15 digits), spaces around
    /// allowed. Exact: an integer below 2⁵³ divided by an exact power of ten rounds once.
    /// Status 0: the value; 1: blank (missing); 2: anything else (see `number`).
    @inline(__always)
    static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> (Double, UInt8) {
        var i = 0, end = bytes.count
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if i == end { return (0, 1) }
        var negative = false
        if bytes[i] == 0x2D {
            negative = true
            i += 1
        }
        var mantissa: UInt64 = 0, digits = 0, decimals = 0, dot = false
        while i < end {
            let c = bytes[i]
            let d = c &- 0x30
            if d < 10 {
                mantissa = mantissa &* 10 &+ UInt64(d)
                digits += 1
                if dot { decimals += 1 }
            } else if c == 0x2E, !dot {
                dot = true
            } else {
                return (0, 2)
            }
            i += 1
        }
        if digits == 0 || digits > 15 { return (0, 2) }
        return (plainValue(mantissa, decimals: decimals, negative: negative), 0)
    }

    /// Powers of ten exact in a Double, for a plain number's decimals (at most 15 digits in all).
    private static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { product, _ in product * 10 } }

    /// A plain number's value from its digits (below 10¹⁵), how many of them follow the point, and its sign:
    /// the integer divided by an exact power of ten, rounded once. The general path and the fast path
    /// (`fastRows`) both read numbers through it.
    @inline(__always)
    static func plainValue(_ mantissa: UInt64, decimals: Int, negative: Bool) -> Double {
        let magnitude = decimals == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[decimals]
        return negative ? -magnitude : magnitude
    }

    /// A cell as a number: the plain fast path, else `slowNumber`.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool = false) -> Cell {
        let (value, status) = plainNumber(bytes)
        switch status {
        case 0: return .value(value)
        case 1: return .missing
        default: return slowNumber(bytes, decimalComma: decimalComma)
        }
    }

    /// Full-width digits and the like through `Input.number`; with a delimiter other than the comma,
    /// a decimal comma (`6,5`, as semicolon-separated exports write it) is read as a decimal point.
    static func slowNumber(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> Cell {
        var text = Input.normalize(String(decoding: bytes, as: UTF8.self))
        if text.isEmpty { return .missing }
        if decimalComma, !text.contains("."), text.filter({ $0 == "," }).count == 1 { text = text.replacing(",", with: ".") }
        // `Input.number` reads a typed `6,5` as 6.5; in a comma-delimited file such a cell stays refused.
        if !decimalComma, text.contains(",") { return .invalid }
        return Input.number(text).map(Cell.value) ?? .invalid
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var i = 0, end = bytes.count
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return bytes[i..<end]
    }
}

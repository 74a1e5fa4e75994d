// A seeded, bounded generator of hostile variants of a JSON file: byte mutations, truncations, numeric
// extremes, structural mutations and hostile strings. The same seed gives the same cases, everywhere.
import Foundation


enum FuzzMutation: String, CaseIterable {
    case bytes, truncation, number, structure, string
}

enum FuzzGenerator {
    /// Numbers at and beyond every limit of the format.
    static let extremeNumbers: [String] = [
        "1e308", "-1e308", "5e-324", "-5e-324", "-0", "-0.0", "0e0", "1e-7", "1E+2",
        String(repeating: "9", count: 400), "0." + String(repeating: "1", count: 400), "1" + String(repeating: "0", count: 30),
        "1000000", "-1000000", "1000000.0000001", "-1000001", "999999.999999", "1e6", "1e15", "-1e15", "1e16",
        "1000000000", "999999", "1000001", "2147483648", "9223372036854775808", "0.1", "10", "11", "-1", "1.5", "1e400",
    ]

    /// Text no display may pass through as it is.
    static let hostileStrings: [String] = [
        "\\u0000", "\\u001b[2J\\u001b[H", "\\u001b]0;owned\\u0007", "line\\nfake.cem.json:1:1 forged", "\\r\\n", "\\u202eevil",
        "\\u0085\\u009b31m", "\\t\\b\\f", "\\ud83d\\ude00", "<script>alert(1)</script>", "a,b\\\"c", "]]></svg>", "=cmd|' /C calc'!A0",
        String(repeating: "長", count: 5_000), String(repeating: "x", count: 70_000), "", " ", "-", "R1", "convenience",
    ]

    /// One variant of `base`, chosen by `random`; `kind` says which mutation made it.
    static func variant(of base: [UInt8], _ random: inout SeededRandom) -> (kind: FuzzMutation, bytes: [UInt8]) {
        let kind = random.pick(FuzzMutation.allCases)
        var bytes = base
        switch kind {
        case .bytes:
            for _ in 0..<(1 + random.below(4)) where !bytes.isEmpty {
                let i = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes[i] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.remove(at: i)
                default: bytes.insert(random.pick([0x00, 0x0A, 0x1B, 0x22, 0x2C, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0xC3, 0xFF]), at: i)
                }
            }
        case .truncation:
            bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
        case .number:
            let spans = numberSpans(bytes)
            for _ in 0..<(1 + random.below(3)) where !spans.isEmpty {
                let span = random.pick(spans)
                if span.upperBound <= bytes.count {
                    bytes.replaceSubrange(span, with: Array(random.pick(extremeNumbers).utf8))
                }
            }
        case .structure:
            bytes = structural(bytes, &random)
        case .string:
            let spans = stringSpans(bytes)
            if !spans.isEmpty {
                let span = random.pick(spans)
                bytes.replaceSubrange(span, with: Array(random.pick(hostileStrings).utf8))
            }
        }
        return (kind, bytes)
    }

    /// Line-level edits: delete, duplicate, swap, or wrap a line's value in another shape.
    static func structural(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard lines.count > 2 else { return bytes }
        let i = 1 + random.below(lines.count - 2)
        switch random.below(6) {
        case 0: lines.remove(at: i)
        case 1: lines.insert(lines[i], at: i)
        case 2: lines.swapAt(i, 1 + random.below(lines.count - 2))
        case 3: lines.insert(Array(random.pick(["\"expectaton\": 7,", "\"factors\": [],", "\"cycle\": 999999,",
                                                "\"history\": [{\"cycle\": 1, \"factors\": []}],", "\"survey\": {\"ideal\": {\"n\": 1e9}},",
                                                "\"scale\": {\"min\": -1e6, \"max\": 1e6},", "\"importanceScale\": {\"min\": 0, \"max\": 5e-324},"]).utf8), at: i)
        case 4:
            let line = String(decoding: lines[i], as: UTF8.self)
            let swapped = line.replacingFirst(random.pick(["[", "{", "\"", ":", ","]), with: random.pick(["{", "[", "null", "", "\"\""]))
            lines[i] = Array(swapped.utf8)
        default:
            let line = String(decoding: lines[i], as: UTF8.self)
            let value = random.pick(["null", "true", "[]", "{}", "\"\"", "[null]", "[[[]]]", "{\"a\": 1}"])
            if let colon = line.firstIndex(of: ":") {
                let comma = line.hasSuffix(",") ? "," : ""
                lines[i] = Array((String(line[...colon]) + " " + value + comma).utf8)
            }
        }
        return Array(lines.joined(separator: [0x0A]))
    }

    /// Where numbers are (outside strings).
    static func numberSpans(_ bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0, inString = false
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                if b == 0x5C { i += 2; continue }
                if b == 0x22 { inString = false }
                i += 1
            } else if b == 0x22 {
                inString = true
                i += 1
            } else if b == 0x2D || (0x30...0x39).contains(b) {
                let start = i
                while i < bytes.count, [0x2D, 0x2B, 0x2E, 0x65, 0x45].contains(bytes[i]) || (0x30...0x39).contains(bytes[i]) { i += 1 }
                spans.append(start..<i)
            } else {
                i += 1
            }
        }
        return spans
    }

    /// Where the contents of string literals are (between the quotes).
    static func stringSpans(_ bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x22 {
                let start = i + 1
                i += 1
                while i < bytes.count, bytes[i] != 0x22 { i += bytes[i] == 0x5C ? 2 : 1 }
                if i <= bytes.count { spans.append(start..<min(i, bytes.count)) }
            }
            i += 1
        }
        return spans
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

// The canonical text form of DESIGN §3: keys in the order given, two-space indent, one key per line,
// arrays of scalars on one line, arrays of objects one element per block, `[]` and `{}` when empty,
// non-ASCII written as itself, `/` not escaped, integers without `.0`, other numbers in shortest
// round-trip form, and a final newline. Reading then writing a canonical file gives the same bytes.

public enum CanonicalJSON {
    /// The canonical text of a JSON value, with a final newline.
    public static func text(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    /// A number as canonical JSON writes it: `4`, `-0.5`, `4.2`, `1e-07`.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) <= 1e15 {
            return String(Int64(value))
        }
        // Swift's description is the shortest text that reads back as the same Double.
        return value.description
    }

    /// A string literal with only the escapes JSON requires.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number): out += self.number(number)
        case .string(let text): out += string(text)
        case .array(let elements):
            if elements.isEmpty {
                out += "[]"
            } else if elements.allSatisfy({ $0.value.isScalar }) {
                out += "["
                for (i, element) in elements.enumerated() {
                    if i > 0 { out += ", " }
                    write(element.value, indent: indent, into: &out)
                }
                out += "]"
            } else {
                let pad = String(repeating: "  ", count: indent + 1)
                out += "[\n"
                for (i, element) in elements.enumerated() {
                    out += pad
                    write(element.value, indent: indent + 1, into: &out)
                    out += i == elements.count - 1 ? "\n" : ",\n"
                }
                out += String(repeating: "  ", count: indent) + "]"
            }
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            let pad = String(repeating: "  ", count: indent + 1)
            out += "{\n"
            for (i, member) in members.enumerated() {
                out += pad + string(member.key) + ": "
                write(member.value.value, indent: indent + 1, into: &out)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }
}

/// Builds ordered JSON objects tersely: `JSONObject().add("id", .string(x)).value`.
public struct JSONObjectBuilder {
    public private(set) var members: [JSONMember] = []

    public init() {}

    public mutating func add(_ key: String, _ value: JSONValue) {
        members.append(JSONMember(key, value))
    }

    public mutating func add(_ key: String, _ text: String) { add(key, .string(text)) }

    public mutating func add(_ key: String, _ number: Double?) {
        add(key, number.map { JSONValue.number($0) } ?? .null)
    }

    public mutating func add(_ key: String, _ text: String?) {
        add(key, text.map { JSONValue.string($0) } ?? .null)
    }

    public mutating func add(_ key: String, strings: [String]) {
        add(key, .array(strings.map { JSONNode(.string($0)) }))
    }

    public mutating func add(_ key: String, objects: [JSONValue]) {
        add(key, .array(objects.map { JSONNode($0) }))
    }

    public var value: JSONValue { .object(members) }
}

// A small JSON tree that keeps object key order and where each value stood in the file,
// so validation can point at `line:column` and the canonical writer can keep key order.

/// A position in a text file, 1-based; columns count Unicode scalars.
public struct SourcePosition: Equatable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A JSON value. Objects keep their members in file order.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    /// The JSON name of the value's type, for messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    public var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}

/// A value with the position of its first character (positions are ignored by `==`).
public struct JSONNode: Equatable, Sendable {
    public var value: JSONValue
    public var position: SourcePosition

    public init(_ value: JSONValue, at position: SourcePosition = SourcePosition(line: 0, column: 0)) {
        self.value = value
        self.position = position
    }

    public static func == (a: JSONNode, b: JSONNode) -> Bool { a.value == b.value }
}

/// One `"key": value` member of an object.
public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var keyPosition: SourcePosition
    public var value: JSONNode

    public init(_ key: String, _ value: JSONNode, keyPosition: SourcePosition = SourcePosition(line: 0, column: 0)) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }

    public init(_ key: String, _ value: JSONValue) {
        self.init(key, JSONNode(value))
    }

    public static func == (a: JSONMember, b: JSONMember) -> Bool { a.key == b.key && a.value == b.value }
}

/// Why a text is not JSON, and where.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case unexpectedEnd
        case unexpectedCharacter(String)
        case expected(String, found: String)
        case invalidNumber(String)
        case numberOutOfRange(String)
        case invalidEscape(String)
        case controlCharacterInString
        case duplicateKey(String)
        case tooDeep(Int)
        case trailingContent
    }

    public var reason: Reason
    public var position: SourcePosition
}

/// A recursive-descent JSON parser over UTF-8 bytes that records positions.
public struct JSONParser {
    /// Deeper nesting than this is refused rather than risking the stack on hostile input.
    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document; the bytes must be valid UTF-8 without a byte-order mark.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        let node = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw JSONSyntaxError(reason: .trailingContent, position: parser.position)
        }
        return node
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try parse(Array(text.utf8))
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            // Count a column per scalar: continuation bytes do not start one.
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            advance()
        }
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        // Decode the whole scalar starting here, for a readable message.
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(JSONSyntaxError) {
        guard current == byte else {
            if current == nil { throw JSONSyntaxError(reason: .unexpectedEnd, position: position) }
            throw JSONSyntaxError(reason: .expected(what, found: describeCurrent()), position: position)
        }
        advance()
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        let start = position
        guard let byte = current else { throw JSONSyntaxError(reason: .unexpectedEnd, position: start) }
        switch byte {
        case UInt8(ascii: "{"):
            guard depth < JSONParser.maximumDepth else {
                throw JSONSyntaxError(reason: .tooDeep(JSONParser.maximumDepth), position: start)
            }
            return JSONNode(try parseObject(depth: depth + 1), at: start)
        case UInt8(ascii: "["):
            guard depth < JSONParser.maximumDepth else {
                throw JSONSyntaxError(reason: .tooDeep(JSONParser.maximumDepth), position: start)
            }
            return JSONNode(try parseArray(depth: depth + 1), at: start)
        case UInt8(ascii: "\""):
            return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "t"):
            try parseLiteral("true")
            return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"):
            try parseLiteral("false")
            return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"):
            try parseLiteral("null")
            return JSONNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: start)
        default:
            throw JSONSyntaxError(reason: .unexpectedCharacter(describeCurrent()), position: start)
        }
    }

    private mutating func parseLiteral(_ word: String) throws(JSONSyntaxError) {
        let start = position
        for expected in word.utf8 {
            guard current == expected else {
                throw JSONSyntaxError(reason: .expected(word, found: describeCurrent()), position: start)
            }
            advance()
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = position
        let from = index
        if current == UInt8(ascii: "-") { advance() }
        func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        guard isDigit(current) else {
            throw JSONSyntaxError(reason: .invalidNumber(String(decoding: bytes[from..<index], as: UTF8.self) + describeCurrent()), position: start)
        }
        if current == UInt8(ascii: "0") {
            advance()
            if isDigit(current) {
                throw JSONSyntaxError(reason: .invalidNumber(String(decoding: bytes[from...index], as: UTF8.self)), position: start)
            }
        } else {
            while isDigit(current) { advance() }
        }
        if current == UInt8(ascii: ".") {
            advance()
            guard isDigit(current) else {
                throw JSONSyntaxError(reason: .invalidNumber(String(decoding: bytes[from..<index], as: UTF8.self)), position: start)
            }
            while isDigit(current) { advance() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard isDigit(current) else {
                throw JSONSyntaxError(reason: .invalidNumber(String(decoding: bytes[from..<index], as: UTF8.self)), position: start)
            }
            while isDigit(current) { advance() }
        }
        let text = String(decoding: bytes[from..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw JSONSyntaxError(reason: .numberOutOfRange(text), position: start)
        }
        return value
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current else { throw JSONSyntaxError(reason: .unexpectedEnd, position: position) }
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw JSONSyntaxError(reason: .invalidEscape("\\u" + describeCurrent()), position: position)
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        advance()  // opening quote
        var out: [UInt8] = []
        while true {
            guard let byte = current else { throw JSONSyntaxError(reason: .unexpectedEnd, position: position) }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escapeStart = position
                advance()
                guard let code = current else { throw JSONSyntaxError(reason: .unexpectedEnd, position: position) }
                advance()
                switch code {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalarValue = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalarValue) {
                        // A high surrogate must be followed by an escaped low surrogate.
                        guard current == UInt8(ascii: "\\") else {
                            throw JSONSyntaxError(reason: .invalidEscape("lone surrogate"), position: escapeStart)
                        }
                        advance()
                        guard current == UInt8(ascii: "u") else {
                            throw JSONSyntaxError(reason: .invalidEscape("lone surrogate"), position: escapeStart)
                        }
                        advance()
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw JSONSyntaxError(reason: .invalidEscape("lone surrogate"), position: escapeStart)
                        }
                        scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(scalarValue) else {
                        throw JSONSyntaxError(reason: .invalidEscape("lone surrogate"), position: escapeStart)
                    }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw JSONSyntaxError(reason: .invalidEscape("\\" + String(UnicodeScalar(code))), position: escapeStart)
                }
            default:
                if byte < 0x20 {
                    throw JSONSyntaxError(reason: .controlCharacterInString, position: position)
                }
                out.append(byte)
                advance()
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        advance()  // [
        var elements: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            advance()
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                advance()
                continue
            }
            try expect(UInt8(ascii: "]"), "',' or ']'")
            return .array(elements)
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        advance()  // {
        var members: [JSONMember] = []
        var seen = Set<String>()
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            advance()
            return .object(members)
        }
        while true {
            skipWhitespace()
            let keyPosition = position
            guard current == UInt8(ascii: "\"") else {
                if current == nil { throw JSONSyntaxError(reason: .unexpectedEnd, position: keyPosition) }
                throw JSONSyntaxError(reason: .expected("a key in double quotes", found: describeCurrent()), position: keyPosition)
            }
            let key = try parseString()
            // Small objects (nearly all of a workbook) are checked by a scan; a set only for large ones.
            let duplicate: Bool
            if members.count < 16 {
                duplicate = members.contains { $0.key == key }
            } else {
                if seen.isEmpty { seen = Set(members.map(\.key)) }
                duplicate = !seen.insert(key).inserted
            }
            guard !duplicate else {
                throw JSONSyntaxError(reason: .duplicateKey(key), position: keyPosition)
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':'")
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONMember(key, value, keyPosition: keyPosition))
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                advance()
                continue
            }
            try expect(UInt8(ascii: "}"), "',' or '}'")
            return .object(members)
        }
    }
}

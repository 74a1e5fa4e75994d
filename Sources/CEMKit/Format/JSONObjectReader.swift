// The member walk every reader of cem JSON shares (workbooks, exercises): objects with known and
// required keys, unknown keys with the closest known one suggested, typed values, diagnostics in file
// order and rendered as one inert line.

/// A reader of cem JSON objects that collects problems rather than stopping at the first. A conforming
/// decoder says how it records a workbook-reader `Problem` and keeps a suggestion budget; the member
/// walk, the typed look-ups and the "did you mean" come from this protocol's extension.
protocol JSONObjectReader {
    /// Records a problem at a position and JSON path.
    mutating func record(_ problem: Problem, at position: SourcePosition?, path: String)
    /// How many more "did you mean" look-ups this read may make: a file with a million unknown keys
    /// gets suggestions for the first ones and plain messages for the rest, in linear time.
    var suggestionsLeft: Int { get set }
}

/// Appends a diagnostic while fewer than `Diagnostic.limit` are listed, and counts the rest.
func append<T>(_ item: T, to list: inout [T], dropped: inout Int) {
    if list.count < Diagnostic.limit { list.append(item) } else { dropped += 1 }
}

/// The number of "did you mean" look-ups one read may make.
let suggestionBudget = 200

extension JSONObjectReader {
    mutating func report(_ problem: Problem, _ node: JSONNode, _ path: String) {
        record(problem, at: node.position, path: path)
    }

    func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The closest candidate to a mistyped word, while the budget lasts.
    mutating func suggest(_ word: String, in candidates: [String]) -> String? {
        guard suggestionsLeft > 0 else { return nil }
        suggestionsLeft -= 1
        return Suggest.closest(to: word, in: candidates)
    }

    /// The members of an object, checking unknown and missing keys. Nil (with a problem) when not an object.
    mutating func members(_ node: JSONNode, _ path: String, known: [String], required: [String]) -> KnownMembers? {
        guard case .object(let list) = node.value else {
            report(.wrongType(expected: "object", found: node.value.typeName), node, path)
            return nil
        }
        var result = KnownMembers()
        var unknown: [JSONMember] = []
        for member in list {
            if known.contains(member.key) { result.members.append(member) } else { unknown.append(member) }
        }
        // A suggestion is a known key the object does not have yet.
        let missing = unknown.isEmpty ? [] : known.filter { result[$0] == nil }
        for member in unknown {
            let suggestion = suggest(member.key, in: missing)
            record(.unknownKey(member.key, suggestion: suggestion), at: member.keyPosition, path: join(path, member.key))
        }
        for key in required where result[key] == nil {
            report(.missingKey(key), node, path)
        }
        return result
    }

    /// A string; nil (with a problem) for another type.
    mutating func string(_ node: JSONNode?, _ path: String) -> String? {
        guard let node else { return nil }
        guard case .string(let text) = node.value else {
            report(.wrongType(expected: "string", found: node.value.typeName), node, path)
            return nil
        }
        return text
    }

    /// A string or null. `.some(nil)` for null or absent, nil (with a problem) for a wrong type.
    mutating func optionalString(_ node: JSONNode?, _ path: String) -> String?? {
        guard let node else { return .some(nil) }
        if case .null = node.value { return .some(nil) }
        guard let text = string(node, path) else { return nil }
        return .some(text)
    }

    /// A number; nil (with a problem) for another type.
    mutating func number(_ node: JSONNode?, _ path: String) -> Double? {
        guard let node else { return nil }
        guard case .number(let value) = node.value else {
            report(.wrongType(expected: "number", found: node.value.typeName), node, path)
            return nil
        }
        return value
    }

    /// A number or null. `.some(nil)` for null or absent, nil (with a problem) for a wrong type.
    mutating func optionalNumber(_ node: JSONNode?, _ path: String) -> Double?? {
        guard let node else { return .some(nil) }
        switch node.value {
        case .null: return .some(nil)
        case .number(let value): return .some(value)
        default:
            report(.wrongType(expected: "number or null", found: node.value.typeName), node, path)
            return nil
        }
    }

    /// The elements of an array; empty (with a problem) for another type.
    mutating func array(_ node: JSONNode?, _ path: String) -> [JSONNode] {
        guard let node else { return [] }
        guard case .array(let elements) = node.value else {
            report(.wrongType(expected: "array", found: node.value.typeName), node, path)
            return []
        }
        return elements
    }

    /// One of a closed set of words, with the closest one suggested when it is not.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ node: JSONNode?, _ path: String, as: E.Type) -> E?
    where E.RawValue == String {
        guard let node, let text = optionalString(node, path) ?? nil else { return nil }
        guard let value = E(rawValue: text) else {
            report(.notAllowed(value: text, allowed: E.allCases.map(\.rawValue)), node, path)
            return nil
        }
        return value
    }

    /// `formatVersion`: a whole number from 1 up to `supported`. Returns the diagnostic of a newer file
    /// (which must then be refused whole, never half-read, with that one reason); other problems are recorded.
    mutating func newerFormatVersion(_ node: JSONNode?, supported: Int) -> Diagnostic? {
        guard let node else { return nil }
        if case .number(let version) = node.value, version == version.rounded(), version >= 1, version < 1e9 {
            if Int(version) > supported {
                return Diagnostic(.newerFormatVersion(Int(version), supported: supported), at: node.position, path: "formatVersion")
            }
        } else {
            report(.invalidFormatVersion, node, "formatVersion")
        }
        return nil
    }
}

/// The members of an object whose keys are known: a handful, so found by a scan rather than hashed.
struct KnownMembers {
    var members: [JSONMember] = []

    subscript(key: String) -> JSONNode? { members.first { $0.key == key }?.value }
}

/// Diagnostics in file order: by position, file-level problems first, equal positions as found.
func inFileOrder<T>(_ items: [T], position: (T) -> SourcePosition?) -> [T] {
    // Most reads find their problems in file order already: one linear pass then, no sort.
    let origin = SourcePosition(line: 0, column: 0)
    if zip(items, items.dropFirst()).allSatisfy({ !((position($1) ?? origin) < (position($0) ?? origin)) }) { return items }
    return items.enumerated().sorted { a, b in
        let pa = position(a.element) ?? SourcePosition(line: 0, column: 0)
        let pb = position(b.element) ?? SourcePosition(line: 0, column: 0)
        return pa == pb ? a.offset < b.offset : pa < pb
    }.map(\.element)
}

/// One diagnostic line, `file:line:column path: problem; fix`, made inert so that nothing a user wrote
/// (a file name, a key, a value) can split it or forge a second line.
func diagnosticLine(file: String, position: SourcePosition?, path: String, problem: String, fix: String?,
                    language: Language) -> String {
    var text = file
    if let position { text += ":\(position.line):\(position.column)" }
    text += (path.isEmpty ? ": " : " \(path): ") + problem
    if let fix { text += language.pick(zh: "；", en: "; ") + fix }
    // Plain printable ASCII (most lines) needs no scalar-by-scalar pass.
    return text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) ? text : text.inert
}

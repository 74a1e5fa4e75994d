// Three-way merge of JSON trees (base, ours, theirs) at the level of the workbook's meaning: objects
// member by member, arrays of objects as keyed lists (by `id`, else `cycle`), arrays of scalars as sets.

/// One step of the path to a merged value: an object's key, or the item of a keyed list with this key.
public enum MergePathStep: Equatable, Sendable {
    case key(String)
    /// An item of a keyed list: the key field (`id` or `cycle`) and its value.
    case item(field: String, value: JSONValue)
}

/// Where a value of a conflict comes from, or what a person chose for it.
public enum MergeChoice: Equatable, Sendable {
    case ours, theirs, base
    /// A value typed by a person.
    case value(JSONValue)
}

/// Two sides changed the same value differently. A nil side means the value (or item) is absent there.
public struct TreeConflict: Equatable, Sendable {
    public var path: [MergePathStep]
    public var base: JSONValue?
    public var ours: JSONValue?
    public var theirs: JSONValue?

    public init(path: [MergePathStep], base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) {
        self.path = path
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }

    /// The value a choice gives (nil: absent).
    public func value(_ choice: MergeChoice) -> JSONValue? {
        switch choice {
        case .ours: return ours
        case .theirs: return theirs
        case .base: return base
        case .value(let v): return v
        }
    }
}

/// A merged tree whose conflicting values are left open, to be resolved by a choice per conflict.
public indirect enum MergeTree: Equatable, Sendable {
    case value(JSONValue)
    case object([MergeMember])
    case array([MergeTree])
    /// The conflict with this index in `TreeMerge.conflicts`.
    case conflict(Int)

    /// The tree with every conflict resolved by `choose` (nil: the value or item is left out).
    public func resolved(_ choose: (Int) -> JSONValue?) -> JSONValue? {
        switch self {
        case .value(let v): return v
        case .conflict(let i): return choose(i)
        case .array(let items): return .array(items.compactMap { $0.resolved(choose) }.map { JSONNode($0) })
        case .object(let members):
            return .object(members.compactMap { m in m.tree.resolved(choose).map { JSONMember(m.key, $0) } })
        }
    }
}

public struct MergeMember: Equatable, Sendable {
    public var key: String
    public var tree: MergeTree
}

/// The merge of three JSON values: the tree and its conflicts.
public struct TreeMerge: Equatable, Sendable {
    public private(set) var tree: MergeTree?
    public private(set) var conflicts: [TreeConflict] = []

    /// Merges ours and theirs against base; a nil base merges two sides that share no ancestor (every
    /// difference conflicts, except additions to sets and keyed lists).
    public init(base: JSONValue?, ours: JSONValue, theirs: JSONValue) {
        tree = merge(base, ours, theirs, path: [])
    }

    /// The merged value with every conflict resolved by the choice `choose` gives it.
    public func resolved(_ choose: (Int) -> MergeChoice) -> JSONValue {
        tree?.resolved { conflicts[$0].value(choose($0)) } ?? .null
    }

    public func resolved(_ choice: MergeChoice) -> JSONValue { resolved { _ in choice } }

    // MARK: Merging

    private mutating func merge(_ b: JSONValue?, _ o: JSONValue?, _ t: JSONValue?, path: [MergePathStep]) -> MergeTree? {
        if o == t { return o.map(MergeTree.value) }
        if o == b { return t.map(MergeTree.value) }
        if t == b { return o.map(MergeTree.value) }
        switch (b, o, t) {
        case (.object(let bm)?, .object(let om)?, .object(let tm)?):
            return mergeObject(bm, om, tm, path: path)
        case (nil, .object(let om)?, .object(let tm)?):
            return mergeObject([], om, tm, path: path)
        case (_, .array(let oa)?, .array(let ta)?):
            var ba: [JSONNode]? = nil
            if case .array(let a)? = b { ba = a } else if b != nil { break }
            let lists = [oa, ta] + (ba.map { [$0] } ?? [])
            if let field = Self.keyField(lists) {
                return mergeKeyed(ba ?? [], oa, ta, field: field, path: path)
            }
            if lists.allSatisfy({ $0.allSatisfy(\.value.isScalar) }) {
                return .value(.array(Self.mergeSet(ba ?? [], oa, ta)))
            }
        default: break
        }
        conflicts.append(TreeConflict(path: path, base: b, ours: o, theirs: t))
        return .conflict(conflicts.count - 1)
    }

    private mutating func mergeObject(_ b: [JSONMember], _ o: [JSONMember], _ t: [JSONMember], path: [MergePathStep]) -> MergeTree {
        var keys = o.map(\.key)
        for list in [t, b] {
            for (i, m) in list.enumerated() where !keys.contains(m.key) {
                // After the key that precedes it on its side, so an added key keeps its place.
                let before = list[..<i].last { keys.contains($0.key) }.flatMap { p in keys.firstIndex(of: p.key) }
                keys.insert(m.key, at: before.map { $0 + 1 } ?? 0)
            }
        }
        func find(_ list: [JSONMember], _ key: String) -> JSONValue? { list.first { $0.key == key }?.value.value }
        var members: [MergeMember] = []
        for key in keys {
            if let tree = merge(find(b, key), find(o, key), find(t, key), path: path + [.key(key)]) {
                members.append(MergeMember(key: key, tree: tree))
            }
        }
        return .object(members)
    }

    /// The field that identifies the items of lists of objects: `id` (factors, requirements, KPIs) or
    /// `cycle` (history), when every item of every list has it, unique within its list.
    static func keyField(_ lists: [[JSONNode]]) -> String? {
        guard lists.contains(where: { !$0.isEmpty }) else { return nil }
        for field in ["id", "cycle"] {
            let ok = lists.allSatisfy { list in
                let keys = list.map { key(of: $0.value, field: field) }
                guard keys.allSatisfy({ $0 != nil }) else { return false }
                return Set(keys.map { CanonicalJSON.text($0!) }).count == keys.count
            }
            if ok { return field }
        }
        return nil
    }

    static func key(of value: JSONValue, field: String) -> JSONValue? {
        guard case .object(let members) = value, let v = members.first(where: { $0.key == field })?.value.value else { return nil }
        switch v {
        case .string, .number: return v
        default: return nil
        }
    }

    private mutating func mergeKeyed(_ b: [JSONNode], _ o: [JSONNode], _ t: [JSONNode], field: String,
                                     path: [MergePathStep]) -> MergeTree {
        func keyed(_ list: [JSONNode]) -> [(key: String, value: JSONValue, item: JSONValue)] {
            list.map { node in
                let k = Self.key(of: node.value, field: field)!
                return (CanonicalJSON.text(k), k, node.value)
            }
        }
        let bk = keyed(b), ok = keyed(o), tk = keyed(t)
        let bKeys = bk.map(\.key), oKeys = ok.map(\.key), tKeys = tk.map(\.key)
        var merged: [String: MergeTree] = [:]
        var seen: [String] = []
        for entry in ok + tk + bk where !seen.contains(entry.key) {
            seen.append(entry.key)
            let find = { (list: [(key: String, value: JSONValue, item: JSONValue)]) in list.first { $0.key == entry.key }?.item }
            merged[entry.key] = merge(find(bk), find(ok), find(tk), path: path + [.item(field: field, value: entry.value)])
        }
        // Order: if ours kept base's relative order, theirs' order; else ours'. Items the primary side lacks
        // go after their predecessor on the side that has them (theirs or ours, else base).
        let oursKeptOrder = oKeys.filter(bKeys.contains) == bKeys.filter(oKeys.contains)
        let primary = oursKeptOrder ? tKeys : oKeys, secondary = oursKeptOrder ? oKeys : tKeys
        var order = primary.filter { merged[$0] != nil }
        for source in [secondary, bKeys] {
            for (i, key) in source.enumerated() where merged[key] != nil && !order.contains(key) {
                let before = source[..<i].last(where: order.contains).flatMap { order.firstIndex(of: $0) }
                order.insert(key, at: before.map { $0 + 1 } ?? 0)
            }
        }
        return .array(order.compactMap { merged[$0] })
    }

    /// Arrays of scalars as sets: what either side added is kept, what either side removed is gone;
    /// ours' order, then what theirs added.
    static func mergeSet(_ b: [JSONNode], _ o: [JSONNode], _ t: [JSONNode]) -> [JSONNode] {
        let removedByTheirs = b.filter { !t.contains($0) }
        var result = o.filter { !removedByTheirs.contains($0) }
        for item in t where !b.contains(item) && !result.contains(item) { result.append(item) }
        return result
    }
}

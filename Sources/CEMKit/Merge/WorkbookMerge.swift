// Merging three versions of a workbook file (base, ours, theirs) into what the file should hold: the
// canonical merged workbook, or, on conflict, both complete sides with markers around what differs.

public struct WorkbookMerge: Sendable {
    public var labels: MergeLabels
    /// The merge by meaning; nil when ours or theirs is not JSON (then the files were merged line by line).
    public var merge: TreeMerge?
    /// What the file should hold.
    public var text: String
    /// Merged without conflict into a valid workbook: the file may be committed as it is.
    public var isClean: Bool
    /// When merged without conflict but the result is not a valid workbook: why.
    public var problems: [Diagnostic] = []
    /// The labels of the sides that are not JSON (merged line by line).
    public var unreadable: [String] = []
    /// Conflict blocks in `text`.
    public var blocks: Int = 0

    public init(base: [UInt8]?, ours: [UInt8], theirs: [UInt8], labels: MergeLabels = MergeLabels()) {
        self.labels = labels
        let b = base.flatMap(Self.tree), o = Self.tree(ours), t = Self.tree(theirs)
        guard let o, let t else {
            unreadable = [(o, labels.ours), (t, labels.theirs)].filter { $0.0 == nil }.map(\.1)
            let lines = LineMerge.merge(base: String(decoding: base ?? [], as: UTF8.self), ours: String(decoding: ours, as: UTF8.self),
                                        theirs: String(decoding: theirs, as: UTF8.self), labels: labels)
            text = lines.text
            blocks = lines.conflicts
            isClean = false
            return
        }
        let merge = TreeMerge(base: b, ours: o, theirs: t)
        self.merge = merge
        if merge.conflicts.isEmpty {
            let value = merge.resolved(.ours)
            do {
                text = WorkbookWriter.text(try WorkbookReader.read(CanonicalJSON.text(value)))
                isClean = true
            } catch {
                text = CanonicalJSON.text(value)
                problems = error.diagnostics
                isClean = false
            }
            return
        }
        isClean = false
        (text, blocks) = Self.conflictText(merge, labels: labels)
    }

    /// The JSON tree of a side: the canonical tree of its workbook when it is one, else the tree as it
    /// is; nil when it is not JSON (or is empty: a side without base).
    static func tree(_ bytes: [UInt8]) -> JSONValue? {
        guard let node = try? WorkbookReader.parseDocument(bytes) else { return nil }
        if let workbook = try? WorkbookReader.read(bytes) { return WorkbookWriter.json(workbook) }
        return node.value
    }

    /// The merged workbook written twice, every conflict resolved to ours and to theirs, with markers
    /// (and the base) around each run of lines that differs. Reading the markers back gives both sides.
    static func conflictText(_ merge: TreeMerge, labels: MergeLabels) -> (String, Int) {
        let ours = CanonicalJSON.text(merge.resolved(.ours)), theirs = CanonicalJSON.text(merge.resolved(.theirs))
        let base = CanonicalJSON.text(merge.resolved(.base))
        let merged = LineMerge.merge(base: base, ours: ours, theirs: theirs, labels: labels)
        if let sides = LineMerge.sides(of: merged.text), sides.ours == ours, sides.theirs == theirs, sides.base == base {
            return merged
        }
        // The alignment did not separate the sides (a label with a newline, say): one block for all that differs.
        return (oneBlock(base: base, ours: ours, theirs: theirs, labels: labels), 1)
    }

    static func oneBlock(base: String, ours: String, theirs: String, labels: MergeLabels) -> String {
        let o = LineMerge.lines(ours), t = LineMerge.lines(theirs), b = LineMerge.lines(base)
        var head = 0
        while head < o.count, head < t.count, head < b.count, o[head] == t[head], o[head] == b[head] { head += 1 }
        var tail = 0
        while tail < o.count - head, tail < t.count - head, tail < b.count - head,
              o[o.count - 1 - tail] == t[t.count - 1 - tail], o[o.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        var out = Array(o[..<head])
        out.append("<<<<<<< " + labels.ours.filter { $0 != "\n" })
        out += o[head..<(o.count - tail)]
        out.append("||||||| " + labels.base.filter { $0 != "\n" })
        out += b[head..<(b.count - tail)]
        out.append("=======")
        out += t[head..<(t.count - tail)]
        out.append(">>>>>>> " + labels.theirs.filter { $0 != "\n" })
        out += o[(o.count - tail)...]
        return out.map { $0 + "\n" }.joined()
    }
}

/// A file with conflict markers, read back for resolving: its three sides merged again by meaning.
public struct ConflictedWorkbook: Sendable {
    public var labels: MergeLabels
    public var merge: TreeMerge

    /// Nil when the text has no (balanced) markers, or ours or theirs is not JSON.
    public init?(_ bytes: [UInt8]) {
        guard let sides = LineMerge.sides(of: String(decoding: bytes, as: UTF8.self)),
              let o = WorkbookMerge.tree(Array(sides.ours.utf8)), let t = WorkbookMerge.tree(Array(sides.theirs.utf8)) else { return nil }
        let b = sides.base.flatMap { WorkbookMerge.tree(Array($0.utf8)) }
        labels = MergeLabels(ours: sides.labels.ours.isEmpty ? "ours" : sides.labels.ours,
                             base: sides.labels.base.isEmpty ? "base" : sides.labels.base,
                             theirs: sides.labels.theirs.isEmpty ? "theirs" : sides.labels.theirs)
        merge = TreeMerge(base: b, ours: o, theirs: t)
    }
}

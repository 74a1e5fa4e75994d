// Line-level three-way merge with git's conflict markers (diff3 style), and reading such a file back
// into its three sides. Used to write a conflicted workbook, and for files that are not JSON at all.

/// The labels written after the markers: `<<<<<<< ours`, `||||||| base`, `>>>>>>> theirs`.
public struct MergeLabels: Equatable, Sendable {
    public var ours: String
    public var base: String
    public var theirs: String

    public init(ours: String = "ours", base: String = "base", theirs: String = "theirs") {
        self.ours = ours
        self.base = base
        self.theirs = theirs
    }
}

public enum LineMerge {
    /// Merges texts line by line: a region changed on one side only is taken, the same change on both
    /// sides is taken once, other regions are written between conflict markers with the base in between.
    /// Returns the text and the number of conflict blocks.
    public static func merge(base: String, ours: String, theirs: String, labels: MergeLabels) -> (text: String, conflicts: Int) {
        let b = lines(base), o = lines(ours), t = lines(theirs)
        let ob = Dictionary(uniqueKeysWithValues: align(b, o)), tb = Dictionary(uniqueKeysWithValues: align(b, t))
        // Anchors: base lines matched on both sides (monotone on every side, as both alignments are).
        var anchors: [(b: Int, o: Int, t: Int)] = []
        for i in b.indices { if let x = ob[i], let y = tb[i] { anchors.append((i, x, y)) } }
        anchors.append((b.count, o.count, t.count))
        var out: [String] = []
        var conflicts = 0
        var (pb, po, pt) = (0, 0, 0)
        for anchor in anchors {
            let cb = Array(b[pb..<anchor.b]), co = Array(o[po..<anchor.o]), ct = Array(t[pt..<anchor.t])
            if co == ct || cb == ct {
                out += co
            } else if cb == co {
                out += ct
            } else {
                conflicts += 1
                out.append("<<<<<<< " + labels.ours)
                out += co
                out.append("||||||| " + labels.base)
                out += cb
                out.append("=======")
                out += ct
                out.append(">>>>>>> " + labels.theirs)
            }
            if anchor.b < b.count { out.append(b[anchor.b]) }
            (pb, po, pt) = (anchor.b + 1, anchor.o + 1, anchor.t + 1)
        }
        return (out.map { $0 + "\n" }.joined(), conflicts)
    }

    /// The three sides of a text with conflict markers, and the labels found; nil without markers or with
    /// unbalanced ones. `base` is nil when a block has no `|||||||` part.
    public static func sides(of text: String) -> (ours: String, base: String?, theirs: String, labels: MergeLabels)? {
        enum Part { case both, ours, base, theirs }
        var part = Part.both
        var o: [Substring] = [], b: [Substring] = [], t: [Substring] = []
        var labels = MergeLabels(ours: "", base: "", theirs: "")
        var blocks = 0, blocksWithBase = 0
        func label(_ line: Substring) -> String { String(line.dropFirst(7)).trimmingWhitespace }
        var all = text.split(separator: "\n", omittingEmptySubsequences: false)
        if all.last == "" { all.removeLast() }
        for line in all {
            if line.hasPrefix("<<<<<<<"), part == .both {
                part = .ours
                blocks += 1
                if labels.ours.isEmpty { labels.ours = label(line) }
            } else if line.hasPrefix("|||||||"), part == .ours {
                part = .base
                blocksWithBase += 1
                if labels.base.isEmpty { labels.base = label(line) }
            } else if line.hasPrefix("======="), part == .ours || part == .base {
                part = .theirs
            } else if line.hasPrefix(">>>>>>>"), part == .theirs {
                part = .both
                if labels.theirs.isEmpty { labels.theirs = label(line) }
            } else if line.hasPrefix("<<<<<<<") || line.hasPrefix("|||||||") || line.hasPrefix("=======") || line.hasPrefix(">>>>>>>") {
                return nil
            } else {
                switch part {
                case .both:
                    o.append(line)
                    b.append(line)
                    t.append(line)
                case .ours: o.append(line)
                case .base: b.append(line)
                case .theirs: t.append(line)
                }
            }
        }
        guard blocks > 0, part == .both else { return nil }
        func joined(_ lines: [Substring]) -> String { lines.map { $0 + "\n" }.joined() }
        return (joined(o), blocksWithBase == blocks ? joined(b) : nil, joined(t), labels)
    }

    static func lines(_ text: String) -> [String] {
        var all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if all.last == "" { all.removeLast() }
        return all
    }

    /// Pairs (index in a, index in b) of a longest common subsequence of lines, after the common prefix
    /// and suffix. A middle too large for the table is left unmatched (one region).
    static func align(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] {
            endA -= 1
            endB -= 1
        }
        var pairs = (0..<start).map { ($0, $0) }
        let n = endA - start, m = endB - start
        if n > 0, m > 0, n * m <= 16_000_000 {
            // lengths[i][j]: the LCS of a[start+i...] and b[start+j...], as a flat table.
            var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lengths[i * (m + 1) + j] = a[start + i] == b[start + j]
                        ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                        : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
                }
            }
            var i = 0, j = 0
            while i < n, j < m {
                if a[start + i] == b[start + j] {
                    pairs.append((start + i, start + j))
                    i += 1
                    j += 1
                } else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
                    i += 1
                } else {
                    j += 1
                }
            }
        }
        pairs += (0..<(a.count - endA)).map { (endA + $0, endB + $0) }
        return pairs
    }
}

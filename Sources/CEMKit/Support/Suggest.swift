// "Did you mean …?": the closest known word to a mistyped one, in bounded time and memory.

public enum Suggest {
    /// Words longer than this (in Unicode scalars) are never compared: nobody mistypes a 65-letter word,
    /// and a hostile 5 MB key must not cost more than a glance.
    public static let maximumLength = 64
    /// The most candidates one look-up examines (a requirement linking to one of 100,000 factors
    /// compares with the first ones only).
    public static let maximumCandidates = 2_000

    /// Edit distance between two strings, by Unicode scalar: insertions, deletions, substitutions and
    /// transpositions of neighbours (`shwo` → `show` is one edit). Nil when either is longer than
    /// `maximumLength`. Three rows of memory, never a matrix.
    public static func distance(_ a: String, _ b: String) -> Int? {
        guard let a = scalars(a), let b = scalars(b) else { return nil }
        return distance(a, b)
    }

    /// The candidate closest to `word` (case-insensitive), if it is close enough to be a likely typo:
    /// at most a third of the word's length in edits (at least 1, at most 3), or the same word in another case.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        guard let lower = scalars(word.lowercased()) else { return nil }
        let allowed = max(1, min(3, lower.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates.prefix(maximumCandidates) {
            // A length difference is a lower bound of the distance: most candidates stop here.
            guard candidate.utf8.count <= maximumLength * 4, let other = scalars(candidate.lowercased()),
                  abs(other.count - lower.count) <= allowed else { continue }
            let d = distance(lower, other)
            if d <= allowed, best == nil || d < best!.distance { best = (candidate, d) }
        }
        return best?.candidate
    }

    private static func scalars(_ text: String) -> [Unicode.Scalar]? {
        var result: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if result.count == maximumLength { return nil }
            result.append(scalar)
        }
        return result
    }

    private static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)  // row i − 2
        var previous = Array(0...b.count)                     // row i − 1
        var row = [Int](repeating: 0, count: b.count + 1)     // row i
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], before[j - 2] + 1)
                }
            }
            (before, previous, row) = (previous, row, before)
        }
        return previous[b.count]
    }
}

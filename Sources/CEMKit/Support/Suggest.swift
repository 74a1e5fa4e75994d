// "Did you mean …?": the closest known word to a mistyped one.

public enum Suggest {
    /// Edit distance between two strings, by Character: insertions, deletions, substitutions and
    /// transpositions of neighbours (`shwo` → `show` is one edit).
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// The candidate closest to `word` (case-insensitive), if it is close enough to be a likely typo:
    /// at most a third of the word's length in edits (at least 1, at most 3), or the same word in another case.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let d = distance(lower, candidate.lowercased())
            if best == nil || d < best!.distance { best = (candidate, d) }
        }
        guard let found = best else { return nil }
        let allowed = max(1, min(3, lower.count / 3))
        return found.distance <= allowed ? found.candidate : nil
    }
}

// A workbook with git merge-conflict markers: rebuild both sides, read each, and name both sides'
// values of every input that conflicts (scores first), using the workbook diff.

public struct MergeConflict: Equatable, Sendable {
    /// The label after `<<<<<<<` (usually HEAD) and after `>>>>>>>` (the merged branch).
    public var oursLabel: String
    public var theirsLabel: String
    public var ours: Workbook
    public var theirs: Workbook

    /// Splits conflicted bytes into both sides; nil when there is no marker or a side is not a valid
    /// workbook (then only the reader's message about the markers applies).
    public static func analyse(_ bytes: [UInt8]) -> MergeConflict? {
        let text = String(decoding: bytes, as: UTF8.self)
        var ours: [Substring] = [], theirs: [Substring] = []
        var oursLabel = "", theirsLabel = ""
        enum Part { case both, ours, base, theirs }
        var part = Part.both
        var sawMarker = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<<<<<<<") {
                part = .ours
                sawMarker = true
                if oursLabel.isEmpty { oursLabel = String(line.dropFirst(7)).trimmingWhitespace }
            } else if line.hasPrefix("|||||||"), part == .ours {
                part = .base
            } else if line.hasPrefix("======="), part == .ours || part == .base {
                part = .theirs
            } else if line.hasPrefix(">>>>>>>"), part == .theirs {
                part = .both
                if theirsLabel.isEmpty { theirsLabel = String(line.dropFirst(7)).trimmingWhitespace }
            } else {
                switch part {
                case .both:
                    ours.append(line)
                    theirs.append(line)
                case .ours: ours.append(line)
                case .theirs: theirs.append(line)
                case .base: break
                }
            }
        }
        guard sawMarker, part == .both,
              let a = try? WorkbookReader.read(ours.joined(separator: "\n")),
              let b = try? WorkbookReader.read(theirs.joined(separator: "\n")) else { return nil }
        return MergeConflict(oursLabel: oursLabel.isEmpty ? "ours" : oursLabel,
                             theirsLabel: theirsLabel.isEmpty ? "theirs" : theirsLabel, ours: a, theirs: b)
    }

    /// The inputs whose values differ between the two sides: scores, then requirements and KPIs.
    public var conflicts: [WorkbookChange] {
        WorkbookDiff(old: ours, new: theirs).changes.filter { c in
            [.scores, .factors, .requirements, .kpis, .workbook].contains(c.section) && c.field != "priority" && c.field != "met"
        }
    }

    /// One line per conflicting value, naming both sides, in the user's language.
    public func lines(language: Language) -> [String] {
        let t = teamStrings(language)
        let report = DiffReport(WorkbookDiff(old: ours, new: theirs), language: language)
        let lines = conflicts.map { c -> String in
            let subject = c.section == .scores || c.section == .factors
                ? strings(language).named(theirs.factor(id: c.subject)?.name ?? ours.factor(id: c.subject)?.name ?? c.subject, c.subject)
                : c.subject
            let path = [subject, t.fieldName(c.field)].filter { !$0.isEmpty }.joined(separator: " ")
            return t.conflictingValue(path: path, ours: report.display(c.from, field: c.field), oursLabel: oursLabel,
                                      theirs: report.display(c.to, field: c.field), theirsLabel: theirsLabel)
        }
        return lines.isEmpty ? [t.conflictNoScores] : lines
    }
}

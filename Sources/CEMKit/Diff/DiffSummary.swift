// A workbook diff in a few words, in the method's terms: what a what-if changes against the saved
// workbook ("Convenience weighted satisfaction −18 → 0; key experience now Product; R1 priority 45 → 27").

extension DiffReport {
    private var words: TeamWords { teamStrings(language) }

    private func factorName(_ id: String) -> String {
        diff.new.factor(id: id)?.name ?? diff.old.factor(id: id)?.name ?? id
    }

    private func move(_ from: Double?, _ to: Double?) -> String { decimalText(from, decimals: 4) + " → " + decimalText(to, decimals: 4) }

    /// The items of the summary, most telling first: per factor whose scores changed, the derived
    /// figures that moved (or the scores themselves when none did); the conclusions (key experience,
    /// largest gap, brand-value drivers); requirements' priorities; then any other change.
    /// Empty when the two workbooks hold the same inputs.
    public func summary() -> [String] {
        var items: [String] = []
        var order: [String] = []
        for c in diff.changes where c.section == .scores && !order.contains(c.subject) { order.append(c.subject) }
        for id in order {
            var parts: [String] = []
            if let effect = diff.effects[id] {
                for (figure, m) in zip(DerivedFigure.comparedFigures, effect.figures) where m.change.from != m.change.to {
                    parts.append(figure.phrase(language) + " " + move(m.change.from, m.change.to))
                }
            }
            if parts.isEmpty {
                for c in diff.changes where c.section == .scores && c.subject == id {
                    if case .number(let a) = c.from, case .number(let b) = c.to { parts.append(words.fieldName(c.field) + " " + move(a, b)) }
                }
            }
            items.append(words.summaryFactor(factorName(id), parts))
        }
        for c in diff.changes where c.section == .conclusions {
            switch (c.field, c.from, c.to) {
            case ("keyExperiences", .factors(let a), .factors(let b)):
                if a.first != b.first {
                    items.append(b.first.map { words.keyExperienceNow(factorName($0)) } ?? words.noKeyExperienceNow)
                } else {
                    items.append(words.keyExperiencesNow(b.map(factorName)))
                }
            case ("largestGap", _, .factor(let id)):
                items.append(id.map { words.largestGapNow(factorName($0)) } ?? words.noLargestGapNow)
            case ("meanSatisfaction", _, _), ("weightedSatisfactionIndex", _, _):
                // The overall indexes follow from the figures above; the summary stays one readable line.
                continue
            default:
                items.append(line(c))
            }
        }
        for c in diff.changes where c.section != .scores && c.section != .conclusions {
            if c.section == .requirements, c.field == "priority", case .number(let a) = c.from, case .number(let b) = c.to {
                items.append(words.priorityMoved(c.subject, move(a, b)))
            } else {
                items.append(line(c))
            }
        }
        return items.map(\.inert)
    }
}

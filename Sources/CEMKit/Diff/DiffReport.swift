// A workbook diff as text (in the user's language) and as JSON for tools.

public struct DiffReport: Sendable {
    public var diff: WorkbookDiff
    public var language: Language

    public init(_ diff: WorkbookDiff, language: Language) {
        self.diff = diff
        self.language = language
    }

    private var s: ReportWords { strings(language) }
    private var t: TeamWords { teamStrings(language) }

    private func name(_ id: String) -> String {
        diff.new.factor(id: id)?.name ?? diff.old.factor(id: id)?.name ?? id
    }

    /// A factor as `Convenience (convenience)`.
    private func factorLabel(_ id: String) -> String { s.named(name(id), id) }

    private func label(_ change: WorkbookChange) -> String {
        switch change.section {
        case .factors, .scores: return factorLabel(change.subject)
        case .history: return change.subject
        default: return change.subject
        }
    }

    /// How a value reads in text.
    func display(_ value: DiffValue, field: String) -> String {
        switch value {
        case .none: return ""
        case .number(let n): return decimalText(n, decimals: 4)
        case .flag(let flag): return flag.map(s.yesNo) ?? "—"
        case .factor(let id): return id.map(name) ?? s.none
        case .factors(let ids): return ids.isEmpty ? s.none : ids.map(name).joined(separator: s.listSeparator)
        case .text(let text):
            guard let text else { return "—" }
            switch field {
            case "decision": return Decision(rawValue: text).map(s.decision) ?? text
            case "people", "process", "technology": return Capability(rawValue: text).map(s.capability) ?? text
            case "better": return Better(rawValue: text).map(s.better) ?? text
            case "scale", "importanceScale", "language", "measuredOn", "closedOn": return text
            default: return t.quoted(text)
            }
        }
    }

    /// `from → to`, with the change and an arrow when both are numbers.
    func fromTo(_ change: WorkbookChange) -> String {
        if case .number(let a) = change.from, case .number(let b) = change.to {
            return CycleComparisonReport.cell(FigureChange(from: a, to: b))
        }
        return display(change.from, field: change.field) + " → " + display(change.to, field: change.field)
    }

    func line(_ c: WorkbookChange) -> String {
        switch c.kind {
        case .added:
            if c.section == .history { return t.archived(cycle: c.subject, closedOn: textValue(c.to)) }
            let what = c.section == .factors ? factorLabel(c.subject) : c.subject + " " + display(c.to, field: c.field)
            return t.added(t.itemKind(c.section), what, position: c.position)
        case .removed:
            if c.section == .history { return t.unarchived(cycle: c.subject) }
            let what = c.section == .factors ? factorLabel(c.subject) : c.subject + " " + display(c.from, field: c.field)
            return t.removed(t.itemKind(c.section), what)
        case .renamed:
            if c.field == "id", case .text(let from?) = c.from {
                return t.idChanged(name: name(c.subject), from: from, to: c.subject)
            }
            return t.renamed(c.subject, from: display(c.from, field: c.field), to: display(c.to, field: c.field))
        case .moved:
            if c.section == .history { return t.historyReordered }
            guard case .number(let a?) = c.from, case .number(let b?) = c.to else { return t.otherChange }
            return t.moved(t.itemKind(c.section), c.section == .factors ? factorLabel(c.subject) : c.subject, from: clampedInt(a, in: Int.min...Int.max), to: clampedInt(b, in: Int.min...Int.max))
        case .changed:
            if c.section == .history { return t.archivedChanged(cycle: c.subject) }
            if c.field == "other" { return t.otherChange }
            if c.field == "survey" { return t.surveyChanged(factorLabel(c.subject)) }
            if c.field == "poll" { return pollLine(c.subject) }
            return t.changed(c.section == .conclusions || c.section == .workbook ? "" : label(c), field: t.fieldName(c.field),
                             value: fromTo(c))
        }
    }

    /// A poll basis that only went away (the score it produced was edited) says so; any other change
    /// of a factor's polls (added, or other figures) is "changed".
    private func pollLine(_ id: String) -> String {
        let oldID = WorkbookDiff.renamedIDs(diff.old, diff.new)[id] ?? id
        let before = diff.old.factor(id: oldID)?.poll ?? [], after = diff.new.factor(id: id)?.poll ?? []
        let gone = before.filter { b in !after.contains { $0.measure == b.measure } }
        let keptAsTheyWere = after.allSatisfy { a in before.contains { $0.measure == a.measure && $0.stat == a.stat } }
        guard !gone.isEmpty, keptAsTheyWere else { return t.pollChanged(factorLabel(id)) }
        return t.pollRemoved(factorLabel(id), measures: gone.map { t.fieldName($0.measure.rawValue) })
    }

    private func textValue(_ v: DiffValue) -> String? {
        if case .text(let text) = v { return text }
        return nil
    }

    /// The score lines: one per factor, its changed scores, then their effect.
    func scoreLines() -> [String] {
        let scores = diff.changes.filter { $0.section == .scores }
        var order: [String] = []
        for c in scores where !order.contains(c.subject) { order.append(c.subject) }
        return order.map { id in
            let changes = scores.filter { $0.subject == id }.map { c in
                t.fieldName(c.field) + " " + fromTo(c)
            }
            var effect: [String] = []
            if let e = diff.effects[id] {
                for (figure, move) in zip(DerivedFigure.comparedFigures, e.figures) where move.change.from != move.change.to {
                    effect.append(figure.phrase(language) + " " + CycleComparisonReport.cell(move.change))
                }
            }
            return t.scoreLine(factorLabel(id), changes: changes, effect: effect)
        }
    }

    public func text(old: String, new: String) -> String {
        guard !diff.isEquivalent else { return t.equivalent + "\n" }
        var lines = [t.diffHeading(old: old, new: new)]
        for section in DiffSection.allCases {
            let items = section == .scores ? scoreLines() : diff.changes.filter { $0.section == section }.map(line)
            guard !items.isEmpty else { continue }
            lines.append("")
            lines.append(t.sectionTitle(section))
            lines += items.map { "  " + $0 }
        }
        lines.append("")
        lines.append(t.differences(diff.changes.count))
        // Names, titles, notes and ids are user text on their way to a terminal.
        return lines.map(\.inert).joined(separator: "\n") + "\n"
    }

    // MARK: JSON

    static func json(_ v: DiffValue) -> JSONValue {
        switch v {
        case .none: return .null
        case .number(let n): return n.map { .number($0) } ?? .null
        case .text(let t): return t.map { .string($0) } ?? .null
        case .factor(let id): return id.map { .string($0) } ?? .null
        case .factors(let ids): return .array(ids.map { JSONNode(.string($0)) })
        case .flag(let f): return f.map { .bool($0) } ?? .null
        }
    }

    public func json(old: String, new: String) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("old", old)
        o.add("new", new)
        o.add("equivalent", .bool(diff.isEquivalent))
        o.add("changes", objects: diff.changes.map { c in
            var e = JSONObjectBuilder()
            e.add("section", c.section.rawValue)
            e.add("kind", c.kind.rawValue)
            e.add("subject", c.subject)
            e.add("field", c.field)
            e.add("from", Self.json(c.from))
            e.add("to", Self.json(c.to))
            e.add("position", c.position.map { Double($0) })
            if c.section == .scores, let effect = diff.effects[c.subject] {
                var f = JSONObjectBuilder()
                for move in effect.figures { f.add(move.key, CycleComparisonReport.json(move.change)) }
                e.add("effect", f.value)
            } else {
                e.add("effect", .null)
            }
            return e.value
        })
        return o.value
    }

    public func jsonText(old: String, new: String) -> String { CanonicalJSON.text(json(old: old, new: new)) }
}

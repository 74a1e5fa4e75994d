// Cycle over cycle as text, Markdown and JSON. It reads the comparison (and through it the
// Analyses of each cycle); it computes nothing of its own.

public struct CycleComparisonReport: Sendable {
    public var comparison: CycleComparison
    public var language: Language
    public var width: Int

    public init(_ comparison: CycleComparison, language: Language, width: Int = 80) {
        self.comparison = comparison
        self.language = language
        self.width = width
    }

    private var s: ReportWords { strings(language) }
    private var t: TeamWords { teamStrings(language) }

    // MARK: Pieces shared by text and Markdown

    func label(_ c: CycleSnapshot) -> String { t.cycleLabel(c.cycle, closedOn: c.closedOn) }

    func heading(_ step: CycleStep) -> String { label(step.from) + " → " + label(step.to) }

    /// `6 → 7 ↑ +1`; `— → 7` when one side is missing; 4 decimals when a change would print as none.
    public static func cell(_ c: FigureChange) -> String {
        let hidden = c.change.map { $0 != 0 && displayNumber($0) == "0" } ?? false
        func n(_ x: Double?) -> String { decimalText(x, decimals: hidden ? 4 : 2) }
        var text = n(c.from) + " → " + n(c.to)
        if let change = c.change, let direction = c.direction {
            let amount = change > 0 ? "+" + n(change) : n(change)
            text += " " + (direction == .up ? "↑" : direction == .down ? "↓" : "=") + " " + amount
        }
        return text
    }

    var factorHeaders: [String] {
        [s.factor, s.scoreName(.experience)] + DerivedFigure.comparedFigures.map { $0.label(language) }
    }

    func factorRows(_ step: CycleStep) -> [[String]] {
        step.factors.map { f in [f.name, Self.cell(f.experience)] + f.figures.map { Self.cell($0.change) } }
    }

    func conclusions(_ step: CycleStep) -> [String] {
        var lines: [String] = []
        if let key = step.keyExperience {
            lines.append(t.keyExperienceProgress(cycle: step.from.cycle, name: key.name,
                                                 change: Self.cell(key.weightedSatisfaction), improved: key.improved))
        } else {
            lines.append(t.noKeyExperienceIn(cycle: step.from.cycle))
        }
        lines.append(t.indexesProgress(mean: Self.cell(step.meanSatisfaction),
                                       weighted: Self.cell(step.weightedSatisfactionIndex)))
        return lines
    }

    var kpiHeaders: [String] { [s.cycle, s.requirement, s.kpi, s.metric, s.target, s.actual, s.met] }

    var kpiRows: [[String]] {
        comparison.cycles.flatMap { c in
            c.analysis.kpis.map { k in
                [String(c.cycle), k.requirement, k.kpi.id, k.kpi.unit.isEmpty ? k.kpi.metric : "\(k.kpi.metric) (\(k.kpi.unit))",
                 displayNumber(k.kpi.target), displayNumber(k.kpi.actual), k.met.map(s.yesNo) ?? "—"]
            }
        }
    }

    /// Lines said before or instead of the steps.
    var notes: [String] {
        var lines: [String] = []
        if comparison.cycles.count < 2 && comparison.current.workbook.history.isEmpty {
            lines.append(t.noClosedCycle(cycle: comparison.current.cycle))
        }
        if !comparison.current.isRated && !comparison.current.workbook.history.isEmpty {
            lines.append(t.currentNotRated(cycle: comparison.current.cycle))
        }
        return lines
    }

    // MARK: Text

    public func text() -> String {
        var lines: [String] = []
        for step in comparison.steps {
            lines.append(heading(step))
            // A change (`6.38 → 6.12 ↓ −0.26`) is read whole: rather than wrap it, a column moves to a second table.
            var table = TextTable(factorHeaders.enumerated().map { TextTable.Column($1, keepWhole: $0 > 0) })
            factorRows(step).forEach { table.add($0) }
            lines += table.render(maxWidth: width)
            lines += conclusions(step)
            lines.append("")
        }
        lines += notes
        if !notes.isEmpty { lines.append("") }
        lines.append(t.kpiResults)
        let rows = kpiRows
        if rows.isEmpty {
            lines.append(t.noKPIInAnyCycle)
        } else {
            var table = TextTable(kpiHeaders.enumerated().map { i, h in TextTable.Column(h, alignRight: [0, 4, 5].contains(i)) })
            rows.forEach { table.add($0) }
            lines += table.render(maxWidth: width)
        }
        lines += experimentText()
        // Names, titles and ids are user text on their way to a terminal.
        return lines.map(\.inert).joined(separator: "\n") + "\n"
    }

    /// Only the step from the last closed cycle to the current one: the report document's
    /// "progress since last cycle" part, which every format renders. Nil when there is no history.
    public func progressSection() -> ReportPart? {
        guard !comparison.current.workbook.history.isEmpty else { return nil }
        guard let step = comparison.sinceLastCycle else {
            return ReportPart(title: t.progressHeading, blocks: [.text(t.currentNotRated(cycle: comparison.current.cycle))])
        }
        // Colour by better or worse (every compared figure is better higher), never by the sign.
        let tones: [[CellTone]] = step.factors.map { f in
            ([f.experience] + f.figures.map(\.change)).reduce(into: [CellTone.plain]) { row, c in
                row.append(c.direction == .up ? .good : c.direction == .down ? .bad : .plain)
            }
        }
        let table = ReportTable(factorHeaders.enumerated().map { TextTable.Column($1, keepWhole: $0 > 0) }, rows: factorRows(step), tones: tones)
        return ReportPart(title: t.progressHeading, blocks: [.text(heading(step)), .table(table)] + conclusions(step).map { .text($0) })
    }

    // MARK: Markdown

    public func markdown() -> String {
        var lines = ["# " + t.compareTitle, ""]
        for step in comparison.steps {
            lines += ["## " + heading(step), ""]
            lines += Self.markdownTable(factorHeaders, factorRows(step))
            lines.append("")
            lines += conclusions(step).map { "- " + Self.escape($0) }
            lines.append("")
        }
        if !notes.isEmpty { lines += notes.map(Self.escape) + [""] }
        lines += ["## " + t.kpiResults, ""]
        let rows = kpiRows
        lines += rows.isEmpty ? [Self.escape(t.noKPIInAnyCycle)] : Self.markdownTable(kpiHeaders, rows)
        lines += experimentMarkdown()
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\|*_`[]<>#".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }

    static func markdownTable(_ headers: [String], _ rows: [[String]]) -> [String] {
        func line(_ cells: [String]) -> String { "| " + cells.map(escape).joined(separator: " | ") + " |" }
        return [line(headers), "|" + headers.map { _ in " --- |" }.joined()] + rows.map(line)
    }

    // MARK: JSON

    public func json() -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("cycles", objects: comparison.cycles.map(Self.json))
        o.add("changes", objects: comparison.steps.map(Self.json))
        addExperiments(to: &o)
        return o.value
    }

    public func jsonText() -> String { CanonicalJSON.text(json()) }

    public static func json(_ c: FigureChange) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("from", c.from)
        o.add("to", c.to)
        o.add("change", c.change)
        o.add("direction", c.direction?.rawValue)
        return o.value
    }

    public static func json(_ c: CycleSnapshot) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("cycle", .number(Double(c.cycle)))
        o.add("closedOn", c.closedOn)
        o.add("current", .bool(c.isCurrent))
        o.add("brandStatement", c.workbook.brandStatement)
        o.add("keyExperience", c.analysis.keyExperience)
        o.add("largestGap", c.analysis.largestGap)
        var indexes = JSONObjectBuilder()
        indexes.add("meanSatisfaction", c.analysis.meanSatisfaction)
        indexes.add("weightedSatisfactionIndex", c.analysis.weightedSatisfactionIndex)
        o.add("indexes", indexes.value)
        o.add("kpis", objects: c.analysis.kpis.map { k in
            var e = JSONObjectBuilder()
            e.add("requirement", k.requirement)
            e.add("id", k.kpi.id)
            e.add("metric", k.kpi.metric)
            e.add("target", k.kpi.target)
            e.add("actual", k.kpi.actual)
            e.add("deviation", k.deviation)
            e.add("met", k.met.map { JSONValue.bool($0) } ?? .null)
            return e.value
        })
        return o.value
    }

    public static func json(_ step: CycleStep) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("from", .number(Double(step.from.cycle)))
        o.add("to", .number(Double(step.to.cycle)))
        o.add("factors", objects: step.factors.map { f in
            var e = JSONObjectBuilder()
            e.add("id", f.id)
            e.add("name", f.name)
            e.add("experience", json(f.experience))
            for move in f.figures { e.add(move.key, json(move.change)) }
            return e.value
        })
        if let key = step.keyExperience {
            var e = JSONObjectBuilder()
            e.add("id", key.id)
            e.add("weightedSatisfaction", json(key.weightedSatisfaction))
            e.add("improved", key.improved.map { JSONValue.bool($0) } ?? .null)
            o.add("keyExperience", e.value)
        } else {
            o.add("keyExperience", .null)
        }
        var indexes = JSONObjectBuilder()
        indexes.add("meanSatisfaction", json(step.meanSatisfaction))
        indexes.add("weightedSatisfactionIndex", json(step.weightedSatisfactionIndex))
        o.add("indexes", indexes.value)
        return o.value
    }
}

// The report document as terminal text: per step a title, a table and the conclusion in words, then
// the progress since the last cycle. It renders a ReportDocument; it computes nothing of its own.

public struct TextReport: Sendable {
    public var document: ReportDocument
    public var workbook: Workbook { document.workbook }
    public var analysis: Analysis { document.analysis }
    public var strings: ReportWords { document.strings }
    /// Tables wider than this shorten their text columns.
    public var width: Int
    /// ANSI bold titles and highlighted warnings; only on a terminal, never with NO_COLOR.
    public var color: Bool
    /// Bar charts under steps 2 (experience beside expectation) and 3 (weighted satisfaction).
    public var charts: Bool
    /// Block characters for the charts; false gives the ASCII fallback.
    public var unicode: Bool

    public init(workbook: Workbook, analysis: Analysis, strings: ReportWords, width: Int = 80, color: Bool = false,
                charts: Bool = false, unicode: Bool = true) {
        self.init(ReportDocument(workbook: workbook, analysis: analysis, strings: strings, cuts: analysis.ipa.method),
                  width: width, color: color, charts: charts, unicode: unicode)
    }

    public init(_ document: ReportDocument, width: Int = 80, color: Bool = false, charts: Bool = false, unicode: Bool = true) {
        self.document = document
        self.width = width
        self.color = color
        self.charts = charts
        self.unicode = unicode
    }

    /// The whole report (with the progress since the last cycle when there is history), or one step,
    /// as text ending in a newline.
    /// `appendices` adds the method and glossary (a document's, not the terminal's `show`).
    public func render(step: Int? = nil, appendices: Bool = false) -> String {
        var lines: [String] = []
        if step == nil {
            let heading = [workbook.title.isEmpty ? nil : workbook.title, "\(strings.cycle) \(workbook.cycle)"]
                .compactMap { $0 }.joined(separator: " · ")
            lines += wrap(heading.inert).map(bold)
            lines.append("")
        }
        for number in step.map({ [$0] }) ?? Array(1...7) {
            lines += section(number)
            lines.append("")
        }
        let parts = step == nil ? [document.progress(width: width), document.trendPart, document.surveyEvidence, document.segments].compactMap { $0 } : []
        for part in parts + (step == nil && appendices ? document.appendices : []) {
            lines.append("")
            lines += wrap(part.title.inert).map(bold)
            lines += part.blocks.flatMap(block)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The title line, table and conclusion of one step (and its chart when `charts` is on).
    public func section(_ number: Int) -> [String] {
        let content = document.section(number)
        var title = content.title
        if !content.complete { title += strings.incompleteMark }
        var lines = wrap(title.inert).map(bold)
        lines += content.blocks.flatMap(block)
        if charts && number == 2 {
            lines += [""] + TerminalChart.expectation(analysis, scale: workbook.scale, strings: strings, width: width, unicode: unicode)
        }
        if charts && number == 3 {
            lines += [""] + TerminalChart.weighted(analysis, strings: strings, width: width, unicode: unicode)
        }
        return lines
    }

    /// The lines of one block: a table fitted to the width, or prose wrapped to it.
    func block(_ block: ReportBlock) -> [String] {
        switch block {
        case .table(let table):
            var text = TextTable(table.columns)
            table.rows.forEach { text.add($0) }
            text.tones = table.tones
            return text.render(maxWidth: width, color: color)
        case .text(let text): return wrap(text.inert)
        case .warning(let text): return wrap(text.inert).map(warn)
        }
    }

    /// A line of prose broken to the width, at words and between CJK characters.
    private func wrap(_ text: String) -> [String] { LineBreaking.wrap(text, width: width) }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func warn(_ text: String) -> String { color ? "\u{1B}[33m\(text)\u{1B}[0m" : text }
}

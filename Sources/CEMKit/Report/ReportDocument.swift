// The one report document every format renders: the title block, the executive summary, the seven
// steps as sections, the progress since the last cycle (with history) and appendices. `cem report`,
// `cem show` and the session's `show` all read it; a format only decides how it looks.

/// A titled part of the document outside the seven steps: the progress section, an appendix.
public struct ReportPart: Sendable, Equatable {
    public var title: String
    public var blocks: [ReportBlock]

    public init(title: String, blocks: [ReportBlock]) {
        self.title = title
        self.blocks = blocks
    }
}

public struct ReportDocument: Sendable {
    public var workbook: Workbook
    public var analysis: Analysis
    public var strings: ReportWords
    /// The day of the report (YYYY-MM-DD) in the title block, when given.
    public var date: String?
    /// Cycle over cycle, when the workbook has closed cycles in its history.
    public var comparison: CycleComparison?
    /// `cem report --survey`: derived importance from a survey file, after the trend; nil when not asked for.
    public var surveyEvidence: ReportPart?
    /// `cem report --segments SURVEY.csv --by COLUMN`: each segment's scores, after the survey evidence.
    public var segments: ReportPart?
    /// Parts after the seven steps and the progress section: the method and glossary.
    public var appendices: [ReportPart] = []
    /// How the charts are drawn (IPA axes); formats without charts ignore it.
    public var charts = ChartOptions()

    /// `comparison` is made from the workbook's history (with the same IPA cuts) unless given.
    public init(workbook: Workbook, analysis: Analysis, strings: ReportWords, date: String? = nil,
                cuts: IPACutMethod = .mean) {
        self.workbook = workbook
        self.analysis = analysis
        self.strings = strings
        self.date = date
        comparison = workbook.history.isEmpty ? nil : CycleComparison(workbook, cuts: cuts)
        appendices = [behaviourPart].compactMap { $0 } + [methodAppendix]
    }

    var words: ReportWords { reportStrings(strings.language) }

    // MARK: Title block

    /// The workbook's title, or the document's name when it has none.
    public var heading: String { workbook.title.isEmpty ? words.documentTitle : workbook.title }

    /// What kind of document this is ("CEM gap analysis report").
    public var documentTitle: String { words.documentTitle }

    /// `Cycle 1`, then the date when given.
    public var meta: [String] {
        var meta = ["\(strings.cycle) \(workbook.cycle)"]
        if let date { meta.append("\(words.date) \(date)") }
        return meta
    }

    /// The brand statement as a sentence; nil when there is none.
    public var statement: String? { workbook.brandStatement.isEmpty ? nil : strings.brandStatement(workbook.brandStatement) }

    // MARK: Body

    public var summary: String { ReportSummary.text(workbook: workbook, analysis: analysis, strings: strings) }

    public var sections: [ReportSection] { ReportSections(workbook: workbook, analysis: analysis, strings: strings).all }

    public func section(_ number: Int) -> ReportSection {
        ReportSections(workbook: workbook, analysis: analysis, strings: strings).section(number)
    }

    /// Every closed cycle and the current one; nil without a closed cycle.
    public var trend: ReportTrend? { comparison.flatMap(ReportTrend.init) }

    /// The "Trend over cycles" part (tables; HTML adds its chart); nil without a closed cycle.
    public var trendPart: ReportPart? { trend?.part(strings.language) }

    /// The parts after the seven steps, in order: progress since the last cycle, the trend, the survey
    /// evidence, the segments, the appendices.
    public func parts(width: Int = 80) -> [ReportPart] {
        [progress(width: width), trendPart, surveyEvidence, segments].compactMap { $0 } + appendices
    }

    /// Progress since the last cycle; nil without history.
    public func progress(width: Int = 80) -> ReportPart? {
        guard let comparison, var part = CycleComparisonReport(comparison, language: strings.language, width: width).progressSection()
        else { return nil }
        // Every column after the factor's name holds figures (`6 → 8 ↑ +2`): right-aligned, as in the steps.
        part.blocks = part.blocks.map { block in
            guard case .table(var table) = block else { return block }
            table.alignRight = table.alignRight.indices.map { $0 > 0 }
            return .table(table)
        }
        return part
    }
}

/// How a document is laid out for a terminal or a file; formats that do not need an option ignore it.
public struct ReportLayout: Sendable {
    /// Terminal columns for text.
    public var width: Int
    /// ANSI bold titles, highlighted warnings, good/bad figures in green/red.
    public var color: Bool
    /// Bar charts in text under steps 2 and 3.
    public var charts: Bool
    /// Block characters in text charts; false gives the ASCII fallback.
    public var unicode: Bool

    public init(width: Int = 80, color: Bool = false, charts: Bool = true, unicode: Bool = true) {
        self.width = width
        self.color = color
        self.charts = charts
        self.unicode = unicode
    }
}

/// The formats a report document renders to. Adding one is one case here and one file.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, html, json, csv
    /// The one-page summary for a deck: a 16:9 SVG.
    case slide

    public func render(_ document: ReportDocument, layout: ReportLayout = ReportLayout()) -> String {
        switch self {
        case .text: return TextReport(document, width: layout.width, color: layout.color, charts: layout.charts, unicode: layout.unicode).render(appendices: true)
        case .markdown: return MarkdownReport.text(document)
        case .html: return HTMLReport.text(document)
        case .json: return JSONReport.text(document)
        case .csv: return CSVReport.text(document)
        case .slide: return SlideReport.text(document)
        }
    }
}

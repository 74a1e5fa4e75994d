// The charts drawn alone, as an SVG file: the report's five, the trend over cycles and the one-page
// summary. `cem chart --kind` and the session's `chart KIND` both name and draw them here.

public enum ChartChoice: Equatable, Sendable {
    case report(ChartKind), trend, summary

    /// Every name, in the order help lists them.
    public static var names: [String] { ChartKind.allCases.map(\.rawValue) + ["trend", "summary"] }

    public init?(_ name: String) {
        switch name {
        case "trend": self = .trend
        case "summary": self = .summary
        default:
            guard let kind = ChartKind(rawValue: name) else { return nil }
            self = .report(kind)
        }
    }

    /// The chart as an SVG document, drawn from the report document (its analysis, words and chart
    /// options); nil for the trend while the workbook has no closed cycle.
    public func svg(_ document: ReportDocument) -> String? {
        switch self {
        case .report(let kind):
            return SVGChart.document(kind, workbook: document.workbook, analysis: document.analysis,
                                     strings: document.strings, options: document.charts)
        case .trend:
            return document.trend.map { TrendChart.document($0, title: document.workbook.title, language: document.strings.language) }
        case .summary:
            return SlideReport.text(document)
        }
    }
}

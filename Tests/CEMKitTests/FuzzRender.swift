// The one adapter between the fuzz test and the report API: every report format and every chart kind
// of a workbook, by format name. When the report API changes, only this function changes.

import CEMKit

/// Every output cem renders from a workbook, keyed by a short name; `kind` says how to check it.
enum RenderedKind { case text, json, svg, markup }

/// `cuts` picks the IPA cut lines (the fuzzer rotates them, so every method is covered across cases).
func renderEverything(_ workbook: Workbook, cuts: IPACutMethod = .mean) -> [(name: String, kind: RenderedKind, text: String)] {
    var out: [(String, RenderedKind, String)] = []
    for language in Language.allCases {
        let s = strings(language)
        do {
            let a = Analysis(workbook, cuts: cuts)
            let tag = "\(language.rawValue)/\(cuts.name)"
            let document = ReportDocument(workbook: workbook, analysis: a, strings: s, date: "2026-01-01", cuts: cuts)
            for format in ReportFormat.allCases {
                let kind: RenderedKind = switch format {
                case .text: .text
                case .json: .json
                case .markdown, .html, .csv: .markup
                case .slide: .svg
                }
                out.append(("\(format.rawValue)/\(tag)", kind, format.render(document)))
            }
            out.append(("ascii/\(tag)", .text, ReportFormat.text.render(document, layout: ReportLayout(unicode: false))))
            for kind in ChartKind.allCases {
                out.append(("svg-\(kind.rawValue)/\(tag)", .svg, SVGChart.svg(kind, workbook: workbook, analysis: a, strings: s)))
            }
            if let trend = document.trend {
                out.append(("svg-trend/\(tag)", .svg, TrendChart.svg(trend, title: workbook.title, language: language)))
            }
            out.append(("chart-expectation/\(tag)", .text,
                        TerminalChart.expectation(a, scale: workbook.scale, strings: s).joined(separator: "\n")))
            out.append(("chart-weighted/\(tag)", .text, TerminalChart.weighted(a, strings: s).joined(separator: "\n")))
        }
    }
    return out
}

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
            out.append(("text/\(tag)", .text, TextReport(workbook: workbook, analysis: a, strings: s, charts: true).render()))
            out.append(("ascii/\(tag)", .text, TextReport(workbook: workbook, analysis: a, strings: s, charts: true, unicode: false).render()))
            out.append(("summary/\(tag)", .text, ReportSummary.text(workbook: workbook, analysis: a, strings: s)))
            out.append(("markdown/\(tag)", .markup, MarkdownReport.text(workbook: workbook, analysis: a, strings: s)))
            out.append(("html/\(tag)", .markup, HTMLReport.text(workbook: workbook, analysis: a, strings: s)))
            out.append(("csv/\(tag)", .markup, CSVReport.text(workbook: workbook, analysis: a, strings: s)))
            out.append(("json/\(tag)", .json, JSONReport.text(workbook, a)))
            for kind in ChartKind.allCases {
                out.append(("svg-\(kind.rawValue)/\(tag)", .svg, SVGChart.svg(kind, workbook: workbook, analysis: a, strings: s)))
            }
            out.append(("chart-expectation/\(tag)", .text,
                        TerminalChart.expectation(a, scale: workbook.scale, strings: s).joined(separator: "\n")))
            out.append(("chart-weighted/\(tag)", .text, TerminalChart.weighted(a, strings: s).joined(separator: "\n")))
        }
    }
    return out
}

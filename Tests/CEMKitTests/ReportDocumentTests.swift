// One report document, rendered by one format type: every format reads the same title block, summary,
// seven sections and progress section, and the text format is what `show` prints.

import CEMKit
import Foundation
import Testing

@Suite struct ReportDocumentTests {
    func twoCycles() -> Workbook {
        let before = Samples.workedExample(.en)
        var w = before
        w.cycle = 2
        w.history = [Cycle(cycle: 1, closedOn: "2025-06-30", brandStatement: before.brandStatement, factors: before.factors)]
        w.factors[3].experience = 8
        return w
    }

    @Test func everyFormatRendersTheSameDocument() throws {
        let w = twoCycles()
        let document = ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en), date: "2025-07-01")
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "markdown", "html", "json", "csv", "slide"])
        let text = ReportFormat.text.render(document)
        let markdown = ReportFormat.markdown.render(document)
        let html = ReportFormat.html.render(document)
        let json = ReportFormat.json.render(document)
        let csv = ReportFormat.csv.render(document)
        // The progress section in every document format, the same figures.
        #expect(text.contains("\n\nProgress since last cycle\nCycle 1 (closed 2025-06-30) → Cycle 2 (current)\n"))
        #expect(markdown.contains("\n## Progress since last cycle\n\nCycle 1 (closed 2025-06-30) → Cycle 2 (current)\n"))
        #expect(markdown.components(separatedBy: "\n# ").count == 1)  // one title, no second document appended
        #expect(html.contains("<section class=\"progress\">\n<h2>Progress since last cycle</h2>"))
        for document in [text, markdown, html] { #expect(document.contains("5 → 8 ↑ +3")) }
        #expect(json.contains("  \"progressSinceLastCycle\": {\n    \"from\": 1,\n    \"to\": 2,\n"))
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
        #expect(csv.hasPrefix("\u{FEFF}ID,Name,Description,Brand value,"))
        // Without history: no progress anywhere.
        let plain = ReportDocument(workbook: Samples.workedExample(.en), analysis: Analysis(Samples.workedExample(.en)), strings: strings(.en))
        #expect(plain.progress() == nil)
        for format in ReportFormat.allCases { #expect(!format.render(plain).contains("Progress since last cycle")) }
        #expect(!ReportFormat.json.render(plain).contains("progressSinceLastCycle"))
    }

    @Test func theTextFormatIsWhatShowPrints() {
        let w = twoCycles()
        let document = ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.zh))
        let layout = ReportLayout(width: 72, charts: true)
        #expect(ReportFormat.text.render(document, layout: layout)
                == TextReport(workbook: w, analysis: Analysis(w), strings: strings(.zh), width: 72, charts: true).render(appendices: true))
        #expect(ReportFormat.text.render(document, layout: layout).contains("\n\n自上一周期以来的进展\n"))
    }

    @Test func theTitleBlockComesFromTheDocument() {
        var w = Samples.workedExample(.en)
        let document = ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en), date: "2025-07-01")
        #expect(document.heading == w.title)
        #expect(document.meta == ["Cycle 1", "\(reportStrings(.en).date) 2025-07-01"])
        w.title = ""
        #expect(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en)).heading == reportStrings(.en).documentTitle)
    }
}

// Print: no caption or heading left alone at the foot of a page, the brand statement said once, and
// Markdown's progress section inside the document with its figures right-aligned.

import CEMKit
import Foundation
import Testing

@Suite struct ReportPageBreakTests {
    func document(_ w: Workbook) -> ReportDocument {
        ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en), date: "2025-07-01")
    }

    @Test func theBrandStatementAppearsOnce() {
        let html = HTMLReport.text(document(Samples.workedExample(.en)))
        #expect(html.components(separatedBy: "Clearly marked prices and a reliable brand image").count - 1 == 1)
        #expect(html.contains("<h2>Step 1 · Understand your brand value: why customers come to you</h2>\n<div class=\"captioned\">\n<p class=\"caption\">Brand statement: Clearly marked prices and a reliable brand image</p>\n<table>"))
        let zh = HTMLReport.text(ReportDocument(workbook: Samples.workedExample(.zh), analysis: Analysis(Samples.workedExample(.zh)),
                                                strings: strings(.zh)))
        #expect(zh.components(separatedBy: ">品牌主张：").count - 1 == 1)
    }

    @Test func aCaptionStaysWithItsTable() {
        let html = HTMLReport.text(document(Samples.workedExample(.en)))
        #expect(html.contains("<div class=\"captioned\">\n<p class=\"caption\">About the factors: descriptions and notes</p>\n<table>"))
        #expect(html.contains(".captioned { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(html.contains("h3, p.caption, figcaption { break-after: avoid; page-break-after: avoid; }"))
        #expect(html.contains("break-after: avoid; page-break-after: avoid; overflow-wrap: anywhere; }"))  // h2
        #expect(xmlError(html) == nil)
        // Text not followed by a table stays a plain paragraph.
        #expect(html.contains("<p>Brand-value drivers: Brand image (9), Price (9)</p>"))
    }

    @Test func markdownProgressIsInsideTheDocumentWithFiguresRightAligned() {
        var w = Samples.workedExample(.en)
        w.history = [Cycle(cycle: 1, closedOn: "2025-06-30", brandStatement: w.brandStatement, factors: w.factors)]
        w.cycle = 2
        w.factors[3].experience = 8
        let md = MarkdownReport.text(document(w))
        #expect(md.contains("## Progress since last cycle\n\nCycle 1 (closed 2025-06-30) → Cycle 2 (current)\n\n| Factor | Experience | Satisfaction | Weighted sat. | Gap |\n| --- | ---: | ---: | ---: | ---: |\n| Product | 6 → 6 = 0 |"))
        let progress = md.range(of: "## Progress since last cycle")!.lowerBound
        #expect(md.range(of: "## Step 7")!.lowerBound < progress)
        #expect(progress < md.range(of: "## Appendix: method and glossary")!.lowerBound)
        #expect(md.hasSuffix("_Written by cem from the workbook's analysis._\n"))
    }

    @Test func shortWordsNeverBreakInANarrowColumn() {
        let zh = Samples.workedExample(.zh)
        let html = HTMLReport.text(ReportDocument(workbook: zh, analysis: Analysis(zh), strings: strings(.zh)))
        #expect(html.contains("td.short, th.short { white-space: nowrap; }"))
        // Step 6: a requirement's id, its capabilities and its decision stay whole; the long title may wrap.
        #expect(html.contains("<tr><td class=\"short\">R1</td><td>在西洋菜街开更多分店</td>"))
        #expect(html.contains("<td class=\"short\">需调整</td>"))
        #expect(html.contains("<th class=\"short\">决定</th>"))
    }
}

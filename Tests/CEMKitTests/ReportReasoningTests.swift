// The reasoning a consultant wrote down reaches the client (issue 13, "What is left out"): decision
// rationale, factor descriptions and notes, KPI measurement dates, and the method-and-glossary appendix.

import CEMKit
import Foundation
import Testing

@Suite struct ReportReasoningTests {
    func document(_ w: Workbook) -> ReportDocument { ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(w.language ?? .en)) }

    @Test func rationaleNotesAndMeasurementDatesInHTMLAndMarkdown() {
        var w = Samples.workedExample(.en)
        w.factors[3].description = "How easy it is to reach a shop"
        w.factors[3].notes = "Too few shops"
        let markdown = MarkdownReport.text(document(w))
        let html = HTMLReport.text(document(w))
        #expect(markdown.contains("| Convenience | How easy it is to reach a shop | Too few shops |"))
        #expect(markdown.contains("| R3 | drop | Customers come to see and compare in the shop; off-brand, and every capability would have to be built |"))
        #expect(markdown.contains("| yes | 2025-06-30 |"))
        #expect(html.contains("<td>Convenience</td><td>How easy it is to reach a shop</td><td>Too few shops</td>"))
        #expect(html.contains("<td class=\"short\">R3</td><td class=\"short\">drop</td><td>Customers come to see and compare in the shop; off-brand, and every capability would have to be built</td>"))
        #expect(html.contains("<td class=\"short\">2025-06-30</td>"))
        // No empty notes table when no factor has any.
        for i in w.factors.indices { w.factors[i].notes = ""; w.factors[i].description = "" }
        #expect(!MarkdownReport.text(document(w)).contains("About the factors"))
    }

    @Test func theMethodAppendixIsInTextMarkdownAndHTMLInBothLanguages() {
        for language in Language.allCases {
            let d = document(Samples.workedExample(language))
            let words = reportStrings(language)
            #expect(ReportFormat.text.render(d).contains(words.methodHeading + "\n"))
            #expect(ReportFormat.markdown.render(d).contains("## " + words.methodHeading + "\n"))
            #expect(ReportFormat.html.render(d).contains("<h2>" + words.methodHeading + "</h2>"))
        }
        let en = ReportFormat.markdown.render(document(Samples.workedExample(.en)))
        #expect(en.contains("weighted gap −45 becomes priority 45"))
        #expect(en.contains("the cut lines are the mean over the factors, and a value equal to its cut line counts as high"))
        // `show` in the terminal stays the seven steps.
        #expect(!TextReport(document(Samples.workedExample(.en))).render().contains("Appendix"))
    }
}

import CEMKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The HTML report's "progress since last cycle" section, when the workbook has history (issues 4 and 6).
@Suite struct ReportProgressTests {
    func twoCycles() -> Workbook {
        let before = Samples.workedExample(.en)
        var w = before
        w.cycle = 2
        w.history = [Cycle(cycle: 1, closedOn: "2025-06-30", brandStatement: before.brandStatement, factors: before.factors)]
        w.factors[3].experience = 8  // convenience improved from 5 to 8
        return w
    }

    @Test func htmlCarriesTheProgressSection() throws {
        let w = twoCycles()
        let html = HTMLReport.text(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en), date: "2025-07-01"))
        #expect(html.contains("<section class=\"progress\">\n<h2>Progress since last cycle</h2>"))
        #expect(html.contains("5 → 8 ↑ +3"))
        #expect(XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8)).parse())
    }

    @Test func noHistoryNoSection() {
        let w = Samples.workedExample(.zh)
        #expect(CycleComparisonReport(CycleComparison(w), language: .zh).progressSection() == nil)
        let html = HTMLReport.text(workbook: w, analysis: Analysis(w), strings: strings(.zh), date: "2025-07-01")
        #expect(!html.contains("class=\"progress\""))
    }
}

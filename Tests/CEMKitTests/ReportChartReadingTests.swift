// The KPI chart read without a tooltip (issue 13, item 7): a zero line, lower-is-better said, the
// baseline drawn as the legend shows it with its value, thousands separators.

import CEMKit
import Foundation
import Testing

@Suite struct ReportChartReadingTests {
    @Test func thousandsSeparatorsInKPIFigures() {
        #expect(displayGrouped(12500) == "12,500")
        #expect(displayGrouped(-1234.5) == "−1,234.5")
        #expect(displayGrouped(999) == "999")
        #expect(displayGrouped(1_000_000) == "1,000,000")
        #expect(displayGrouped(nil) == "—")
    }

    @Test func kpiChartHasAZeroLineTheBaselineWithItsValueAndLowerIsBetter() {
        var w = Samples.workedExample(.en)
        w.requirements[0].kpis[0] = KPI(id: "K1", metric: "complaints", better: .lower, baseline: 14_000, target: 12_000, actual: 12_500)
        w.requirements[1].kpis = [KPI(id: "K2", metric: "NPS", better: .higher, baseline: -20, target: 10, actual: 5)]
        let svg = SVGChart.svg(.kpis, workbook: w, analysis: Analysis(w), strings: strings(.en))
        #expect(xmlError(svg) == nil)
        let texts = xmlTexts(svg)
        #expect(texts.contains("12,500 / Target 12,000 · not met · lower is better"))
        #expect(texts.contains("5 / Target 10 · not met"))
        #expect(texts.contains("Baseline 14,000"))
        #expect(texts.contains("Baseline −20"))
        #expect(texts.filter { $0 == "0" }.count == 2)  // a zero line under each KPI
        // The baseline is drawn solid, as the legend shows it; no dashed line is left.
        #expect(!svg.contains("stroke-dasharray=\"2 2\""))
        let html = HTMLReport.text(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en)))
        #expect(html.contains("<td class=\"num\">14,000</td><td class=\"num\">12,000</td><td class=\"num\">12,500</td><td class=\"num neg\">500 (worse)</td>"))
    }
}

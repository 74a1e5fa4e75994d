// The trend over cycles: a workbook with three closed cycles (made here) through the report's
// "Trend over cycles" part, its line chart and every format that renders the document.

import CEMKit
import Foundation
import Testing

/// The worked example closed three times: convenience's experience rises 5, 6, 7 and is 8 now; K1's
/// actual (target 4) goes 1.5, 2.8, 4.2 and is 4.6 now.
func threeClosedCycles(_ language: Language = .en) -> Workbook {
    let base = Samples.workedExample(language)
    func cycle(experience: Double, actual: Double) -> (factors: [Factor], requirements: [Requirement]) {
        var factors = base.factors, requirements = base.requirements
        factors[factors.firstIndex { $0.id == "convenience" }!].experience = experience
        requirements[0].kpis[0].actual = actual
        return (factors, requirements)
    }
    var w = base
    w.history = [(1, "2024-06-30", 5.0, 1.5), (2, "2024-12-31", 6, 2.8), (3, "2025-06-30", 7, 4.2)].map { number, date, e, a in
        let c = cycle(experience: e, actual: a)
        return Cycle(cycle: number, closedOn: date, brandStatement: base.brandStatement, factors: c.factors, requirements: c.requirements)
    }
    w.cycle = 4
    (w.factors, w.requirements) = cycle(experience: 8, actual: 4.6)
    return w
}

@Suite struct ReportTrendTests {
    func document(_ w: Workbook, _ language: Language = .en) -> ReportDocument {
        ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(language), date: "2025-07-01")
    }

    @Test func figuresComeFromEachCyclesAnalysis() throws {
        let trend = try #require(ReportTrend(CycleComparison(threeClosedCycles())))
        #expect(trend.cycles.map(\.cycle) == [1, 2, 3, 4])
        #expect(trend.cycles.map(\.isCurrent) == [false, false, false, true])
        // Σ importance × satisfaction / Σ importance = (−6 + 9 × (e − 7)) / 36 for e = 5, 6, 7, 8.
        #expect(trend.weightedSatisfactionIndex == [-0.666666667, -0.416666667, -0.166666667, 0.083333333])
        #expect(trend.meanSatisfaction == [-0.5, -0.333333333, -0.166666667, 0])
        #expect(trend.kpis.count == 1)
        let k = trend.kpis[0]
        #expect(k.label == "R1 · K1 · sales relative to one shop (x)")
        #expect(k.better == .higher)
        #expect(k.actuals == [1.5, 2.8, 4.2, 4.6])
        #expect(k.targets == [4, 4, 4, 4])
        #expect(k.points.map { $0?.met } == [false, false, true, true])
    }

    @Test func theTrendPartHasBothTables() throws {
        let part = try #require(document(threeClosedCycles()).trendPart)
        #expect(part.title == "Trend over cycles")
        guard part.blocks.count == 4, case .table(let indexes) = part.blocks[1], case .table(let kpis) = part.blocks[3] else {
            Issue.record("expected caption, table, caption, table: \(part.blocks)")
            return
        }
        #expect(indexes.headers == ["Cycle", "Closed on", "Mean satisfaction", "Weighted satisfaction index", "Key experience"])
        #expect(indexes.rows == [["1", "2024-06-30", "−0.5", "−0.67", "Convenience"],
                                 ["2", "2024-12-31", "−0.33", "−0.42", "Convenience"],
                                 ["3", "2025-06-30", "−0.17", "−0.17", "Product"],
                                 ["4 (current)", "—", "0", "0.08", "Product"]])
        #expect(kpis.rows == [["R1", "K1", "sales relative to one shop (x)", "higher", "1", "4", "1.5", "no"],
                              ["", "", "", "", "2", "4", "2.8", "no"],
                              ["", "", "", "", "3", "4", "4.2", "yes"],
                              ["", "", "", "", "4 (current)", "4", "4.6", "yes"]])
        #expect(kpis.tone(row: 0, column: 6) == .bad)
        #expect(kpis.tone(row: 3, column: 6) == .good)
    }

    @Test func noClosedCycleNoTrend() {
        let w = Samples.workedExample(.en)
        #expect(ReportTrend(CycleComparison(w)) == nil)
        #expect(document(w).trendPart == nil)
        #expect(!HTMLReport.text(document(w)).contains("class=\"trend\""))
        #expect(!MarkdownReport.text(document(w)).contains("Trend over cycles"))
    }

    @Test func aKPIMissingFromACycleLeavesAGap() throws {
        var w = threeClosedCycles()
        w.history[1].requirements[0].kpis = []
        let trend = try #require(ReportTrend(CycleComparison(w)))
        #expect(trend.kpis[0].actuals == [1.5, nil, 4.2, 4.6])
        let kpis = try #require(trend.part(.en).blocks.last)
        guard case .table(let table) = kpis else { Issue.record("no KPI table"); return }
        #expect(table.rows.map { $0[4] } == ["1", "3", "4 (current)"])
        // The actual line joins 3 and 4 only: one segment of the actual, two of the target (1–2 missing too).
        let svg = TrendChart.svg(trend, title: w.title, language: .en)
        let actualSegments = svg.components(separatedBy: "stroke=\"#2f6fb0\" stroke-width=\"2.5\"/>").count - 1
        #expect(actualSegments == 3 + 1)  // the index line's three segments, the KPI's one
    }

    @Test func theChartIsWellFormedAndLabelled() throws {
        let w = threeClosedCycles()
        let trend = try #require(ReportTrend(CycleComparison(w)))
        let svg = TrendChart.svg(trend, title: w.title, language: .en)
        #expect(xmlError(svg) == nil)
        let texts = xmlTexts(svg)
        for expected in ["Trend over cycles: satisfaction index and KPIs", "Weighted satisfaction index · Mean satisfaction",
                         "R1 · K1 · sales relative to one shop (x) · higher is better ↑", "−0.67", "0.08", "1.5", "4.6",
                         "4 (current)"] {
            #expect(texts.contains(expected), "\(expected) missing")
        }
        let zh = TrendChart.svg(try #require(ReportTrend(CycleComparison(threeClosedCycles(.zh)))), title: "", language: .zh)
        #expect(xmlTexts(zh).contains("4（当前）"))
        #expect(xmlTexts(zh).contains { $0.hasSuffix("越高越好 ↑") })
    }

    @Test func everyFormatRendersTheTrendInsideTheDocument() {
        let d = document(threeClosedCycles())
        let html = HTMLReport.text(d)
        #expect(xmlError(html) == nil)
        let trend = html.range(of: "<section class=\"trend\">\n<h2>Trend over cycles</h2>")
        let figure = html.range(of: "<figure class=\"chart chart-trend\">")
        let appendix = html.range(of: "<section class=\"appendix\">")
        #expect(trend != nil && figure != nil && appendix != nil)
        if let trend, let figure, let appendix { #expect(trend.lowerBound < figure.lowerBound && figure.lowerBound < appendix.lowerBound) }
        let md = MarkdownReport.text(d)
        #expect(md.contains("## Trend over cycles\n\nThe overall indexes of every cycle (closed cycles from their archived scores):\n\n| Cycle | Closed on | Mean satisfaction | Weighted satisfaction index | Key experience |\n| --- | --- | ---: | ---: | --- |\n| 1 | 2024-06-30 | −0.5 | −0.67 | Convenience |\n"))
        #expect(md.range(of: "## Trend over cycles")!.lowerBound < md.range(of: "## Appendix")!.lowerBound)
        let text = ReportFormat.text.render(d)
        #expect(text.contains("\n\nTrend over cycles\nThe overall indexes of every cycle"))
    }

    @Test func jsonAddsTheTrendAsCyclesOfIndexesAndKPIs() throws {
        let text = JSONReport.text(document(threeClosedCycles()))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let cycles = try #require(json["trend"] as? [[String: Any]])
        #expect(cycles.map { $0["cycle"] as? Int } == [1, 2, 3, 4])
        #expect(cycles.map { $0["current"] as? Bool } == [false, false, false, true])
        #expect(cycles.map { ($0["indexes"] as? [String: Any])?["weightedSatisfactionIndex"] as? Double }
                == [-0.666666667, -0.416666667, -0.166666667, 0.083333333])
        #expect(cycles.map { (($0["kpis"] as? [[String: Any]])?.first)?["actual"] as? Double } == [1.5, 2.8, 4.2, 4.6])
        #expect(!JSONReport.text(document(Samples.workedExample(.en))).contains("\"trend\""))
    }

    @Test func hostileNamesAreEscapedInTheChartAndTables() throws {
        var w = threeClosedCycles()
        w.title = "</svg><script>x</script>"
        for i in w.history.indices { w.history[i].requirements[0].kpis[0].metric = "<b>sales</b> & \"more\"" }
        w.requirements[0].kpis[0].metric = "<b>sales</b> & \"more\""
        let trend = try #require(ReportTrend(CycleComparison(w)))
        let svg = TrendChart.svg(trend, title: w.title, language: .en)
        #expect(xmlError(svg) == nil)
        #expect(xmlTexts(svg).contains("R1 · K1 · <b>sales</b> & \"more\" (x) · higher is better ↑"))
        let html = HTMLReport.text(document(w))
        #expect(xmlError(html) == nil)
        #expect(!html.contains("<script>"))
    }
}

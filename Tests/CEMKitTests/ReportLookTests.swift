// What reading the reports as a client would showed: tables that wrap a short column into a strip, a
// change cut in the middle, trend labels among the cycle names, charts with nothing to draw.

import CEMKit
import Foundation
import Testing

@Suite struct ReportLookTests {
    func document(_ w: Workbook, _ language: Language = .en) -> ReportDocument {
        ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(language), date: "2025-07-01")
    }

    /// The interaction strip at 80 columns: the current and proposed orders share the width, so a moment
    /// wraps only when it is longer than half the line.
    @Test func theInteractionStripSharesTheWidth() {
        let text = TextReport(document(Samples.insurerHotline(.en)), width: 80).render(appendices: true)
        #expect(text.contains("""
               3  Explain the treatment plan (0)        Questions about pain (−1)
               4  Benefits you have (+2)                Questions about smoking, diet and
                                                        alcohol (−2)
               5  Progress since the last call (+1)     Check personal details (0)
            """))
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(String(line)) <= 80, "\(line)")
        }
    }

    /// `cem compare` at 80 columns: a change (`6.38 → 6.12 ↓ −0.26`) is never cut in the middle; the
    /// last columns move to a second table that repeats the factor.
    @Test func compareKeepsEachChangeWhole() throws {
        var w = threeClosedCycles()
        w.history = [w.history[2]]
        for i in w.factors.indices {
            w.factors[i].experience = 6.1234567 + Double(i) * 0.37
            w.factors[i].expectation = 7.35
            w.factors[i].importance = 8.123
        }
        let text = CycleComparisonReport(CycleComparison(w), language: .en, width: 80).text()
        #expect(text.hasPrefix("""
            Cycle 3 (closed 2025-06-30) → Cycle 4 (current)
              Factor        Experience        Satisfaction        Weighted sat.
              ────────────  ────────────────  ──────────────────  ──────────────────
              Product       6 → 6.12 ↑ +0.12  −1 → −1.23 ↓ −0.23  −6 → −9.96 ↓ −3.96
            """))
        #expect(text.contains("""

              Factor        Gap
              ────────────  ──────────────────
              Product       0 → 0.12 ↑ +0.12
            """))
        for line in text.split(separator: "\n") where !line.hasPrefix("Key") && !line.hasPrefix("Mean") {
            #expect(DisplayWidth.of(String(line)) <= 80, "\(line)")
        }
    }

    /// The lowest figure of a trend panel keeps its label above the cycle names: the axis gains a step
    /// below it; labels show derived means at 2 decimals.
    @Test func trendLabelsStayAboveTheCycleNames() throws {
        var w = threeClosedCycles()
        // Convenience's experience 2 in cycle 1: mean satisfaction −1, weighted index −51/36 = −1.4167.
        w.history[0].factors[w.history[0].factors.firstIndex { $0.id == "convenience" }!].experience = 2
        let trend = try #require(ReportTrend(CycleComparison(w)))
        let svg = TrendChart.svg(trend, title: w.title, language: .en)
        func y(of label: String) -> [Double] {
            let pattern = try! NSRegularExpression(pattern: "<text [^>]*y=\"([0-9.]+)\"[^>]*>\(NSRegularExpression.escapedPattern(for: label))</text>")
            return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map {
                Double(svg[Range($0.range(at: 1), in: svg)!])!
            }
        }
        let label = try #require(y(of: "−1.42").first)
        let cycleNames = try #require(y(of: "2").first)
        #expect(label < cycleNames - 14, "label at \(label), cycle names at \(cycleNames)")
        #expect(xmlTexts(svg).contains("−2"))
        #expect(!xmlTexts(svg).contains("−1.4167"))
    }

    /// A printed report leaves out a chart with nothing to draw (the tables already show "—"); the
    /// projector view of one step keeps it.
    @Test func thePrintedReportLeavesOutEmptyCharts() {
        for language in [Language.en, .zh] {
            let doc = document(Samples.insurerHotline(language), language)
            let html = HTMLReport.text(doc)
            #expect(!html.contains(Markup.xml(strings(language).nothingToDraw)))
            #expect(!html.contains("<figure class=\"chart chart-ipa\">"))
            #expect(HTMLReport.section(3, of: doc).joined().contains(Markup.xml(strings(language).nothingToDraw)))
        }
        let full = HTMLReport.text(document(Samples.workedExample(.en)))
        #expect(full.components(separatedBy: "<figure class=\"chart").count - 1 == 5)
    }

    /// A metric whose unit has brackets of its own is not put in brackets again.
    @Test func aMetricsUnitIsNotBracketedTwice() {
        let zh = ReportDocument.experimentTable(Samples.insurerHotline(.zh).experiments, strings(.zh))
        #expect(zh.rows[0][1] == "对随访电话的满意度，分（0–100）")
        let en = ReportDocument.experimentTable(Samples.insurerHotline(.en).experiments, strings(.en))
        #expect(en.rows[0][1] == "satisfaction with the calls, points (0–100)")
        #expect(strings(.en).metricWithUnit("sales", "x") == "sales (x)")
    }

    /// A chart labels a derived mean (a survey's, a cut line) at 2 decimals; whole numbers stay whole.
    @Test func chartsLabelMeansAtTwoDecimals() {
        var w = Samples.workedExample(.en)
        w.factors[0].experience = 6.383333333
        let svg = SVGChart.svg(.expectation, workbook: w, analysis: Analysis(w), strings: strings(.en))
        #expect(xmlTexts(svg).contains("6.38"))
        #expect(!xmlTexts(svg).contains("6.3833"))
        #expect(xmlTexts(svg).contains("7"))
        let gaps = SVGChart.svg(.gaps, workbook: w, analysis: Analysis(w), strings: strings(.en))
        #expect(xmlTexts(gaps).contains("Gap 0.38"))
    }

    /// A long table may break between rows, so the page before it is not left mostly empty; a short one
    /// stays whole.
    @Test func aLongTableMayBreakBetweenRows() {
        var w = Samples.workedExample(.zh)
        w.factors = (1...40).map { i in Factor(id: "f\(i)", name: "因素\(i)", brandValue: 5, experience: 6, expectation: 7) }
        w.requirements = []
        let html = HTMLReport.text(document(w, .zh))
        #expect(html.contains("<table class=\"long\">"))
        #expect(html.contains("table.long { break-inside: auto; page-break-inside: auto; }"))
        #expect(html.contains(".captioned.long { break-inside: auto; page-break-inside: auto; }"))
        #expect(html.contains("<div class=\"captioned long\">"))
        #expect(!HTMLReport.text(document(Samples.workedExample(.zh), .zh)).contains("<table class=\"long\">"))
    }

    /// The terminal charts' list of factors left out wraps to the width like every other line.
    @Test func terminalChartsWrapTheFactorsLeftOut() {
        var w = Samples.workedExample(.en)
        w.factors = (1...12).map { i in
            Factor(id: "f\(i)", name: "Factor \(i): the speed and courtesy with which staff answer questions",
                   experience: i > 6 ? nil : 6, expectation: 7, importance: 5)
        }
        let analysis = Analysis(w)
        for width in [60, 100] {
            let lines = TerminalChart.expectation(analysis, scale: w.scale, strings: strings(.en), width: width)
                + TerminalChart.weighted(analysis, strings: strings(.en), width: width)
            for line in lines { #expect(DisplayWidth.of(line) <= width, "\(line)") }
            #expect(lines.contains { $0.hasPrefix("  Left out, figures missing: Factor 7: the speed") })
        }
    }

    /// Step 3 without any cut line (no factor has both experience and importance) says so by the table's
    /// dashes, not by a line of dashes and an explanation of quadrants no factor is in.
    @Test func noCutLineNoIPALines() {
        for language in [Language.en, .zh] {
            let text = TextReport(document(Samples.insurerHotline(language), language)).render(step: 3)
            #expect(!text.contains(strings(language).ipaCuts(experience: "—", importance: "—", method: IPACutMethod.mean.name)), "\(text)")
            #expect(text.contains(strings(language).keyExperiencesPending))
        }
        let full = TextReport(document(Samples.workedExample(.en))).render(step: 3)
        #expect(full.contains("IPA cut lines (mean): experience 5.83, importance 6"))
    }
}

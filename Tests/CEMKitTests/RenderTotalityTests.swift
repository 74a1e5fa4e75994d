// Rendering is total: huge and near-infinite figures never trap, hang, or reach a file as `inf`/`NaN`;
// figures too large to compute show as missing with a reason; KPI counts and deviations read honestly.

@testable import CEMKit
import Foundation
import Testing

/// The reproduction of the issue: scale 0–1e300, one factor with experience 1e300, expectation 0, importance 1.
private func hugeScaleWorkbook() -> Workbook {
    Workbook(title: "big", language: .en, scale: Scale(min: 0, max: 1e300), importanceScale: Scale(min: 0, max: 10),
             brandStatement: "x",
             factors: [Factor(id: "a", name: "A", experience: 1e300, expectation: 0, importance: 1)])
}

/// Scores whose products and differences overflow: importance 1e300 × satisfaction 1e300.
private func overflowWorkbook() -> Workbook {
    let big = Double.greatestFiniteMagnitude
    return Workbook(title: "overflow", language: .en, scale: Scale(min: -big, max: big), importanceScale: Scale(min: 0, max: 1e300),
                    brandStatement: "x",
                    factors: [Factor(id: "a", name: "A", brandValue: 1, experience: big, expectation: -big, importance: 1e300, ideal: big),
                              Factor(id: "b", name: "B", brandValue: 1, experience: 1, expectation: 2, importance: 1, ideal: 3)],
                    requirements: [Requirement(id: "R1", title: "t", factors: ["b"], alignment: Alignment(decision: .pursue),
                                               kpis: [KPI(id: "K1", metric: "m", target: 0, actual: 1e300),
                                                      KPI(id: "K2", metric: "n", target: -big, actual: big)])])
}

/// Every document a workbook can become, by name.
private func documents(_ workbook: Workbook, _ language: Language = .en) -> [(String, String)] {
    let analysis = Analysis(workbook)
    let s = strings(language)
    var all = [("text", TextReport(workbook: workbook, analysis: analysis, strings: s, width: 80, charts: true).render()),
               ("text-ascii", TextReport(workbook: workbook, analysis: analysis, strings: s, charts: true, unicode: false).render()),
               ("html", HTMLReport.text(workbook: workbook, analysis: analysis, strings: s, date: "2025-06-30")),
               ("markdown", MarkdownReport.text(workbook: workbook, analysis: analysis, strings: s)),
               ("csv", CSVReport.text(workbook: workbook, analysis: analysis, strings: s)),
               ("json", JSONReport.text(workbook, analysis))]
    for kind in ChartKind.allCases {
        all.append(("svg-\(kind.rawValue)", SVGChart.document(kind, workbook: workbook, analysis: analysis, strings: s)))
    }
    return all
}

@Suite struct RenderTotalityTests {
    @Test func roundingIsSafeForAnyFiniteValue() {
        #expect(roundFigure(4.36 - 4.49) == -0.13)
        #expect(roundFigure(4.36 - 4.49) == roundFigure(4.35 - 4.48))
        #expect(roundFigure(1e300) == 1e300)
        #expect(roundFigure(2e299) == 2e299)
        #expect(roundFigure(-Double.greatestFiniteMagnitude) == -Double.greatestFiniteMagnitude)
        #expect(roundFigure(0x1p52 + 1) == 0x1p52 + 1)
        #expect(roundFigure(123456.1234567891) == 123456.123456789)
    }

    @Test func ticksEndForAnyFiniteRange() throws {
        // Looped forever: 1e16 + 1 == 1e16, so the index never moved on.
        let upper = try #require(Double("100000000000000100"))
        #expect(niceTicks(from: 1e17, to: upper) == [1e17, upper])
        #expect(niceTicks(from: 0, to: 1e300).count == 11)
        #expect(niceTicks(from: -Double.greatestFiniteMagnitude, to: Double.greatestFiniteMagnitude).count <= 40)
        #expect(niceTicks(from: 0, to: .leastNonzeroMagnitude).count == 2)
        #expect(niceTicks(from: 0, to: .infinity) == [0])
        #expect(niceTicks(from: 0, to: 10) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(niceTicks(from: -18, to: 0, count: 8) == [-20, -15, -10, -5, 0])
    }

    @Test func theIssuesReproductionRendersEveryFormat() throws {
        let workbook = hugeScaleWorkbook()
        let analysis = Analysis(workbook)
        #expect(analysis.factors[0].satisfaction == 1e300)
        #expect(analysis.factors[0].weightedSatisfaction == 1e300)
        #expect(analysis.meanSatisfaction == 1e300)
        #expect(analysis.tooLarge.isEmpty)
        for (name, text) in documents(workbook) {
            for bad in ["NaN", "nan", "inf", "Infinity"] { #expect(!text.contains(bad), "\(name) holds \(bad)") }
        }
        let text = TextReport(workbook: workbook, analysis: analysis, strings: strings(.en), charts: true).render(step: 2)
        #expect(text.contains("  A           1e+300            0        1e+300           1"))
    }

    @Test func aFigureTooLargeToComputeIsMissingWithAReason() throws {
        let workbook = overflowWorkbook()
        let a = Analysis(workbook)
        #expect(a.factors[0].satisfaction == nil)
        #expect(a.factors[0].weightedSatisfaction == nil)
        #expect(a.factors[0].gap == 0)
        #expect(a.factors[0].weightedGap == 0)
        #expect(a.kpis[0].deviation == 1e300)
        #expect(a.kpis[1].deviation == nil)
        #expect(a.kpis[1].met == true)
        #expect(a.tooLarge == [TooLargeFigure(subject: "a", figure: "satisfaction", step: 2),
                               TooLargeFigure(subject: "a", figure: "weightedSatisfaction", step: 3),
                               TooLargeFigure(subject: "R1/K2", figure: "deviation", step: 7)])
        let text = TextReport(workbook: workbook, analysis: a, strings: strings(.en), width: 1000).render()
        #expect(text.contains("Satisfaction of A is too large to compute (beyond what a number can hold), shown as “—”. Check the scale and the scores."))
        #expect(text.contains("Weighted sat. of A is too large to compute"))
        #expect(text.contains("Deviation of R1/K2 is too large to compute"))
        let zh = TextReport(workbook: workbook, analysis: a, strings: strings(.zh), width: 1000).render()
        #expect(zh.contains("A的满意度太大，无法计算（超出数字所能表示的范围），显示为“—”。请检查量表和分数。"))
        for (name, text) in documents(workbook) + documents(workbook, .zh) {
            for bad in ["NaN", "nan", "inf", "Infinity"] { #expect(!text.contains(bad), "\(name) holds \(bad)") }
        }
        let json = try JSONSerialization.jsonObject(with: Data(JSONReport.text(workbook, a).utf8)) as? [String: Any]
        let kpis = json?["kpis"] as? [[String: Any]]
        #expect(kpis?[0]["deviation"] as? Double == 1e300)
        #expect(kpis?[1]["deviation"] is NSNull)
        let factors = json?["factors"] as? [[String: Any]]
        #expect(factors?[0]["satisfaction"] is NSNull)
    }

    @Test func aNonFiniteInputNeverReachesJSONOrCSV() throws {
        // The reader refuses such scores; a workbook built in code may still hold one.
        var workbook = Samples.workedExample(.en)
        workbook.factors[0].experience = .infinity
        workbook.factors[1].importance = .nan
        workbook.requirements[0].kpis[0].actual = -.infinity
        let a = Analysis(workbook)
        let json = JSONReport.text(workbook, a)
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
        let csv = CSVReport.text(workbook: workbook, analysis: a, strings: strings(.en))
        for (name, text) in [("json", json), ("csv", csv)] {
            for bad in ["nan", "inf"] { #expect(!text.lowercased().contains(bad), "\(name) holds \(bad)") }
        }
        // A huge window does not make huge bars.
        let bars = TerminalChart.weighted(a, strings: strings(.en), width: Int.max / 4)
        #expect(bars.allSatisfy { DisplayWidth.of($0) < 500 })
    }

    @Test func svgCoordinatesAreAlwaysNumbers() {
        for workbook in [hugeScaleWorkbook(), overflowWorkbook()] {
            for kind in ChartKind.allCases {
                let svg = SVGChart.svg(kind, workbook: workbook, analysis: Analysis(workbook), strings: strings(.en))
                for attribute in ["x", "y", "x1", "y1", "x2", "y2", "width", "height", "cx", "cy", "r"] {
                    for value in attributeValues(attribute, in: svg) {
                        #expect(Double(value)?.isFinite == true, "\(kind) \(attribute)=\(value)")
                    }
                }
            }
        }
    }

    @Test func kpisMetCountEveryKPI() {
        var workbook = Samples.workedExample(.en)
        workbook.requirements[0].kpis += [KPI(id: "K2", metric: "visits", target: 10, actual: 12),
                                          KPI(id: "K3", metric: "queue", better: .lower, target: 5),
                                          KPI(id: "K4", metric: "returns", better: .lower)]
        let a = Analysis(workbook)
        let text = TextReport(workbook: workbook, analysis: a, strings: strings(.en)).render(step: 7)
        #expect(text.contains("KPIs met: 2 of 4 (2 not measured yet)"))
        #expect(!text.contains("2 of 2"))
        let zh = TextReport(workbook: workbook, analysis: a, strings: strings(.zh)).render(step: 7)
        #expect(zh.contains("KPI 达成：2 / 4（2 个尚未测量）"))
        #expect(ReportSummary.text(workbook: workbook, analysis: a, strings: strings(.en)).hasSuffix("KPIs met: 2 of 4."))
        // All measured: the sentence is as before.
        let plain = Samples.workedExample(.en)
        #expect(TextReport(workbook: plain, analysis: Analysis(plain), strings: strings(.en)).render(step: 7).contains("KPIs met: 1 of 1\n"))
    }

    @Test func aLowerIsBetterDeviationSaysGoodOrBad() {
        var workbook = Samples.workedExample(.en)
        workbook.requirements[0].kpis = [KPI(id: "K1", metric: "wait", better: .lower, target: 5, actual: 3),
                                         KPI(id: "K2", metric: "complaints", better: .lower, target: 5, actual: 8),
                                         KPI(id: "K3", metric: "sales", better: .higher, target: 4, actual: 3)]
        let a = Analysis(workbook)
        let text = TextReport(workbook: workbook, analysis: a, strings: strings(.en), width: 120).render(step: 7)
        #expect(text.contains("−2 (better)"))
        #expect(text.contains("3 (worse)"))
        let zh = TextReport(workbook: workbook, analysis: a, strings: strings(.zh)).render(step: 7)
        #expect(zh.contains("−2（较好）"))
        #expect(zh.contains("3（较差）"))
        // With colour: green for good, red for bad, by the KPI's direction and never by the sign alone.
        let coloured = TextReport(workbook: workbook, analysis: a, strings: strings(.en), width: 120, color: true).render(step: 7)
        #expect(coloured.contains("\u{1B}[32m−2 (better)\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31m  3 (worse)\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31m         −1\u{1B}[0m"))
        #expect(!coloured.contains("\u{1B}[31m−2"))
        let html = HTMLReport.text(workbook: workbook, analysis: a, strings: strings(.en))
        #expect(html.contains("<td class=\"num good\">−2 (better)</td>"))
        #expect(html.contains("<td class=\"num neg\">3 (worse)</td>"))
        #expect(html.contains("<td class=\"num neg\">−1</td>"))
        #expect(html.contains("td.good { color: #2e8b57;"))
    }

    @Test func htmlTableCellsNeverBreakInsideAWord() throws {
        let html = HTMLReport.text(workbook: Samples.workedExample(.en), analysis: Analysis(Samples.workedExample(.en)),
                                   strings: strings(.en))
        let rule = try #require(html.split(separator: "\n").first { $0.hasPrefix("th, td {") })
        #expect(!rule.contains("anywhere"))
        #expect(rule.contains("overflow-wrap: break-word;"))
        #expect(rule.contains("word-break: normal;"))
        #expect(html.contains("table { border-collapse: collapse; table-layout: auto;"))
        #expect(html.contains("td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }"))
    }
}

/// The values of an attribute in markup: `x="12.5"` gives `12.5`.
private func attributeValues(_ attribute: String, in markup: String) -> [String] {
    markup.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
}

// The one list of derived figures: JSON keys (DESIGN §5, never renamed), CSV and table headers, the
// too-large check, diff effects and compare columns all follow it.

import CEMKit
import Foundation
import Testing

@Suite struct DerivedFigureTests {
    @Test func theListAndItsJSONNames() throws {
        #expect(DerivedFigure.all.map(\.key) == ["satisfaction", "weightedSatisfaction", "gap", "weightedGap"])
        #expect(DerivedFigure.columns.map(\.key) == ["brandValue", "experience", "expectation", "satisfaction", "importance",
                                                     "weightedSatisfaction", "ideal", "gap", "weightedGap"])
        let w = Samples.workedExample(.en)
        let json = JSONReport.text(w, Analysis(w))
        // The contract of DESIGN §5: the factor's keys in this order.
        let keys = ["\"id\": \"convenience\"", "\"name\": \"Convenience\"", "\"brandValue\": 4", "\"experience\": 5",
                    "\"expectation\": 7", "\"satisfaction\": -2", "\"importance\": 9", "\"weightedSatisfaction\": -18",
                    "\"ideal\": 10", "\"gap\": -5", "\"weightedGap\": -45", "\"quadrant\": \"concentrate-here\""]
        #expect(json.contains(keys.map { "      " + $0 }.joined(separator: ",\n")))
        for figure in DerivedFigure.all {
            #expect(figure.value(Analysis(w).factor("convenience")!) != nil)
            #expect(!figure.label(.zh).isEmpty && !figure.label(.en).isEmpty && figure.label(.zh) != figure.label(.en))
        }
    }

    @Test func csvAndTablesTakeTheirHeadersFromTheList() {
        let w = Samples.workedExample(.zh)
        let csv = CSVReport.text(workbook: w, analysis: Analysis(w), strings: strings(.zh))
        let header = csvRecords(csv)[0]
        for figure in DerivedFigure.all { #expect(header.contains(figure.label(.zh))) }
        #expect(header.count == 3 + DerivedFigure.columns.count + 4)
        let step4 = TextReport(workbook: w, analysis: Analysis(w), strings: strings(.en)).render(step: 4)
        #expect(step4.contains("Gap  Importance  Weighted gap"))
    }

    @Test func diffAndCompareFollowTheComparedFigures() throws {
        #expect(DerivedFigure.comparedFigures.map(\.key) == ["satisfaction", "weightedSatisfaction", "gap"])
        let old = Samples.workedExample(.en)
        var new = old
        new.factors[3].experience = 7
        let diff = WorkbookDiff(old: old, new: new)
        #expect(diff.effects["convenience"]?.figures.map(\.key) == ["satisfaction", "weightedSatisfaction", "gap"])
        let text = DiffReport(diff, language: .en).text(old: "a", new: "b")
        #expect(text.contains("satisfaction −2 → 0 ↑ +2, weighted satisfaction −18 → 0 ↑ +18, gap −5 → −3 ↑ +2"))
        var cycles = new
        cycles.cycle = 2
        cycles.history = [Cycle(cycle: 1, closedOn: "2025-06-30", brandStatement: old.brandStatement, factors: old.factors)]
        let compare = CycleComparisonReport(CycleComparison(cycles), language: .en).text()
        #expect(compare.contains("Factor        Experience  Satisfaction  Weighted sat.  Gap"))
    }
}

// User text in terminal output (show, report --format text, diff, compare, terminal charts) is inert:
// no escape sequence or control character from a workbook reaches the terminal.

import CEMKit
import Testing

private let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{202E}x\ny"

private func hostileNames() -> Workbook {
    var workbook = Samples.workedExample(.en)
    workbook.title = "T" + hostile
    workbook.brandStatement = "S" + hostile
    workbook.factors[3].name = "F" + hostile
    workbook.factors[0].experience = nil
    workbook.requirements[0].title = "R" + hostile
    workbook.requirements[0].kpis[0].metric = "M" + hostile
    return workbook
}

private func expectInert(_ text: String, _ what: String) {
    for scalar in ["\u{1B}", "\u{07}", "\u{202E}"] { #expect(!text.contains(scalar), "\(what) holds a control character") }
}

@Suite struct TerminalInertTests {
    @Test func showAndTextReportAndChartsAreInert() {
        let workbook = hostileNames()
        for language in Language.allCases {
            let report = TextReport(workbook: workbook, analysis: Analysis(workbook), strings: strings(language), charts: true)
            let text = report.render()
            expectInert(text, "show")
            #expect(text.contains("F\\u{1B}]0;owned\\u{7}\\u{1B}[2J\\u{202E}x⏎y"))
            expectInert(TextReport(workbook: workbook, analysis: Analysis(workbook), strings: strings(language),
                                   width: Int.max / 4).render(), "show --plain")
            let a = Analysis(workbook)
            expectInert(TerminalChart.expectation(a, scale: workbook.scale, strings: strings(language)).joined(separator: "\n"), "chart")
            expectInert(TerminalChart.weighted(a, strings: strings(language)).joined(separator: "\n"), "chart")
        }
    }

    @Test func colourStaysButUserTextIsInert() {
        let workbook = hostileNames()
        let text = TextReport(workbook: workbook, analysis: Analysis(workbook), strings: strings(.en), color: true).render(step: 5)
        #expect(text.hasPrefix("\u{1B}[1mStep 5"))
        #expect(!text.contains("\u{1B}]0"))
        #expect(!text.contains("\u{1B}[2J"))
    }

    @Test func diffAndCompareAreInert() {
        let old = Samples.workedExample(.en)
        let new = hostileNames()
        let diff = DiffReport(WorkbookDiff(old: old, new: new), language: .en).text(old: "a\u{1B}[2J", new: "b")
        expectInert(diff, "diff")
        #expect(diff.contains("F\\u{1B}]0;owned"))
        var history = new
        history.history = [Cycle(cycle: 1, closedOn: "2025-01-01", brandStatement: "s", factors: new.factors)]
        history.cycle = 2
        let report = CycleComparisonReport(CycleComparison(history), language: .en)
        expectInert(report.text(), "compare")
        expectInert(ReportFormat.text.render(ReportDocument(workbook: history, analysis: Analysis(history), strings: strings(.en))), "progress")
    }
}

// Figures people read show at most 2 decimals (one rule, displayNumber); survey text, diffs, ties and
// model answers with a finer tolerance keep the decimals they need; JSON and CSV keep the stored figure.

import CEMKit
import Foundation
import Testing

@Suite struct DisplayPrecisionTests {
    @Test func displayNumberShowsAtMostTwoDecimals() {
        #expect(displayNumber(5.833333333) == "5.83")
        #expect(displayNumber(-0.666666667) == "−0.67")
        #expect(displayNumber(2.738612788) == "2.74")
        #expect(displayNumber(6.5) == "6.5")
        #expect(displayNumber(6.50) == "6.5")
        #expect(displayNumber(-18) == "−18")
        #expect(displayNumber(0.004) == "0")
        #expect(displayNumber(-0.004) == "0")
        #expect(displayNumber(.infinity) == "—")
    }

    /// What a consultant typed is shown as it is kept: a `set` confirms 6.125 and the question offers
    /// [6.125] (Enter keeps 6.125), while step 2's table shows 6.13.
    @Test func aTypedScoreIsShownAsItIsKept() {
        var replay = SessionReplay(.open("h.cem.json", sample: Samples.workedExample(.en), .en), interactive: false)
        replay.run(["set product experience 6.125", "goto 2"])
        #expect(replay.text.contains("Product · Experience = 6.125\n"))
        #expect(replay.text.contains("Product · Experience (0–10) [6.125]:"))
        #expect(editedNumber(6.125) == "6.125" && displayNumber(6.125) == "6.13")
    }

    @Test func surveyTextAndDiffsKeepFourDecimals() {
        #expect(surveyNumber(0.577350269) == "0.5774")
        #expect(surveyNumber(5.833333333) == "5.8333")
        #expect(decimalText(-0.666666667, decimals: 4) == "−0.6667")
        #expect(decimalText(0.005, decimals: 9) == "0.005")
    }

    /// A score with 9 decimals and the IPA cut line read at 2 decimals in the text formats; CSV and JSON keep 9.
    @Test func reportsShowTwoDecimalsAndFilesKeepTheStoredFigure() {
        var w = Samples.workedExample(.en)
        w.factors[0].experience = 6.123456789
        let document = ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en))
        let text = TextReport(document).render(), markdown = MarkdownReport.text(document)
        #expect(text.contains("IPA cut lines (mean): experience 5.85, importance 6\n"))
        #expect(markdown.contains("| Product | 6.12 | 7 | −0.88 | 6 |"))
        #expect(!text.contains("6.1235") && !markdown.contains("6.1235"))
        let csv = CSVReport.text(workbook: w, analysis: Analysis(w), strings: strings(.en))
        #expect(csv.contains("6.123456789") && csv.contains("-0.876543211"))
        #expect(JSONReport.text(document).contains("6.123456789"))
    }

    /// Two key experiences that differ but print alike at 2 decimals: the summary names the first with the
    /// decimals that tell it from the runner-up, so "the key experience is …" stays true on paper.
    @Test func theKeyExperienceSentenceShowsTheDecimalThatSeparatesIt() throws {
        var w = Samples.workedExample(.en)
        let convenience = try #require(w.factors.firstIndex { $0.id == "convenience" })
        let product = try #require(w.factors.firstIndex { $0.id == "product" })
        w.factors[convenience][score: .importance] = 3.332
        w.factors[product][score: .importance] = 6.662
        let analysis = Analysis(w)
        #expect(analysis.keyExperiences.prefix(2) == ["convenience", "product"])
        let summary = MarkdownReport.text(ReportDocument(workbook: w, analysis: analysis, strings: strings(.en)))
        #expect(summary.contains("The key experience to improve is Convenience (weighted satisfaction −6.664 = importance 3.332 × satisfaction −2)."))
    }

    /// `cem compare`: a change that would print as `+0` shows 4 decimals; others keep 2.
    @Test func aCompareChangeNeverPrintsAsNone() {
        #expect(CycleComparisonReport.cell(FigureChange(from: 5.8333, to: 5.8343)) == "5.8333 → 5.8343 ↑ +0.001")
        #expect(CycleComparisonReport.cell(FigureChange(from: -0.666666667, to: 0.083333333)) == "−0.67 → 0.08 ↑ +0.75")
        #expect(CycleComparisonReport.cell(FigureChange(from: 6, to: 6)) == "6 → 6 = 0")
    }
}

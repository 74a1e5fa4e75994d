// Reports a client reads right the first time (issue 13, "What misleads today" 2–5): figures in prose
// with their derivation, what is not measured, ties and the margin of error, the IPA's inputs, colour by meaning.

import CEMKit
import Foundation
import Testing

@Suite struct ReportReadingTests {
    func summary(_ w: Workbook) -> String {
        ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(w.language ?? .en)).summary
    }

    @Test func everyFigureInTheSummaryCarriesItsNameAndDerivation() {
        #expect(summary(Samples.workedExample(.en)) == "Customers come to Meisu Electronics · Sai Yeung Choi Street for Brand image (brand value 9), Price (brand value 9). The key experience to improve is Convenience (weighted satisfaction −18 = importance 9 × satisfaction −2). The largest gap to the ideal is Convenience (weighted gap −45 = importance 9 × gap −5). Pursued requirements: R1 Open more shops on Sai Yeung Choi Street, R2 Close shops in weak districts. KPIs met: 1 of 1.")
        let zh = summary(Samples.workedExample(.zh))
        #expect(zh.contains("需要改善的关键体验是便利性（加权满意度 −18 = 重要性 9 × 满意度 −2）。与理想体验差距最大的是便利性（加权差距 −45 = 重要性 9 × 差距 −5）。"))
        #expect(zh.contains("品牌形象（品牌价值 9）、价格（品牌价值 9）"))
    }

    @Test func anEmptyWorkbookSaysWhatIsNotMeasured() {
        var w = Samples.workedExample(.en)
        w.factors = []
        w.requirements = []
        let text = summary(w)
        #expect(text.hasPrefix("The workbook has no factors yet, so no experience has been measured. "))
        #expect(text.contains("The key experience is not measured yet: 0 of 0 factors"))
        #expect(text.contains("Gaps to the ideal are not measured yet: 0 of 0 factors"))
        #expect(!text.contains("falls short"))
        #expect(!text.contains("no key experience"))
    }

    @Test func aPartlyScoredWorkbookSaysSoInTheSummary() {
        var w = Samples.workedExample(.en)
        w.factors[0].ideal = nil
        w.factors[1].experience = nil
        let text = summary(w)
        #expect(text.hasPrefix("Note: 2 of 6 factors are not fully scored; the conclusions below cover only the scored factors. "))
        // The conclusions over the scored factors still stand, after the note that says what they cover.
        #expect(text.contains("The key experience to improve is Convenience (weighted satisfaction −18 = importance 9 × satisfaction −2)."))
        #expect(text.contains("The largest gap to the ideal is Convenience (weighted gap −45 = importance 9 × gap −5)."))
    }

    @Test func aTieForTheKeyExperienceIsSaidAndFiguresHaveTwoDecimals() {
        var w = Samples.workedExample(.en)
        // Product: importance 6 × (experience 4 − expectation 7) = −18, ties with convenience.
        w.factors[0].experience = 4
        #expect(summary(w).contains("The key experiences to improve tie for first place: Convenience, Product (weighted satisfaction −18 each)."))
        w.factors[0].experience = 6.123456
        w.factors[0].expectation = 7
        w.factors[0].importance = 9.5
        // −8.3271680 = 9.5 × −0.876544: two decimals in prose.
        var v = w
        v.factors[3].importance = 1
        #expect(summary(v).contains("The key experience to improve is Product (weighted satisfaction −8.33 = importance 9.5 × satisfaction −0.88)."))
    }

    @Test func aRankingInsideTheSurveyIntervalIsWithinTheMarginOfError() {
        var w = Samples.workedExample(.en)
        // Convenience −18, product −6 (importance 6 × −1); convenience's experience interval is wide.
        w.factors[3].survey = [(.experience, SurveyStat(n: 10, mean: 5, sd: 3))]
        let text = summary(w)
        #expect(text.contains("The key experience to improve is Convenience (weighted satisfaction −18 = importance 9 × satisfaction −2). Product lies within the survey's 95% interval of it: the order of the two is within the margin of error, not a firm ranking."))
        w.factors[3].survey = [(.experience, SurveyStat(n: 400, mean: 5, sd: 0.5))]
        #expect(!summary(w).contains("margin of error"))
    }

    @Test func stepThreeShowsTheQuadrantsInputsAndExplainsTheDifference() throws {
        let w = Samples.workedExample(.en)
        let section = ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en)).section(3)
        guard case .table(let table) = section.blocks[0] else { Issue.record("no table"); return }
        #expect(table.headers == ["Factor", "Importance", "Satisfaction", "Weighted sat.", "Experience", "IPA quadrant"])
        #expect(table.rows[0] == ["Product", "6", "−1", "−6", "6", "keep up the good work"])
        #expect(section.blocks.contains(.text("The quadrant places experience (performance) against importance and ignores expectation; the key experiences rank weighted satisfaction (importance × satisfaction). So a factor whose experience is above the cut line can sit in “keep up the good work” and still be a key experience, because its experience falls short of what customers expect.")))
    }

    @Test func colourFollowsBetterOrWorseNeverTheSign() throws {
        var w = Samples.workedExample(.en)
        // A negative baseline (an NPS of −20) is not bad news; a lower-is-better KPI that is missed is.
        w.requirements[0].kpis[0].baseline = -20
        w.requirements[0].kpis[0].better = .lower
        let html = HTMLReport.text(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en)))
        #expect(html.contains("<td class=\"num\">−20</td>"))
        #expect(html.contains("<td class=\"num neg\">+0.2 (worse)</td>") || html.contains("<td class=\"num neg\">0.2 (worse)</td>"))
        #expect(html.contains("Colour means good or bad, never the sign"))
        // Progress since last cycle: convenience −2 → 0 is an improvement, green, not red.
        var two = Samples.workedExample(.en)
        two.cycle = 2
        two.history = [Cycle(cycle: 1, closedOn: "2025-06-30", brandStatement: two.brandStatement, factors: two.factors)]
        two.factors[3].experience = 7
        let progress = HTMLReport.text(ReportDocument(workbook: two, analysis: Analysis(two), strings: strings(.en)))
        #expect(progress.contains("<td class=\"num good\">−2 → 0 ↑ +2</td>"))
        #expect(!progress.contains("<td class=\"num neg\">−2 → 0"))
    }
}

@Suite struct ReportPrintTests {
    @Test func printedPagesHaveNumbersAndARunningHeaderWithoutUserText() {
        var w = Samples.workedExample(.en)
        w.title = "\"; } body { display: none } @page { content: \""
        let html = HTMLReport.text(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en)))
        #expect(html.contains("@bottom-right { content: counter(page) \" / \" counter(pages);"))
        #expect(html.contains("@top-left { content: \"Customer experience report\";"))
        let style = html.components(separatedBy: "</style>")[0].components(separatedBy: "<style>").last ?? ""
        #expect(!style.contains("display: none"))
    }
}

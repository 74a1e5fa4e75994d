// The workshop room as a consultant met it: the text report at the session's width, every chart of
// `cem chart`, what `present N` says, the projector page's layout at 16:9 and the slide's readable IPA.

import CEMKit
import Foundation
import Testing

@Suite struct SessionRoomLookTests {
    static let meisu = Samples.workedExample(.en)

    /// `report text` is what `cem report --format text -o FILE` writes in the same window: at the session's
    /// width (COLUMNS, else the terminal's), not at a fixed 80 columns.
    @Test func theTextReportFollowsTheSessionsWidth() throws {
        var replay = SessionReplay(.open("room.cem.json", sample: Self.meisu, .en))
        replay.session.today = "2026-11-22"
        replay.session.width = 120
        replay.run(["report text"])
        let text = String(decoding: try #require(replay.disk["room.report.txt"]), as: UTF8.self)
        let document = ReportDocument(workbook: Self.meisu, analysis: Analysis(Self.meisu), strings: strings(.en), date: "2026-11-22")
        let expected = ReportFormat.text.render(document, layout: ReportLayout(width: 120, color: false, charts: true, unicode: true))
        #expect(text == expected)
        #expect(text != ReportFormat.text.render(document, layout: ReportLayout(width: 80, color: false, charts: true, unicode: true)))
    }

    /// `chart summary` writes the slide and `chart trend` the cycles' chart, as `cem chart --kind` does.
    @Test func theSessionDrawsTheSummaryAndTheTrend() throws {
        var replay = roomReplay(.open("room.cem.json", sample: Self.meisu, .en), ["chart summary", "chart trend"])
        let document = ReportDocument(workbook: Self.meisu, analysis: Analysis(Self.meisu), strings: strings(.en), date: "2026-11-22")
        #expect(replay.disk["room.summary.svg"].map { String(decoding: $0, as: UTF8.self) } == SlideReport.text(document))
        #expect(replay.disk["room.trend.svg"] == nil)
        #expect(replay.session.refused == 1)
        #expect(replay.text.replacing("\n", with: " ").contains("No closed cycle yet, so there is no trend to draw; close this cycle first with cycle close."))

        let closed = try CycleCloser.close(Self.meisu, on: "2026-06-30").get()
        replay = roomReplay(.open("room.cem.json", sample: closed, .en), ["chart trend", "图表 summary deck.svg"])
        let trend = try #require(ReportTrend(CycleComparison(closed)))
        #expect(replay.disk["room.trend.svg"].map { String(decoding: $0, as: UTF8.self) } == TrendChart.document(trend, title: closed.title, language: .en))
        #expect(replay.disk["deck.svg"] != nil && replay.session.refused == 0)
        #expect(replay.text.contains("Usage") == false)
    }

    /// Once the view is open, `present N` says which step it holds and `present` that it follows again,
    /// instead of repeating the address.
    @Test func presentSaysWhatTheViewShows() throws {
        let replay = roomReplay(.open("room.cem.json", sample: Self.meisu, .en), ["present", "present 3", "present"], end: false)
        let text = replay.text.replacing("\n", with: " ")
        #expect(text.components(separatedBy: "Projector view: open").count == 2)
        #expect(text.contains("The projector view holds step 3 (present makes it follow the session again)."))
        #expect(text.contains("The projector view follows the session again."))
    }

    /// Step 3 on the projector: the table with the weighted chart under it on the left, the IPA alone on
    /// the right, drawn on a 340-unit plot (540 wide) so that its labels are readable at 1280×720.
    @Test func theIPAHasTheRightColumnOnTheProjector() throws {
        let document = ReportDocument(workbook: Self.meisu, analysis: Analysis(Self.meisu), strings: strings(.en), date: "2026-11-22")
        let page = RoomPage.html(document, step: 3, changedAt: "10:15:00", words: SessionWords(.en))
        let text = try #require(page.range(of: "<div class=\"room-text\">")), charts = try #require(page.range(of: "<div class=\"room-charts\">"))
        let weighted = try #require(page.range(of: "<figure class=\"chart chart-weighted\"")),
            ipa = try #require(page.range(of: "<figure class=\"chart chart-ipa\""))
        #expect(page.contains("<div class=\"room-columns room-ipa\">"))
        #expect(text.upperBound < weighted.lowerBound && weighted.upperBound < charts.lowerBound && charts.upperBound < ipa.lowerBound)
        #expect(page.components(separatedBy: "<figure").count == 3)
        #expect(page.contains("viewBox=\"0 0 540 "))
        // The table comes first, then the chart, then the conclusions.
        let table = try #require(page.range(of: "<table")), keyLine = try #require(page.range(of: "Key experiences:"))
        #expect(table.upperBound < weighted.lowerBound && weighted.upperBound < keyLine.lowerBound)
        // Other steps keep their charts on the right.
        let step2 = RoomPage.html(document, step: 2, changedAt: "10:15:00", words: SessionWords(.en))
        #expect(step2.contains("<div class=\"room-columns\">") && !step2.contains("class=\"room-columns room-ipa\""))
    }

    /// The slide's IPA is drawn on a 360-unit plot (560 wide), scaled into its half: type 1.4 times larger.
    @Test func theSlidesIPAIsDrawnLarger() throws {
        let document = ReportDocument(workbook: Self.meisu, analysis: Analysis(Self.meisu), strings: strings(.en), date: "2026-11-22")
        let slide = SlideReport.text(document)
        #expect(slide.contains("viewBox=\"0 0 560 "))
        #expect(!slide.contains("viewBox=\"0 0 760 "))
        // The report's own chart is unchanged.
        #expect(SVGChart.document(.ipa, workbook: Self.meisu, analysis: Analysis(Self.meisu), strings: strings(.en)).contains("viewBox=\"0 0 760 "))
    }

    /// Disagreement in a poll is said as advice, not as a question nobody is asked.
    @Test func disagreementIsNotAQuestion() {
        #expect(SessionWords(.en).pollDisagree(sd: "2.5884", range: "3–9") == "⚠ Participants disagree (sd 2.5884, 3–9): discuss it before moving on.")
        #expect(SessionWords(.zh).pollDisagree(sd: "2.5884", range: "3–9") == "⚠ 与会者意见分歧（标准差 2.5884，3–9）：继续之前请先讨论。")
    }

    /// Resuming at step 7 on a terminal offers "1 add, 2 review": a command typed there runs (it used to
    /// ask the same question again, even for `quit`).
    @Test func theReviewOrAddOfferLetsCommandsThrough() throws {
        var open = Self.meisu
        open.requirements[0].kpis[0].actual = nil
        let replay = roomReplay(.open("room.cem.json", sample: open, .en), ["present", "show 7", "quit"])
        let text = replay.text.replacing("\n", with: " ")
        #expect(text.contains("There is 1 KPI already. 1 add a new one (Enter), or 2 review it field by field?"))
        #expect(text.contains("Projector view: open file:///room/.room.present.html"))
        #expect(text.contains("Step 7 · Feedback for continuous improvement"))
        #expect(text.contains("Goodbye"))
        #expect(replay.session.refused == 0)
    }

    /// An incomplete step in the Chinese text report is marked with full-width brackets.
    @Test func anIncompleteStepIsMarkedInChineseBrackets() {
        var open = Samples.workedExample(.zh)
        open.factors[0].ideal = nil
        let document = ReportDocument(workbook: open, analysis: Analysis(open), strings: strings(.zh), date: "2026-11-22")
        let text = ReportFormat.text.render(document, layout: ReportLayout(width: 80, color: false, charts: false, unicode: true))
        #expect(text.contains("步骤 4 · 就理想与实际体验进行差距分析（未完成）"))
        #expect(!text.contains(" (未完成)"))
        let english = ReportDocument(workbook: open, analysis: Analysis(open), strings: strings(.en), date: "2026-11-22")
        #expect(ReportFormat.text.render(english, layout: ReportLayout(width: 80, color: false, charts: false, unicode: true))
            .contains("Step 4 · Gap analysis: ideal vs actual experience (incomplete)"))
    }

    /// `quit` at the template question of a new workbook leaves without creating it (it was refused as
    /// "not a template", again and again).
    @Test func quitAtTheTemplateQuestionCreatesNothing() {
        let replay = roomReplay(.newAskingTemplate("hotel.cem.json", .zh), ["退出"])
        #expect(replay.disk["hotel.cem.json"] == nil)
        #expect(replay.session.refused == 0)
        #expect(replay.text.contains("已退出，没有创建 hotel.cem.json。"))
    }
}

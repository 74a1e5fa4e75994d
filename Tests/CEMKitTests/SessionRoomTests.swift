// The workshop room: report, chart and minutes written from the session (never replacing a file without
// asking), the projector view, and the template question of a new workbook.

import CEMKit
import Foundation
import Testing

/// A replay with the shell's clock fixed: today's date and the time of day.
/// `end`: the input ends after the lines (else the session stays open for more).
func roomReplay(_ start: SessionReplay.Start, _ lines: [String], interactive: Bool = true, end: Bool = true) -> SessionReplay {
    var replay = SessionReplay(start, interactive: interactive)
    replay.session.today = "2026-11-22"
    replay.session.now = "10:15:00"
    replay.session.workingDirectory = "/room"
    if end { replay.run(lines) } else { lines.forEach { replay.feed($0) } }
    return replay
}

/// Replays NAME.in with the clock fixed and compares with NAME.out (CEM_UPDATE_TRANSCRIPTS=1 rewrites it).
func checkRoomTranscript(_ name: String, _ start: SessionReplay.Start) throws -> SessionReplay {
    let replay = roomReplay(start, try Transcripts.lines(name))
    let url = Transcripts.folder.appendingPathComponent(name + ".out")
    if ProcessInfo.processInfo.environment["CEM_UPDATE_TRANSCRIPTS"] == "1" {
        try replay.text.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    let got = replay.text.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
    if let first = zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
        Issue.record("\(name): transcript differs at line \(first.offset + 1): got «\(first.element.0)», expected «\(first.element.1)»")
    } else if got.count != want.count {
        Issue.record("\(name): \(got.count) lines, expected \(want.count)")
    }
    return replay
}

@Suite struct SessionRoomTests {
    static let meisu = Samples.workedExample(.en)

    /// The files the session writes are the bytes `cem report` and `cem chart` write for the same workbook.
    @Test func reportChartAndMinutesFromTheRoom() throws {
        let replay = try checkRoomTranscript("room.en", .open("room.cem.json", sample: Self.meisu, .en))
        var changed = Self.meisu
        changed.factors[0].experience = 8
        #expect(try WorkbookReader.read(try #require(replay.disk["room.cem.json"])) == changed)
        // Written before the change, replaced after "y" with the same bytes.
        let document = ReportDocument(workbook: Self.meisu, analysis: Analysis(Self.meisu), strings: strings(.en), date: "2026-11-22")
        #expect(replay.disk["room.report.html"] == Array(HTMLReport.text(document).utf8))
        #expect(replay.disk["room.ipa.svg"] == Array(SVGChart.document(.ipa, workbook: Self.meisu, analysis: Analysis(Self.meisu), strings: strings(.en)).utf8))
        #expect(replay.disk["slides-gaps.svg"] == Array(SVGChart.document(.gaps, workbook: Self.meisu, analysis: Analysis(Self.meisu), strings: strings(.en)).utf8))
        #expect(replay.disk["room.report.pdf"] == nil && replay.disk.keys.filter { $0.hasSuffix(".pdf") }.isEmpty)
        #expect(replay.session.refused == 6, "report pdf, report html room.cem.json, chart radar, minutes of the meeting, present 9, the second present stop")
        #expect(replay.disk.keys.filter { $0.contains("meeting") }.isEmpty)
        // The minutes were written again after the change (answered y): the change is in them.
        let minutes = String(decoding: try #require(replay.disk["room.minutes.md"]), as: UTF8.self)
        #expect(minutes == """
            # Minutes: Meisu Electronics · Sai Yeung Choi Street

            Date 2026-11-22 · Cycle 1 · `room.cem.json`

            ## Changes made in this session

            - Product · Experience: 6 → 8

            ## Decisions of step 6 and their rationale

            - **R1** Open more shops on Sai Yeung Choi Street: pursue — Convenience is the key experience; more shops carry the clearly-priced brand further
            - **R2** Close shops in weak districts: pursue — Concentrate resources on Sai Yeung Choi Street
            - **R3** Online or phone sales: drop — Customers come to see and compare in the shop; off-brand, and every capability would have to be built
            - **R4** A wider product range: defer — Resources go to the key experience (convenience) first

            ## Open questions

            No score is missing.

            ## Disagreements (from polls)

            No poll showed a disagreement.

            """)
        // The projector view says the session ended, with the figure of the last change.
        let page = String(decoding: try #require(replay.disk[".room.present.html"]), as: UTF8.self)
        #expect(page.contains("<body class=\"room ended\">"))
        #expect(page.contains("The session ended at 10:15:00: this page no longer follows it."))
    }

    /// A script is never asked: an existing file is refused (exit code 1 for the script), never replaced.
    @Test func aScriptNeverReplacesAFile() throws {
        var replay = SessionReplay(.open("room.cem.json", sample: Self.meisu, .en), interactive: false)
        replay.disk["room.report.md"] = Array("# notes of the client\n".utf8)
        replay.run(["report markdown"])
        #expect(replay.disk["room.report.md"] == Array("# notes of the client\n".utf8))
        #expect(replay.session.refused == 1)
        #expect(replay.text.replacing("\n", with: " ").contains("Not written: room.report.md exists already, and a script never replaces it."))
    }

    /// A side file never replaces a workbook, whatever its name.
    @Test func aWorkbookIsNeverReplaced() throws {
        var replay = SessionReplay(.open("room.cem.json", sample: Self.meisu, .en))
        replay.disk["other.json"] = WorkbookWriter.bytes(Self.meisu)
        replay.run(["report json other.json"])
        #expect(replay.disk["other.json"] == WorkbookWriter.bytes(Self.meisu))
        #expect(replay.session.refused == 1)
    }

    /// A side file that cannot be written says so without touching the workbook; the projector view stops
    /// once instead of failing after every change.
    @Test func aFailedSideFileLeavesTheWorkbookAlone() throws {
        let replay = roomReplay(.open("m.cem.json", sample: Self.meisu, .en), ["present 2"], end: false)
        var session = replay.session
        var disk = try #require(replay.disk["m.cem.json"])
        // A change: the workbook is written, and the page; the shell fails to write the page.
        let changed = session.handle(.line("set product experience 8"), disk: disk)
        disk = try #require(changed.write).bytes
        let page = try #require(changed.exports.first)
        #expect(page.path == ".m.present.html")
        #expect(session.exportFailed(page, reason: "disk full") == [
            "The projector view cannot be written to .m.present.html (disk full), so it",
            "stopped. The workbook is not affected.",
        ])
        let next = session.handle(.line("set product experience 7"), disk: disk)
        #expect(next.write != nil && next.exports.isEmpty, "the workbook is written, the page no longer")
        let exported = session.handle(.line("report html"), disk: next.write?.bytes).exports
        let report = try #require(exported.first)
        #expect(session.exportFailed(report, reason: "read-only folder") == [
            "m.report.html cannot be written (read-only folder). The workbook is not",
            "affected; give another file name after the command.",
        ])
        #expect(!session.unsaved)
    }

    /// Minutes name the factors still missing scores, and undecided requirements.
    @Test func minutesListOpenQuestions() throws {
        var w = Template.hotel.workbook(language: .en, title: "Riverside")
        w.factors[0].experience = 7
        w.requirements = [Requirement(id: "R1", title: "Faster check-in")]
        let replay = roomReplay(.open("h.cem.json", sample: w, .en), ["minutes"])
        let minutes = String(decoding: try #require(replay.disk["h.minutes.md"]), as: UTF8.self)
        #expect(minutes.contains("""
            ## Decisions of step 6 and their rationale

            No requirement has a decision yet.

            Not decided yet: R1.

            ## Open questions

            - Brand statement (why customers come to you)
            - Booking: missing Brand value, Expectation, Importance, Ideal
            - Check-in and check-out: missing Brand value, Experience, Expectation, Importance, Ideal
            """))
    }

    /// The new-workbook path on a terminal asks which template: a number, a name, or Enter for retail.
    @Test func aNewWorkbookAsksWhichTemplate() throws {
        let replay = try checkRoomTranscript("template.zh", .newAskingTemplate("hotel.cem.json", .zh))
        let w = try WorkbookReader.read(try #require(replay.disk["hotel.cem.json"]))
        #expect(w.title == "江景酒店")
        #expect(w.factors.map(\.id) == ["booking", "check-in", "room", "staff", "food", "location", "value"])
        #expect(replay.disk["hotel.report.md"] != nil)
        let minutes = String(decoding: try #require(replay.disk["hotel.minutes.md"]), as: UTF8.self)
        #expect(minutes.hasPrefix("# 会议纪要：江景酒店\n\n日期 2026-11-22 · 周期 1 · `hotel.cem.json`\n"))
        #expect(minutes.contains("\n- 预订：缺少品牌价值、体验、期望、重要性、理想体验\n"))
        // Ctrl-C at the template question keeps asking it: nothing is created until a title is given.
        let interrupted = roomReplay(.newAskingTemplate("c.cem.json", .en), ["!ctrl-c", "2", "Clinic", "quit"])
        #expect(try WorkbookReader.read(try #require(interrupted.disk["c.cem.json"])).factors.first?.id == "tangibles")
        let byEnter = roomReplay(.newAskingTemplate("shop.cem.json", .en), ["", "Corner shop", "quit"])
        #expect(try WorkbookReader.read(try #require(byEnter.disk["shop.cem.json"])).factors.map(\.id) == Template.retail.workbook(language: .en).factors.map(\.id))
        let byNumber = roomReplay(.newAskingTemplate("bank.cem.json", .en), ["5", "", "quit"])
        #expect(try WorkbookReader.read(try #require(byNumber.disk["bank.cem.json"])).factors.first?.id == "branch")
        // A script is not asked: the first line is the title, the template retail.
        let script = roomReplay(.newAskingTemplate("s.cem.json", .en), ["Pilot", "quit"], interactive: false)
        #expect(try WorkbookReader.read(try #require(script.disk["s.cem.json"])).title == "Pilot")
    }

    /// Every template has 5 to 8 factors, each named and described in both languages, with unique ids.
    @Test(arguments: Template.allCases)
    func templatesAreComplete(template: Template) {
        let zh = template.workbook(language: .zh), en = template.workbook(language: .en)
        #expect((5...8).contains(zh.factors.count))
        #expect(Set(zh.factors.map(\.id)).count == zh.factors.count)
        #expect(zh.factors.map(\.id) == en.factors.map(\.id))
        for (a, b) in zip(zh.factors, en.factors) {
            #expect(!a.name.isEmpty && !a.description.isEmpty && !b.name.isEmpty && !b.description.isEmpty)
            let chinese = !a.name.unicodeScalars.allSatisfy { $0.isASCII }
            let english = b.description.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(chinese, "the Chinese name of \(a.id) is Chinese")
            #expect(english, "the English description of \(b.id) is English")
        }
    }
}

/// One step of the report in HTML, and the projector page built from it.
@Suite struct RoomPageTests {
    static let meisu = Samples.workedExample(.en)
    static var document: ReportDocument {
        ReportDocument(workbook: meisu, analysis: Analysis(meisu), strings: strings(.en), date: "2026-11-22")
    }

    /// The section alone is exactly the report's own markup of that step.
    @Test(arguments: 1...7)
    func oneSectionIsTheReportsOwnMarkup(step: Int) {
        let section = HTMLReport.section(step, of: Self.document).joined(separator: "\n")
        #expect(section.hasPrefix("<section class=\"step\" id=\"step-\(step)\">\n<h2>Step \(step) · "))
        #expect(section.hasSuffix("</section>"))
        #expect(HTMLReport.text(Self.document).contains(section))
    }

    @Test func stepFourShowsItsTableChartAndConclusion() {
        let parts = HTMLReport.sectionParts(4, of: Self.document)
        #expect(parts.heading == "<h2>Step 4 · Gap analysis: ideal vs actual experience</h2>")
        #expect(parts.blocks.contains("<p>Largest gap: Convenience (weighted gap −45)</p>"))
        #expect(parts.blocks[0].contains("<tr><td>Convenience</td><td class=\"num\">5</td><td class=\"num\">10</td><td class=\"num neg\">−5</td>"))
        #expect(parts.figures.first == "<figure class=\"chart chart-gaps\">")
        #expect(HTMLReport.sectionParts(6, of: Self.document).figures.isEmpty)
    }

    /// The page reloads every second, says when it last changed, and after the end says so.
    @Test func thePageRefreshesAndNeverLooksCurrentOnceEnded() {
        let words = SessionWords(.en)
        let live = RoomPage.html(Self.document, step: 4, changedAt: "10:15:00", words: words)
        #expect(live.contains("<meta http-equiv=\"refresh\" content=\"1\"/>"))
        #expect(live.contains("<span class=\"room-time\">Last change 10:15:00</span>"))
        #expect(live.contains("<body class=\"room\">"))
        #expect(!live.contains("<p class=\"room-ended\">"))
        #expect(live.contains("<div class=\"room-charts\">\n<figure class=\"chart chart-gaps\">"))
        #expect(!live.contains("<script") && !live.contains("src=") && !live.contains("href="), "self-contained, no network")
        let ended = RoomPage.html(Self.document, step: 4, changedAt: "10:15:00", ended: "10:20:00", words: words)
        #expect(ended.contains("<body class=\"room ended\">"))
        #expect(ended.contains("<p class=\"room-ended\">The session ended at 10:20:00: this page no longer follows it.</p>"))
        let zh = RoomPage.html(ReportDocument(workbook: Samples.workedExample(.zh), analysis: Analysis(Samples.workedExample(.zh)), strings: strings(.zh)),
                               step: 4, changedAt: "10:15:00", words: SessionWords(.zh))
        #expect(zh.contains("<html lang=\"zh-Hans\">") && zh.contains("最后改动 10:15:00"))
    }

    /// User text in the page is escaped.
    @Test func userTextIsEscaped() {
        var w = Self.meisu
        w.title = "<b>A&B</b>"
        let page = RoomPage.html(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en)), step: 1, changedAt: nil, words: SessionWords(.en))
        #expect(page.contains("<span class=\"room-title\">&lt;b&gt;A&amp;B&lt;/b&gt;</span>"))
        #expect(!page.contains("<b>A&B</b>"))
    }

    /// The view follows the session: rewritten after an accepted change, not after a line that changes nothing.
    @Test func theViewIsRewrittenOnlyWhenItChanges() {
        var replay = roomReplay(.open("m.cem.json", sample: Self.meisu, .en), ["present 2"], end: false)
        let first = replay.disk[".m.present.html"]
        #expect(first != nil)
        replay.session.now = "10:16:00"
        replay.feed("show 1")
        #expect(replay.disk[".m.present.html"] == first, "show changes nothing in the room")
        replay.feed("set product experience 8")
        let page = String(decoding: replay.disk[".m.present.html"] ?? [], as: UTF8.self)
        #expect(page.contains("Last change 10:16:00"))
        #expect(page.contains("<tr><td class=\"short\">Product</td><td class=\"num\">8</td>"))
        // The consultant switches the terminal to Chinese: the room stays in the workbook's language.
        replay.feed("lang zh")
        replay.feed("set product experience 7")
        let after = String(decoding: replay.disk[".m.present.html"] ?? [], as: UTF8.self)
        #expect(after.contains("<tr><td class=\"short\">Product</td><td class=\"num\">7</td>") && after.contains("Last change"))
    }
}

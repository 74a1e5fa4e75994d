// The small things a client sees in a session (issue "a session a consultant can trust").

@testable import CEMKit
import Testing

@Suite struct SessionSmallTests {
    static func session(_ w: Workbook, _ language: Language = .en) -> SessionReplay {
        SessionReplay(.open("h.cem.json", sample: w, language), interactive: false)
    }

    @Test func factorsWithoutADescriptionAreIntroducedWithTheirIds() {
        var w = Template.retail.workbook(language: .en, title: "Hotel")
        w.factors.append(Factor(id: "breakfast", name: "Breakfast"))
        let replay = Self.session(w)
        #expect(replay.transcript.contains("  Breakfast (breakfast)"))
        #expect(replay.transcript.contains("  Product (product) — Range, quality and availability of what is sold"))
    }

    @Test func setFindsAnUnquotedFactorNameOfSeveralWords() throws {
        var w = Template.retail.workbook(language: .en, title: "Hotel")
        w.factors.append(Factor(id: "vfm", name: "Value for money"))
        var replay = Self.session(w)
        replay.run(["set value for money ideal 8", "set value for mony ideal 7"])
        #expect(replay.session.workbook.factor(id: "vfm")?.ideal == 8)
        #expect(replay.text.replacing("\n", with: " ").contains("There is no factor 'value'. Did you mean 'Value for money'?"))
    }

    @Test func theChineseRefusalOfAChoiceNamesTheChineseWords() {
        var replay = Self.session(Samples.workedExample(.zh), .zh)
        replay.run(["goto 6", "9", "也许"])
        #expect(replay.text.replacing("\n", with: "").contains("“也许”不是可选项；请输入 ready（已具备）、adjust（需调整）、build（需新建） 或其序号。"))
    }
}

@Suite struct SessionInertTextTests {
    /// A title, a factor name or a requirement title from the file can never drive the terminal.
    @Test func userTextIsPrintedInert() {
        var w = Samples.workedExample(.en)
        w.title = "Hotel\u{1B}]0;pwned\u{07}"
        w.factors[0].name = "Pro\u{1B}[2Jduct"
        w.requirements[0].title = "More\nshops"
        var replay = SessionReplay(.open("h.cem.json", sample: w, .en), interactive: false)
        replay.run(["goto 5", "set product experience 5"])
        for line in replay.transcript where line.contains("\u{1B}") { Issue.record("not inert: \(line.debugDescription)") }
        #expect(replay.text.contains("Hotel\\u{1B}]0;pwned\\u{7}"))
        #expect(replay.text.contains("R1 · Title [More⏎shops]"))
        #expect(replay.text.contains("Pro\\u{1B}[2Jduct · Experience = 5"))
    }
}

@Suite struct SessionCycleCloseCheckTests {
    /// Closing with incomplete steps or unmeasured KPIs says what is missing and asks first.
    @Test func cycleCloseSaysWhatIsMissingAndAsks() throws {
        var w = Samples.workedExample(.en)
        w.factors[0].ideal = nil
        w.requirements[0].kpis.append(KPI(id: "K2", metric: "Queue time"))
        var replay = SessionReplay(.open("h.cem.json", sample: w, .en), interactive: false)
        replay.run(["cycle close 2025-06-30", "n", "cycle close 2025-06-30", "y"])
        let asked = "Before closing this cycle: step 4 is not complete; KPI R1 K2 has no actual value. They go into history as they are. Close the cycle anyway? (y/n)"
        #expect(replay.text.replacing("\n", with: " ").components(separatedBy: asked).count == 3, "asked twice")
        #expect(replay.transcript.contains("Cancelled; nothing changed."))
        let written = try WorkbookReader.read(try #require(replay.disk["h.cem.json"]))
        #expect(written.cycle == 2 && written.history.count == 1)
    }
}

@Suite struct SessionResumeTests {
    static var atStep5: Workbook {
        var five = Samples.workedExample(.en)
        five.requirements[0].factors = []   // convenience, a key experience, loses its requirement: step 5 incomplete
        return five
    }

    /// Resuming at step 5 on a terminal offers to add at once instead of re-asking every field.
    @Test func resumingAtStep5OffersToAdd() {
        var replay = SessionReplay(.open("h.cem.json", sample: Self.atStep5, .en), interactive: true)
        #expect(replay.transcript.suffix(2) == ["There are 4 requirements already. 1 add a new one (Enter), or 2 review the",
                                                "existing ones field by field?"])
        replay.feed("")
        #expect(replay.session.prompt == "New requirement: its title (Enter when done): ")
        var review = SessionReplay(.open("h.cem.json", sample: Self.atStep5, .en), interactive: true)
        review.feed("review")
        #expect(review.session.prompt.hasPrefix("R1 · Title ["))
    }

    @Test func aScriptStillWalksEveryQuestion() {
        let replay = SessionReplay(.open("h.cem.json", sample: Self.atStep5, .en), interactive: false)
        #expect(replay.session.prompt.hasPrefix("R1 · Title ["))
    }
}

// The small pieces of the session: reading answers, words, ids, wrapping, the command table.

@testable import CEMKit
import Testing

@Suite struct SessionPieceTests {
    @Test func numbersFromAChineseInputMethod() {
        #expect(Answer.number("６．５", scale: .standard) == .success(6.5))
        #expect(Answer.number("6。5", scale: .standard) == .success(6.5))
        #expect(Answer.number("－", scale: .standard) == .success(nil))
        #expect(Answer.number("10.5", scale: .standard) == .failure(.outOfScale(10.5, .standard)))
        #expect(Answer.number("six", scale: .standard) == .failure(.notANumber("six")))
    }

    @Test func choicesByWordLabelOrNumber() {
        let labels: (Capability) -> [String] = { c in Language.allCases.map { strings($0).capability(c) } }
        #expect(Answer.choice("需调整", Capability.self, labels: labels) == .success(.adjust))
        #expect(Answer.choice("３", Capability.self, labels: labels) == .success(.build))
        #expect(Answer.choice("READY", Capability.self, labels: labels) == .success(.ready))
        #expect(Answer.choice("maybe", Capability.self, labels: labels) == .failure(.notAChoice("maybe", allowed: ["ready", "adjust", "build"])))
    }

    @Test func factorListsAndDates() {
        let w = Samples.workedExample(.zh)
        #expect(Answer.factors("便利性，product、价格", in: w) == .success(["convenience", "product", "price"]))
        #expect(Answer.factors("conv", in: w) == .failure(.unknownFactor("conv", suggestion: "convenience")))
        #expect(Answer.date("2024-02-29") == .success("2024-02-29"))
        #expect(Answer.date("2025-02-29") == .failure(.badDate("2025-02-29")))
    }

    @Test func wordsIdsAndWrapping() {
        #expect(tokenize("set “Brand image” notes a b") == ["set", "Brand image", "notes", "a", "b"])
        #expect(tokenize("设定　便利性 备注") == ["设定", "便利性", "备注"])
        var w = Samples.workedExample(.en)
        #expect(Identifiers.nextRequirement(in: w) == "R5")
        #expect(Identifiers.nextKPI(in: w) == "K2")
        #expect(Identifiers.factor(from: "Home delivery!", in: w) == "home-delivery")
        #expect(Identifiers.factor(from: "Price", in: w) == "price-2")
        w.factors.removeLast()
        #expect(Identifiers.factor(from: "送货上门", in: w) == "factor-6")
        #expect(wrap("aaaa bbbb cccc", width: 11) == ["aaaa bbbb", "cccc"])
        #expect(wrap("一二三四五六七八九十", width: 12) == ["一二三四五六", "七八九十"])
    }

    @Test func everyCommandWordIsUniqueAndFound() {
        let words = SessionCommands.all.flatMap { [$0.name] + $0.aliases }
        #expect(Set(words).count == words.count)
        #expect(SessionCommands.find("退出")?.name == "quit")
        #expect(SessionCommands.find("ＨＥＬＰ")?.name == "help")
        #expect(SessionCommands.find("quitt") == nil)
    }

    @Test func stepConclusionsComeFromTheReport() {
        var session = Session(workbook: Samples.workedExample(.zh), mode: .demo, language: .zh)
        _ = session.start()
        let reply = session.handle(.line("goto 3"), disk: nil)
        let report = TextReport(workbook: session.workbook, analysis: Analysis(session.workbook), strings: strings(.zh))
        #expect(reply.lines.contains("关键体验：便利性（−18）、产品（−6）"))
        #expect(report.section(3).allSatisfy(reply.lines.contains))
        #expect(session.position == .question(step: 4, index: 0))
    }
}

/// `req add X` trapped (arithmetic overflow) with an existing id R9223372036854775807; KPI ids the same.
@Suite struct NextIdentifierTests {
    @Test func nextIdsAreTotal() {
        var w = Samples.workedExample(.en)
        w.requirements[0].id = "R9223372036854775807"
        #expect(Identifiers.nextRequirement(in: w) == "R1")
        w.requirements[1].id = "R1"
        #expect(Identifiers.nextRequirement(in: w) == "R2", "the smallest number not in use")
        w.requirements[0].kpis[0].id = "K9223372036854775807"
        #expect(Identifiers.nextKPI(in: w) == "K1")
        #expect(Identifiers.next(["R-5", "R0"], prefix: "R") == 1)
        #expect(Identifiers.next(["R2", "R99999999999999999999"], prefix: "R") == 3)
    }

    @Test func reqAddInASessionDoesNotTrap() {
        var w = Samples.workedExample(.en)
        w.requirements[0].id = "R9223372036854775807"
        var replay = SessionReplay(.open("x.cem.json", sample: w, .en), interactive: false)
        replay.run(["req add Late checkout", "kpi add R1 Complaints"])
        #expect(replay.session.refused == 0)
        #expect(replay.session.workbook.requirements.last?.id == "R1")
    }
}

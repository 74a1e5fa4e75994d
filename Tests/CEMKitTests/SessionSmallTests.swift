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
        #expect(replay.text.replacing("\n", with: "").contains("「也许」不是可选项；请输入 ready（已具备）、adjust（需调整）、build（需新建） 或其序号。"))
    }
}

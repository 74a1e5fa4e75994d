// Small defects a consultant meets in the session, each pinned by the test that found it: the what-if's
// words for a poll basis dropped, the minutes keeping whole answers, the session split by concern.

@testable import CEMKit
import Testing

@Suite struct WhatIfPollRemovedTests {
    /// A workbook whose convenience experience is the mean of a poll (its basis kept beside it).
    static func polled(_ language: Language) throws -> Workbook {
        var w = Samples.workedExample(language)
        let i = try #require(w.factors.firstIndex { $0.id == "convenience" })
        w.factors[i].experience = 5.8
        w.factors[i].poll = [(.experience, PollStat(n: 5, mean: 5.8, sd: 2.588435821, min: 3, max: 9))]
        return w
    }

    /// `set` moves a polled score in a what-if: commit drops the poll, and the summary says it was removed.
    @Test(arguments: Language.allCases)
    func theSummarySaysThePollWasRemoved(language: Language) throws {
        let w = try Self.polled(language)
        var replay = SessionReplay(.open("s.cem.json", sample: w, language), interactive: true)
        let lines = language == .en ? ["what-if", "set convenience experience 7"] : ["推演", "设定 便利性 体验 7"]
        replay.run(lines)
        let text = replay.text
        switch language {
        case .en:
            #expect(text.contains("Convenience (convenience): workshop poll of experience removed"), "\(text)")
            #expect(!text.contains("workshop poll changed"))
        case .zh:
            #expect(text.contains("便利性（convenience）：已删除体验的研讨投票依据"), "\(text)")
            #expect(!text.contains("投票依据已改变"))
        }
    }

    /// The same words in `cem diff`; a poll that is added or whose figures change is still "changed".
    @Test func theDiffSaysRemovedOnlyWhenABasisWentAway() throws {
        let old = try Self.polled(.en)
        var new = old
        new.factors[3].experience = 7
        new.factors[3].poll = []
        let removed = DiffReport(WorkbookDiff(old: old, new: new), language: .en).text(old: "a", new: "b")
        #expect(removed.contains("  Convenience (convenience): workshop poll of experience removed\n"))
        let added = DiffReport(WorkbookDiff(old: new, new: old), language: .en).text(old: "a", new: "b")
        #expect(added.contains("  Convenience (convenience): workshop poll changed\n"))
        var other = old
        other.factors[3].poll = [(.experience, PollStat(n: 6, mean: 5.8, sd: 2, min: 3, max: 9))]
        let changed = DiffReport(WorkbookDiff(old: old, new: other), language: .zh).text(old: "a", new: "b")
        #expect(changed.contains("  Convenience（convenience）：研讨投票依据已改变\n"))
    }
}

@Suite struct TemplateQuestionNamesTests {
    /// The session's template question in Chinese shows each template's Chinese name beside its id,
    /// and the id is still what is typed.
    @Test func theChineseQuestionNamesEachTemplate() {
        var replay = SessionReplay(.newAskingTemplate("h.cem.json", .zh))
        #expect(replay.text.contains("\n  1  retail（零售） — 产品、服务、关系、便利性、品牌形象、价格\n"), "\(replay.text)")
        #expect(replay.text.contains("\n  3  hotel（酒店） — 预订"))
        replay.run(["hotel"])
        #expect(replay.text.contains("将在此用 hotel 模板（7 个因素）新建工作簿"))
        var en = SessionReplay(.newAskingTemplate("h.cem.json", .en))
        #expect(en.text.contains("\n  1  retail — Product, Service"), "\(en.text)")
        en.run(["2"])
    }
}

@Suite struct MinutesKeepWholeAnswersTests {
    static let rationale = "The branch network is our strongest asset, and the client said twice that queueing at lunchtime loses them the customers who matter most"
    static let statement = "People come to us because we are on their street, we know their names, and we fix what we sell without sending it away"

    /// Long answers (a rationale, the brand statement) reach the minutes whole, though the terminal
    /// shows them shortened; both by command and by answering the walk's question.
    @Test func longAnswersReachTheMinutesWhole() throws {
        var w = Samples.workedExample(.en)
        w.brandStatement = ""
        let replay = roomReplay(.open("m.cem.json", sample: w, .en), [
            Self.statement, "req edit R1 decision pursue", "req edit R1 rationale " + Self.rationale, "minutes",
        ])
        let minutes = String(decoding: try #require(replay.disk["m.minutes.md"], "\(replay.text)"), as: UTF8.self)
        #expect(minutes.contains("\n- Brand statement (why customers come to you): — → " + Self.statement + "\n"))
        #expect(minutes.contains("\n- R1 · Rationale = " + Self.rationale + "\n"))
        #expect(minutes.contains(": pursue — " + Self.rationale + "\n"))
        #expect(!minutes.contains("…"), "nothing in the minutes is cut")
        // The terminal still shows the short form.
        #expect(replay.text.contains("…"))
    }
}

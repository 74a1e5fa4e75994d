// The pieces of the workshop room: poll lines parsed, the poll basis in the format (canonical round
// trip, schema, diff), disagreement, the short diff summary a what-if prints, and leaving a what-if in a script.

@testable import CEMKit
import Testing

@Suite struct PollParsingTests {
    let scale = Scale.standard

    @Test func asciiFullWidthAndChineseSeparators() {
        #expect(PollScores.parse("7 8 6 9 5", scale: scale) == .success([7, 8, 6, 9, 5]))
        #expect(PollScores.parse("７，８、６；9　5", scale: scale) == .success([7, 8, 6, 9, 5]))
        #expect(PollScores.parse("6．5 7 6。5", scale: scale) == .success([6.5, 7, 6.5]))
        #expect(PollScores.parse("7,5", scale: scale) == .success([7, 5]), "in a poll a comma separates")
        #expect(PollScores.parse(" 8 ,, 9 ;  10 ", scale: scale) == .success([8, 9, 10]))
    }

    @Test func badTokensAreNamedByPosition() {
        #expect(PollScores.parse("7 x 6", scale: scale) == .failure(.notANumber(position: 2, text: "x")))
        #expect(PollScores.parse("9 七 8", scale: scale) == .failure(.notANumber(position: 2, text: "七")))
        #expect(PollScores.parse("12 3", scale: scale) == .failure(.outOfScale(position: 1, value: 12, scale: scale)))
        #expect(PollScores.parse("7", scale: scale) == .failure(.tooFew(count: 1)))
        #expect(PollScores.parse("", scale: scale) == .failure(.tooFew(count: 0)))
        #expect(SessionWords(.en).pollRefusal(.notANumber(position: 2, text: "x"))
                == "score 2, 'x', is not a number; type everyone's scores separated by spaces or commas, e.g. 7 8 6 9 5.")
        #expect(SessionWords(.zh).pollRefusal(.notANumber(position: 2, text: "七"))
                == "第 2 个分数“七”不是数字；请输入各人的分数，用空格、逗号或顿号（、）分隔，例如 7 8 6 9 5。")
    }

    @Test func statisticsAndDisagreement() throws {
        let stat = try #require(PollStat(scores: [3, 9, 5, 8, 4]))
        #expect(stat == PollStat(n: 5, mean: 5.8, sd: 2.588435821, min: 3, max: 9))
        #expect(PollBasis.disagrees(stat, scale: .standard))
        // The threshold scales with the scale: 2 on 0–10 is 1 on 1–6 and 20 on 0–100.
        #expect(PollBasis.threshold(Scale(min: 1, max: 6)) == 1)
        #expect(PollBasis.threshold(Scale(min: 0, max: 100)) == 20)
        #expect(!PollBasis.disagrees(stat, scale: Scale(min: 0, max: 100)))
        // Exactly 2 is not above the threshold.
        #expect(!PollBasis.disagrees(PollStat(n: 2, mean: 5, sd: 2, min: 3.59, max: 6.41), scale: .standard))
    }

    @Test func disagreementsListsEveryDisputedScore() throws {
        var w = Samples.workedExample(.en)
        let i = try #require(w.factors.firstIndex { $0.id == "convenience" })
        w.factors[i].poll = [(.experience, PollStat(n: 4, mean: 5, sd: 0.8, min: 4, max: 6)),
                             (.importance, try #require(PollStat(scores: [2, 9, 3, 10])))]
        w.factors[0].poll = [(.ideal, try #require(PollStat(scores: [1, 10])))]
        let found = PollBasis.disagreements(in: w)
        #expect(found.map(\.factor) == ["product", "convenience"])
        #expect(found.map(\.measure) == [.ideal, .importance])
        #expect(found[1].threshold == 2)
    }
}

@Suite struct PollFormatTests {
    func polled() throws -> Workbook {
        var w = Samples.workedExample(.zh)
        let i = try #require(w.factors.firstIndex { $0.id == "convenience" })
        w.factors[i].experience = 5.8
        w.factors[i].poll = [(.experience, PollStat(n: 5, mean: 5.8, sd: 2.588435821, min: 3, max: 9))]
        return w
    }

    @Test func canonicalRoundTripWithThePollBasis() throws {
        let w = try polled()
        let bytes = WorkbookWriter.bytes(w)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("""
              "notes": "店铺数目不足",
              "poll": {
                "experience": {
                  "n": 5,
                  "mean": 5.8,
                  "sd": 2.588435821,
                  "min": 3,
                  "max": 9
                }
              }
            }
        """))
        let read = try WorkbookReader.read(bytes)
        #expect(read == w)
        #expect(WorkbookWriter.bytes(read) == bytes)
        // Without a poll the key is not written, so older files are unchanged.
        #expect(!String(decoding: WorkbookWriter.bytes(Samples.workedExample(.zh)), as: UTF8.self).contains("\"poll\""))
    }

    @Test func aBadPollIsRefusedWithItsPath() throws {
        let text = String(decoding: WorkbookWriter.bytes(try polled()), as: UTF8.self)
        let bad = text.replacingOccurrences(of: "\"experience\": {\n          \"n\": 5", with: "\"experince\": {\n          \"n\": 5")
        #expect(bad != text)
        #expect(throws: (any Error).self) { try WorkbookReader.read(Array(bad.utf8)) }
        let noMean = text.replacingOccurrences(of: "\"mean\": 5.8,\n", with: "")
        #expect(throws: (any Error).self) { try WorkbookReader.read(Array(noMean.utf8)) }
        // A participant's score outside the scale is refused where it is.
        let outside = text.replacingOccurrences(of: "\"max\": 9\n", with: "\"max\": 12\n")
        #expect(outside != text)
        do {
            _ = try WorkbookReader.read(Array(outside.utf8))
            Issue.record("a poll max of 12 on 0–10 was read")
        } catch {
            #expect(error.diagnostics.map(\.path) == ["factors[3].poll.experience.max"])
        }
    }

    @Test func theSchemaDescribesThePoll() {
        #expect(WorkbookSchema.keysWithoutSchema() == [])
        let text = WorkbookSchema.text()
        #expect(text.contains("\"pollStat\": {"))
        #expect(text.contains("\"$ref\": \"#/$defs/pollStat\""))
    }

    @Test func diffSaysThePollChanged() throws {
        let w = try polled()
        var old = w
        old.factors[3].poll = []
        let text = DiffReport(WorkbookDiff(old: old, new: w), language: .en).text(old: "a", new: "b")
        #expect(text.contains("  便利性 (convenience): workshop poll changed\n"))
    }

    @Test func closingACycleEmptiesThePolls() throws {
        let closed = try CycleCloser.close(try polled(), on: "2025-07-01").get()
        #expect(closed.factors.allSatisfy { $0.poll.isEmpty })
        #expect(closed.history[0].factors[3].poll.count == 1)
    }
}

@Suite struct WhatIfSummaryTests {
    @Test func theMethodsTermsAgainstTheSavedWorkbook() {
        let saved = Samples.workedExample(.en)
        var w = saved
        w.factors[3].experience = 7
        let en = DiffReport(WorkbookDiff(old: saved, new: w), language: .en).summary()
        #expect(en == [
            "Convenience satisfaction −2 → 0, weighted satisfaction −18 → 0, gap −5 → −3",
            "key experience now Product",
            "R1 priority 45 → 27",
            "R3 priority 45 → 27",
        ])
        let zhSaved = Samples.workedExample(.zh)
        var zh = zhSaved
        zh.factors[3].experience = 7
        #expect(DiffReport(WorkbookDiff(old: zhSaved, new: zh), language: .zh).summary() == [
            "便利性 满意度 −2 → 0、加权满意度 −18 → 0、差距 −5 → −3",
            "关键体验现为产品",
            "R1 优先级 45 → 27",
            "R3 优先级 45 → 27",
        ])
    }

    @Test func noKeyExperienceAndOtherChanges() {
        let saved = Samples.workedExample(.en)
        var w = saved
        w.factors[0].expectation = 6
        w.factors[3].expectation = 5
        w.factors[5].brandValue = 3
        w.title = "What if"
        let items = DiffReport(WorkbookDiff(old: saved, new: w), language: .en).summary()
        #expect(items.contains("no key experience now"))
        #expect(items.contains("Price brand value 9 → 3"))
        #expect(items.contains { $0.contains("What if") })
        #expect(DiffReport(WorkbookDiff(old: saved, new: saved), language: .en).summary() == [])
    }
}

@Suite struct WhatIfScriptTests {
    /// A script that ends inside a what-if with changes: nothing is written, it says so, exit code 1.
    @Test func aScriptEndingInAWhatIfKeepsNothing() {
        var replay = SessionReplay(.open("s.cem.json", sample: Samples.workedExample(.en), .en), interactive: false)
        let before = replay.disk["s.cem.json"]
        replay.run(["what-if", "set convenience experience 9"])
        #expect(replay.disk["s.cem.json"] == before)
        #expect(replay.text.contains("The what-if's changes were not kept and were not written."))
        #expect(replay.session.refused == 1)
        #expect(replay.session.lost)
        #expect(replay.session.isOver)
    }

    /// On a terminal, end of input at the keep-discard-stay question leaves without keeping (it never loops).
    @Test func endOfInputAtTheQuestionDiscards() {
        var replay = SessionReplay(.open("s.cem.json", sample: Samples.workedExample(.zh), .zh), interactive: true)
        let before = replay.disk["s.cem.json"]
        replay.run(["推演", "设定 便利性 体验 9", "!eof", "!eof"])
        #expect(replay.disk["s.cem.json"] == before)
        #expect(replay.text.contains("推演还有未保留的改动。"))
        #expect(replay.text.contains("推演的改动没有保留，也没有写入文件。"))
        #expect(replay.session.isOver)
        #expect(replay.session.lost, "exit code 1: changes ended unwritten")
    }

    /// `keep` goes through the usual check of the file on disk: changed meanwhile, it is offered reload,
    /// overwrite or save as, and nothing is overwritten unasked.
    @Test func keepingAfterTheFileChangedOnDisk() throws {
        var replay = SessionReplay(.open("s.cem.json", sample: Samples.workedExample(.en), .en), interactive: true)
        for line in ["what-if", "set convenience importance 5", "!disk-title Pulled", "keep"] { replay.feed(line) }
        #expect(replay.text.contains("Kept the what-if's changes as one change"))
        #expect(replay.session.prompt == SessionWords(.en).conflictPrompt)
        var w = try WorkbookReader.read(try #require(replay.disk["s.cem.json"]))
        #expect(w.title == "Pulled" && w.factor(id: "convenience")?.importance == 9)
        replay.run(["overwrite", "quit"])
        w = try WorkbookReader.read(try #require(replay.disk["s.cem.json"]))
        #expect(w.factor(id: "convenience")?.importance == 5)
        #expect(!replay.session.inWhatIf)
    }

    /// Discarding a what-if that added a factor, while asking about that factor, asks a question that exists.
    @Test func discardingWhileAskingAboutAFactorOnlyTheWhatIfHad() {
        var replay = SessionReplay(.open("s.cem.json", sample: Samples.workedExample(.en), .en), interactive: true)
        for line in ["goto 4", "what-if", "factor add Delivery", "5", "6", "7", "8", "9", "10"] { replay.feed(line) }
        #expect(replay.session.prompt.hasPrefix("[what-if] Delivery · Ideal"))
        replay.feed("discard")
        #expect(replay.session.workbook == Samples.workedExample(.en))
        #expect(replay.session.position == .question(step: 5, index: 0))
        #expect(replay.disk["s.cem.json"] == WorkbookWriter.bytes(Samples.workedExample(.en)))
    }

    /// Without changes a what-if ends quietly.
    @Test func anEmptyWhatIfEndsQuietly() {
        var replay = SessionReplay(.open("s.cem.json", sample: Samples.workedExample(.en), .en), interactive: true)
        replay.run(["what-if", "quit"])
        #expect(!replay.text.contains("not kept"))
        #expect(replay.session.refused == 0 && !replay.session.lost)
    }

    /// Changes made in a what-if never produce a write, whatever the command.
    @Test func noWriteInsideAWhatIf() {
        var s = Session(workbook: Samples.workedExample(.en), mode: .file("w.cem.json"), bytes: WorkbookWriter.bytes(Samples.workedExample(.en)),
                        language: .en)
        let disk = WorkbookWriter.bytes(Samples.workedExample(.en))
        _ = s.start()
        for line in ["what-if", "set convenience experience 9", "poll price importance 1 2 3", "factor add Delivery", "undo", "redo",
                     "req remove R3", "y", "save", "save as x.cem.json"] {
            #expect(s.handle(.line(line), disk: disk).write == nil, "\(line)")
        }
        #expect(s.prompt.hasPrefix("[what-if] "))
        #expect(s.handle(.line("keep"), disk: disk).write != nil)
        #expect(!s.prompt.hasPrefix("[what-if] "))
    }
}

@Suite struct PollMergeTests {
    /// Two rooms polled different scores of one factor: the merge keeps both polls and both means.
    @Test func pollsOfDifferentScoresMerge() throws {
        let i = Merging.index(Merging.base, "convenience")
        let experience = try #require(PollStat(scores: [6, 7, 8]))
        let importance = try #require(PollStat(scores: [8, 9]))
        let ours = Merging.edited {
            $0.factors[i].experience = experience.mean
            $0.factors[i].poll = [(.experience, experience)]
        }
        let theirs = Merging.edited {
            $0.factors[i].importance = importance.mean
            $0.factors[i].poll = [(.importance, importance)]
        }
        let merged = try Merging.clean(ours, theirs)
        #expect(merged.factors[i].pollStat(.experience) == experience)
        #expect(merged.factors[i].pollStat(.importance) == importance)
        #expect(merged.factors[i].experience == 7 && merged.factors[i].importance == 8.5)
    }

    /// The same score polled differently on both sides is a conflict, not a silent choice.
    @Test func theSameScorePolledTwiceConflicts() throws {
        let i = Merging.index(Merging.base, "convenience")
        let a = try #require(PollStat(scores: [6, 7, 8])), b = try #require(PollStat(scores: [2, 4]))
        let ours = Merging.edited { $0.factors[i].experience = a.mean; $0.factors[i].poll = [(.experience, a)] }
        let theirs = Merging.edited { $0.factors[i].experience = b.mean; $0.factors[i].poll = [(.experience, b)] }
        #expect(!Merging.merge(ours, theirs).isClean)
    }
}

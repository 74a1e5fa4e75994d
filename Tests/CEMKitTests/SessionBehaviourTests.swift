// The session's `encounter` and `experiment` commands, replayed from transcripts in both languages.

import CEMKit
import Testing

@Suite struct SessionBehaviourTests {
    @Test func encounterAndExperimentCommandsInEnglish() throws {
        let sample = Samples.insurerHotline(.en)
        let replay = try Transcripts.check("encounter.en", .open("i.cem.json", sample: sample, .en))
        let w = try WorkbookReader.read(try #require(replay.disk["i.cem.json"]))
        // The old call is back in its order (undo), the new interaction reordered as proposed.
        #expect(w.encounter(id: "call-before") == sample.encounter(id: "call-before"))
        let visit = try #require(w.encounter(id: "I1"))
        #expect(visit.moments.map(\.id) == ["m1", "m2", "m4", "m5", "m3"])
        #expect(visit.moments.map(\.feeling) == [1, -1, -2, -1, 2])
        #expect(visit.repeats == false && visit.requirements == ["R1"] && visit.samePerson == nil)
        #expect(w.experiments.map(\.id) == ["E1", "E2", "E3", "E4"])
        #expect(w.experiments[3].test == .mean(n: 40, mean: 82, sd: 10) && w.experiments[3].encounter == "I1")
        #expect(w.encounter(id: "call-after") != nil)
    }

    @Test func encounterAndExperimentCommandsInChinese() throws {
        let replay = try Transcripts.check("encounter.zh", .open("i.cem.json", sample: Samples.insurerHotline(.zh), .zh))
        let w = try WorkbookReader.read(try #require(replay.disk["i.cem.json"]))
        #expect(w.encounter(id: "I1")?.moments.map(\.id) == ["m1", "m2", "m3", "m4", "m5"])
        #expect(w.experiments.last?.test == .proportion(n: 60, successes: 30))
    }
}

@Suite struct SessionBehaviourRefusalTests {
    /// A workbook without interactions: a number, an unknown id or a bad experiment is refused, never a trap.
    @Test func refusalsOnAWorkbookWithoutInteractions() {
        var replay = SessionReplay(.open("m.cem.json", sample: Samples.workedExample(.en), .en), interactive: false)
        replay.run(["goto 2", "encounter check 1"])
        #expect(replay.session.refused == 1)
        #expect(replay.text.contains("There is no interaction '1'. `encounter` lists them."))
        var more = SessionReplay(.open("m.cem.json", sample: Samples.workedExample(.en), .en), interactive: false)
        more.run(["goto 2", "encounter", "experiment", "encounter add Visit", "encounter order 1", "encounter check 1",
                  "encounter moment 1 Welcome 5"])
        #expect(more.text.contains("No interactions yet; `encounter add NAME` adds one."))
        #expect(more.text.contains("No experiments yet; `experiment add LINK METRIC` adds one."))
        #expect(more.text.contains("Visit (I1, 0 moments) against the five principles:"))
        #expect(more.text.contains("? 1 Get the bad over early — cannot tell: there are no moments yet."))
        #expect(more.text.contains("'5' is not a feeling"))
        #expect(more.session.refused == 1)
    }
}

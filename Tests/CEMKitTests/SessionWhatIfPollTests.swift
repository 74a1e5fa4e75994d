// The workshop room: what-if (a sandbox that writes nothing until kept) and polls (participants' scores,
// their basis in the workbook, disagreement flagged), replayed from transcripts and checked piece by piece.

@testable import CEMKit
import Testing

@Suite struct SessionWhatIfPollTests {
    static let path = "meisu.cem.json"

    @Test(arguments: Language.allCases)
    func whatIfKeepDiscardAndQuit(language: Language) throws {
        let sample = Samples.workedExample(language)
        let replay = try Transcripts.check("whatif.\(language.rawValue)", .open(Self.path, sample: sample, language))
        let w = try WorkbookReader.read(try #require(replay.disk[Self.path]))
        #expect(replay.disk.keys.sorted() == [Self.path], "a what-if writes no other file")
        switch language {
        case .en:
            // The kept importance 5 was undone and redone; the price change was discarded on leaving.
            #expect(w.factor(id: "convenience")?.importance == 5)
            #expect(w.factor(id: "convenience")?.experience == 5)
            #expect(w.factor(id: "price")?.brandValue == 9)
        case .zh:
            // The first what-if was kept then undone; the second was kept on leaving.
            #expect(w.factor(id: "convenience")?.ideal == 10)
            #expect(w.factor(id: "product")?.experience == 6)
            #expect(w.factor(id: "convenience")?.experience == 10)
        }
    }

    @Test(arguments: Language.allCases)
    func pollsStoreTheMeanAndTheirBasis(language: Language) throws {
        let sample = Samples.workedExample(language)
        let replay = try Transcripts.check("poll.\(language.rawValue)", .open(Self.path, sample: sample, language))
        let w = try WorkbookReader.read(try #require(replay.disk[Self.path]))
        let convenience = try #require(w.factor(id: "convenience"))
        switch language {
        case .en:
            // Experience was polled, then set by hand: the poll basis went with it.
            #expect(convenience.experience == 5)
            #expect(convenience.pollStat(.experience) == nil)
            #expect(convenience.expectation == 5.8)
            #expect(convenience.pollStat(.expectation) == PollStat(n: 5, mean: 5.8, sd: 2.588435821, min: 3, max: 9))
            // Product's importance was polled (8.75 from 9 9 8 9), then undone with its basis.
            #expect(replay.text.contains("Product · Importance: 8.75 (mean of a poll of 4, sd 0.5, 8–9)"))
            #expect(w.factor(id: "product")?.importance == 6)
            #expect(w.factor(id: "product")?.pollStat(.importance) == nil)
            #expect(replay.text.contains("  Convenience            7        5.8 !           1.2           9"))
            #expect(w.factor(id: "service")?.pollStat(.importance) == nil, "skipped, then the walk went back and stopped")
            #expect(w.factor(id: "price")?.pollStat(.brandValue) == PollStat(n: 3, mean: 9, sd: 1, min: 8, max: 10))
        case .zh:
            #expect(convenience.pollStat(.experience) == PollStat(n: 5, mean: 7, sd: 1.58113883, min: 5, max: 9))
            #expect(convenience.expectation == 6.666666667)
            #expect(convenience.pollStat(.importance)?.n == 4)
            #expect(w.factor(id: "product")?.ideal == 9.666666667)
            #expect(w.factor(id: "service")?.pollStat(.ideal) == PollStat(n: 2, mean: 7, sd: 1.414213562, min: 6, max: 8))
            #expect(w.factor(id: "relationship")?.pollStat(.ideal) == nil, "Enter skipped it")
            #expect(w.factor(id: "price")?.pollStat(.ideal) == nil, "the walk went back and stopped")
            #expect(PollBasis.disagreements(in: w).map(\.factor) == ["convenience", "brand-image"])
        }
    }
}

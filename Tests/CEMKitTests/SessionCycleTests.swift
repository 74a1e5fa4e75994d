import CEMKit
import Foundation
import Testing

/// `cycle close` and `compare` inside the session, with the previous cycle's scores offered as defaults.
@Suite struct SessionCycleTests {
    @Test func closeACycleTakeDefaultsAndCompare() throws {
        let replay = try Transcripts.check("cycle.en", .open("w.cem.json", sample: Samples.workedExample(.en), .en))
        let w = try WorkbookReader.read(replay.disk["w.cem.json"]!)
        #expect(w.cycle == 2)
        #expect(w.history.map(\.cycle) == [1])
        #expect(w.history[0].closedOn == "2025-06-30")
        #expect(w.history[0].factors.map(\.experience) == [6, 6, 4, 5, 7, 7])
        // Enter took cycle 1's brand value for the first factor; the rest stay empty until asked.
        #expect(w.factors.map(\.brandValue) == [6, nil, nil, nil, nil, nil])
        // `set` changed convenience's experience to 8; the final `undo` took it back.
        #expect(w.factor(id: "convenience")?.experience == nil)
        #expect(replay.text.contains("  Convenience   5 → 8 ↑ +3  −2 → —"))
        #expect(w.brandStatement == Samples.workedExample(.en).brandStatement)
        // The refused lines: no date (the replay's shell gives none), a bad verb, a date before the previous close.
        #expect(replay.session.refused == 3)
        let text = replay.text
        #expect(text.contains("give the closing date, e.g. cycle close 2025-12-31"))
        #expect(text.contains("Usage: cycle close [YYYY-MM-DD] [--force]"))
        #expect(text.contains("— · cycle 1: 6, Enter keeps it"))
        #expect(text.contains("w.cem.json: cycle 1 closed on 2025-06-30"))
    }
}

@Suite struct SessionChartTests {
    @Test func chartDrawsTheTwoTerminalCharts() throws {
        let replay = try Transcripts.check("chart.zh", .demo(.zh))
        #expect(replay.session.refused == 0)
        #expect(replay.text.contains("  便利性    ██████████████████████████████"))
        #expect(replay.text.contains("◀ 关键体验"))
    }
}

// `cem report --format slide`, `cem chart --kind summary` and `cem chart --kind trend`, with and without history.

import CEMKit
import Foundation
import Testing

@Suite struct ReportMoreCommandTests {
    /// The English sample closed once, with convenience improved in the current cycle.
    func twoCycles(in folder: URL) throws {
        var w = Samples.workedExample(.en)
        w.history = [Cycle(cycle: 1, closedOn: "2025-06-30", brandStatement: w.brandStatement, factors: w.factors,
                           requirements: w.requirements)]
        w.cycle = 2
        w.factors[3].experience = 8
        try Data(WorkbookWriter.bytes(w)).write(to: folder.appendingPathComponent("two.cem.json"))
    }

    @Test func slideToAFileAndSummaryChartAreTheSame() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let epoch = ["SOURCE_DATE_EPOCH": "1751241600"]
        let out = folder.appendingPathComponent("deck.svg")
        let run = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "slide", "-o", out.path], environment: epoch)
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1920\" height=\"1080\""))
        #expect(svg.contains(">Cycle 1 · Date 2025-06-30</text>"))
        // Writing it again replaces the earlier slide without --force.
        #expect(try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "slide", "-o", out.path], environment: epoch).status == 0)
        let chart = try Cem.call(["chart", "workbooks/meisu.en.cem.json", "--kind", "summary"], environment: epoch)
        #expect(chart.status == 0)
        #expect(chart.stdout == svg)
    }

    @Test func trendNeedsAClosedCycle() throws {
        let run = try Cem.call(["chart", "workbooks/meisu.en.cem.json", "--kind", "trend"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "workbooks/meisu.en.cem.json: no closed cycle yet, so there is no trend to draw. Close one first with `cem cycle close workbooks/meisu.en.cem.json`.\n")
        let zh = try Cem.call(["chart", "workbooks/meisu.zh.cem.json", "--kind", "trend"])
        #expect(zh.status == 1)
        #expect(zh.stderr == "workbooks/meisu.zh.cem.json：还没有已结束的周期，无法画出趋势。请先用 `cem cycle close workbooks/meisu.zh.cem.json` 结束一个周期。\n")
    }

    @Test func trendChartAndReportSection() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try twoCycles(in: folder)
        let chart = try Cem.call(["chart", "two.cem.json", "--kind", "trend"], in: folder)
        #expect(chart.status == 0, "\(chart.stderr)")
        #expect(chart.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(chart.stdout.contains(">−0.6667</text>"))
        #expect(chart.stdout.contains(">0.0833</text>"))
        let md = try Cem.call(["report", "two.cem.json", "--format", "markdown"], in: folder)
        #expect(md.status == 0)
        #expect(md.stdout.contains("| 1 | 2025-06-30 | −0.5 | −0.6667 | Convenience |\n| 2 (current) | — | 0 | 0.0833 | Product |\n"))
    }
}

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
        #expect(chart.stdout.contains(">−0.67</text>"))
        #expect(chart.stdout.contains(">0.08</text>"))
        let md = try Cem.call(["report", "two.cem.json", "--format", "markdown"], in: folder)
        #expect(md.status == 0)
        #expect(md.stdout.contains("| 1 | 2025-06-30 | −0.5 | −0.67 | Convenience |\n| 2 (current) | — | 0 | 0.08 | Product |\n"))
    }

    @Test func surveyEvidenceShowsDerivedImportanceAndNeverWritesTheWorkbook() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("w.cem.json")
        let bytes = Data(WorkbookWriter.bytes(Samples.workedExample(.en)))
        try bytes.write(to: workbook)
        // Four answers three times over: the same survey the import's test derives importance from.
        let csv = "id,experience.product,experience.convenience,overall\n"
            + String(repeating: "1,6,6,9\n2,4,6,5\n3,6,4,3\n4,4,4,3\n", count: 3)
        try Data(csv.utf8).write(to: folder.appendingPathComponent("survey.csv"))
        let md = try Cem.call(["report", "w.cem.json", "--survey", "survey.csv", "--format", "markdown"], in: folder)
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.contains("""
            ## Survey evidence: derived importance (survey.csv)

            Derived importance (key drivers of overall satisfaction): n = 12, R² = 0.83

            | Factor | Stated | r | Weight | Share of R² | Derived | VIF |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: |
            | Product | — | 0.41 | 0.17 | 20% | 2.5 | 1 |
            | Convenience | — | 0.82 | 0.67 | 80% | 10 | 1 |

            """))
        #expect(md.stdout.contains("> **warning: only 12 respondents; at least 30"))
        #expect(md.stdout.range(of: "## Survey evidence")!.lowerBound < md.stdout.range(of: "## Appendix")!.lowerBound)
        #expect(try Data(contentsOf: workbook) == bytes)
        let html = try Cem.call(["report", "w.cem.json", "--survey", "survey.csv", "--format", "html"], in: folder)
        #expect(html.stdout.contains("<section class=\"survey\">\n<h2>Survey evidence: derived importance (survey.csv)</h2>"))

        let missing = try Cem.call(["report", "w.cem.json", "--survey", "nope.csv"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr == "nope.csv: cannot be read (No such file or directory)\n")
        try Data("id,experience.product\n1,6\n".utf8).write(to: folder.appendingPathComponent("tiny.csv"))
        let noOverall = try Cem.call(["report", "w.cem.json", "--survey", "tiny.csv"], in: folder)
        #expect(noOverall.status == 0)
        #expect(noOverall.stdout.contains("The survey has no overall column (or no experience column), so no importance can\nbe derived."))
    }

    @Test func segmentsAreTheSegmentsCommandsTables() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(WorkbookWriter.bytes(Samples.workedExample(.en))).write(to: folder.appendingPathComponent("w.cem.json"))
        try FileManager.default.copyItem(at: Cem.root.appendingPathComponent("Tests/fixtures/survey/basic.csv"),
                                         to: folder.appendingPathComponent("survey.csv"))
        let md = try Cem.call(["report", "w.cem.json", "--segments", "survey.csv", "--by", "region", "--format", "markdown"], in: folder)
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.contains("""
            ## Survey evidence: segments by “region” (survey.csv)

            All respondents  (n = 4)

            | Factor | Experience | n | Expectation | n | Satisfaction |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Product | 6 | 3 | 7.25 | 4 | −1.25 |
            | Convenience | 5 | 4 | 7 | 4 | −2 |

            region = north  (n = 2)

            | Factor | Experience | n | Expectation | n | Satisfaction | vs rest |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: |
            | Product | 6.5 | 2 | 7.5 | 2 | −1 | — |
            | Convenience | 4.5 | 2 | 7.5 | 2 | −3 | −1 ± 3.04 |

            region = south  (n = 2)

            | Factor | Experience | n | Expectation | n | Satisfaction | vs rest |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: |
            | Product | 5 | 1 | 7 | 2 | −2 | — |
            | Convenience | 5.5 | 2 | 6.5 | 2 | −1 | +1 ± 3.04 |

            Satisfaction = mean experience − mean expectation (computed by the engine); n is the number of respondents who answered.

            vs rest: the segment's mean experience − the other respondents' ± half the 95% interval (Welch's t test); \\* significant at 5% (as cem segments shows it); t, df and p: cem segments survey.csv --by region --format json.

            ## Appendix
            """))
        // The same figures as `cem segments`.
        let segments = try Cem.call(["segments", "survey.csv", "--by", "region", "--into", "w.cem.json"], in: folder)
        #expect(segments.stdout.contains("  Product             6.5  2          7.5  2            −1              —\n"))
        #expect(segments.stdout.contains("  Convenience         4.5  2          7.5  2            −3  −1 ± 3.0424  \n"))
        #expect(segments.stdout.contains("  Convenience         5.5  2          6.5  2            −1  +1 ± 3.0424  \n"))

        let noBy = try Cem.call(["report", "w.cem.json", "--segments", "survey.csv"], in: folder)
        #expect(noBy.status == 2)
        #expect(noBy.stderr.hasPrefix("cem: missing --by COLUMN. Usage: cem report FILE"))
        let noSurvey = try Cem.call(["report", "w.cem.json", "--by", "region"], in: folder)
        #expect(noSurvey.status == 2)
        #expect(noSurvey.stderr.hasPrefix("cem: missing --segments SURVEY.csv. Usage: cem report FILE"))
        let badColumn = try Cem.call(["report", "w.cem.json", "--segments", "survey.csv", "--by", "nope"], in: folder)
        #expect(badColumn.status == 1)
        #expect(badColumn.stdout.isEmpty)
        #expect(badColumn.stderr == "survey.csv: --by: the file has no column 'nope'\n")
    }
}

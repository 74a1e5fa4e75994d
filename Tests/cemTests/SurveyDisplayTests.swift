import Foundation
import Testing

/// After `cem import`, step 2 of show (and so of the session and the reports) gives n and the 95% interval.
@Suite struct SurveyDisplayTests {
    /// Paired satisfaction (5−7, 6−8, 4−7: mean −7/3, sd 0.577350269) is shown with its interval.
    @Test func showGivesTheSurveyBasisOfStep2() throws {
        let folder = try Cem.temporaryFolder()
        #expect(try Cem.call(["new", "s.cem.json"], in: folder).status == 0)
        let csv = "id,experience.convenience,expectation.convenience,importance.convenience\n1,5,7,9\n2,6,8,8\n3,4,7,9\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("s.csv"))
        #expect(try Cem.call(["import", "s.csv", "--into", "s.cem.json"], in: folder).status == 0)
        let run = try Cem.call(["show", "s.cem.json", "--step", "2"], in: folder)
        #expect(run.stdout.contains("""
        Survey basis of the scores (n respondents, mean, 95% confidence interval)
          Factor       Measure                n   Mean      95% CI
          ───────────  ─────────────────────  ─  ─────  ──────────
          Convenience  Experience             3      5   2.52–7.48
          Convenience  Expectation            3   7.33    5.9–8.77
          Convenience  Importance             3   8.67   7.23–10.1
          Convenience  Satisfaction (paired)  3  −2.33  −3.77–−0.9

        """))
        // No survey, no table.
        let plain = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--step", "2"])
        #expect(!plain.stdout.contains("Survey basis"))
        let markdown = try Cem.call(["report", "s.cem.json", "--format", "markdown", "--lang", "zh"], in: folder)
        #expect(markdown.stdout.contains("分数的调查依据（n 位受访者、平均值、95% 置信区间）"))
    }

    /// CSV header names and values reach the terminal inert: `segments` once printed a title change and
    /// colour codes straight from the file.
    @Test func csvNamesAndValuesArePrintedInert() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let title = "\u{1B}]0;pwned\u{07}", red = "\u{1B}[31m"
        let csv = "id,region\(red),experience.product\n1,north\(title),6\n2,south\(red),7\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("s.csv"))
        let run = try Cem.run(["segments", "s.csv", "--by", "region\(red)"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("\u{1B}") && !run.stdout.contains("\u{07}"))
        #expect(run.stdout.contains("region\\u{1B}[31m = north\\u{1B}]0;pwned\\u{7}  (n = 1)"))
        #expect(run.stdout.contains("region\\u{1B}[31m = south\\u{1B}[31m  (n = 1)"))
        // In an error message too: the cell text and the column name.
        try Data("id,experience.product\n1,6\(title)\n".utf8).write(to: folder.appendingPathComponent("bad.csv"))
        try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json")).write(to: folder.appendingPathComponent("w.cem.json"))
        let bad = try Cem.run(["import", "bad.csv", "--into", "w.cem.json"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr == "bad.csv:2:2 (experience.product): '6\\u{1B}]0;pwned\\u{7}' is not a number; correct the cell, "
                + "or use --on-error skip to leave such cells out\n")
        let filter = try Cem.run(["segments", "s.csv", "--by", "region\(red)", "--where", "id\(red)=1"], in: folder)
        #expect(filter.status == 1 && filter.stderr == "s.csv: --where: the file has no column 'id\\u{1B}[31m'\n")
    }
}

import Foundation
import Testing

/// After `cem import`, step 2 of show (and so of the session and the reports) gives n and the 95% interval.
@Suite struct SurveyDisplayTests {
    @Test func showGivesTheSurveyBasisOfStep2() throws {
        let folder = try Cem.temporaryFolder()
        #expect(try Cem.call(["new", "s.cem.json"], in: folder).status == 0)
        let csv = "id,experience.convenience,expectation.convenience,importance.convenience\n1,5,7,9\n2,6,8,8\n3,4,7,9\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("s.csv"))
        #expect(try Cem.call(["import", "s.csv", "--into", "s.cem.json"], in: folder).status == 0)
        let run = try Cem.call(["show", "s.cem.json", "--step", "2"], in: folder)
        #expect(run.stdout.contains("""
        Survey basis of the scores (n respondents, mean, 95% confidence interval)
          Factor       Measure      n    Mean          95% CI
          ───────────  ───────────  ─  ──────  ──────────────
          Convenience  Experience   3       5   2.5159–7.4841
          Convenience  Expectation  3  7.3333   5.8991–8.7676
          Convenience  Importance   3  8.6667  7.2324–10.1009

        """))
        // No survey, no table.
        let plain = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--step", "2"])
        #expect(!plain.stdout.contains("Survey basis"))
        let markdown = try Cem.call(["report", "s.cem.json", "--format", "markdown", "--lang", "zh"], in: folder)
        #expect(markdown.stdout.contains("分数的调查依据（n 位受访者、平均值、95% 置信区间）"))
    }
}

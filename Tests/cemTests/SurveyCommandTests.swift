import Foundation
import Testing

/// `cem import` and `cem segments` run as a consultant would.
@Suite struct SurveyCommandTests: SurveyCommandFixture {
    @Test func importWritesScoresAndSurveyStatisticsThenValidates() throws {
        let (folder, _) = try setUp(try String(contentsOf: Cem.root.appendingPathComponent("Tests/fixtures/survey/basic.csv"), encoding: .utf8))
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("survey.csv: 4 respondents"))
        #expect(run.stdout.contains("  Product               Experience   3     6       1  3.5159 – 8.4841  6\n"))
        #expect(run.stdout.contains("  Product               Expectation  4  7.25     0.5  6.4544 – 8.0456  7 → 7.25\n"))
        #expect(run.stdout.contains("Derived importance (key drivers of overall satisfaction): n = 3, R² = 1"))
        #expect(run.stdout.contains("warning: only 4 respondents; at least 30"))
        #expect(run.stdout.contains("w.cem.json: written (2 scores changed)."))
        let text = String(decoding: try workbook(folder), as: UTF8.self)
        #expect(text.contains("""
              "expectation": 7.25,
              "importance": 6.5,
        """))
        #expect(text.contains("""
                "importance": {
                  "n": 4,
                  "mean": 6.5,
                  "sd": 1.290994449
                }
        """))
        let validate = try Cem.call(["validate", "w.cem.json"], in: folder)
        #expect(validate.status == 0 && validate.stdout == "w.cem.json: ok\n")
        let format = try Cem.call(["fmt", "--check", "w.cem.json"], in: folder)
        #expect(format.status == 0)
    }

    @Test func dryRunChangesNothing() throws {
        let (folder, original) = try setUp("id,experience.product\n1,8\n2,9\n")
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--dry-run"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("  Product  Experience  2   8.5  0.7071  2.1469 – 14.8531  6 → 8.5\n"))
        #expect(run.stdout.hasSuffix("Dry run: 1 score would change; nothing was written.\n"))
        #expect(try workbook(folder) == original)
    }

    @Test func badCellFailsWithPositionAndLeavesTheWorkbook() throws {
        let (folder, original) = try setUp("id,experience.product,expectation.product\n1,6,7\n2,6,x\n3,12,7\n")
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "survey.csv:3:3 (expectation.product): 'x' is not a number; correct the cell, or use --on-error skip to leave such cells out\n")
        #expect(try workbook(folder) == original)

        let skip = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--on-error", "skip"], in: folder)
        #expect(skip.status == 0)
        #expect(skip.stdout.contains("skipped 1 cell in column experience.product\nskipped 1 cell in column expectation.product\n"))
    }

    @Test func brokenFilesGiveClearMessagesAndTouchNothing() throws {
        let cases: [(String, String)] = [
            ("", "survey.csv: the file is empty; export the survey with a header row and one row per respondent\n"),
            ("id,experience.product\n1,6\n2,6,7\n", "survey.csv:3: this row has 3 fields but the header has 2; check for a missing or extra delimiter, or quote fields that contain one\n"),
            ("id,experience.product\n1,\"6\n", "survey.csv:2:2: a quoted field is never closed; add the closing \" (a quote inside a field is written \"\")\n"),
            ("id,experience.product,experience.product\n1,1,6\n",
             "survey.csv: the header names column 'experience.product' twice (columns 2 and 3); rename one of them\n"),
            ("id,experience.prodct\n1,6\n", "survey.csv: column 'experience.prodct': the workbook has no factor 'prodct'; did you mean 'product'?\n"),
        ]
        for (csv, message) in cases {
            let (folder, original) = try setUp(csv)
            let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json"], in: folder)
            #expect(run.status == 1)
            #expect(run.stderr == message)
            #expect(try workbook(folder) == original)
        }
    }

    @Test func messagesFollowTheWorkbooksLanguage() throws {
        let (folder, original) = try setUp("id,experience.product\n1,abc\n", workbook: "workbooks/meisu.zh.cem.json")
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "survey.csv:2:2 (experience.product)：“abc”不是数字；请更正该单元格，或用 --on-error skip 略过这类单元格\n")
        #expect(try workbook(folder) == original)
    }

    @Test func whereAndDelimiterAndDerivedImportance() throws {
        // Four answers three times over: the correlations of four, and enough respondents for two factors.
        let csv = "id;region;experience.product;experience.convenience;overall\n"
            + String(repeating: "1;n;6;6;9\n2;n;4;6;5\n3;n;6;4;3\n4;n;4;4;3\n", count: 3) + "5;s;1;1;1\n"
        let (folder, _) = try setUp(csv)
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--delimiter", ";", "--where", "region=n",
                               "--importance", "derived"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("survey.csv: 12 of 13 respondents\nonly respondents with region = n\n"))
        #expect(run.stdout.contains("Derived importance (key drivers of overall satisfaction): n = 12, R² = 0.8333"))
        #expect(run.stdout.contains("  Product           —  0.4082  0.1667    20%      2.5    1\n"))
        let text = String(decoding: try workbook(folder), as: UTF8.self)
        #expect(text.contains("\"experience\": 5,\n      \"expectation\": 7,\n      \"importance\": 10,"))
        #expect(text.contains("\"experience\": 5,\n      \"expectation\": 7,\n      \"importance\": 2.5,"))
    }

    /// Convenience in the north (4, 5) against the rest (6, 5): Welch df 2, so ± t(0.975, 2)·√0.5 = 3.0424.
    @Test func segmentsShowEachGroupsSatisfaction() throws {
        let (folder, _) = try setUp(try String(contentsOf: Cem.root.appendingPathComponent("Tests/fixtures/survey/basic.csv"), encoding: .utf8))
        let run = try Cem.call(["segments", "survey.csv", "--by", "region", "--into", "w.cem.json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            All respondents  (n = 4)
              Factor       Experience  n  Expectation  n  Satisfaction
              ───────────  ──────────  ─  ───────────  ─  ────────────
              Product               6  3         7.25  4         −1.25
              Convenience           5  4            7  4            −2

            region = north  (n = 2)
              Factor       Experience  n  Expectation  n  Satisfaction        vs rest
              ───────────  ──────────  ─  ───────────  ─  ────────────  ─────────────
              Product             6.5  2          7.5  2            −1              —
              Convenience         4.5  2          7.5  2            −3  −1 ± 3.0424\u{20}\u{20}

            region = south  (n = 2)
              Factor       Experience  n  Expectation  n  Satisfaction        vs rest
              ───────────  ──────────  ─  ───────────  ─  ────────────  ─────────────
              Product               5  1            7  2            −2              —
              Convenience         5.5  2          6.5  2            −1  +1 ± 3.0424\u{20}\u{20}

            vs rest: the segment's mean experience − the other respondents' ± half the 95% interval (Welch's t test); \
            * significant at 5%; t, df and p with --format json

            """)
        let unknown = try Cem.call(["segments", "survey.csv", "--by", "regoin"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "survey.csv: --by: the file has no column 'regoin'; did you mean 'region'?\n")
    }

    @Test func usageErrors() throws {
        let (folder, _) = try setUp("id,experience.product\n1,6\n")
        #expect(try Cem.call(["import", "survey.csv"], in: folder).status == 2)
        #expect(try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--on-error", "ignore"], in: folder).status == 2)
        #expect(try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--importance", "x"], in: folder).status == 2)
        #expect(try Cem.call(["segments", "survey.csv"], in: folder).status == 2)
        let missing = try Cem.call(["import", "nope.csv", "--into", "w.cem.json"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr == "nope.csv: cannot be read (No such file or directory)\n")
    }

    /// The case: a 0–1e300 scale and cells 5e299, 0, 1e300 once wrote `"sd": inf`, which every
    /// command then refused. Now the import either writes finite figures that validate, or (when the
    /// reader refuses such a scale, or a spelling is not a number) exits 1 with the workbook byte-identical.
    @Test func importOnAHugeScaleNeverWritesANonFiniteNumber() throws {
        let text = String(decoding: try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json")), as: UTF8.self)
        let huge = text.replacing("\"scale\": {\n    \"min\": 0,\n    \"max\": 10\n  }", with: "\"scale\": {\n    \"min\": 0,\n    \"max\": 1e300\n  }")
        #expect(huge != text)
        let digits = ["5" + String(repeating: "0", count: 299), "0", "1" + String(repeating: "0", count: 300)]
        for cells in [digits, ["5e299", "0", "1e300"]] {
            let (folder, _) = try setUp("id,experience.product\n" + cells.enumerated().map { "\($0.offset),\($0.element)\n" }.joined())
            defer { try? FileManager.default.removeItem(at: folder) }
            try Data(huge.utf8).write(to: folder.appendingPathComponent("w.cem.json"))
            let before = try workbook(folder)
            let run = try Cem.run(["import", "survey.csv", "--into", "w.cem.json"], in: folder)
            let after = String(decoding: try workbook(folder), as: UTF8.self)
            #expect(!after.contains("inf") && !after.contains("nan"))
            if run.status == 0 {
                #expect(after.contains("\"n\": 3,\n          \"mean\": 5e+299,\n          \"sd\": 5e+299\n"), "\(after)")
                #expect(!run.stdout.contains("inf"), "\(run.stdout)")
                #expect(try Cem.run(["validate", "w.cem.json"], in: folder).status == 0)
            } else {
                #expect(run.status == 1 && !run.stderr.isEmpty)
                #expect(try workbook(folder) == before)
            }
        }
    }
}

// `--map`, `--suggest-map`, `cem schema --map` and `cem validate MAP.json` through the built binary.

import Foundation
import Testing

@Suite struct SurveyMapCommandTests {
    static let forms = "\"Timestamp\",\"How satisfied are you with each of the following? [Product]\","
        + "\"What did you expect of each of the following? [Product]\",\"Overall, how satisfied are you with us?\",\"Region\"\n"
        + "\"t1\",\"8\",\"7\",\"9\",\"N\"\n\"t2\",\"6\",\"8 - High\",\"7\",\"S\"\n\"t3\",\"9\",\"6\",\"8\",\"N\"\n"

    func setUp() throws -> (folder: URL, original: Data) {
        let folder = try Cem.temporaryFolder()
        let original = try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json"))
        try original.write(to: folder.appendingPathComponent("w.cem.json"))
        try Data(SurveyMapCommandTests.forms.utf8).write(to: folder.appendingPathComponent("g.csv"))
        return (folder, original)
    }

    @Test func suggestThenImportWithTheMap() throws {
        let (folder, original) = try setUp()
        let suggested = try Cem.call(["import", "g.csv", "--into", "w.cem.json", "--suggest-map", "g.map.json"], in: folder)
        #expect(suggested.status == 0, "\(suggested.stderr)")
        #expect(suggested.stdout == """
              How satisfied are you with each of the following? [Product] → experience.product
              What did you expect of each of the following? [Product] → expectation.product
              Overall, how satisfied are you with us? → overall
            wrote the column map g.map.json: 3 of 5 columns matched; check it, keep it in git beside the workbook, and import with --map g.map.json

            """)
        let map = try String(contentsOf: folder.appendingPathComponent("g.map.json"), encoding: .utf8)
        #expect(map.hasPrefix("{\n  \"format\": \"cem-survey-map\",\n  \"formatVersion\": 1,\n  \"columns\": {\n"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("w.cem.json")) == original)
        // A second suggestion never replaces the (checked) map.
        let again = try Cem.call(["import", "g.csv", "--into", "w.cem.json", "--suggest-map", "g.map.json"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr == "g.map.json already exists; nothing was changed: a checked map is never replaced, so choose another name or delete it first\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("g.map.json"), encoding: .utf8) == map)
        let run = try Cem.call(["import", "g.csv", "--into", "w.cem.json", "--map", "g.map.json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("g.csv: 3 respondents\nread with the column map g.map.json: 3 columns, 0 answer labels, 0 conditions\n"))
        #expect(run.stdout.contains("  Product           Experience   3  7.6667  1.5275  3.8721 – 11.4612  6 → 7.6667\n"))
        #expect(run.stdout.contains("  Product           Expectation  3       7       1   4.5159 – 9.4841  7\n"))
    }

    @Test func aBadMapIsRefusedAndNothingIsWritten() throws {
        let (folder, original) = try setUp()
        try Data(##"{"format":"cem-survey-map","formatVersion":1,"columns":{"Q":"experiance.x"},"where":"A"}"##.utf8)
            .write(to: folder.appendingPathComponent("bad.json"))
        let lines = "bad.json: columns.'Q': 'experiance.x' is not one of <measure>.<factorId> (brandValue, experience, expectation, "
            + "importance, ideal), overall, segment\nbad.json: where: 'A' is not text of the form COLUMN=VALUE (for example \"Finished=1\")\n"
        let run = try Cem.call(["import", "g.csv", "--into", "w.cem.json", "--map", "bad.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == lines)
        #expect(try Data(contentsOf: folder.appendingPathComponent("w.cem.json")) == original)
        let validate = try Cem.call(["validate", "bad.json"], in: folder)
        #expect(validate.status == 1)
        #expect(validate.stdout == lines)
        try Data(##"{"format":"cem-survey-map","formatVersion":1,"columns":{"#9":"overall"}}"##.utf8)
            .write(to: folder.appendingPathComponent("far.json"))
        #expect(try Cem.call(["validate", "far.json"], in: folder).stdout == "far.json: ok\n")
        let far = try Cem.call(["import", "g.csv", "--into", "w.cem.json", "--map", "far.json"], in: folder)
        #expect(far.status == 1)
        #expect(far.stderr == "g.csv: column map: the file has 5 columns, so there is no #9; cem import FILE --columns lists them\n")
    }

    @Test func segmentsTakeTheSegmentColumnFromTheMap() throws {
        let (folder, _) = try setUp()
        try Data(##"{"format":"cem-survey-map","formatVersion":1,"columns":{"Region":"segment","#2":"experience.product"}}"##.utf8)
            .write(to: folder.appendingPathComponent("seg.json"))
        let run = try Cem.call(["segments", "g.csv", "--map", "seg.json", "--into", "w.cem.json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Region = N  (n = 2)\n  Factor   Experience  n  Expectation  n  Satisfaction  vs rest\n"
            + "  ───────  ──────────  ─  ───────────  ─  ────────────  ───────\n  Product         8.5  2            —  —             —        —\n"))
        let none = try Cem.call(["segments", "g.csv"], in: folder)
        #expect(none.status == 2)
    }

    @Test func schemaOfTheMap() throws {
        let run = try Cem.call(["schema", "--map"], in: try Cem.temporaryFolder())
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == "cem survey column map, format version 1")
        #expect((object?["required"] as? [String]) == ["format", "formatVersion"])
    }

    @Test func aWorkbookOnTheSurveysScaleTakesItsLabels() throws {
        let folder = try Cem.temporaryFolder()
        let created = try Cem.call(["new", "five.cem.json", "--scale", "1-5", "--importance-scale", "1-5", "--lang", "en"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let bad = try Cem.call(["new", "bad.cem.json", "--scale", "5-1"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr == "cem: '5-1' is not a valid value for --scale; use MIN-MAX (1-5, 1-7, 0-10).\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.cem.json").path))
        let csv = "\"Timestamp\",\"How satisfied are you with our products? [Product]\",\"How important is each to you? [Price]\"\n"
            + "\"t1\",\"Very satisfied\",\"Very important\"\n\"t2\",\"3 - Neutral\",\"Not at all important\"\n"
            + "\"t3\",\"非常不满意\",\"\"\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("g.csv"))
        let suggested = try Cem.call(["import", "g.csv", "--into", "five.cem.json", "--suggest-map", "g.map.json"], in: folder)
        #expect(suggested.status == 0, "\(suggested.stderr)")
        let run = try Cem.call(["import", "g.csv", "--into", "five.cem.json", "--map", "g.map.json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // (5 + 3 + 1) / 3 = 3 and (4 + 1) / 2 = 2.5.
        #expect(run.stdout.contains("  Product  Experience  3     3       2"))
        #expect(run.stdout.contains("  Price    Importance  2   2.5  2.1213"))
    }

    @Test func aSurveyScaleOtherThanTheWorkbooksIsRefusedOrRescaled() throws {
        let (folder, original) = try setUp()
        try Data("Q1,Q2,imp\n5,4,5\n3,1,3\n4,2,\n".utf8).write(to: folder.appendingPathComponent("s.csv"))
        try Data(##"{"format":"cem-survey-map","formatVersion":1,"columns":{"Q1":"experience.product","Q2":"expectation.product","imp":"importance.price"},"scale":{"min":1,"max":5},"importanceScale":{"min":1,"max":5}}"##.utf8)
            .write(to: folder.appendingPathComponent("m.json"))
        let refused = try Cem.call(["import", "s.csv", "--into", "w.cem.json", "--map", "m.json"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr == "s.csv: the survey's scale is 1–5 (the map's scale) but the workbook's is 0–10; add --rescale to map it "
            + "linearly, or start the workbook with cem new FILE --scale 1-5\n")
        #expect(try Data(contentsOf: folder.appendingPathComponent("w.cem.json")) == original)
        let run = try Cem.call(["import", "s.csv", "--into", "w.cem.json", "--map", "m.json", "--rescale", "--dry-run"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("scores rescaled linearly from the survey's 1–5 to the workbook's 0–10 (--rescale)\n"
            + "importance rescaled linearly from the survey's 1–5 to the workbook's 0–10 (--rescale)\n"))
        // Means 4, 2.3333 and 4 on 1–5 are 7.5, 3.3333 and 7.5 on 0–10; sd 1 is 2.5.
        #expect(run.stdout.contains("  Product  Experience   3     7.5     2.5    1.2897 – 13.7103  6 → 7.5\n"))
        #expect(run.stdout.contains("  Product  Expectation  3  3.3333  3.8188   −6.1531 – 12.8198  7 → 3.3333\n"))
        #expect(run.stdout.contains("  Price    Importance   2     7.5  3.5355  −24.2655 – 39.2655  6 → 7.5\n"))
    }
}

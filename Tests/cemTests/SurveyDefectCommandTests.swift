// The defects of issue 14's review as a consultant meets them: exit codes and messages of `cem import`.

import Foundation
import Testing

@Suite struct SurveyDefectCommandTests {
    func setUp(_ csv: String) throws -> (folder: URL, original: Data) {
        let folder = try Cem.temporaryFolder()
        let original = try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json"))
        try original.write(to: folder.appendingPathComponent("w.cem.json"))
        try Data(csv.utf8).write(to: folder.appendingPathComponent("survey.csv"))
        return (folder, original)
    }

    func workbook(_ folder: URL) throws -> Data { try Data(contentsOf: folder.appendingPathComponent("w.cem.json")) }

    @Test func skippingEveryCellIsAnError() throws {
        // Before: exit 0 and "0 scores changed".
        let (folder, original) = try setUp("id,experience.product\n1,Very satisfied\n2,Satisfied\n")
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--on-error", "skip"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "survey.csv: none of the 2 rows has a usable score (2 cells were skipped as not a number or outside "
            + "the scale); check that the score columns hold numbers, the delimiter (--delimiter) and extra header rows; the workbook was not changed\n")
        #expect(try workbook(folder) == original)
    }

    @Test func derivedImportanceWithoutOverlapIsAnError() throws {
        // Before: exit 0 with the importance left as it was.
        var csv = "id,experience.product,experience.convenience,overall\n"
        for i in 0..<20 { csv += i % 2 == 0 ? "\(i),\(i % 7 + 2),,\(i % 5 + 3)\n" : "\(i),,\(i % 6 + 1),\(i % 4 + 4)\n" }
        let (folder, original) = try setUp(csv)
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--importance", "derived"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "survey.csv: --importance derived: only 0 respondents answered every factor's experience and overall; "
            + "with 2 factors in the model at least 10 are needed (5 per factor: with no more respondents than factors + 1 the fit "
            + "is exact, R² = 1, whatever the answers); collect more answers, or use --importance stated; the workbook was not changed\n")
        #expect(try workbook(folder) == original)
    }

    @Test func blankRowsMakeNoSegments() throws {
        // Before: `(blank)  (n = 2)` and a segment of the repeated header's word.
        let (folder, _) = try setUp("id,Finished,experience.product\n1,1,6\n,,\nid,Finished,Product\n2,1,8\n,,\n")
        let run = try Cem.call(["segments", "survey.csv", "--by", "Finished", "--on-error", "skip"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Finished = 1  (n = 2)"))
        #expect(!run.stdout.contains("(blank)") && !run.stdout.contains("Finished = Finished"))
    }
}

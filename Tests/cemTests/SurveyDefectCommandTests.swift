// Survey defects as a consultant meets them: exit codes and messages of `cem import`.

import Foundation
import Testing

@Suite struct SurveyDefectCommandTests: SurveyCommandFixture {
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
        #expect(run.stdout.hasSuffix("\nleft out 3 rows with no usable score (blank, or only skipped cells); they are not counted as respondents\n"))
    }

    @Test func everyWhereConditionApplies() throws {
        // Before: a repeated --where silently kept only the last, so partial responses were counted.
        let csv = "id,Finished,Status,experience.product\n1,1,0,6\n2,0,0,2\n3,1,1,9\n4,1,0,8\n"
        let (folder, _) = try setUp(csv)
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--dry-run", "--where", "Finished=1",
                                "--where", "Status=0"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("survey.csv: 2 of 4 respondents\nonly respondents with Finished = 1 and Status = 0\n"))
        #expect(run.stdout.contains("  Product  Experience  2     7  1.4142"))
        let none = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--where", "Status=0", "--where=Status=1"], in: folder)
        #expect(none.status == 1)
        #expect(none.stderr == "survey.csv: no respondent meets every condition: Status = 0 and Status = 1 (all --where conditions "
            + "apply); check the values (each must match its cell exactly)\n")
        let segments = try Cem.call(["segments", "survey.csv", "--by", "Status", "--where", "Finished=1", "--where", "id=4"], in: folder)
        #expect(segments.status == 0)
        #expect(segments.stdout.hasPrefix("All respondents  (n = 1)\n"))
    }

    @Test func anyOtherRepeatedOptionIsRefused() throws {
        // Before: the last value silently won.
        let (folder, original) = try setUp("id,experience.product\n1,6\n")
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--into", "other.cem.json"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr == "cem: --into may be given only once; keep one value\n")
        let bad = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--where", "Finished=1", "--where", "nothing"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("nothing"))
        #expect(try workbook(folder) == original)
        let report = try Cem.call(["show", "w.cem.json", "--step", "2", "--step", "3"], in: folder)
        #expect(report.status == 2 && report.stderr == "cem: --step may be given only once; keep one value\n")
    }
}

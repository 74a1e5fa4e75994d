// Paired satisfaction: experience − expectation per respondent who answered both, its interval, and
// the workbook's `survey.satisfaction` (reader, writer, schema, diff, cycle).

@testable import CEMKit
import Foundation
import Testing

@Suite struct SurveyPairedTests {
    let meisu = Samples.workedExample(.en)

    /// experience 7 6 _ 8 5 9 6 7 4 8 and expectation 8 6 7 _ 7 8 9 7 6 9: 8 respondents answered both.
    static let csv = "id,experience.product,expectation.product\n" + zip(
        ["7", "6", "", "8", "5", "9", "6", "7", "4", "8"], ["8", "6", "7", "", "7", "8", "9", "7", "6", "9"]
    ).enumerated().map { "\($0.offset + 1),\($0.element.0),\($0.element.1)\n" }.joined()

    func summary(_ text: String, workbook: Workbook, options: SurveyOptions = SurveyOptions()) throws -> SurveySummary {
        var reader = SurveyReader(workbook: workbook, options: options)
        try reader.feed(Array(text.utf8))
        return try reader.finish()
    }

    @Test func pairedStatisticsMatchScipy() throws {
        // Reference, computed once with numpy/scipy from the 8 pairs:
        //   d = x − y; n 8, mean −1.0, sd (ddof 1) 1.309307341, t.ppf(0.975, 7) interval −2.09460833 … 0.09460833.
        // The difference of the two means is −0.777…: not the paired figure, so the test tells them apart.
        let s = try summary(Self.csv, workbook: meisu)
        let paired = try #require(s.satisfaction(factor: "product"))
        #expect(paired == SurveyStat(n: 8, mean: -1, sd: 1.309307341))
        let ci = try #require(paired.confidenceInterval)
        #expect(abs(ci.low - -2.09460833) < 2e-9 && abs(ci.high - 0.09460833) < 2e-9)
        #expect(s.satisfaction(factor: "convenience") == nil)
    }

    @Test func importStoresItBesideTheMeansAndItReadsBack() throws {
        let result = try SurveyImport(try summary(Self.csv, workbook: meisu), into: meisu)
        let factor = try #require(result.workbook.factor(id: "product"))
        #expect(factor.surveySatisfaction == SurveyStat(n: 8, mean: -1, sd: 1.309307341))
        let text = WorkbookWriter.text(result.workbook)
        // expectation 8 6 7 7 8 9 7 6 9 (numpy): mean 7.444444444, sd 1.130388331.
        #expect(text.contains("""
                "expectation": {
                  "n": 9,
                  "mean": 7.444444444,
                  "sd": 1.130388331
                },
                "satisfaction": {
                  "n": 8,
                  "mean": -1,
                  "sd": 1.309307341
                }
              }
        """))
        let read = try WorkbookReader.read(text)
        #expect(read == result.workbook)
        #expect(WorkbookWriter.text(read) == text)
        // Other factors have no key at all.
        #expect(read.factor(id: "convenience")?.surveySatisfaction == nil)
        #expect(text.components(separatedBy: "\"satisfaction\"").count == 2)

        // Importing a file without the pair's columns keeps it; with one of them and no pair, it goes.
        let other = try SurveyImport(try summary("id,importance.product\n1,5\n", workbook: result.workbook), into: result.workbook)
        #expect(other.workbook.factor(id: "product")?.surveySatisfaction == SurveyStat(n: 8, mean: -1, sd: 1.309307341))
        let single = try SurveyImport(try summary("id,experience.product\n1,5\n", workbook: result.workbook), into: result.workbook)
        #expect(single.workbook.factor(id: "product")?.surveySatisfaction == nil)
    }

    @Test func rescaledPairsScaleBySlopeOnly() throws {
        var workbook = meisu
        workbook.factors[0].survey = []
        let map = try #require(SurveyMap.read(Array("""
            {"format": "cem-survey-map", "formatVersion": 1, "columns": {}, "scale": {"min": 1, "max": 5}}
            """.utf8)).map)
        var options = SurveyOptions()
        options.apply(map)
        options.rescale = true
        // Pairs 5−4, 4−4, 2−3 = 1, 0, −1 on 1–5: mean 0, sd 1; onto 0–10 the slope is 2.5: mean 0, sd 2.5.
        let s = try summary("experience.product,expectation.product\n5,4\n4,4\n,5\n3,\n2,3\n", workbook: workbook, options: options)
        #expect(s.satisfaction(factor: "product") == SurveyStat(n: 3, mean: 0, sd: 2.5))
    }

    @Test func readerRefusesABadEntryAndSchemaKnowsTheKey() throws {
        var text = WorkbookWriter.text(try SurveyImport(try summary(Self.csv, workbook: meisu), into: meisu).workbook)
        text = text.replacingOccurrences(of: "\"mean\": -1,", with: "\"mean\": -1,\n          \"median\": -1,")
        do {
            _ = try WorkbookReader.read(text)
            Issue.record("an unknown key inside survey.satisfaction was accepted")
        } catch {
            #expect(error.diagnostics.map(\.path) == ["factors[0].survey.satisfaction.median"])
        }
        let schema = WorkbookSchema.text()
        #expect(schema.contains("\"enum\": [\"brandValue\", \"experience\", \"expectation\", \"importance\", \"ideal\", \"satisfaction\"]"))
    }

    @Test func diffAndNewCycleKnowIt() throws {
        let result = try SurveyImport(try summary(Self.csv, workbook: meisu), into: meisu).workbook
        var changed = result
        changed.factors[0].surveySatisfaction = SurveyStat(n: 8, mean: -0.5, sd: 1)
        #expect(WorkbookDiff(old: result, new: changed).changes.contains { $0.subject == "product" && $0.field == "survey" })
        #expect(changed != result)
        guard case .success(let next) = CycleCloser.close(result, on: "2026-01-31", force: true) else {
            Issue.record("the cycle did not close")
            return
        }
        #expect(next.factors[0].surveySatisfaction == nil)
        #expect(next.history.last?.factors[0].surveySatisfaction == SurveyStat(n: 8, mean: -1, sd: 1.309307341))
    }
}

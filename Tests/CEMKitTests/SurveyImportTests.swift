@testable import CEMKit
import Foundation
import Testing

/// Reads a survey fixture into a summary, in chunks of `chunk` bytes.
func surveySummary(_ name: String, workbook: Workbook?, options: SurveyOptions = SurveyOptions(), chunk: Int = 1 << 20) throws -> SurveySummary {
    let bytes = try Package.bytes("Tests/fixtures/survey/" + name)
    var reader = SurveyReader(workbook: workbook, options: options)
    var start = 0
    while start < bytes.count {
        let end = min(bytes.count, start + chunk)
        try reader.feed(Array(bytes[start..<end]))
        start = end
    }
    return try reader.finish()
}

func surveyError(_ text: String, workbook: Workbook?, options: SurveyOptions = SurveyOptions()) -> SurveyError? {
    var reader = SurveyReader(workbook: workbook, options: options)
    do {
        try reader.feed(Array(text.utf8))
        _ = try reader.finish()
        return nil
    } catch {
        return error
    }
}

@Suite struct SurveyImportTests {
    let meisu = Samples.workedExample(.en)

    @Test func exactStatisticsOfAHandComputedFile() throws {
        // experience.product: 6, 7, 5 and a blank (missing, not 0) → n 3, mean 6, sd 1.
        // expectation.product: 7, 8, 7, "7" → mean 7.25, sd 0.5. experience.convenience: 4, 5, 6, " 5 ".
        // expectation.convenience: 7, 8, 6, "７" (full width) → mean 7, sd √(2/3).
        for chunk in [1, 7, 1 << 20] {
            let s = try surveySummary("basic.csv", workbook: meisu, chunk: chunk)
            #expect(s.rows == 4 && s.respondents == 4)
            #expect(s.stat(factor: "product", measure: .experience) == SurveyStat(n: 3, mean: 6, sd: 1))
            #expect(s.stat(factor: "product", measure: .expectation) == SurveyStat(n: 4, mean: 7.25, sd: 0.5))
            #expect(s.stat(factor: "product", measure: .importance) == SurveyStat(n: 4, mean: 6.5, sd: 1.290994449))
            #expect(s.stat(factor: "convenience", measure: .experience) == SurveyStat(n: 4, mean: 5, sd: 0.816496581))
            #expect(s.stat(factor: "convenience", measure: .expectation) == SurveyStat(n: 4, mean: 7, sd: 0.816496581))
            #expect(s.stat(factor: "service", measure: .experience) == nil)
            #expect(s.overall == SurveyStat(n: 4, mean: 5.25, sd: 0.957427108))
        }
    }

    @Test func confidenceIntervalUsesStudentsT() throws {
        // 6 ± t(0.975, 2) · 1/√3 = 6 ± 4.302652730/√3.
        let ci = try #require(SurveyStat(n: 3, mean: 6, sd: 1).confidenceInterval)
        #expect(ci.low == 3.515862288 && ci.high == 8.484137712)
        #expect(SurveyStat(n: 1, mean: 6, sd: nil).confidenceInterval == nil)
        #expect(SurveyStat(n: 0, mean: nil, sd: nil).confidenceInterval == nil)
        // Large n: mean ± 1.96… · sd/√n.
        #expect(SurveyStat(n: 10_001, mean: 5, sd: 2).marginOfError == 0.039202065)
    }

    @Test func tQuantileTableAndExpansion() {
        #expect(Student.quantile975(degreesOfFreedom: 1) == 12.706204736)
        #expect(Student.quantile975(degreesOfFreedom: 30) == 2.042272456)
        // Against scipy.stats.t.ppf(0.975, df).
        for (df, t) in [(31, 2.039513446), (40, 2.021075390), (100, 1.983971519), (1000, 1.962339081)] {
            #expect(abs(Student.quantile975(degreesOfFreedom: df) - t) < 2e-7, "df \(df)")
        }
    }

    @Test func importSetsMeansAndSurveyStatistics() throws {
        let summary = try surveySummary("basic.csv", workbook: meisu)
        let result = try SurveyImport(summary, into: meisu)
        let product = try #require(result.workbook.factor(id: "product"))
        #expect(product.experience == 6 && product.expectation == 7.25 && product.importance == 6.5)
        #expect(product.survey.map(\.measure) == [.experience, .expectation, .importance])
        #expect(product.survey[2].stat == SurveyStat(n: 4, mean: 6.5, sd: 1.290994449))
        #expect(result.workbook.factor(id: "service") == meisu.factor(id: "service"))
        #expect(result.changes.filter(\.changed).map { "\($0.measure.rawValue).\($0.factor)" }
                == ["expectation.product", "importance.product"])
        #expect(result.warnings.first == .smallSample(n: 4, minimum: 30, drivers: false))
        // The written workbook reads back as itself and is valid.
        let bytes = WorkbookWriter.bytes(result.workbook)
        #expect(try WorkbookReader.read(bytes) == result.workbook)
    }

    @Test func whereKeepsOnlyMatchingRespondents() throws {
        let options = SurveyOptions(filter: (column: "region", value: "south"))
        let s = try surveySummary("basic.csv", workbook: meisu, options: options)
        #expect(s.rows == 4 && s.respondents == 2)
        #expect(s.stat(factor: "product", measure: .experience) == SurveyStat(n: 1, mean: 5, sd: nil))
        #expect(s.stat(factor: "convenience", measure: .experience) == SurveyStat(n: 2, mean: 5.5, sd: 0.707106781))
        #expect(throws: SurveyError.noMatch(column: "region", value: "east")) {
            try surveySummary("basic.csv", workbook: meisu, options: SurveyOptions(filter: (column: "region", value: "east")))
        }
        #expect(throws: SurveyError.unknownColumn(option: "--where", name: "regoin", suggestion: "region")) {
            try surveySummary("basic.csv", workbook: meisu, options: SurveyOptions(filter: (column: "regoin", value: "x")))
        }
    }

    @Test func segmentsInOrderOfAppearance() throws {
        let s = try surveySummary("basic.csv", workbook: meisu, options: SurveyOptions(segmentColumn: "region"), chunk: 5)
        #expect(s.segments.map(\.value) == ["north", "south"])
        #expect(s.segments.map(\.respondents) == [2, 2])
        let experience = s.slots.firstIndex { $0.name == "experience.product" }!
        #expect(s.segments[0].moments[experience].stat() == SurveyStat(n: 2, mean: 6.5, sd: 0.707106781))
        #expect(s.segments[1].moments[experience].stat() == SurveyStat(n: 1, mean: 5, sd: nil))
    }

    @Test func semicolonsQuotesAndDecimalCommas() throws {
        let s = try surveySummary("semicolon.csv", workbook: meisu, options: SurveyOptions(delimiter: UInt8(ascii: ";")), chunk: 3)
        #expect(s.rows == 3)
        // 6,5 (decimal comma), 7.0, 5 → mean 6.166666667.
        #expect(s.stat(factor: "product", measure: .experience) == SurveyStat(n: 3, mean: 6.166666667, sd: 1.040833000))
        #expect(s.stat(factor: "product", measure: .expectation) == SurveyStat(n: 2, mean: 7.5, sd: 0.707106781))
    }

    @Test func badCellsFailWithLineColumnAndName() {
        let text = "id,experience.product\n1,6\n2,abc\n3,11\n"
        #expect(surveyError(text, workbook: meisu) == .notANumber(line: 3, column: 2, name: "experience.product", text: "abc"))
        #expect(surveyError("id,experience.product\n1,11\n", workbook: meisu)
                == .outOfScale(line: 2, column: 2, name: "experience.product", value: 11, scale: .standard))
    }

    @Test func badCellsSkippedAndCountedPerColumn() throws {
        let text = "id,experience.product,expectation.product\n1,6,7\n2,abc,11\n3,8,x\n"
        var reader = SurveyReader(workbook: meisu, options: SurveyOptions(onError: .skip))
        try reader.feed(Array(text.utf8))
        let s = try reader.finish()
        #expect(s.skipped.map { "\($0.column) \($0.count)" } == ["experience.product 1", "expectation.product 2"])
        #expect(s.stat(factor: "product", measure: .experience) == SurveyStat(n: 2, mean: 7, sd: 1.414213562))
        #expect(s.stat(factor: "product", measure: .expectation) == SurveyStat(n: 1, mean: 7, sd: nil))
    }

    @Test func brokenFilesAreRefusedWithAReason() {
        #expect(surveyError("", workbook: meisu) == .emptyFile)
        #expect(surveyError("\u{FEFF}\n\n", workbook: meisu) == .emptyFile)
        #expect(surveyError("id,experience.product\n", workbook: meisu) == .noRespondents)
        #expect(surveyError("id,experience.product\n1,6\n2,7,8\n", workbook: meisu) == .raggedRow(line: 3, fields: 3, expected: 2))
        #expect(surveyError("id,experience.product\n1\n", workbook: meisu) == .raggedRow(line: 2, fields: 1, expected: 2))
        #expect(surveyError("id,experience.product,experience.product\n1,6,1\n", workbook: meisu)
                == .duplicateColumn("experience.product", first: 2, second: 3))
        #expect(surveyError("id,experience.prodcut\n1,6\n", workbook: meisu)
                == .unknownFactor(column: "experience.prodcut", id: "prodcut", suggestion: "product"))
        #expect(surveyError("id,experiance.product\n1,6\n", workbook: meisu)
                == .unknownMeasure(column: "experiance.product", measure: "experiance", suggestion: "experience"))
        #expect(surveyError("id,score\n1,6\n", workbook: meisu) == .noScoreColumns)
        #expect(surveyError("id,experience.product\n1,\"6\n", workbook: meisu) == .unterminatedQuote(line: 2, column: 2))
    }

    @Test func aHugeFieldIsRefusedWithoutGrowingMemory() {
        let text = "id,experience.product\n1,\"" + String(repeating: "x", count: CSVParser.maximumFieldLength + 10)
        #expect(surveyError(text, workbook: meisu) == .fieldTooLong(line: 2, column: 2, limit: CSVParser.maximumFieldLength))
    }

    @Test func manyRowsStreamedInSmallChunksGiveExactFigures() throws {
        // 110,000 rows made on the fly (never a whole file): experience 0…10 ten thousand times each,
        // quoted comments with CRLF inside, CRLF line ends, fed in 4093-byte chunks so that quotes, CRLF
        // and numbers are split at chunk boundaries. mean 5, sd √(1,100,000 / 109,999).
        var reader = SurveyReader(workbook: meisu, options: SurveyOptions(segmentColumn: "group"))
        var pending = Array("id,group,comment,experience.product\r\n".utf8)
        for i in 0..<110_000 {
            pending += Array("\(i),g\(i % 3),\"line one,\r\n\"\"two\"\"\",\(i % 11)\r\n".utf8)
            while pending.count >= 4093 {
                try reader.feed(Array(pending[0..<4093]))
                pending.removeFirst(4093)
            }
        }
        try reader.feed(pending)
        let s = try reader.finish()
        #expect(s.rows == 110_000)
        #expect(s.stat(factor: "product", measure: .experience) == SurveyStat(n: 110_000, mean: 5, sd: roundFigure((1_100_000.0 / 109_999).squareRoot())))
        #expect(s.segments.map(\.value) == ["g0", "g1", "g2"])
        #expect(s.segments.map(\.respondents) == [36_667, 36_667, 36_666])
    }
}

// Export shapes written from a known truth (seeded) and read back with one set of options: Qualtrics CSV
// (UTF-8 mark, CRLF, three header rows, metadata columns) and its UTF-16LE TSV. Question export tags
// are named `<measure>.<factorId>` in Qualtrics; other tools need the column map (not built yet).

@testable import CEMKit
import Foundation
import Testing

/// A seeded survey: each respondent's answers (nil: not answered) and whether the response is finished.
struct SurveyTruth {
    static let columns = ["experience.product", "expectation.product", "experience.service", "expectation.service",
                          "importance.price", "overall"]
    var answers: [[Double?]] = []
    var finished: [Bool] = []

    init(seed: UInt64, respondents: Int) {
        var random = FuzzRandom(state: seed)
        for i in 0..<respondents {
            let done = i % 9 != 4
            finished.append(done)
            answers.append(SurveyTruth.columns.map { _ in
                done && !random.chance(5) || !done && random.chance(40) ? Double(random.below(11)) : nil
            })
        }
    }

    /// n, mean and sd of a column over the finished responses, computed plainly.
    func stat(_ column: Int) -> SurveyStat {
        let xs = answers.indices.filter { finished[$0] }.compactMap { answers[$0][column] }
        let n = Double(xs.count), mean = xs.reduce(0, +) / n
        let sd = (xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
        return SurveyStat(n: xs.count, mean: roundFigure(mean), sd: roundFigure(sd))
    }

    /// Qualtrics' CSV or (with a tab) its TSV: metadata columns, question text and import-id rows.
    func qualtrics(delimiter: String) -> String {
        let metadata = ["StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId"]
        func line(_ cells: [String]) -> String {
            cells.map { $0.contains(delimiter) || $0.contains("\"") ? "\"" + $0.replacing("\"", with: "\"\"") + "\"" : $0 }
                .joined(separator: delimiter) + "\r\n"
        }
        var text = line(metadata + SurveyTruth.columns)
        text += line(["Start Date", "End Date", "Response Type", "Progress", "Duration (in seconds)", "Finished", "Recorded Date",
                      "Response ID"] + SurveyTruth.columns.map { "How satisfied are you, overall, with each of the following? - " + $0 })
        text += line(metadata.map { "{\"ImportId\":\"\($0.lowercased())\"}" }
                     + SurveyTruth.columns.indices.map { "{\"ImportId\":\"QID\($0 + 1)\"}" })
        for (i, row) in answers.enumerated() {
            text += line(["2026-05-0\(i % 9 + 1) 10:00:00", "2026-05-0\(i % 9 + 1) 10:07:00", "0", finished[i] ? "100" : "40", "420",
                          finished[i] ? "1" : "0", "2026-05-0\(i % 9 + 1) 10:07:01", "R_\(i)abc"]
                         + row.map { $0.map(surveyNumber) ?? "" })
        }
        return text
    }
}

@Suite struct SurveyExportShapeTests {
    let meisu = Samples.workedExample(.en)

    func read(_ bytes: [UInt8], options: SurveyOptions) throws -> SurveySummary {
        var reader = SurveyReader(workbook: meisu, options: options)
        var start = 0
        while start < bytes.count {
            try reader.feed(Array(bytes[start..<min(bytes.count, start + 4093)]))
            start += 4093
        }
        return try reader.finish()
    }

    func check(_ s: SurveySummary, against truth: SurveyTruth) {
        #expect(s.extraHeaderRows == 2)
        #expect(s.rows == truth.answers.count)
        #expect(s.respondents == truth.finished.filter { $0 }.count)
        for (index, column) in SurveyTruth.columns.enumerated() {
            let parts = column.split(separator: ".").map(String.init)
            let stat = parts.count == 2 ? s.stat(factor: parts[1], measure: ScoreField(rawValue: parts[0])!) : s.overall
            #expect(stat == truth.stat(index), "\(column)")
        }
    }

    @Test func qualtricsCSVWithMarkCRLFHeaderRowsAndMetadata() throws {
        let truth = SurveyTruth(seed: 14, respondents: 120)
        let bytes = [0xEF, 0xBB, 0xBF] + Array(truth.qualtrics(delimiter: ",").utf8)
        var options = SurveyOptions()
        options.filters = [("Finished", "1")]
        let s = try read(bytes, options: options)
        #expect(s.encoding == .utf8(byteOrderMark: true))
        check(s, against: truth)
        // Without --where the two header rows are still recognised, and partial responses count.
        let all = try read(bytes, options: SurveyOptions())
        #expect(all.extraHeaderRows == 2 && all.respondents > s.respondents)
    }

    @Test func qualtricsTSVInUTF16LE() throws {
        let truth = SurveyTruth(seed: 15, respondents: 90)
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in truth.qualtrics(delimiter: "\t").utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var options = SurveyOptions(delimiter: 0x09)
        options.filters = [("Finished", "1")]
        let s = try read(bytes, options: options)
        #expect(s.encoding == .utf16LE(byteOrderMark: true))
        check(s, against: truth)
    }

    @Test func aTextFirstRowFollowedByNoDataIsStillAnError() throws {
        // Held as a possible header row, then refused with its own position when no data row follows.
        #expect(throws: SurveyError.notANumber(line: 2, column: 2, name: "experience.product", text: "good")) {
            try summarize("id,experience.product,expectation.product\n1,good,fine\n2,bad,\n", workbook: meisu)
        }
        let rendered = SurveyText.render(try SurveyImport(try read(Array(SurveyTruth(seed: 1, respondents: 40).qualtrics(delimiter: ",").utf8),
                                                                    options: SurveyOptions()), into: meisu),
                                         file: "q.csv", filter: nil, language: .en)
        #expect(rendered.contains("\nthe 2 rows of text under the header (question text, import ids, as Qualtrics and SurveyMonkey export) "
            + "are read as header rows, not data\n"))
    }
}

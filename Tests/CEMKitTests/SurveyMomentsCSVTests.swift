// SurveyMomentsCSV: a query's result file read back into the sums a raw read of the same rows gives.

@testable import CEMKit
import Testing

@Suite struct SurveyMomentsCSVTests {
    static let map = SurveyMap(columns: [("Q1", .score(.experience, factor: "F1")), ("Overall", .overall)])

    @Test func readsQuotesLineEndsAndAByteOrderMark() throws {
        let text = "\u{FEFF}\"a\",\"b \"\"c\"\"\"\r\n1,\"x\ny\"\r\n\r\n2,3"
        let rows = try SurveyMomentsCSV.rows(Array(text.utf8))
        #expect(rows.map(\.line) == [1, 2, 5])
        #expect(rows.map(\.fields) == [["a", "b \"c\""], ["1", "x\ny"], ["2", "3"]])
        #expect(throws: SurveyMomentsProblem.unterminatedQuote(line: 1)) { try SurveyMomentsCSV.rows(Array("\"a,b\n".utf8)) }
    }

    /// The sums of a result equal a raw read of the rows it sums (three respondents, one blank row).
    @Test func givesTheSumsOfTheRows() throws {
        let raw = try SurveyMoments.read(Array("Q1,Overall\n6,7\n8,\n,\n4.5,9\n".utf8), workbook: nil,
                                         options: { var o = SurveyOptions(); o.apply(SurveyMomentsCSVTests.map); return o }())
        let result = "n_rows,n_respondents,s1_n,s1_sum,s1_sumsq,s1_min,s1_max,s1_fractional,s2_n,s2_sum,s2_sumsq,s2_min,s2_max,s2_fractional,"
            + "d_n,d_sum_s2,d_sum_s1,d_s2_s2,d_s2_s1,d_s1_s1\n4,3,3,18.5,120.25,4.5,8,1,2,16,130,7,9,0,2,16,10.5,130,82.5,56.25\n"
        let sums = try SurveyMomentsCSV.read(Array(result.utf8), map: SurveyMomentsCSVTests.map, workbook: nil, options: SurveyOptions())
        #expect(sums.rows == raw.rows && sums.respondents == raw.respondents && sums.unusableRows == raw.unusableRows)
        #expect(sums.observed == raw.observed)
        for (a, b) in zip(sums.all, raw.all) {
            #expect(a.n == b.n)
            #expect(abs(a.mean! - b.mean!) < 1e-12)
        }
        let covariance = try #require(sums.drivers?.covariance), expected = try #require(raw.drivers?.covariance)
        for (a, b) in zip(covariance, expected) { #expect(abs(a - b) < 1e-12) }
    }
}

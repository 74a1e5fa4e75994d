// `--columns`: number, header, kind and values of every column, header rows recognised, any encoding.

@testable import CEMKit
import Foundation
import Testing

@Suite struct SurveyColumnsTests {
    func list(_ bytes: [UInt8], options: SurveyOptions = SurveyOptions(), chunk: Int = 1 << 20) throws
        -> (columns: [SurveyColumn], rows: Int, extraHeaderRows: Int, encoding: DetectedEncoding) {
        var reader = SurveyReader(listingColumns: options)
        var start = 0
        while start < bytes.count {
            try reader.feed(Array(bytes[start..<min(bytes.count, start + chunk)]))
            start += chunk
        }
        return try reader.finishColumns()
    }

    @Test func qualtricsColumnsWithoutItsHeaderRows() throws {
        let truth = SurveyTruth(seed: 14, respondents: 30)
        for chunk in [7, 1 << 20] {
            let result = try list([0xEF, 0xBB, 0xBF] + Array(truth.qualtrics(delimiter: ",").utf8), chunk: chunk)
            #expect(result.rows == 30 && result.extraHeaderRows == 2 && result.encoding == .utf8(byteOrderMark: true))
            #expect(result.columns.map(\.name).prefix(3) == ["StartDate", "EndDate", "Status"])
            let finished = try #require(result.columns.first { $0.name == "Finished" })
            #expect(finished.number == 6 && finished.kind == "number" && finished.low == 0 && finished.high == 1 && finished.numbers == 30)
            let product = try #require(result.columns.first { $0.name == "experience.product" })
            let answered = truth.answers.compactMap { $0[0] }
            #expect(product.kind == "number" && product.numbers == answered.count && product.blanks == 30 - answered.count)
            #expect(product.low == answered.min() && product.high == answered.max())
            let id = try #require(result.columns.first { $0.name == "ResponseId" })
            #expect(id.kind == "text" && id.examples == ["R_0abc", "R_1abc", "R_2abc"] && id.texts == 30)
        }
        let shown = SurveyText.columns(try list(Array("id,区域,experience.product\n1,华北,6\n2,华南,\n3,华北,x\n".utf8)).columns,
                                       rows: 3, encoding: .utf8(byteOrderMark: false), file: "s.csv", language: .zh, width: 100)
        #expect(shown == """
            s.csv：3 列，3 行数据

               #  列名                类型        值
              ──  ──────────────────  ──────────  ─────────────────────────────────
              #1  id                  数字        1 – 3（3 个）
              #2  区域                文字        “华北”、“华南”（3 个）
              #3  experience.product  数字和文字  6（1 个）；“x”（1 个）；空白 1 个

            评分列须命名为 <评分项>.<因素id>（例如 experience.product），或名为 overall；其他列可用于 --where 和 --by
            """)
    }

    @Test func gb18030ColumnsAndBrokenFiles() throws {
        let result = try list(SurveyEncodingTests.gb18030File(), options: SurveyOptions(encoding: .gb18030), chunk: 3)
        #expect(result.columns.map(\.name) == ["id", "区域", "experience.product", "expectation.product"])
        #expect(result.columns[1].examples == ["华北", "华南"] && result.encoding == .gb18030)
        #expect(throws: SurveyError.notUTF8(line: 1, column: 2)) { try list(SurveyEncodingTests.gb18030File()) }
        #expect(throws: SurveyError.raggedRow(line: 3, fields: 3, expected: 2)) { try list(Array("a,b\n1,2\n1,2,3\n".utf8)) }
        #expect(throws: SurveyError.emptyFile) { try list([]) }
    }
}

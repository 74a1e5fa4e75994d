// Survey files in UTF-16 (by byte-order mark or `--encoding utf-16`) and GB18030 (`--encoding gb18030`),
// fed in chunks of every size, and bytes that are not UTF-8 refused with the encoding to try.

@testable import CEMKit
import Foundation
import Testing

@Suite struct SurveyEncodingTests {
    let meisu = Samples.workedExample(.en)
    /// 区域 (region), 华北 (north China) and 华南 (south China) in GB18030.
    static let region: [UInt8] = [0xC7, 0xF8, 0xD3, 0xF2]
    static let north: [UInt8] = [0xBB, 0xAA, 0xB1, 0xB1]
    static let south: [UInt8] = [0xBB, 0xAA, 0xC4, 0xCF]

    static func gb18030File() -> [UInt8] {
        var bytes = Array("id,".utf8) + region + Array(",experience.product,expectation.product\n".utf8)
        for (i, (place, x, y)) in [(north, 6, 7), (south, 8, 7), (north, 7, 9), (south, 5, 6)].enumerated() {
            bytes += Array("\(i + 1),".utf8) + place + Array(",\(x),\(y)\r\n".utf8)
        }
        return bytes
    }

    /// The text as UTF-16, little- or big-endian, with or without the byte-order mark.
    static func utf16(_ text: String, littleEndian: Bool, mark: Bool) -> [UInt8] {
        var bytes: [UInt8] = mark ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
        for unit in text.utf16 {
            let low = UInt8(unit & 0xFF), high = UInt8(unit >> 8)
            bytes += littleEndian ? [low, high] : [high, low]
        }
        return bytes
    }

    func read(_ bytes: [UInt8], options: SurveyOptions, chunk: Int) throws -> SurveySummary {
        var reader = SurveyReader(workbook: meisu, options: options)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            try reader.feed(Array(bytes[start..<end]))
            start = end
        }
        return try reader.finish()
    }

    @Test func utf16WithAndWithoutItsMark() throws {
        let text = "id\tregion\texperience.product\texpectation.product\r\n1\t华北\t6\t7\r\n2\t华南\t8\t7\r\n3\t华北\t7\t9\r\n"
        for (littleEndian, mark) in [(true, true), (false, true), (true, false), (false, false)] {
            var options = SurveyOptions(delimiter: 0x09, segmentColumn: "region")
            if !mark { options.encoding = .utf16 }
            for chunk in [1, 3, 4, 5, 1 << 20] {
                let s = try read(SurveyEncodingTests.utf16(text, littleEndian: littleEndian, mark: mark), options: options, chunk: chunk)
                #expect(s.respondents == 3)
                #expect(s.stat(factor: "product", measure: .experience) == SurveyStat(n: 3, mean: 7, sd: 1))
                #expect(s.segments.map { "\($0.value) \($0.respondents)" } == ["华北 2", "华南 1"])
                #expect(s.encoding == (littleEndian ? .utf16LE(byteOrderMark: mark) : .utf16BE(byteOrderMark: mark)))
            }
        }
        #expect(SurveyWords(.en).readAs(.utf16LE(byteOrderMark: true)) == "encoding: UTF-16LE (from its byte-order mark)")
    }

    @Test func gb18030WithEncodingAndRefusedWithout() throws {
        let bytes = SurveyEncodingTests.gb18030File()
        for chunk in [1, 2, 3, 7, 1 << 20] {
            let s = try read(bytes, options: SurveyOptions(segmentColumn: "区域", encoding: .gb18030), chunk: chunk)
            #expect(s.columns[1] == "区域")
            #expect(s.segments.map { "\($0.value) \($0.respondents)" } == ["华北 2", "华南 2"])
            #expect(s.stat(factor: "product", measure: .expectation) == SurveyStat(n: 4, mean: 7.25, sd: 1.258305739))
            #expect(s.encoding == .gb18030)
        }
        // Without --encoding: the header's second name is not UTF-8, and the message says what to try.
        #expect(throws: SurveyError.notUTF8(line: 1, column: 2)) { try read(bytes, options: SurveyOptions(), chunk: 1 << 20) }
        #expect(SurveyWords(.en).error(.notUTF8(line: 1, column: 2)) == "the bytes are not UTF-8; the file is most likely GB18030 "
            + "(Excel's plain \"CSV\" on Chinese Windows): add --encoding gb18030 (for a UTF-16 export, --encoding utf-16; "
            + "or save as \"CSV UTF-8\" in Excel)")
        // A value that is not UTF-8 under an ASCII header, with --on-error skip too.
        let value = Array("id,region,experience.product\n1,".utf8) + SurveyEncodingTests.north + Array(",6\n".utf8)
        #expect(throws: SurveyError.notUTF8(line: 2, column: 2)) {
            try read(value, options: SurveyOptions(onError: .skip, segmentColumn: "region"), chunk: 1 << 20)
        }
        let cell = Array("id,experience.product\n1,".utf8) + SurveyEncodingTests.north + Array("\n2,6\n".utf8)
        #expect(throws: SurveyError.notUTF8(line: 2, column: 2)) { try read(cell, options: SurveyOptions(onError: .skip), chunk: 1 << 20) }
    }

    @Test func aByteOrderMarkWinsAndBadSequencesAreNamed() throws {
        // Excel's "CSV UTF-8": the mark says UTF-8 even when --encoding gb18030 is given.
        let text = Array("\u{FEFF}id,区域,experience.product\n1,华北,6\n2,华南,8\n".utf8)
        let s = try read(text, options: SurveyOptions(segmentColumn: "区域", encoding: .gb18030), chunk: 2)
        #expect(s.encoding == .utf8(byteOrderMark: true) && s.segments.count == 2)
        // 0xFF is no GB18030 lead byte: the byte is named.
        let bad = Array("id,experience.product\n1,6\n2,".utf8) + [0xFF, 0x30] + Array("\n".utf8)
        #expect(throws: SurveyError.badEncoding(encoding: "GB18030", offset: 28)) {
            try read(bad, options: SurveyOptions(encoding: .gb18030), chunk: 1 << 20)
        }
        // A file cut inside a UTF-16 code unit.
        let cut = SurveyEncodingTests.utf16("id,experience.product\n1,6\n", littleEndian: true, mark: true) + [0x41]
        #expect(throws: SurveyError.badEncoding(encoding: "UTF-16LE", offset: 52)) { try read(cut, options: SurveyOptions(), chunk: 5) }
        // Shorter than a mark: read as it is.
        #expect(throws: SurveyError.noScoreColumns) { try read(Array("a,b".utf8), options: SurveyOptions(), chunk: 1) }
    }
}

@Suite struct SurveyDelimiterHintTests {
    @Test func aSemicolonExportReadWithCommasSaysWhichDelimiter() throws {
        // Before: only "no column is named <measure>.<factorId>", with no hint.
        let meisu = Samples.workedExample(.en)
        #expect(surveyError("id;experience.product;overall\n1;6,5;7\n", workbook: meisu) == .wrongDelimiter(found: ";"))
        #expect(surveyError("id\texperience.product\n1\t6\n", workbook: meisu) == .wrongDelimiter(found: "tab"))
        #expect(surveyError("id;note\n1;x\n", workbook: meisu) == .wrongDelimiter(found: ";"))
        #expect(surveyError("id,note\n1,x\n", workbook: meisu) == .noScoreColumns)
        #expect(SurveyWords(.en).error(.wrongDelimiter(found: ";")) == "the header reads as one column that contains ';': the file "
            + "is most likely separated by ; (European Excel writes ;, a TSV tab); add --delimiter ';'")
        #expect(SurveyWords(.zh).error(.wrongDelimiter(found: "tab")) == "标题行只读出一列，其中含有“制表符”：文件多半以 制表符 分隔（欧洲版 Excel 用 ;，TSV 用 tab）；请加 --delimiter tab")
    }
}

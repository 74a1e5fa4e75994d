// `cem import` and `cem segments` over UTF-16 and GB18030 exports, as Excel and Qualtrics write them.

import Foundation
import Testing

@Suite struct SurveyEncodingCommandTests {
    func setUp(_ bytes: [UInt8]) throws -> (folder: URL, original: Data) {
        let folder = try Cem.temporaryFolder()
        let original = try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json"))
        try original.write(to: folder.appendingPathComponent("w.cem.json"))
        try Data(bytes).write(to: folder.appendingPathComponent("survey.csv"))
        return (folder, original)
    }

    /// 区域 (region), 华北 and 华南 in GB18030, with CRLF line ends.
    static func gb18030() -> [UInt8] {
        let region: [UInt8] = [0xC7, 0xF8, 0xD3, 0xF2], north: [UInt8] = [0xBB, 0xAA, 0xB1, 0xB1], south: [UInt8] = [0xBB, 0xAA, 0xC4, 0xCF]
        var bytes = Array("id,".utf8) + region + Array(",experience.product,expectation.product\r\n".utf8)
        for (i, (place, x, y)) in [(north, 6, 7), (south, 8, 7), (north, 7, 9), (south, 5, 6)].enumerated() {
            bytes += Array("\(i + 1),".utf8) + place + Array(",\(x),\(y)\r\n".utf8)
        }
        return bytes
    }

    @Test func gb18030IsRefusedWithTheEncodingToTryThenReadWithIt() throws {
        let (folder, original) = try setUp(SurveyEncodingCommandTests.gb18030())
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "survey.csv:1:2: the bytes are not UTF-8; the file is most likely GB18030 (Excel's plain \"CSV\" on "
            + "Chinese Windows): add --encoding gb18030 (for a UTF-16 export, --encoding utf-16; or save as \"CSV UTF-8\" in Excel)\n")
        #expect(try Data(contentsOf: folder.appendingPathComponent("w.cem.json")) == original)
        let segments = try Cem.call(["segments", "survey.csv", "--by", "区域", "--encoding", "gb18030"], in: folder)
        #expect(segments.status == 0, "\(segments.stderr)")
        #expect(segments.stdout.hasPrefix("encoding: GB18030 (--encoding)\n\nAll respondents  (n = 4)\n"))
        #expect(segments.stdout.contains("区域 = 华北  (n = 2)") && segments.stdout.contains("区域 = 华南  (n = 2)"))
        let imported = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--encoding", "gb18030"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("survey.csv: 4 respondents\nencoding: GB18030 (--encoding)\n"))
        #expect(imported.stdout.contains("  Product  Expectation  4  7.25  1.2583"))
    }

    @Test func qualtricsUTF16TabSeparatedByItsMark() throws {
        let text = "ResponseId\tFinished\texperience.product\toverall\r\nR_1\t1\t6\t7\r\nR_2\t1\t8\t8\r\nR_3\t0\t2\t3\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (folder, _) = try setUp(bytes)
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--delimiter", "tab", "--where", "Finished=1",
                                "--dry-run"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("survey.csv: 2 of 3 respondents\nencoding: UTF-16LE (from its byte-order mark)\nonly respondents with Finished = 1\n"))
        #expect(run.stdout.contains("  Product               Experience  2     7  1.4142  −5.7062 – 19.7062  6 → 7\n"))
    }
}

@Suite struct SurveyColumnsCommandTests {
    @Test func columnsNeedNoWorkbookAndImportStillNeedsInto() throws {
        let folder = try Cem.temporaryFolder()
        try Data("id;Region;experience.product\n1;north;6,5\n2;south;7\n".utf8).write(to: folder.appendingPathComponent("s.csv"))
        let run = try Cem.call(["import", "s.csv", "--columns", "--delimiter", ";"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  #3  experience.product  number  6.5 – 7 (2)\n"))
        let missing = try Cem.call(["import", "s.csv"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("cem: missing --into FILE."))
    }
}

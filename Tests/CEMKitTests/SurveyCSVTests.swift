@testable import CEMKit
import Foundation
import Testing

/// Records what the parser delivers: rows of fields, with the line each row starts on.
private struct Recorder: CSVSink {
    var rows: [(line: Int, fields: [String])] = []
    var current: [String] = []
    var fieldLines: [Int] = []

    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, column: Int, line: Int) throws(SurveyError) {
        if column == 0 { current = [] }
        current.append(String(decoding: bytes, as: UTF8.self))
        fieldLines.append(line)
    }

    mutating func endRow(fields: Int, line: Int) throws(SurveyError) {
        #expect(fields == current.count)
        rows.append((line, current))
    }
}

/// Parses `bytes` fed in chunks of `size` bytes.
private func parse(_ bytes: [UInt8], chunk size: Int, delimiter: Character = ",") throws(SurveyError) -> [(line: Int, fields: [String])] {
    var parser = CSVParser(delimiter: delimiter.asciiValue!)
    var sink = Recorder()
    var start = 0
    while start < bytes.count {
        let end = min(bytes.count, start + size)
        try bytes[start..<end].withUnsafeBufferPointer { (chunk) throws(SurveyError) in try parser.feed(chunk, into: &sink) }
        start = end
    }
    try parser.finish(into: &sink)
    return sink.rows
}

@Suite struct SurveyCSVTests {
    static let tricky = Array("\u{FEFF}id,comment,score\r\n1,\"a, b\",7\r\n2,\"she said \"\"hi\"\"\r\nand left\",6.5\r\n\r\n3,,\"\"\n4,x\"y,\"8\"\r\n5,end,9".utf8)

    static let expected: [(Int, [String])] = [
        (1, ["id", "comment", "score"]),
        (2, ["1", "a, b", "7"]),
        (3, ["2", "she said \"hi\"\r\nand left", "6.5"]),
        (6, ["3", "", ""]),
        (7, ["4", "x\"y", "8"]),
        (8, ["5", "end", "9"]),
    ]

    @Test func quotingCRLFAndTheByteOrderMarkInOneChunk() throws {
        let rows = try parse(Self.tricky, chunk: 1 << 20)
        #expect(rows.map(\.fields) == Self.expected.map(\.1))
        #expect(rows.map(\.line) == Self.expected.map(\.0))
    }

    @Test func everyChunkSizeGivesTheSameRows() throws {
        // Chunk sizes 1…n split the BOM, quotes, doubled quotes and CRLF at every possible byte.
        for size in 1...Self.tricky.count {
            let rows = try parse(Self.tricky, chunk: size)
            #expect(rows.map(\.fields) == Self.expected.map(\.1), "chunk size \(size)")
            #expect(rows.map(\.line) == Self.expected.map(\.0), "chunk size \(size)")
        }
    }

    @Test func lineEndsAndTrailingNewline() throws {
        for text in ["a,b\n1,2\n", "a,b\n1,2", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a,b\n1,2\n\n\n"] {
            for size in [1, 2, 3, 64] {
                let rows = try parse(Array(text.utf8), chunk: size)
                #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"]], "\(text.debugDescription) size \(size)")
            }
        }
    }

    @Test func aTrailingDelimiterIsAnEmptyLastField() throws {
        #expect(try parse(Array("a,b,\n1,2,".utf8), chunk: 3).map(\.fields) == [["a", "b", ""], ["1", "2", ""]])
    }

    @Test func semicolons() throws {
        let rows = try parse(Array("a;b\n\"x;y\";2,5\n".utf8), chunk: 2, delimiter: ";")
        #expect(rows.map(\.fields) == [["a", "b"], ["x;y", "2,5"]])
    }

    @Test func anUnterminatedQuoteNamesWhereItOpened() {
        for size in [1, 5, 100] {
            #expect(throws: SurveyError.unterminatedQuote(line: 2, column: 2)) {
                try parse(Array("a,b\n1,\"open\n2,3\n".utf8), chunk: size)
            }
        }
    }

    @Test func numbersFromBytes() {
        func number(_ text: String, decimalComma: Bool = false) -> SurveySink.Cell {
            Array(text.utf8).withUnsafeBufferPointer { SurveySink.number($0, decimalComma: decimalComma) }
        }
        func value(_ text: String, decimalComma: Bool = false) -> Double? {
            if case .value(let v) = number(text, decimalComma: decimalComma) { return v }
            return nil
        }
        #expect(value("7") == 7)
        #expect(value(" 7 ") == 7)
        #expect(value("7.0") == 7)
        #expect(value("6.5") == 6.5)
        #expect(value("0.1") == 0.1)
        #expect(value("-1") == -1)
        #expect(value("４.３６") == 4.36)
        #expect(value("７") == 7)
        #expect(value("６。５") == 6.5)
        #expect(value("+7") == 7)
        #expect(value("1234567890.1234567") == 1234567890.1234567)
        #expect(value("6,5", decimalComma: true) == 6.5)
        if case .invalid = number("6,5") {} else { Issue.record("6,5 with a comma delimiter is not a number") }
        for blank in ["", "  ", "\t", "　"] {
            if case .missing = number(blank) {} else { Issue.record("\(blank.debugDescription) is missing") }
        }
        for bad in ["abc", "7a", "1.2.3", "-", ".", "NaN", "1e3"] {
            if case .invalid = number(bad) {} else { Issue.record("\(bad) is not a number") }
        }
    }
}

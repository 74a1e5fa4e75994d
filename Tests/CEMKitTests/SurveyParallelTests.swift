// A survey summed in byte ranges on several threads writes the bytes of the one-pass import; quotes and
// UTF-16 fall back to one pass; an error in a later range names its line in the whole file.

@testable import CEMKit
import Foundation
import Testing

@Suite struct SurveyParallelTests {
    let meisu = Samples.workedExample(.en)

    /// The bytes as a byte source.
    static func source(_ bytes: [UInt8]) -> SurveyByteSource {
        { offset, buffer, count in
            let n = max(0, min(count, bytes.count - offset))
            bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + offset, count: n) }
            return n
        }
    }

    func onePass(_ bytes: [UInt8], _ options: SurveyOptions) throws -> String {
        var reader = SurveyReader(workbook: meisu, options: options)
        try reader.feed(bytes)
        return WorkbookWriter.text(try SurveyImport(try reader.finish(), into: meisu, importance: .derived).workbook)
    }

    func parallel(_ bytes: [UInt8], _ options: SurveyOptions, parts: Int) throws -> SurveyParallel.Outcome {
        SurveyParallel.read(size: bytes.count, source: Self.source(bytes), workbook: meisu, options: options, parts: parts, minimumBytes: 0)
    }

    func options(weighted: Bool) -> SurveyOptions {
        var options = SurveyOptions()
        options.segmentColumn = "region"
        options.keyDrivers = true
        options.weightColumn = weighted ? "w" : nil
        return options
    }

    @Test(arguments: [2, 3, 5])
    func rangesWriteTheBytesOfOnePass(parts: Int) throws {
        let lines = SurveyMomentsTests.generated(rows: 3000, seed: UInt64(parts))
        let bytes = SurveyMomentsTests.bytes(lines[1...], header: lines[0])
        for weighted in [false, true] {
            let options = options(weighted: weighted)
            guard case .moments(let sums) = try parallel(bytes, options, parts: parts) else {
                Issue.record("not read in parallel")
                return
            }
            #expect(sums.rows == 3000)
            let text = WorkbookWriter.text(try SurveyImport(try sums.summary(workbook: meisu, options: options), into: meisu, importance: .derived).workbook)
            #expect(text == (try onePass(bytes, options)))
        }
    }

    @Test func quotesAndUTF16AreReadInOnePass() throws {
        let lines = SurveyMomentsTests.generated(rows: 400)
        var quoted = lines
        quoted[0] = quoted[0].replacingOccurrences(of: "region", with: "\"region\"")
        // A quoted header is fine; a quote in the rows is not.
        guard case .moments = try parallel(SurveyMomentsTests.bytes(quoted[1...], header: quoted[0]), options(weighted: false), parts: 2) else {
            Issue.record("a quoted header should not stop the parallel read")
            return
        }
        quoted[350] = "\"350\"" + quoted[350].dropFirst(3)
        guard case .onePass = try parallel(SurveyMomentsTests.bytes(quoted[1...], header: quoted[0]), options(weighted: false), parts: 2) else {
            Issue.record("a quote in a row must fall back to one pass")
            return
        }
        // Lines ending in a carriage return alone, with one stray newline late in the file.
        let carriage = Array((lines.joined(separator: "\r") + "\r").utf8) + Array("1,north,1,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5\n".utf8)
        guard case .onePass = try parallel(carriage, options(weighted: false), parts: 2) else {
            Issue.record("lines ending in CR are read in one pass")
            return
        }
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in lines.joined(separator: "\n").utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        guard case .onePass = try parallel(utf16, options(weighted: false), parts: 2) else {
            Issue.record("UTF-16 is read in one pass")
            return
        }
    }

    /// The reproduction: an error in the second range reports the line of the whole file, as one pass does.
    @Test func anErrorInALaterRangeNamesItsTrueLine() throws {
        var lines = SurveyMomentsTests.generated(rows: 1000)
        var cells = lines[901].components(separatedBy: ",")
        cells[3] = "x7"
        lines[901] = cells.joined(separator: ",")
        let bytes = SurveyMomentsTests.bytes(lines[1...], header: lines[0])
        var reader = SurveyReader(workbook: meisu, options: options(weighted: false))
        var expected: SurveyError?
        do {
            try reader.feed(bytes)
            _ = try reader.finish()
        } catch {
            expected = error
        }
        guard case .notANumber(let line, _, _, _)? = expected else {
            Issue.record("one pass: \(String(describing: expected))")
            return
        }
        #expect(line == 902)
        for parts in [2, 3, 4] {
            guard case .failed(let error) = try parallel(bytes, options(weighted: false), parts: parts) else {
                Issue.record("parts \(parts): no error")
                continue
            }
            #expect(error == expected, "parts \(parts)")
        }
    }
}

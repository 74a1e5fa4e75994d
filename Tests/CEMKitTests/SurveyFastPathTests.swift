// The survey reader's fast path against the general parser alone: the same sums, the same errors (with
// the same lines), whatever the file holds and however it is cut into chunks.
@testable import CEMKit
import Foundation
import Testing

@Suite struct SurveyFastPathTests {
    /// What a reading came to, as text: every sum and count, or the error.
    static func read(_ bytes: [UInt8], options: SurveyOptions, scale: Scale, chunk: Int, fast: Bool) -> (String, fastLines: Int) {
        var workbook = Samples.workedExample(.en)
        workbook.scale = scale
        var reader = SurveyReader(workbook: workbook, options: options)
        reader.usesFastPath = fast
        do {
            try reader.feed(bytes, chunk: chunk)
            let moments = try reader.finishMoments()
            return (String(reflecting: moments) + " line \(reader.line) bytes \(reader.bytesRead)", reader.fastLines)
        } catch {
            return ("error: \(error)", reader.fastLines)
        }
    }

    static func compare(_ bytes: [UInt8], options: SurveyOptions, scale: Scale, chunks: [Int] = [1, 2, 7, 64, 4096],
                        random: inout FuzzRandom) -> (String?, fastLines: Int) {
        let general = read(bytes, options: options, scale: scale, chunk: bytes.count + 1, fast: false).0
        let chunk = random.pick(chunks + [bytes.count + 1])
        let (fast, lines) = read(bytes, options: options, scale: scale, chunk: chunk, fast: true)
        guard fast != general else { return (nil, lines) }
        let same = zip(general, fast).prefix { $0 == $1 }.count
        return ("chunk \(chunk):\n" + String(decoding: bytes.prefix(2000), as: UTF8.self)
                    + "\ngeneral: …\(general.dropFirst(max(0, same - 80)).prefix(300))\nfast:    …\(fast.dropFirst(max(0, same - 80)).prefix(300))", lines)
    }

    @Test func oddFilesReadAsTheGeneralParserReadsThem() {
        var random = FuzzRandom(state: 7_202_611)
        var failures: [String] = []
        for _ in 0..<1500 {
            let (bytes, options, _, scale) = SurveyFuzz.generate(&random)
            if let problem = Self.compare(bytes, options: options, scale: scale, random: &random).0 { failures.append(problem) }
        }
        #expect(failures.isEmpty, "\(failures.count) differ; first:\n\(failures.first ?? "")")
    }

    /// Files that are mostly plain numbers, with the odd cell, sign, space, quote, CR, empty line or ragged
    /// row among them, and `--where`, `--by` and `--weight` columns: most lines take the fast path.
    @Test func mostlyPlainFilesReadAsTheGeneralParserReadsThem() {
        var random = FuzzRandom(state: 20_261_122)
        var failures: [String] = []
        var fastLines = 0, rows = 0
        let header = ["id", "region", "w", "experience.product", "expectation.product", "importance.product",
                      "experience.convenience", "expectation.convenience", "overall"]
        for _ in 0..<600 {
            let scale = random.pick([Scale.standard, Scale(min: 1, max: 5), Scale(min: -10, max: 10)])
            let delimiter = random.chance(85) ? "," : random.pick([";", "\t"])
            let end = random.chance(80) ? "\n" : "\r\n"
            var text = header.joined(separator: delimiter) + end
            let count = random.below(120)
            rows += count
            for row in 0..<count {
                var cells = header.indices.map { column -> String in
                    switch column {
                    case 0: return "R\(row)"
                    case 1: return random.pick(["north", "south", "北", ""])
                    case 2: return random.chance(2) ? "x" : random.pick(["1", "0.5", "2.25", ""])
                    default:
                        if random.chance(1) { return random.pick(SurveyFuzz.cells) }
                        if random.chance(8) { return "" }
                        // Importance is on 0 to the scale's top whatever the scale's bottom.
                        let bottom = header[column].hasPrefix("importance") ? max(0, Int(scale.min)) : Int(scale.min)
                        let whole = bottom + random.below(Int(scale.max) - bottom + 1)
                        return random.chance(85) || whole == Int(scale.max) ? String(whole) : "\(whole).\(random.below(100))"
                    }
                }
                // A ragged row ends the file (it is refused whatever `--on-error` says): rare.
                if random.below(500) == 0 { cells.removeLast() }
                if random.below(500) == 0 { cells.append("7") }
                text += cells.joined(separator: delimiter)
                text += random.chance(2) ? random.pick(["\r", "\n\n", "\r\n\r\n"]) : end
            }
            if random.chance(20) { text.removeLast(end.count) }
            var options = SurveyOptions(delimiter: UInt8(ascii: delimiter == "," ? "," : delimiter == ";" ? ";" : "\t"))
            // Mostly `skip`: with `fail` the first odd cell ends the file.
            options.onError = random.chance(20) ? .fail : .skip
            if random.chance(30) { options.filter = ("region", random.pick(["north", "北"])) }
            if random.chance(30) { options.segmentColumn = "region" }
            if random.chance(20) { options.weightColumn = "w" }
            if random.chance(20) { options.missing = .pairwise }
            if random.chance(20) { options.topBox = 2 }
            let (problem, lines) = Self.compare(Array(text.utf8), options: options, scale: scale, chunks: [7, 64, 4096],
                                                   random: &random)
            if let problem { failures.append(problem) }
            fastLines += lines
        }
        #expect(failures.isEmpty, "\(failures.count) differ; first:\n\(failures.first ?? "")")
        // The fast path did the bulk of the work (else this test would compare the general parser with itself).
        // (A third of the files come in 7-byte chunks, where lines are finished by the general parser.)
        #expect(fastLines > rows / 3, "\(fastLines) of \(rows) lines took the fast path")
    }

    /// A line the fast path hands over keeps its true line number in the message.
    @Test func anErrorAfterFastLinesNamesItsLine() throws {
        let text = "experience.product,overall\n7,8\n6,9\n5,x\n"
        var reader = SurveyReader(workbook: Samples.workedExample(.en), options: SurveyOptions())
        #expect(throws: SurveyError.notANumber(line: 4, column: 2, name: "overall", text: "x")) {
            try reader.feed(Array(text.utf8))
            _ = try reader.finishMoments()
        }
        #expect(reader.fastLines == 2)
    }
}

extension SurveyFastPathTests {
    /// Cells at the edge of a plain number, each alone in a file after a plain row: both paths agree.
    @Test func edgeCellsReadAsTheGeneralParserReadsThem() {
        var random = FuzzRandom(state: 1)
        let cells = [".", "-", "-.", "7.", ".5", "-0", "-0.0", "0.", "123456789012345", "1234567890123456", "12345678901234.5",
                     "123456789012345.", "1.000000000000001", "00000000000000007", "7..5", "7.5.", "--7", "7-", "10.", "10.0"]
        for cell in cells {
            let text = "experience.product,overall\n7,8\n\(cell),\(cell)\n5,6\n"
            for scale in [Scale(min: -1e15, max: 1e15), Scale.standard] {
                for onError in SurveyOptions.OnError.allCases {
                    var options = SurveyOptions()
                    options.onError = onError
                    let problem = Self.compare(Array(text.utf8), options: options, scale: scale, chunks: [], random: &random).0
                    #expect(problem == nil, "\(cell): \(problem ?? "")")
                }
            }
        }
    }
}

extension SurveyFastPathTests {
    /// A file whose rows quote a cell turns the fast path off after a while; what follows is read the general
    /// way in one call per chunk, with the same sums.
    @Test func mostlySlowLinesTurnTheFastPathOff() {
        var random = FuzzRandom(state: 3)
        var text = "id,experience.product,overall\n"
        for row in 0..<300 { text += "\"R\(row)\",\(row % 11),\((row * 7) % 11)\n" }
        for row in 0..<300 { text += "R\(row),\(row % 10).5,\(row % 11)\n" }
        let bytes = Array(text.utf8)
        for chunk in [64, 4096, bytes.count + 1] {
            let general = Self.read(bytes, options: SurveyOptions(), scale: .standard, chunk: bytes.count + 1, fast: false).0
            var workbook = Samples.workedExample(.en)
            workbook.scale = .standard
            var reader = SurveyReader(workbook: workbook, options: SurveyOptions())
            try? reader.feed(bytes, chunk: chunk)
            let moments = try? reader.finishMoments()
            #expect(moments.map { String(reflecting: $0) + " line \(reader.line) bytes \(reader.bytesRead)" } == general)
            #expect(!reader.usesFastPath, "the fast path stays on after \(reader.fastLines) fast lines")
        }
        #expect(Self.compare(bytes, options: SurveyOptions(), scale: .standard, random: &random).0 == nil)
    }
}

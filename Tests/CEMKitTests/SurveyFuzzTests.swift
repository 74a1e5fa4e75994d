// Seeded, bounded fuzzing of survey import: odd CSV (quotes, CR/LF mixes, BOM, empty lines, wide and
// ragged rows, numeric extremes, hostile text) imported into the worked example in process. Each case is
// either refused with a located message, or accepted with a workbook that reads back and holds only
// finite numbers. A failing case is written to Tests/fixtures/survey-fuzz/, and every file there is
// replayed on every run.
@testable import CEMKit
import Foundation
import Testing

/// The project's seeded generator: the same cases on every machine.
typealias FuzzRandom = SplitMix64

extension SplitMix64 {
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

enum SurveyFuzz {
    static let names = [
        "id", "region", "overall", "experience.product", "expectation.product", "importance.product", "ideal.product",
        "experience.convenience", "expectation.convenience", "importance.convenience", "brandValue.price",
        "experience.price", "experiance.product", "experience.prodcut", "experience.", ".product", "", "a\"b",
        "région", "区域", "\u{1B}]0;title\u{07}", "x\u{1B}[31my", "experience.product ", " overall",
    ]
    static let cells = [
        "", " ", "7", " 7 ", "6.5", "0", "10", "-1", "11", "10.0000000001", "1e3", "１０", "６．５", "+7", "7,5", "abc",
        "NaN", "inf", "-0", "0.000000001", "99999999999999999999", "1" + String(repeating: "0", count: 308),
        "5" + String(repeating: "0", count: 299), "-" + String(repeating: "9", count: 400), "\u{1B}]0;x\u{07}",
        "\"quoted, with comma\"", "\"multi\nline\"", "\"6\"", "\"\"", "\"a \"\" quote\"", "\u{FEFF}7", "north", "south",
        "北", "\u{202E}evil", "7\"", "\"7\"x",
    ]
    static let ends = ["\n", "\r\n", "\r"]

    /// One odd survey file, and the options to read it with.
    static func generate(_ random: inout FuzzRandom) -> (bytes: [UInt8], options: SurveyOptions, importance: ImportanceSource, scale: Scale) {
        var bytes: [UInt8] = []
        if random.chance(15) { bytes += [0xEF, 0xBB, 0xBF] }
        let delimiter = random.chance(85) ? "," : random.pick([";", "\t"])
        let width = random.chance(10) ? 1 + random.below(300) : 1 + random.below(8)
        var header = (0..<width).map { _ in random.pick(names) }
        if random.chance(80) { header[random.below(width)] = random.pick(["experience.product", "expectation.convenience", "overall"]) }
        func line(_ fields: [String]) -> String {
            fields.map { field in
                random.chance(10) && !field.hasPrefix("\"") ? "\"" + field.replacing("\"", with: "\"\"") + "\"" : field
            }.joined(separator: delimiter)
        }
        var text = line(header)
        for _ in 0..<random.below(25) {
            text += random.pick(ends)
            if random.chance(8) { continue }  // an empty line
            let count = random.chance(8) ? max(1, width + random.below(5) - 2) : width
            text += line((0..<count).map { _ in random.chance(60) ? String(random.below(11)) : random.pick(cells) })
        }
        if random.chance(70) { text += random.pick(ends) }
        if random.chance(3) { text += "\"unterminated" }
        bytes += Array(text.utf8)
        if random.chance(5) { bytes.insert(random.pick([0xFF, 0xC3, 0x00, 0x80]), at: random.below(bytes.count + 1)) }
        var options = SurveyOptions(delimiter: UInt8(ascii: delimiter == "," ? "," : delimiter == ";" ? ";" : "\t"))
        options.onError = random.chance(50) ? .skip : .fail
        if random.chance(15) { options.filter = (random.pick(names), random.pick(["north", "7", "", "x"])) }
        if random.chance(10) { options.segmentColumn = random.pick(names) }
        // Scales a workbook may have (the reader bounds them to about ±1e6), each holding the sample's scores.
        let scale = random.pick([Scale.standard, Scale(min: -10, max: 10), Scale(min: 0, max: 100), Scale(min: -1e6, max: 1e6)])
        return (bytes, options, random.chance(30) ? .derived : .stated, scale)
    }

    /// Nil when the case behaves; otherwise what went wrong.
    static func check(_ bytes: [UInt8], options: SurveyOptions, importance: ImportanceSource, scale: Scale = .standard,
                      chunk: Int) -> String? {
        var workbook = Samples.workedExample(.en)
        workbook.scale = scale
        var reader = SurveyReader(workbook: workbook, options: options)
        let result: SurveyImport
        do {
            try reader.feed(bytes, chunk: chunk)
            result = try SurveyImport(try reader.finish(), into: workbook, importance: importance)
        } catch {
            let message = SurveyText.error(error.inert, file: "fuzz.csv", language: .en)
            guard message.hasPrefix("fuzz.csv"), message.count > 20, !message.contains("\u{1B}"), !message.contains("\n") else {
                return "unlocated or unsafe message: \(message)"
            }
            return nil
        }
        let written = WorkbookWriter.bytes(result.workbook)
        do {
            _ = try WorkbookReader.read(written)
            guard try jsonNumbers(written).allSatisfy(\.isFinite) else { return "a non-finite number was written" }
        } catch {
            return "the result does not read back: \(error)\n" + String(decoding: written, as: UTF8.self)
        }
        let text = SurveyText.render(result, file: "fuzz.csv", filter: nil, language: .en)
        if text.isEmpty { return "empty report" }
        return nil
    }

    static let folder = Package.root.appendingPathComponent("Tests/fixtures/survey-fuzz")
}

extension SurveyReader {
    /// Feeds `bytes` in chunks of `chunk` bytes, as a file read in pieces.
    mutating func feed(_ bytes: [UInt8], chunk: Int) throws(SurveyError) {
        for start in stride(from: 0, to: bytes.count, by: chunk) { try feed(Array(bytes[start..<min(bytes.count, start + chunk)])) }
    }
}

@Suite struct SurveyFuzzTests {
    @Test func seededOddFilesAreRefusedOrImportedCleanly() throws {
        var random = FuzzRandom(state: 20_261_122)
        let clock = ContinuousClock(), start = clock.now
        var failures: [String] = []
        for index in 0..<1000 {
            let (bytes, options, importance, scale) = SurveyFuzz.generate(&random)
            let chunk = random.pick([1, 3, 64, 1 << 20])
            guard let problem = SurveyFuzz.check(bytes, options: options, importance: importance, scale: scale, chunk: chunk) else {
                continue
            }
            // Keep the case: its bytes, and its options in the name (replayed with those options on a 0–10 scale).
            let name = "case-\(index)-\(options.onError.rawValue)-\(importance.rawValue)-\(options.delimiter).csv"
            try FileManager.default.createDirectory(at: SurveyFuzz.folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: SurveyFuzz.folder.appendingPathComponent(name))
            failures.append("\(name): \(problem.prefix(400))")
        }
        #expect(failures.isEmpty, "kept under Tests/fixtures/survey-fuzz/:\n\(failures.joined(separator: "\n"))")
        #expect(clock.now - start < .seconds(30))
    }

    /// Every kept case, named `<anything>-<fail|skip>-<stated|derived>-<delimiter byte>.csv`.
    @Test func keptCasesStayFixed() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: SurveyFuzz.folder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".csv") {
            let parts = name.dropLast(4).split(separator: "-").map(String.init)
            guard parts.count >= 3, let onError = SurveyOptions.OnError(rawValue: parts[parts.count - 3]),
                  let importance = ImportanceSource(rawValue: parts[parts.count - 2]), let delimiter = UInt8(parts[parts.count - 1]) else {
                Issue.record("\(name): name it <case>-<fail|skip>-<stated|derived>-<delimiter byte>.csv")
                continue
            }
            let bytes = Array(try Data(contentsOf: SurveyFuzz.folder.appendingPathComponent(name)))
            let problem = SurveyFuzz.check(bytes, options: SurveyOptions(delimiter: delimiter, onError: onError),
                                           importance: importance, chunk: 7)
            #expect(problem == nil, "\(name): \(problem ?? "")")
        }
    }
}

// No input crashes cem, hangs it, or takes over the terminal: seeded, bounded fuzzing of the workbook
// and exercise readers, and everything rendered from what they accept.
//
// A long run: `CEM_FUZZ_CASES=100000 swift test --filter Fuzz` (CEM_FUZZ_SEED picks another seed;
// CEM_FUZZ_TRACE=FILE writes each case there before it runs, so a crash leaves the case behind;
// CEM_FUZZ_KEEP=3,91 and CEM_FUZZ_KEEP_EXERCISE=5 write those cases to Tests/fixtures/fuzz/ as
// regression files).
// Every case that ever failed is kept under Tests/fixtures/fuzz/ and checked on every run.

@testable import CEMKit
import Foundation
import Testing

@Suite struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["CEM_FUZZ_CASES"].flatMap(Int.init) ?? 1_500
    static let seed = environment["CEM_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_251_122
    static let trace = environment["CEM_FUZZ_TRACE"]
    static let keep = Set((environment["CEM_FUZZ_KEEP"] ?? "").split(separator: ",").compactMap { Int($0) })
    static let keepExercise = Set((environment["CEM_FUZZ_KEEP_EXERCISE"] ?? "").split(separator: ",").compactMap { Int($0) })

    /// Writes a case that failed to the regression folder.
    static func keep(_ bytes: [UInt8], _ name: String) throws {
        let url = Package.root.appendingPathComponent("Tests/fixtures/fuzz/\(name)")
        try Data(bytes).write(to: url)
    }

    @Test func workbookVariants() throws {
        let bases = try Package.workbookFiles().filter { !$0.contains("/templates/") || $0.hasSuffix(".en.cem.json") }.map(Package.bytes)
        var random = SeededRandom(seed: Self.seed)
        var refused = 0
        for index in 0..<Self.cases {
            let (kind, bytes) = FuzzGenerator.variant(of: random.pick(bases), &random)
            if let trace = Self.trace { try Data(bytes).write(to: URL(fileURLWithPath: trace)) }
            if Self.keep.contains(index) { try Self.keep(bytes, "seed-\(Self.seed)-case-\(index).cem.json") }
            if !FuzzCheck.workbook(bytes, label: "case \(index) (\(kind.rawValue), seed \(Self.seed))") { refused += 1 }
        }
        // The generator must exercise both sides: refusals and accepted files that are then rendered.
        #expect(refused > Self.cases / 10)
        #expect(refused < Self.cases * 95 / 100)
    }

    @Test func exerciseVariants() throws {
        let folder = Package.root.appendingPathComponent("workbooks/exercises")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".en.exercise.json") }.sorted()
        let bases = try names.map { try Package.bytes("workbooks/exercises/" + $0) }
        var random = SeededRandom(seed: Self.seed &+ 1)
        var refused = 0
        for index in 0..<max(1, Self.cases / 3) {
            let (kind, bytes) = FuzzGenerator.variant(of: random.pick(bases), &random)
            if let trace = Self.trace { try Data(bytes).write(to: URL(fileURLWithPath: trace)) }
            if Self.keepExercise.contains(index) { try Self.keep(bytes, "seed-\(Self.seed)-case-\(index).exercise.json") }
            if !FuzzCheck.exercise(bytes, label: "exercise case \(index) (\(kind.rawValue), seed \(Self.seed))") { refused += 1 }
        }
        #expect(refused > 0)
    }

    /// Every case that ever failed, kept as a file: `*.cem.json` through the workbook reader,
    /// `*.exercise.json` through the exercise reader.
    @Test func regressions() throws {
        let folder = Package.root.appendingPathComponent("Tests/fixtures/fuzz")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let bytes = try Package.bytes("Tests/fixtures/fuzz/" + name)
            if name.hasSuffix(".exercise.json") {
                _ = FuzzCheck.exercise(bytes, label: name)
            } else {
                _ = FuzzCheck.workbook(bytes, label: name)
            }
        }
    }
}

/// The checks every case passes; they return whether the reader accepted the input.
enum FuzzCheck {
    // Generous for a debug build on a loaded machine: they catch hangs and quadratic blow-ups, not slowness.
    static let readLimit = 10.0, renderLimit = 60.0

    @discardableResult
    static func workbook(_ bytes: [UInt8], label: String) -> Bool {
        read(label, { () throws(WorkbookError) in try WorkbookReader.read(bytes) }, workbook: { $0 }) { error, language in
            error.diagnostics.map { $0.line(file: "f.cem.json", strings: strings(language)) }
        }
    }

    @discardableResult
    static func exercise(_ bytes: [UInt8], label: String) -> Bool {
        read(label, { () throws(ExerciseError) in try ExerciseReader.read(bytes) }, workbook: \.workbook) { error, language in
            error.diagnostics.map { $0.line(file: "f.exercise.json", strings: strings(language)) }
        }
    }

    /// Reads in time; a refusal gives inert located lines, an accepted file passes `checkAccepted`.
    static func read<T, E: Error>(_ label: String, _ reader: () throws(E) -> T, workbook: (T) -> Workbook,
                                  lines: (E, Language) -> [String]) -> Bool {
        let clock = ContinuousClock()
        let start = clock.now
        let result = Result(catching: reader)
        #expect(seconds(clock.now - start) < readLimit, "\(label): reading took too long")
        switch result {
        case .failure(let error):
            for language in Language.allCases {
                let all = lines(error, language)
                #expect(!all.isEmpty, "\(label): refused without a message")
                all.forEach { checkLine($0, label: label) }
            }
            return false
        case .success(let value):
            checkAccepted(workbook(value), label: label)
            return true
        }
    }

    /// A located one-line message: the file name first, no raw line break or control character.
    static func checkLine(_ line: String, label: String) {
        #expect(line == line.inert, "\(label): the message is not inert: \(line.inert)")
        #expect(line.hasPrefix("f."), "\(label): \(line.inert)")
        #expect(line.utf8.count < 400_000, "\(label): the message is \(line.utf8.count) bytes long")
    }

    /// `fmt` is idempotent and everything renders in time, with well-formed output.
    static func checkAccepted(_ workbook: Workbook, label: String) {
        let first = WorkbookWriter.bytes(workbook)
        guard let again = try? WorkbookReader.read(first) else {
            Issue.record("\(label): the canonical form of an accepted file is refused")
            return
        }
        #expect(WorkbookWriter.bytes(again) == first, "\(label): fmt is not idempotent")
        let clock = ContinuousClock()
        let start = clock.now
        let cuts = [IPACutMethod.mean, .median, .midpoint, .values(experience: 5, importance: 5)][label.utf8.count % 4]
        for output in renderEverything(workbook, cuts: cuts) {
            check(output.text, kind: output.kind, label: "\(label) \(output.name)")
        }
        #expect(seconds(clock.now - start) < renderLimit, "\(label): rendering took too long")
    }

    static func check(_ text: String, kind: RenderedKind, label: String) {
        switch kind {
        case .json:
            #expect((try? JSONParser.parse(text)) != nil, "\(label): the JSON output does not parse")
        case .svg:
            #expect(!text.contains("NaN") && !text.contains("nan") && !text.contains("Infinity") && !text.contains("inf\""),
                    "\(label): the SVG has a number that is not finite")
        case .text:
            let bad = text.unicodeScalars.first { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
            #expect(bad?.value == nil, "\(label): raw control character U+\(String(bad?.value ?? 0, radix: 16)) in the text")
        case .markup:
            break
        }
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

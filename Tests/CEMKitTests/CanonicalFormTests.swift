import CEMKit
import Foundation
import Testing

/// The canonical form of DESIGN §3: reading then writing gives the same bytes.
@Suite struct CanonicalFormTests {
    @Test(arguments: Package.workbookFiles()) func workbookFilesRoundTripByteForByte(path: String) throws {
        let bytes = try Package.bytes(path)
        let workbook = try WorkbookReader.read(bytes)
        #expect(WorkbookWriter.bytes(workbook) == bytes, "\(path) is not canonical")
    }

    @Test func thereAreSampleAndTemplateFiles() {
        #expect(Package.workbookFiles().count >= 6)
    }

    @Test func canonicalLayout() throws {
        let text = WorkbookWriter.text(Samples.workedExample(.zh))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\n  \"title\": \"美苏电器 · 西洋菜街\",\n"))  // non-ASCII as itself
        #expect(text.contains("\"factors\": [\"convenience\"],"))        // arrays of scalars on one line
        #expect(text.contains("\"history\": []\n"))                      // empty arrays
        #expect(text.contains("\"actual\": 4.2,"))                        // shortest round-trip
        #expect(text.contains("\"baseline\": 1,"))                        // integers without .0
        #expect(!text.contains("\\u"))
        #expect(!text.contains("\t"))
        let keys = text.split(separator: "\n").prefix(6).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(keys == ["{", "\"format\": \"cem-workbook\",", "\"formatVersion\": 1,", "\"title\": \"美苏电器 · 西洋菜街\",",
                         "\"language\": \"zh\",", "\"cycle\": 1,"])
    }

    @Test func numbersAndStrings() {
        #expect(CanonicalJSON.number(4) == "4")
        #expect(CanonicalJSON.number(-0.0) == "0")
        #expect(CanonicalJSON.number(4.2) == "4.2")
        #expect(CanonicalJSON.number(0.1 + 0.2) == "0.30000000000000004")
        #expect(CanonicalJSON.number(-0.666666667) == "-0.666666667")
        #expect(CanonicalJSON.number(1e-7) == "1e-07")
        #expect(CanonicalJSON.string("a/b \"q\" \\ \n\t\u{01} 中文 😀") == "\"a/b \\\"q\\\" \\\\ \\n\\t\\u0001 中文 😀\"")
    }

    @Test func anyValidJSONBecomesCanonical() throws {
        let messy = """
        {"format":"cem-workbook","formatVersion":1.0,"factors":[{"id":"a","name":"\\u4ea7\\u54c1","experience":6.50}],
        "requirements":[{"id":"R1","title":"x\\/y","factors":["a"]}]}
        """
        let w = try WorkbookReader.read(messy)
        #expect(w.factors[0].name == "产品")
        #expect(w.factors[0].experience == 6.5)
        let canonical = WorkbookWriter.text(w)
        #expect(canonical.contains("\"name\": \"产品\""))
        #expect(canonical.contains("\"experience\": 6.5,"))
        #expect(canonical.contains("\"title\": \"x/y\""))
        #expect(WorkbookWriter.text(try WorkbookReader.read(canonical)) == canonical)
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(WorkbookWriter.text(Samples.workedExample(.en)).utf8)
        #expect(try WorkbookReader.read(bytes) == Samples.workedExample(.en))
    }

    /// Seeded random workbooks: every value the format allows, hostile text included, survives a round trip.
    @Test(arguments: 0..<200) func randomWorkbooksRoundTrip(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed))
        let workbook = random.workbook()
        let text = WorkbookWriter.text(workbook)
        let read = try WorkbookReader.read(text)
        #expect(read == workbook)
        #expect(WorkbookWriter.text(read) == text)
    }
}

/// SplitMix64: a small deterministic generator, so a failing seed can be replayed.
typealias SeededRandom = SplitMix64

extension SplitMix64 {
    init(seed: UInt64) { self.init(state: seed &+ 0x9E37_79B9_7F4A_7C15) }

    mutating func text() -> String {
        let pieces = ["产品", "便利性", "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{01}", "😀", "👩‍👩‍👧", "é", "<b>", "|", "=1+1", "\u{2028}", "—", "０"]
        return (0..<Int.random(in: 0...6, using: &self)).map { _ in pieces.randomElement(using: &self)! }.joined()
    }

    mutating func score(_ scale: Scale) -> Double? {
        switch Int.random(in: 0..<4, using: &self) {
        case 0: return nil
        case 1: return Double(Int.random(in: Int(scale.min)...Int(scale.max), using: &self))
        case 2: return scale.min + Double(Int.random(in: 0...Int((scale.max - scale.min) * 100), using: &self)) / 100
        default: return Double.random(in: scale.min...scale.max, using: &self)
        }
    }

    mutating func id(factor: Bool) -> String {
        let alphabet = Array(factor ? "abcxyz019-" : "ABRKabc019-")
        var id = String(alphabet[Int.random(in: 0..<(alphabet.count - 1), using: &self)])
        for _ in 0..<Int.random(in: 0...5, using: &self) { id.append(alphabet.randomElement(using: &self)!) }
        return id
    }

    mutating func option<T>(_ values: [T]) -> T? { Bool.random(using: &self) ? values.randomElement(using: &self) : nil }

    mutating func workbook() -> Workbook {
        let scale = Bool.random(using: &self) ? Scale.standard : Scale(min: 1, max: 7)
        var w = Workbook(title: text(), language: option(Language.allCases), cycle: Int.random(in: 1...5, using: &self),
                         scale: scale, importanceScale: Bool.random(using: &self) ? .standard : Scale(min: 0, max: 100),
                         brandStatement: text())
        var ids = Set<String>()
        for _ in 0..<Int.random(in: 0...8, using: &self) {
            let id = self.id(factor: true)
            guard ids.insert(id).inserted else { continue }
            var f = Factor(id: id, name: text(), description: text(), notes: text())
            for field in ScoreField.allCases { f[score: field] = score(w.scale(for: field)) }
            if Int.random(in: 0..<4, using: &self) == 0 {
                f.survey = [(.experience, SurveyStat(n: Int.random(in: 0...5000, using: &self), mean: score(scale), sd: option([0.5, 1.25, 2]))),
                            (.importance, SurveyStat(n: 3, mean: nil, sd: nil))]
            }
            if Int.random(in: 0..<4, using: &self) == 0 {
                f.poll = [(.expectation, PollStat(n: Int.random(in: 2...40, using: &self), mean: score(scale), sd: option([0.5, 2.25]),
                                                  min: score(scale), max: score(scale)))]
            }
            w.factors.append(f)
        }
        var requirementIDs = Set<String>()
        for _ in 0..<Int.random(in: 0...4, using: &self) {
            let id = self.id(factor: false)
            guard requirementIDs.insert(id).inserted else { continue }
            let linked = Array(Set(w.factors.map(\.id).filter { _ in Bool.random(using: &self) })).sorted()
            var kpis: [KPI] = []
            var kpiIDs = Set<String>()
            for _ in 0..<Int.random(in: 0...2, using: &self) {
                let kid = self.id(factor: false)
                guard kpiIDs.insert(kid).inserted else { continue }
                kpis.append(KPI(id: kid, metric: text(), unit: text(), better: Better.allCases.randomElement(using: &self)!,
                                baseline: option([1, 2.5, -3]), target: option([4, 0.1, 1e6]), actual: option([4.2, 0, 3]),
                                measuredOn: option(["2025-06-30", "2024-02-29"])))
            }
            w.requirements.append(Requirement(
                id: id, title: text(), factors: linked, targetExperience: score(scale),
                alignment: Alignment(strategyFit: score(scale), people: option(Capability.allCases), process: option(Capability.allCases),
                                     technology: option(Capability.allCases), decision: option(Decision.allCases), rationale: text()),
                kpis: kpis))
        }
        if Bool.random(using: &self) {
            w.history = [Cycle(cycle: 1, closedOn: option(["2024-12-31"]), brandStatement: text(), factors: w.factors)]
        }
        return w
    }
}

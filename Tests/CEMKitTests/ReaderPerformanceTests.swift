// Reading is linear in time and bounded in memory: generated hostile and huge workbooks are read
// within a time bound (debug builds; release numbers are in docs/numeric-domain.md).

@testable import CEMKit
import Testing

@Suite struct ReaderPerformanceTests {
    /// Seconds a debug build may take, even with the whole suite running beside it on a loaded machine:
    /// a bound that catches hangs and quadratic blow-ups (release builds: about 2 seconds for 16 MiB).
    static let limit = 60.0

    func timed(_ text: String) -> (seconds: Double, lines: [String]) {
        let clock = ContinuousClock()
        let start = clock.now
        let lines = readerLines(text)
        return (FuzzCheck.seconds(clock.now - start), lines)
    }

    /// A workbook with `count` factors, padded to about `size` bytes.
    static func factors(_ count: Int) -> String {
        (0..<count).map { "{\"id\": \"f\($0)\", \"name\": \"F\"}" }.joined(separator: ",\n")
    }

    @Test func aLongUnknownFactorLinkIsNotCompared() {
        let link = String(repeating: "x", count: 20_000)
        let run = timed(tinyWorkbook(requirement: "\"id\": \"R1\", \"title\": \"T\", \"factors\": [\"\(link)\"]"))
        #expect(run.seconds < 1)
        #expect(run.lines.count == 1)
        #expect(run.lines.first?.hasSuffix("\" does not exist; use the id of a factor listed under \"factors\"") == true)
    }

    @Test func aHugeUnknownKeyIsNotCompared() {
        let key = String(repeating: "k", count: 5_000_000)
        let run = timed(tinyWorkbook(factor: ", \"\(key)\": 1"))
        #expect(run.seconds < Self.limit)
        #expect(run.lines.count == 1)
    }

    /// 100,000 factors, all linked from one requirement: valid, read with dictionaries, not lists.
    @Test func oneRequirementLinkingEveryFactor() {
        let count = 100_000
        let links = (0..<count).map { "\"f\($0)\"" }.joined(separator: ", ")
        let text = """
        {"format": "cem-workbook", "formatVersion": 1,
        "factors": [\(Self.factors(count))],
        "requirements": [{"id": "R1", "title": "T", "factors": [\(links)]}]}
        """
        let run = timed(text)
        #expect(run.lines.isEmpty)
        #expect(run.seconds < Self.limit)
    }

    /// Many unknown links near many factor ids: suggestions stop at their budget, plain messages follow,
    /// and after a thousand lines the rest are counted.
    @Test func manyUnknownLinksAmongManyFactors() {
        let count = 20_000
        let links = (0..<count).map { "\"g\($0)\"" }.joined(separator: ", ")
        let text = """
        {"format": "cem-workbook", "formatVersion": 1,
        "factors": [\(Self.factors(count))],
        "requirements": [{"id": "R1", "title": "T", "factors": [\(links)]}]}
        """
        let run = timed(text)
        #expect(run.lines.count == Diagnostic.limit + 1)
        #expect(run.lines[0].hasSuffix("the factor \"g0\" does not exist; did you mean \"f0\"?"))
        #expect(run.lines[999].hasSuffix("the factor \"g999\" does not exist; use the id of a factor listed under \"factors\""))
        #expect(run.lines[1000] == "w.cem.json: 19000 more problems not listed; fix the problems above, then run `cem validate` again")
        #expect(run.seconds < Self.limit)
    }

    /// An object of about 16 MiB of unknown keys: the first thousand are listed, the rest counted, in linear time.
    @Test func sixteenMebibytesOfUnknownKeys() {
        let small = timed(Self.unknownKeys(size: WorkbookReader.maximumSize / 16))
        let large = timed(Self.unknownKeys(size: WorkbookReader.maximumSize - 100))
        #expect(large.lines.count == Diagnostic.limit + 1)
        #expect(large.lines.last?.hasSuffix(" more problems not listed; fix the problems above, then run `cem validate` again") == true)
        #expect(large.seconds < Self.limit)
        // Linear: sixteen times the input takes about sixteen times as long (quadratic would be 256 times).
        #expect(large.seconds < 64 * max(small.seconds, 0.05), "1 MiB: \(small.seconds) s, 16 MiB: \(large.seconds) s")
    }

    /// A brand object of about `size` bytes of unknown keys.
    static func unknownKeys(size: Int) -> String {
        var text = "{\"format\": \"cem-workbook\", \"formatVersion\": 1, \"factors\": [], \"brand\": {"
        var i = 0
        while text.utf8.count < size {
            text += "\"statment\(i)\": 1,"
            i += 1
        }
        return text + "\"statement\": \"\"}}"
    }
}

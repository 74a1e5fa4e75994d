// The survey side is total: finite figures on any scale, a bounded header, a bounded suggester, inert text.
@testable import CEMKit
import Foundation
import Testing

/// The peak resident memory of this process so far, in bytes (it only grows).
func peakMemory() -> Int {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
}

/// Runs `body`, failing when it takes longer than `seconds` or raises the process's peak memory by more
/// than `megabytes`.
func withinBounds<T>(seconds: Double, megabytes: Int, _ body: () throws -> T) rethrows -> T {
    let before = peakMemory(), clock = ContinuousClock(), start = clock.now
    let result = try body()
    let elapsed = clock.now - start
    #expect(elapsed < .milliseconds(Int(seconds * 1000)), "took \(elapsed)")
    #expect(peakMemory() - before < megabytes << 20, "peak memory grew by \((peakMemory() - before) >> 20) MB")
    return result
}

/// Every number in a JSON text, as Foundation reads it back: all must be finite.
func jsonNumbers(_ bytes: [UInt8]) throws -> [Double] {
    func walk(_ value: Any) -> [Double] {
        if let number = value as? NSNumber, !(value is Bool) { return [number.doubleValue] }
        if let array = value as? [Any] { return array.flatMap(walk) }
        if let object = value as? [String: Any] { return object.values.flatMap(walk) }
        return []
    }
    return walk(try JSONSerialization.jsonObject(with: Data(bytes)))
}

@Suite struct SurveyBoundsTests {
    let meisu = Samples.workedExample(.en)

    /// 5e299, 0 and 1e300 written out in digits (the reader takes them as plain numbers).
    let huge = ["5" + String(repeating: "0", count: 299), "0", "1" + String(repeating: "0", count: 300)]

    @Test func hugeScaleGivesFiniteMeanAndSd() throws {
        // The case: a 0–1e300 scale, cells 5e299, 0, 1e300. Mean 5e299, sd 5e299; it used to write
        // "sd": inf (Σ(x−K)² overflowed) and a mean of 1e300 (rounding 5e299 · 1e9 overflowed).
        var workbook = meisu
        workbook.scale = Scale(min: 0, max: 1e300)
        var reader = SurveyReader(workbook: workbook)
        try reader.feed(Array(("id,experience.product\n" + huge.enumerated().map { "\($0.offset),\($0.element)\n" }.joined()).utf8))
        let summary = try reader.finish()
        let stat = try #require(summary.stat(factor: "product", measure: .experience))
        #expect(stat.n == 3)
        let mean = try #require(stat.mean), sd = try #require(stat.sd)
        #expect(abs(mean / 5e299 - 1) < 1e-12 && abs(sd / 5e299 - 1) < 1e-12)
        // The 95% interval too: 5e299 ± 4.302652730 · 5e299/√3, finite.
        let interval = try #require(stat.confidenceInterval)
        #expect(interval.low.isFinite && interval.high.isFinite && interval.low < 0 && interval.high > 1e300)
        let result = try SurveyImport(summary, into: workbook)
        let numbers = try jsonNumbers(WorkbookWriter.bytes(result.workbook))
        #expect(numbers.count > 30 && numbers.allSatisfy(\.isFinite))
    }

    @Test func ordinaryScalesKeepTheirExactFigures() throws {
        // The wide path is taken only beyond 2^400: on a 0–10 scale the sums are the plain shifted ones.
        var m = Moments()
        for x in [6.0, 7, 5] { m.add(x) }
        #expect(m.exponent == 0 && m.stat() == SurveyStat(n: 3, mean: 6, sd: 1))
        var wide = Moments()
        for x in [1e300, -1e300, 0] { wide.add(x) }
        #expect(wide.exponent == Moments.wideExponent)
        let mean = try #require(wide.mean), sd = try #require(wide.standardDeviation)
        #expect(abs(mean) < 1e286 && abs(sd / 1e300 - 1) < 1e-12)
    }

    @Test func answersSpanningAllDoublesAreRefusedNotWritten() throws {
        // ±1.7e308 on a scale that allows them: the sd (2.4e308) is beyond any double. The import refuses.
        var workbook = meisu
        workbook.scale = Scale(min: -1.7e308, max: 1.7e308)
        let big = "17" + String(repeating: "0", count: 307)
        var reader = SurveyReader(workbook: workbook)
        try reader.feed(Array("id,experience.product\n1,\(big)\n2,-\(big)\n".utf8))
        let summary = try reader.finish()
        #expect(throws: SurveyError.refused(.notFinite(column: "experience.product"))) {
            try SurveyImport(summary, into: workbook)
        }
        #expect(SurveyWords(.en).refusal(.notFinite(column: "experience.product")).hasPrefix(
            "the statistics of column 'experience.product' are beyond the numbers a workbook can hold"))
    }

    @Test func keyDriversOnAHugeScaleStayFinite() throws {
        var workbook = meisu
        workbook.scale = Scale(min: 0, max: 1e300)
        let rows = (0..<6).map { i in "\(i),\(huge[i % 3]),\(huge[(i / 2) % 3]),\(huge[(i + 1) % 3])\n" }.joined()
        var reader = SurveyReader(workbook: workbook)
        try reader.feed(Array(("id,experience.product,experience.price,overall\n" + rows).utf8))
        let drivers = try #require(try reader.finish().drivers.flatMap(KeyDrivers.init))
        #expect(drivers.drivers.allSatisfy { ($0.correlation ?? 0).isFinite && ($0.weight ?? 0).isFinite })
        #expect(drivers.rSquared.map(\.isFinite) == true)
    }

    @Test func aHeaderOfTwoMillionColumnsIsRefusedAtOnce() throws {
        // It used to take memory in proportion to the width (960 MB for 20 million columns).
        let error = withinBounds(seconds: 5, megabytes: 64) { () -> SurveyError? in
            var reader = SurveyReader(workbook: meisu)
            let chunk = Array(String(repeating: "a,", count: 1 << 16).utf8)
            do {
                for _ in 0..<32 { try reader.feed(chunk) }
                try reader.feed(Array("experience.product\n1\n".utf8))
                _ = try reader.finish()
                return nil
            } catch {
                return error as? SurveyError
            }
        }
        #expect(error == .refused(.tooManyColumns(limit: 10_000)))
        // Exactly the limit is fine.
        let header = (1..<SurveyLimits.maximumColumns).map { "c\($0)" }.joined(separator: ",") + ",experience.product\n"
        let row = String(repeating: ",", count: SurveyLimits.maximumColumns - 1) + "7\n"
        var reader = SurveyReader(workbook: meisu)
        try reader.feed(Array((header + row).utf8))
        #expect(try reader.finish().stat(factor: "product", measure: .experience) == SurveyStat(n: 1, mean: 7, sd: nil))
    }

    @Test func aHeaderOfLongNamesIsRefused() {
        let name = String(repeating: "n", count: 600_000)
        #expect(surveyError("\(name)1,\(name)2,experience.product\n1,2,3\n", workbook: meisu)
                == .refused(.headerTooLong(limit: 1 << 20)))
        #expect(SurveyWords(.zh).refusal(.tooManyColumns(limit: 10_000)).hasPrefix("第 1 行：标题行超过 10000 列；"))
    }

    @Test func aHugeWhereColumnNameGetsNoSuggestionAndCostsLittle() {
        // A 100,000-character --where column name used to build a 100,000 × n table (killed at 24 GB).
        for length in [20_000, 100_000] {
            let name = String(repeating: "r", count: length)
            let error = withinBounds(seconds: 10, megabytes: 64) {
                surveyError("id,region,experience.product\n1,north,6\n", workbook: meisu,
                            options: SurveyOptions(filter: (column: name, value: "x")))
            }
            #expect(error == .unknownColumn(option: "--where", name: name, suggestion: nil))
        }
        // A header name of 1 MiB against a long --by name: no table either.
        let wide = String(repeating: "q", count: 900_000)
        let error = withinBounds(seconds: 10, megabytes: 64) {
            surveyError("id,\(wide),experience.product\n1,2,6\n", workbook: meisu,
                        options: SurveyOptions(segmentColumn: String(repeating: "q", count: 899_999)))
        }
        #expect(error == .unknownColumn(option: "--by", name: String(repeating: "q", count: 899_999), suggestion: nil))
        // Typos of ordinary names are still caught.
        #expect(surveyError("id,regionOfTheCountry,experience.product\n1,n,6\n", workbook: meisu,
                            options: SurveyOptions(filter: (column: "regionOfTheCuontry", value: "x")))
                == .unknownColumn(option: "--where", name: "regionOfTheCuontry", suggestion: "regionOfTheCountry"))
    }

    @Test func namesAndValuesArePrintedInert() throws {
        let hostile = "north\u{1B}]0;pwned\u{07}\u{1B}[31m"
        let error = SurveyError.notANumber(line: 2, column: 2, name: "experience.product\u{1B}[2J", text: hostile).inert
        #expect(error == .notANumber(line: 2, column: 2, name: "experience.product\\u{1B}[2J",
                                     text: "north\\u{1B}]0;pwned\\u{7}\\u{1B}[31m"))
        #expect(String(repeating: "é", count: 200).inertClipped(5) == "ééééé…")
        let s = try surveySummary("basic.csv", workbook: meisu, options: SurveyOptions(segmentColumn: "region"))
        var summary = s
        summary.segments[0].value = hostile
        #expect(summary.inert.segments[0].value == "north\\u{1B}]0;pwned\\u{7}\\u{1B}[31m")
    }
}

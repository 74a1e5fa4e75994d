// Survey moments: a file split at any row, each part summed and merged, gives the figures of the whole
// file (to 1e-12 relative); merging is associative and commutative.

@testable import CEMKit
import Testing

@Suite struct SurveyMomentsTests {
    let meisu = Samples.workedExample(.en)

    /// A generated survey: `rows` respondents, a region, a weight, every factor's experience and
    /// expectation, two importances and overall, about one cell in nine missing; deterministic.
    static func generated(rows: Int, seed: UInt64 = 42) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let factors = ["product", "service", "relationship", "convenience", "brand-image", "price"]
        var header = ["id", "region", "w"]
        header += factors.map { "experience." + $0 } + factors.map { "expectation." + $0 } + ["importance.product", "importance.price", "overall"]
        var lines = [header.joined(separator: ",")]
        let regions = ["north", "south", "east", "west", "harbour"]
        for i in 0..<rows {
            var cells = [String(i), regions[(next() % 5 + i) % 5], String(Double(1 + next() % 30) / 10)]
            var total = 0
            for _ in 0..<(factors.count * 2 + 2) {
                let v = 2 + next() % 9
                total += v
                cells.append(next() % 9 == 0 ? "" : String(v))
            }
            cells.append(next() % 11 == 0 ? "" : String(min(10, total / 14 + next() % 3)))
            lines.append(cells.joined(separator: ","))
        }
        return lines
    }

    static func bytes(_ lines: ArraySlice<String>, header: String) -> [UInt8] {
        Array(([header] + lines).joined(separator: "\n").utf8) + [10]
    }

    /// Relative closeness, with 1e-300 guarding zeros.
    static func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-12) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-300)
    }

    /// Every figure the import computes, unrounded, of two summaries.
    func expectSameFigures(_ merged: SurveySummary, _ whole: SurveySummary, _ label: String) {
        #expect(merged.rows == whole.rows && merged.respondents == whole.respondents, "\(label)")
        #expect(merged.segments.map(\.value) == whole.segments.map(\.value), "\(label)")
        for (m, w) in zip(merged.moments + merged.segments.flatMap(\.moments) + merged.paired.map(\.moments),
                          whole.moments + whole.segments.flatMap(\.moments) + whole.paired.map(\.moments)) {
            #expect(m.n == w.n, "\(label)")
            #expect(Self.close(m.mean, w.mean) && Self.close(m.variance, w.variance) && Self.close(m.effectiveN, w.effectiveN),
                    "\(label): \(String(describing: m.mean)) \(String(describing: w.mean)) \(String(describing: m.variance)) \(String(describing: w.variance))")
        }
        #expect(merged.segments.map(\.respondents) == whole.segments.map(\.respondents), "\(label)")
        // Σw of the top boxes: weights like 0.7 add in another order, so equal to rounding.
        let tops = (merged.topBox.map { $0.all + $0.segments.flatMap { $0 } } ?? [], whole.topBox.map { $0.all + $0.segments.flatMap { $0 } } ?? [])
        #expect(tops.0.count == tops.1.count && !tops.0.isEmpty && zip(tops.0, tops.1).allSatisfy { Self.close($0, $1) }, "\(label)")
        let a = merged.drivers.flatMap { KeyDrivers($0) }, b = whole.drivers.flatMap { KeyDrivers($0) }
        #expect(a != nil && a?.n == b?.n && a?.listwiseN == b?.listwiseN, "\(label)")
        #expect(Self.close(a?.rSquared, b?.rSquared), "\(label)")
        for (x, y) in zip(a?.drivers ?? [], b?.drivers ?? []) {
            #expect(Self.close(x.correlation, y.correlation) && Self.close(x.weight, y.weight) && Self.close(x.inflation, y.inflation),
                    "\(label) \(x.factor)")
        }
        if let c = merged.drivers?.covariance, let d = whole.drivers?.covariance {
            #expect(zip(c, d).allSatisfy { Self.close($0, $1) }, "\(label)")
        }
    }

    func options(weighted: Bool, pairwise: Bool) -> SurveyOptions {
        var options = SurveyOptions()
        options.segmentColumn = "region"
        options.keyDrivers = true
        options.missing = pairwise ? .pairwise : .listwise
        options.weightColumn = weighted ? "w" : nil
        options.topBox = 2
        return options
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func splitAnywhereAndMergeGivesTheWholeFile(weighted: Bool, pairwise: Bool) throws {
        let lines = Self.generated(rows: 240)
        let options = options(weighted: weighted, pairwise: pairwise)
        let whole = try SurveyMoments.read(Self.bytes(lines[1...], header: lines[0]), workbook: meisu, options: options)
            .summary(workbook: meisu, options: options)
        for cut in [1, 2, 3, 7, 40, 119, 120, 200, 238, 239] {
            let first = try SurveyMoments.read(Self.bytes(lines[1...cut], header: lines[0]), workbook: meisu, options: options)
            let second = try SurveyMoments.read(Self.bytes(lines[(cut + 1)...], header: lines[0]), workbook: meisu, options: options)
            let merged = try first.merging(second).summary(workbook: meisu, options: options)
            expectSameFigures(merged, whole, "cut \(cut) weighted \(weighted) pairwise \(pairwise)")
        }
    }

    /// Three parts merged in any grouping and any order give the same figures.
    @Test func mergeIsAssociativeAndCommutative() throws {
        let lines = Self.generated(rows: 150, seed: 7)
        let options = options(weighted: true, pairwise: true)
        func part(_ range: ClosedRange<Int>) throws -> SurveyMoments {
            try SurveyMoments.read(Self.bytes(lines[range], header: lines[0]), workbook: meisu, options: options)
        }
        let (a, b, c) = (try part(1...33), try part(34...101), try part(102...150))
        let left = try a.merging(b).merging(c).summary(workbook: meisu, options: options)
        let right = try a.merging(b.merging(c)).summary(workbook: meisu, options: options)
        expectSameFigures(left, right, "(a+b)+c vs a+(b+c)")
        // Another order changes the order segments first appear in, not their figures.
        let reversed = try c.merging(b).merging(a).summary(workbook: meisu, options: options)
        var sorted = reversed
        sorted.segments = left.segments.map { segment in reversed.segments.first { $0.value == segment.value }! }
        sorted.topBox?.segments = left.segments.map { segment in reversed.topBox!.segments[reversed.segments.firstIndex { $0.value == segment.value }!] }
        expectSameFigures(sorted, left, "c+b+a vs a+b+c")
    }

    /// An empty part (no respondent: every row filtered out) merges as nothing; a part's shift far from
    /// the other's (answers 0 and 1e5) keeps the variance exact.
    @Test func emptyPartsAndDistantShifts() throws {
        var a = Moments(), b = Moments(), whole = Moments()
        for x in [100_000.0, 100_001, 100_002] { a.add(x); whole.add(x) }
        for x in [0.0, 1, 2, 3] { b.add(x); whole.add(x) }
        var merged = a
        merged.merge(Moments())
        merged.merge(b)
        #expect(merged.n == 7)
        #expect(Self.close(merged.mean, whole.mean, 1e-15) && Self.close(merged.variance, whole.variance, 1e-15))
        var empty = Moments()
        empty.merge(b)
        #expect(empty == b)
    }
}

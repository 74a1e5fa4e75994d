// Each segment against the rest: Welch's t, the Welch–Satterthwaite df, p and the interval of the
// difference, against scipy.stats.ttest_ind(segment, rest, equal_var=False) (scipy 1.17.1, computed once,
// rounded to 9 decimals; the interval from result.confidence_interval(0.95)).

@testable import CEMKit
import Testing

@Suite struct SurveyWelchTests {
    static let segments: [(String, [Int])] = [("A", [6, 7, 8, 7, 9, 8]), ("B", [5, 6, 4, 6, 5, 7, 5]), ("C", [7, 6, 8])]
    static let csv = "region,experience.product\n" + segments.flatMap { name, values in values.map { "\(name),\($0)\n" } }.joined()

    func summary() throws -> SurveySummary {
        var reader = SurveyReader(workbook: Samples.workedExample(.en), options: SurveyOptions(segmentColumn: "region", keyDrivers: false))
        try reader.feed(Array(Self.csv.utf8))
        return try reader.finish()
    }

    @Test func eachSegmentAgainstTheRestMatchesScipy() throws {
        let s = try summary()
        let groups = s.segmentGroups
        #expect(groups.map(\.value) == [nil, "A", "B", "C"])
        #expect(s.welch("product", .experience, in: groups[0]) == nil)
        let reference: [(difference: Double, t: Double, df: Double, p: Double, low: Double, high: Double, significant: Bool)] = [
            (1.6, 2.799416849, 11.850287908, 0.016230693, 0.352957612, 2.847042388, true),
            (-1.904761905, -3.831305141, 13.199277878, 0.00202647, -2.977159253, -0.832364557, true),
            (0.615384615, 0.875481048, 4.230157872, 0.428214449, -1.295035255, 2.525804485, false),
        ]
        for (group, expected) in zip(groups.dropFirst(), reference) {
            let test = try #require(s.welch("product", .experience, in: group))
            #expect(abs(test.difference - expected.difference) < 1e-9, "\(group.value!)")
            #expect(abs(test.t - expected.t) < 1e-9, "\(group.value!)")
            #expect(abs(test.degreesOfFreedom - expected.df) < 1e-9, "\(group.value!)")
            #expect(abs(test.p - expected.p) < 1e-9, "\(group.value!)")
            #expect(abs(test.low - expected.low) < 1e-8 && abs(test.high - expected.high) < 1e-8, "\(group.value!)")
            #expect(test.significant == expected.significant)
        }
        // No expectation column: nothing to test.
        #expect(s.welch("product", .expectation, in: groups[1]) == nil)
    }

    @Test func aSegmentWithOneAnswerOrNoVariationHasNoTest() {
        var one = Moments(), rest = Moments()
        one.add(5)
        for x in [4.0, 5, 6] { rest.add(x) }
        #expect(WelchTest.between(one, rest) == nil)
        var flat = Moments(), flatRest = Moments()
        for _ in 0..<3 { flat.add(5); flatRest.add(5) }
        #expect(WelchTest.between(flat, flatRest) == nil)
    }
}

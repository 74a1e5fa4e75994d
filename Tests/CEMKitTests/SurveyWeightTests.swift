// Respondent weights (`--weight`): weighted means, reliability-weight sd, Kish's effective n for the
// interval, and weighted correlations, against reference values computed once with numpy/scipy:
//   np.average(x, weights=w); np.sqrt(np.cov(x, aweights=w)); n_eff = Σw²… (Σw)²/Σw²;
//   interval t.ppf(0.975, n_eff − 1)·sd/√n_eff; correlations from np.cov(X, aweights=w).

@testable import CEMKit
import Testing

@Suite struct SurveyWeightTests {
    let meisu = Samples.workedExample(.en)
    static let weights = ["1", "2", "0.5", "1.5", "1", "3", "0.5", "2"]
    static let csv = "w,experience.product,expectation.product,experience.convenience,overall\n" + (0..<8).map { i in
        [weights[i], ["6", "7", "5", "8", "4", "9", "6", "7"][i], ["7", "7", "6", "8", "6", "8", "7", "9"][i],
         ["5", "6", "7", "4", "5", "8", "6", "5"][i], ["6", "7", "5", "7", "4", "9", "6", "6"][i]].joined(separator: ",") + "\n"
    }.joined()

    func summary(_ text: String, onError: SurveyOptions.OnError = .fail) throws -> SurveySummary {
        var options = SurveyOptions(onError: onError)
        options.weightColumn = "w"
        var reader = SurveyReader(workbook: meisu, options: options)
        try reader.feed(Array(text.utf8))
        return try reader.finish()
    }

    @Test func weightedStatisticsMatchNumpy() throws {
        let s = try summary(Self.csv)
        let experience = try #require(s.stat(factor: "product", measure: .experience))
        #expect(experience == SurveyStat(n: 8, mean: 7.173913043, sd: 1.633916539, effectiveN: 6.08045977))
        let ci = try #require(experience.confidenceInterval)
        // scipy: 5.478687121 … 8.869138966 (ours from the stored, 9-decimal mean and sd).
        #expect(abs(ci.low - 5.478687121) < 3e-9 && abs(ci.high - 8.869138966) < 3e-9)
        #expect(s.stat(factor: "product", measure: .expectation) == SurveyStat(n: 8, mean: 7.608695652, sd: 1.006764451, effectiveN: 6.08045977))
        #expect(s.satisfaction(factor: "product") == SurveyStat(n: 8, mean: -0.434782609, sd: 1.242170047, effectiveN: 6.08045977))
        #expect(s.overall == SurveyStat(n: 8, mean: 6.869565217, sd: 1.654556303, effectiveN: 6.08045977))
        let sums = try #require(s.drivers)
        let drivers = try #require(KeyDrivers(sums, progress: nil))
        #expect(drivers.driver("product")?.correlation == 0.953213173)
        #expect(drivers.driver("convenience")?.correlation == 0.696441277)
    }

    @Test func everyWeightOfOneGivesTheUnweightedFigures() throws {
        let ones = Self.csv.split(separator: "\n").enumerated().map { i, line in
            i == 0 ? String(line) : "1" + line.drop { $0 != "," }
        }.joined(separator: "\n") + "\n"
        let weighted = try summary(ones)
        var reader = SurveyReader(workbook: meisu)
        try reader.feed(Array(ones.utf8))
        let plain = try reader.finish()
        for measure in [ScoreField.experience, .expectation] {
            var stat = try #require(weighted.stat(factor: "product", measure: measure))
            #expect(stat.effectiveN == 8)
            #expect(stat.confidenceInterval! == plain.stat(factor: "product", measure: measure)!.confidenceInterval!)
            stat.effectiveN = nil
            #expect(stat == plain.stat(factor: "product", measure: measure))
        }
    }

    @Test func realDegreesOfFreedomMatchScipy() {
        // scipy.stats.t.ppf(0.975, df)
        #expect(abs(Student.quantile975(5.5) - 2.501858617589239) < 1e-9)
        #expect(abs(Student.quantile975(2.3) - 3.807163208232131) < 1e-9)
        #expect(abs(Student.quantile975(47.25) - 2.0114595755281686) < 1e-9)
        #expect(Student.quantile975(7.0) == Student.quantile975(degreesOfFreedom: 7))
    }

    @Test func unusableWeightsAreRefusedWithRowAndColumnOrSkippedAndCounted() throws {
        let header = "w,experience.product\n"
        for (cell, text) in [("", ""), ("-1", "-1"), ("heavy", "heavy")] {
            #expect(throws: SurveyError.badWeight(line: 3, column: 1, name: "w", text: text)) {
                try summary(header + "1,6\n\(cell),7\n2,8\n")
            }
        }
        let skipped = try summary(header + "1,6\n-1,7\n,9\n3,8\n", onError: .skip)
        #expect(skipped.weightSkipped == 2)
        #expect(skipped.respondents == 2)
        // 6 with weight 1, 8 with weight 3: mean 7.5.
        #expect(skipped.stat(factor: "product", measure: .experience)?.mean == 7.5)
        #expect(throws: SurveyError.weightIsScore(column: "experience.product")) {
            var options = SurveyOptions()
            options.weightColumn = "experience.product"
            var reader = SurveyReader(workbook: meisu, options: options)
            try reader.feed(Array("experience.product\n6\n".utf8))
            _ = try reader.finish()
        }
    }
}

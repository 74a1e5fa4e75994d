// Derived importance from pairwise correlations (`--missing pairwise`), against a plain computation over
// each pair's respondents, and the number of respondents each method used.

@testable import CEMKit
import Foundation
import Testing

@Suite struct SurveyPairwiseTests {
    let meisu = Samples.workedExample(.en)

    /// 40 respondents; about one cell in eight missing, in a fixed pattern.
    func columns() -> (a: [Double?], c: [Double?], overall: [Double?]) {
        let a0: [Double] = [3, 5, 6, 8, 4, 7, 2, 9, 5, 6, 7, 3, 8, 4, 6, 5, 9, 2, 7, 4]
        let c0: [Double] = [8, 7, 7, 5, 6, 6, 6, 6, 4, 3, 4, 3, 6, 8, 5, 7, 5, 2, 9, 4]
        var a: [Double?] = [], c: [Double?] = [], overall: [Double?] = []
        for i in 0..<40 {
            let x = a0[i % 20], y = c0[(i * 3) % 20]
            a.append(i % 7 == 3 ? nil : x)
            c.append(i % 9 == 5 ? nil : y)
            overall.append(i % 11 == 8 ? nil : (0.5 * x + 0.4 * y + Double(i % 4)).rounded())
        }
        return (a, c, overall)
    }

    func csv(_ cols: (a: [Double?], c: [Double?], overall: [Double?])) -> String {
        var text = "id,experience.product,experience.convenience,overall\n"
        for i in cols.a.indices {
            text += "\(i)," + [cols.a[i], cols.c[i], cols.overall[i]].map { $0.map(surveyNumber) ?? "" }.joined(separator: ",") + "\n"
        }
        return text
    }

    /// Pearson's r over the rows where both are answered, and how many rows that is.
    func pearson(_ x: [Double?], _ y: [Double?]) -> (r: Double, n: Int) {
        let pairs = zip(x, y).compactMap { p -> (Double, Double)? in p.0.flatMap { a in p.1.map { (a, $0) } } }
        let n = Double(pairs.count), mx = pairs.reduce(0) { $0 + $1.0 } / n, my = pairs.reduce(0) { $0 + $1.1 } / n
        let sxy = pairs.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = pairs.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }, syy = pairs.reduce(0) { $0 + ($1.1 - my) * ($1.1 - my) }
        return (sxy / (sxx * syy).squareRoot(), pairs.count)
    }

    @Test func pairwiseCorrelationsUseEachPairsRespondents() throws {
        let cols = columns()
        let s = try summarize(csv(cols), workbook: meisu, options: SurveyOptions(missing: .pairwise))
        let drivers = try #require(s.drivers.flatMap(KeyDrivers.init))
        let complete = cols.a.indices.filter { cols.a[$0] != nil && cols.c[$0] != nil && cols.overall[$0] != nil }.count
        let ao = pearson(cols.a, cols.overall), co = pearson(cols.c, cols.overall), ac = pearson(cols.a, cols.c)
        #expect(drivers.listwiseN == complete && complete < 40)
        #expect(drivers.pairwiseRange == RespondentRange(low: min(ao.n, co.n, ac.n), high: max(ao.n, co.n, ac.n)))
        #expect(drivers.n == min(ao.n, co.n, ac.n))
        #expect(abs(try #require(drivers.driver("product")?.correlation) - ao.r) < 1e-9)
        #expect(abs(try #require(drivers.driver("convenience")?.correlation) - co.r) < 1e-9)
        // Two predictors: R² = (r₁² + r₂² − 2 r₁ r₂ r₁₂) / (1 − r₁₂²).
        let rSquared = (ao.r * ao.r + co.r * co.r - 2 * ao.r * co.r * ac.r) / (1 - ac.r * ac.r)
        #expect(abs(try #require(drivers.rSquared) - rSquared) < 1e-8)
        let weights = drivers.drivers.compactMap(\.weight)
        #expect(abs(weights.reduce(0, +) - rSquared) < 1e-8)
        // Listwise on the same file uses only the complete rows.
        let listwise = try #require(summarize(csv(cols), workbook: meisu).drivers.flatMap(KeyDrivers.init))
        #expect(listwise.n == complete && listwise.pairwiseRange == nil)
    }

    @Test func eachMethodSaysHowManyRespondentsItUsed() throws {
        let cols = columns()
        let complete = cols.a.indices.filter { cols.a[$0] != nil && cols.c[$0] != nil && cols.overall[$0] != nil }.count
        let listwise = try SurveyImport(try summarize(csv(cols), workbook: meisu), into: meisu)
        let text = SurveyText.render(listwise, file: "s.csv", filter: nil, language: .en, width: 200)
        #expect(text.contains("\nlistwise: only the \(complete) of 40 respondents who answered every factor's experience and overall; "
            + "--missing pairwise lets each correlation use the respondents who answered both\n"))
        let pairwise = try SurveyImport(try summarize(csv(cols), workbook: meisu, options: SurveyOptions(missing: .pairwise)),
                                        into: meisu, importance: .derived)
        let range = try #require(pairwise.keyDrivers?.pairwiseRange)
        let shown = SurveyText.render(pairwise, file: "s.csv", filter: nil, language: .en, width: 200)
        #expect(shown.contains("Derived importance (key drivers of overall satisfaction, pairwise correlations): n = \(range.low)–\(range.high) per pair, R² = "))
        #expect(shown.contains("\npairwise: each correlation uses the respondents who answered both; listwise would use only \(complete) of 40."))
    }
}

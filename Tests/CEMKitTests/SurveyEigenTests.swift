// The O(n³) eigen-decomposition behind derived importance, against the Jacobi reference, and wide surveys.
@testable import CEMKit
import Foundation
import Testing

@Suite struct SurveyEigenTests {
    /// A seeded symmetric matrix: a correlation-like Gram matrix of `rank` random columns (rank < n: singular).
    static func gram(size n: Int, rank: Int, seed: UInt64) -> [Double] {
        var random = FuzzRandom(state: seed)
        let x = (0..<(n * rank)).map { _ in Double(random.below(2001)) / 1000 - 1 }
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { a[i * n + j] = (0..<rank).reduce(0.0) { $0 + x[i * rank + $1] * x[j * rank + $1] } } }
        return a
    }

    /// max |V Λ Vᵀ − A| and max |VᵀV − I|.
    static func residuals(_ a: [Double], _ values: [Double], _ vectors: [Double], _ n: Int) -> (Double, Double) {
        var back = 0.0, orthogonal = 0.0
        for i in 0..<n {
            for j in 0..<n {
                let b = (0..<n).reduce(0.0) { $0 + vectors[i * n + $1] * values[$1] * vectors[j * n + $1] }
                back = max(back, abs(b - a[i * n + j]))
                let d = (0..<n).reduce(0.0) { $0 + vectors[$1 * n + i] * vectors[$1 * n + j] }
                orthogonal = max(orthogonal, abs(d - (i == j ? 1 : 0)))
            }
        }
        return (back, orthogonal)
    }

    @Test func decomposesFullAndSingularMatricesLikeJacobi() {
        for (n, rank, seed) in [(1, 1, 1), (2, 2, 2), (3, 3, 3), (7, 7, 4), (12, 5, 5), (30, 30, 6), (40, 9, 7)] as [(Int, Int, UInt64)] {
            let a = SurveyEigenTests.gram(size: n, rank: rank, seed: seed)
            let (values, vectors) = SymmetricEigen.decompose(a, size: n)
            let (back, orthogonal) = SurveyEigenTests.residuals(a, values, vectors, n)
            let scale = max(1, a.map(abs).max() ?? 1)
            #expect(back < 1e-12 * scale * Double(n) && orthogonal < 1e-12 * Double(n), "n \(n) rank \(rank): \(back) \(orthogonal)")
            #expect(values == values.sorted())
            let reference = Jacobi.eigen(a, size: n).values.sorted()
            #expect(zip(values, reference).allSatisfy { abs($0 - $1) < 1e-10 * scale * Double(n) }, "n \(n)")
            // Rank below size: exactly n − rank eigenvalues at zero.
            #expect(values.filter { abs($0) < 1e-9 * scale }.count == n - rank, "n \(n) rank \(rank)")
        }
        // The 3 × 3 case the Jacobi test uses: trace 12.
        #expect(abs(SymmetricEigen.decompose([4, 1, 2, 1, 3, 0.5, 2, 0.5, 5], size: 3).values.reduce(0, +) - 12) < 1e-12)
        #expect(SymmetricEigen.decompose([], size: 0).values.isEmpty)
    }

    @Test func wideSurveyWithMoreFactorsThanRespondentsIsQuickAndReportsItsSteps() throws {
        // 120 factors, 60 respondents: a singular correlation matrix, where Jacobi sweeps converge slowest.
        let factors = 120, rows = 60
        var workbook = Workbook(factors: (1...factors).map { Factor(id: "f\($0)", name: "f\($0)") })
        workbook.scale = .standard
        var random = FuzzRandom(state: 7)
        var text = (1...factors).map { "experience.f\($0)" }.joined(separator: ",") + ",overall\n"
        for _ in 0..<rows {
            let scores = (0..<factors).map { _ in random.below(11) }
            text += scores.map(String.init).joined(separator: ",") + ",\(min(10, scores.reduce(0, +) / factors + random.below(3)))\n"
        }
        var reader = SurveyReader(workbook: workbook)
        try reader.feed(Array(text.utf8))
        let summary = try reader.finish()
        var steps: [String] = []
        let result = try withinBounds(seconds: 20, megabytes: 64) {
            try SurveyImport(summary, into: workbook, importance: .stated) { steps.append("\($0)/\($1)") }
        }
        #expect(steps == ["1/4", "2/4", "3/4", "4/4"])
        let drivers = try #require(result.keyDrivers)
        #expect(drivers.n == rows)
        // Listwise on a singular matrix: the factors beyond rank 59 are exactly collinear with those before
        // them and left out, named; the weights of the rest sum to R² ≤ 1.
        let weights = drivers.drivers.compactMap(\.weight)
        #expect(weights.count == rows - 1 && drivers.dropped.count == factors - (rows - 1))
        #expect(drivers.dropped.allSatisfy { if case .collinear(_, let with) = $0 { !with.isEmpty } else { false } })
        #expect(result.warnings.contains(.fewForDrivers(n: rows, minimum: 5 * (rows - 1), factors: rows - 1)))
        let rSquared = try #require(drivers.rSquared)
        #expect(rSquared > 0 && rSquared <= 1 + 1e-9 && abs(weights.reduce(0, +) - rSquared) < 1e-6)
        #expect(try jsonNumbers(WorkbookWriter.bytes(result.workbook)).allSatisfy(\.isFinite))
        #expect(SurveyWords(.en).driversProgress(factors: 1000, step: 2, of: 4) == "deriving importance: 1000 factors, step 2 of 4…")
    }
}

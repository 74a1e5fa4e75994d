@testable import CEMKit
import Foundation
import Testing

@Suite struct SurveyKeyDriverTests {
    let meisu = Samples.workedExample(.en)

    @Test func jacobiDecomposesASymmetricMatrix() {
        let a: [Double] = [4, 1, 2, 1, 3, 0.5, 2, 0.5, 5]
        let (values, vectors) = Jacobi.eigen(a, size: 3)
        // V Λ Vᵀ gives the matrix back, and V is orthonormal.
        for i in 0..<3 {
            for j in 0..<3 {
                let back = (0..<3).reduce(0.0) { $0 + vectors[i * 3 + $1] * values[$1] * vectors[j * 3 + $1] }
                #expect(abs(back - a[i * 3 + j]) < 1e-12)
                let dot = (0..<3).reduce(0.0) { $0 + vectors[$1 * 3 + i] * vectors[$1 * 3 + j] }
                #expect(abs(dot - (i == j ? 1 : 0)) < 1e-12)
            }
        }
        #expect(abs(values.reduce(0, +) - 12) < 1e-12)
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3.
        #expect(Jacobi.eigen([2, 1, 1, 2], size: 2).values.sorted().map { ($0 * 1e12).rounded() / 1e12 } == [1, 3])
    }

    @Test func uncorrelatedFactorsWeighTheirSquaredCorrelation() throws {
        // derived.csv: product and convenience are uncorrelated; overall = 5 + d(product) + 2·d(convenience) + e
        // with e orthogonal to both. r = 4/√96 and 8/√96; weights r² = 1/6 and 2/3; R² = 5/6.
        let s = try surveySummary("derived.csv", workbook: meisu)
        let drivers = try #require(s.drivers.flatMap(KeyDrivers.init))
        #expect(drivers.n == 4)
        #expect(drivers.rSquared == 0.833333333)
        #expect(drivers.driver("product") == KeyDriver(factor: "product", correlation: 0.40824829, weight: 0.166666667, share: 0.2, inflation: 1))
        #expect(drivers.driver("convenience") == KeyDriver(factor: "convenience", correlation: 0.816496581, weight: 0.666666667, share: 0.8, inflation: 1))
        // Rescaled to 0–10: the strongest driver is 10, the other in proportion: 10 · (1/6)/(2/3) = 2.5.
        #expect(drivers.importance("convenience", on: .standard) == 10)
        #expect(drivers.importance("product", on: .standard) == 2.5)
        #expect(drivers.importance("product", on: Scale(min: 1, max: 7)) == 1.75)
    }

    @Test func correlatedFactorsMatchAnIndependentComputation() throws {
        // Expected values from numpy (numpy.linalg.eigh on the correlation matrix; R² also as rᵀR⁻¹r).
        let s = try surveySummary("correlated.csv", workbook: meisu, chunk: 16)
        let drivers = try #require(s.drivers.flatMap(KeyDrivers.init))
        #expect(drivers.n == 12)
        #expect(drivers.drivers.map(\.factor) == ["product", "service", "price"])
        #expect(drivers.drivers.map(\.correlation) == [0.213524484, 0.141488238, 0.635503816])
        let weights = drivers.drivers.map { $0.weight! }
        for (weight, expected) in zip(weights, [0.033011748, 0.170272088, 0.582937244]) { #expect(abs(weight - expected) <= 1e-9) }
        #expect(abs(drivers.rSquared! - 0.78622108) <= 1e-9)
        #expect(abs(weights.reduce(0, +) - drivers.rSquared!) < 1e-8)
        for (vif, expected) in zip(drivers.drivers.map { $0.inflation! }, [2.275373294, 3.190934014, 1.654492822]) {
            #expect(abs(vif - expected) <= 1e-9)
        }
        #expect(drivers.drivers.allSatisfy { !$0.collinear })
    }

    @Test func derivedImportanceIsWrittenAndCollinearityWarned() throws {
        // Two factors answered identically: the second is left out of the model, named with the first.
        var text = "id,experience.product,experience.service,importance.product,overall\n"
        for (i, x) in [3, 5, 6, 8, 4, 7, 2, 9, 5, 6, 7, 3].enumerated() { text += "\(i),\(x),\(x),\(x),\(x + i % 2)\n" }
        var reader = SurveyReader(workbook: meisu)
        try reader.feed(Array(text.utf8))
        let result = try SurveyImport(try reader.finish(), into: meisu, importance: .derived)
        #expect(result.warnings.contains(.droppedDriver(.collinear(factor: "service", with: ["product"]), derived: true)))
        #expect(!result.warnings.contains { if case .collinear = $0 { return true } else { return false } })
        // The one left in carries the weight, at the top of the scale; the other keeps its importance.
        #expect(result.workbook.factor(id: "product")?.importance == 10)
        #expect(result.workbook.factor(id: "service")?.importance == meisu.factor(id: "service")?.importance)
        #expect(result.workbook.factor(id: "product")?.survey.first { $0.measure == .importance }?.stat.mean == 5.416666667)

        // derived.csv three times over: the same correlations, and enough respondents for two factors.
        let rows = try String(contentsOf: Package.root.appendingPathComponent("Tests/fixtures/survey/derived.csv"), encoding: .utf8)
            .split(separator: "\n")
        let tripled = ([rows[0]] + Array(repeating: rows.dropFirst(), count: 3).flatMap { $0 }).joined(separator: "\n") + "\n"
        var again = SurveyReader(workbook: meisu)
        try again.feed(Array(tripled.utf8))
        let stated = try SurveyImport(try again.finish(), into: meisu, importance: .derived)
        #expect(stated.workbook.factor(id: "product")?.importance == 2.5)
        #expect(stated.workbook.factor(id: "convenience")?.importance == 10)
    }

    @Test func derivedImportanceNeedsOverall() throws {
        let s = try surveySummary("semicolon.csv", workbook: meisu, options: SurveyOptions(delimiter: UInt8(ascii: ";")))
        #expect(throws: SurveyError.needsOverall) { try SurveyImport(s, into: meisu, importance: .derived) }
    }
}

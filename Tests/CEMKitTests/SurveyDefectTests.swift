// Survey defects, each reproduced: rows that are not respondents, imports that import
// nothing, derived importance without weights, culprits of collinearity named, saturation, `Overall`.

@testable import CEMKit
import Foundation
import Testing

func summarize(_ text: String, workbook: Workbook?, options: SurveyOptions = SurveyOptions()) throws -> SurveySummary {
    var reader = SurveyReader(workbook: workbook, options: options)
    try reader.feed(Array(text.utf8))
    return try reader.finish()
}

/// `count` rows of `id,experience.a,experience.b,…,overall` from columns of values.
func driverCSV(_ names: [String], _ columns: [[Double]], overall: [Double]) -> String {
    var text = "id," + names.map { "experience." + $0 }.joined(separator: ",") + ",overall\n"
    for i in overall.indices {
        text += "\(i + 1)," + columns.map { surveyNumber($0[i]) }.joined(separator: ",") + "," + surveyNumber(overall[i]) + "\n"
    }
    return text
}

@Suite struct SurveyDefectTests {
    let meisu = Samples.workedExample(.en)

    /// Pearson's r of two lists, computed plainly.
    func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count), mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        return sxy / (sxx * syy).squareRoot()
    }

    // 40 respondents (no small-sample warning for 3 factors): a and c correlated at 0.138 (VIF 1.019); overall depends on both.
    let a: [Double] = Array(repeating: [3, 5, 6, 8, 4, 7, 2, 9, 5, 6, 7, 3, 8, 4, 6, 5, 9, 2, 7, 4], count: 2).flatMap { $0 }
    let c: [Double] = Array(repeating: [8, 7, 7, 5, 6, 6, 6, 6, 4, 3, 4, 3, 6, 8, 5, 7, 5, 2, 9, 4], count: 2).flatMap { $0 }
    var overall: [Double] { zip(a, c).enumerated().map { i, p in p.0 * 0.6 + p.1 * 0.3 + Double(i % 3) } }

    @Test func blankAndHeaderRowsAreNotRespondents() throws {
        // Excel's `,,,` rows and a second header row left out cell by cell: before, they were respondents and
        // made the segments `Finished = Finished (n = 1)` and `(blank) (n = 3)`.
        let text = "id,Finished,experience.product,expectation.product\n,,,\n1,1,6,7\n"
            + "Response ID,Finished,Product experience,Product expectation\n2,1,8,7\n,,,\n,,,\n"
        var options = SurveyOptions(onError: .skip, segmentColumn: "Finished", keyDrivers: false)
        let s = try summarize(text, workbook: meisu, options: options)
        #expect(s.rows == 6 && s.respondents == 2 && s.unusableRows == 4)
        #expect(s.segments.map { "\($0.value) \($0.respondents)" } == ["1 2"])
        #expect(s.stat(factor: "product", measure: .experience) == SurveyStat(n: 2, mean: 7, sd: 1.414213562))
        options.segmentColumn = nil
        let result = try SurveyImport(try summarize(text, workbook: meisu, options: options), into: meisu)
        let shown = SurveyText.render(result, file: "s.csv", filter: nil, language: .en)
        #expect(shown.contains("\nleft out 4 rows with no usable score (blank, or only skipped cells); they are not counted as respondents"))
        #expect(shown.hasPrefix("s.csv: 2 of 6 respondents\n"))
    }

    @Test func anImportThatImportsNothingIsAnError() throws {
        // Before: `--on-error skip` over text cells gave "0 scores changed" and exit 0.
        #expect(throws: SurveyError.noUsableRows(rows: 2, skippedCells: 3)) {
            try summarize("id,experience.product,expectation.product\n1,good,fine\n2,bad,\n", workbook: meisu,
                          options: SurveyOptions(onError: .skip))
        }
        // Respondents who answered overall only: no factor score to set.
        let s = try summarize("id,experience.product,overall\n1,,5\n2,,6\n", workbook: meisu)
        #expect(s.respondents == 2)
        #expect(throws: SurveyError.nothingImported) { try SurveyImport(s, into: meisu) }
        #expect(SurveyWords(.en).error(.noUsableRows(rows: 2, skippedCells: 3)) == "none of the 2 rows has a usable score "
            + "(3 cells were skipped as not a number or outside the scale); check that the score columns hold numbers, "
            + "the delimiter (--delimiter) and extra header rows; the workbook was not changed")
    }

    @Test func derivedImportanceWithoutAnyWeightIsAnError() throws {
        // No respondent answered both factors: no listwise overlap. Before: exit 0, importance unchanged.
        var text = "id,experience.product,experience.convenience,overall\n"
        for i in 0..<20 { text += i % 2 == 0 ? "\(i),\(i % 7 + 2),,\(i % 5 + 3)\n" : "\(i),,\(i % 6 + 1),\(i % 4 + 4)\n" }
        let s = try summarize(text, workbook: meisu)
        #expect(throws: SurveyError.cannotDerive(.tooFew(n: 0, minimum: 10, factors: 2, empty: []))) {
            try SurveyImport(s, into: meisu, importance: .derived)
        }
        // An all-missing experience column is named.
        var blank = "id,experience.product,experience.service,overall\n"
        for i in 0..<20 { blank += "\(i),\(i % 7 + 2),,\(i % 5 + 3)\n" }
        let e = try summarize(blank, workbook: meisu)
        #expect(throws: SurveyError.cannotDerive(.tooFew(n: 0, minimum: 10, factors: 2, empty: ["experience.service"]))) {
            try SurveyImport(e, into: meisu, importance: .derived)
        }
        #expect(SurveyWords(.en).error(.cannotDerive(.tooFew(n: 4, minimum: 15, factors: 3, empty: ["experience.service"])))
            == "--importance derived: only 4 respondents answered every factor's experience and overall; with 3 factors in the model "
            + "at least 15 are needed (5 per factor: with no more respondents than factors + 1 the fit is exact, R² = 1, whatever "
            + "the answers); 'experience.service' has no answer at all; collect more answers, or use --importance stated; "
            + "the workbook was not changed")
    }

    @Test func aConstantExperienceIsLeftOutAndNamed() throws {
        // Before: one constant column blanked every weight and R², and every factor was blamed.
        let constant = Array(repeating: 5.0, count: a.count)
        let s = try summarize(driverCSV(["product", "service", "convenience"], [a, constant, c], overall: overall), workbook: meisu)
        let drivers = try #require(s.drivers.flatMap(KeyDrivers.init))
        #expect(drivers.dropped == [.constant(factor: "service")])
        let reference = try #require(summarize(driverCSV(["product", "convenience"], [a, c], overall: overall), workbook: meisu)
            .drivers.flatMap(KeyDrivers.init))
        #expect(drivers.rSquared == reference.rSquared && drivers.rSquared != nil)
        #expect(drivers.driver("product")?.weight == reference.driver("product")?.weight)
        #expect(drivers.driver("service")?.weight == nil)
        let result = try SurveyImport(s, into: meisu, importance: .derived)
        #expect(result.warnings == [.droppedDriver(.constant(factor: "service"), derived: true)])
        #expect(result.workbook.factor(id: "service")?.importance == 5)
        #expect(SurveyWords(.en).warning(result.warnings[0]) { $0 } == "warning: the experience of service does not vary "
            + "(every respondent gave the same answer); it was left out of the model of derived importance; its importance was left as it was")
    }

    @Test func aConstantOverallIsNamedOnce() throws {
        let s = try summarize(driverCSV(["product", "convenience"], [a, c], overall: Array(repeating: 7, count: a.count)), workbook: meisu)
        let stated = try SurveyImport(s, into: meisu)
        #expect(stated.warnings == [.constantOverall])
        #expect(throws: SurveyError.cannotDerive(.constantOverall)) { try SurveyImport(s, into: meisu, importance: .derived) }
    }

    @Test func exactlyCollinearFactorsAreNamedAndTheOthersKeepTheirFigures() throws {
        // B = A/2 + 1 exactly; C unrelated. Before: every VIF was ∞, C's too (its true VIF is 1/(1 − r²(A, C))).
        let b = a.map { $0 / 2 + 1 }
        let s = try summarize(driverCSV(["product", "service", "convenience"], [a, b, c], overall: overall), workbook: meisu)
        let drivers = try #require(s.drivers.flatMap(KeyDrivers.init))
        #expect(drivers.dropped == [.collinear(factor: "service", with: ["product"])])
        let r = pearson(a, c)
        let vif = 1 / (1 - r * r)
        #expect(abs(vif - 1.019443416) < 1e-9)
        #expect(abs(try #require(drivers.driver("convenience")?.inflation) - vif) < 1e-8)
        #expect(abs(try #require(drivers.driver("product")?.inflation) - vif) < 1e-8)
        #expect(drivers.driver("service")?.inflation == nil && drivers.driver("service")?.weight == nil)
        let result = try SurveyImport(s, into: meisu, importance: .derived)
        #expect(result.warnings == [.droppedDriver(.collinear(factor: "service", with: ["product"]), derived: true)])
        #expect(SurveyWords(.en).warning(result.warnings[0]) { $0 } == "warning: the experience of service is exactly collinear "
            + "with product (a linear combination of it); it was left out of the model of derived importance and its part is "
            + "carried by product; its importance was left as it was")
        // A combination of two: E = (A + D)/2 names both.
        let d: [Double] = a.indices.map { Double(($0 * 7) % 5) }
        let e = zip(a, d).map { ($0 + $1) / 2 }
        let t = try summarize(driverCSV(["product", "price", "convenience"], [a, d, e], overall: overall), workbook: meisu)
        #expect(try #require(t.drivers.flatMap(KeyDrivers.init)).dropped == [.collinear(factor: "convenience", with: ["product", "price"])])
    }

    @Test func aSaturatedModelIsRefusedForDerivedAndWarnedForStated() throws {
        // n = 4 with 3 factors: R² = 1 whatever the answers. Before: derived importance written.
        let text = "id,experience.product,experience.service,experience.convenience,overall\n1,3,5,2,4\n2,6,4,7,8\n3,5,8,3,6\n4,9,2,6,5\n"
        let s = try summarize(text, workbook: meisu)
        #expect(throws: SurveyError.cannotDerive(.tooFew(n: 4, minimum: 15, factors: 3, empty: []))) {
            try SurveyImport(s, into: meisu, importance: .derived)
        }
        let stated = try SurveyImport(s, into: meisu)
        #expect(stated.keyDrivers?.rSquared == 1)
        #expect(stated.warnings.contains(.fewForDrivers(n: 4, minimum: 15, factors: 3)))
    }

    @Test func overallIsReadWhateverItsCase() throws {
        // Before: a column named `Overall` was silently ignored.
        let s = try summarize("id,experience.product,Overall\n1,6,7\n2,7,8\n3,5,5\n", workbook: meisu)
        #expect(s.overall == SurveyStat(n: 3, mean: 6.666666667, sd: 1.527525232))
        #expect(s.drivers?.n == 3)
        #expect(throws: SurveyError.duplicateColumn("overall", first: 2, second: 3)) {
            try summarize("id,Overall,overall,experience.product\n1,6,7,5\n", workbook: meisu)
        }
    }

    @Test func duplicateNamesMatterOnlyForUsedColumns() throws {
        // Before: two unused text columns of the same name (Qualtrics repeats them) refused the file.
        let s = try summarize("id,note,experience.product,note\n1,a,6,b\n2,c,8,d\n", workbook: meisu)
        #expect(s.respondents == 2)
        #expect(throws: SurveyError.duplicateColumn("experience.product", first: 2, second: 3)) {
            try summarize("id,experience.product,experience.product\n1,6,7\n", workbook: meisu)
        }
        #expect(throws: SurveyError.duplicateColumn("note", first: 2, second: 4)) {
            try summarize("id,note,experience.product,note\n1,a,6,b\n", workbook: meisu,
                          options: SurveyOptions(segmentColumn: "note"))
        }
    }

    @Test func derivedImportanceIsProportional() throws {
        // Weights 1/6 and 2/3: 1/4 of the top. Before, on 1–7: 1 + 6/4 = 2.5; in proportion: 7/4 = 1.75.
        let s = try surveySummary("derived.csv", workbook: meisu)
        let drivers = try #require(s.drivers.flatMap(KeyDrivers.init))
        #expect(drivers.importance("product", on: Scale(min: 1, max: 7)) == 1.75)
        #expect(drivers.importance("product", on: Scale(min: 1, max: 5)) == 1.25)
        #expect(drivers.importance("product", on: .standard) == 2.5)
        // Below the minimum of a scale that does not start at 0: kept at the minimum, and said.
        #expect(drivers.proportionalImportance("product", on: Scale(min: 3, max: 7)) == 1.75)
        #expect(drivers.importance("product", on: Scale(min: 3, max: 7)) == 3)
        var workbook = meisu
        workbook.importanceScale = Scale(min: 3, max: 7)
        for i in workbook.factors.indices { workbook.factors[i].importance = 5 }
        let text = try String(contentsOf: Package.root.appendingPathComponent("Tests/fixtures/survey/derived.csv"), encoding: .utf8)
        let rows = text.split(separator: "\n").dropFirst()
        let tripled = "id,experience.product,experience.convenience,overall\n" + (rows + rows + rows).joined(separator: "\n") + "\n"
        let result = try SurveyImport(try summarize(tripled, workbook: workbook), into: workbook, importance: .derived)
        #expect(result.workbook.factor(id: "product")?.importance == 3)
        #expect(result.workbook.factor(id: "convenience")?.importance == 7)
        #expect(result.warnings.contains(.belowImportanceScale(factor: "product", proportional: 1.75, minimum: 3)))
    }
}

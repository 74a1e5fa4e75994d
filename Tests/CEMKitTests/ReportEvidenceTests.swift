// Survey evidence in the report: n and the 95% interval under step 2, and stated importance beside the
// importance in use when derived importance (or a hand edit) replaced the stated survey mean.

import CEMKit
import Foundation
import Testing

@Suite struct ReportEvidenceTests {
    func surveyed() -> Workbook {
        var w = Samples.workedExample(.en)
        w.factors[0].survey = [(.importance, SurveyStat(n: 40, mean: 7.5, sd: nil))]  // product: 6 in use
        w.factors[1].survey = [(.importance, SurveyStat(n: 40, mean: 5, sd: nil))]    // service: 5, as stated
        return w
    }

    func blocks(_ w: Workbook) -> [ReportBlock] {
        ReportSections(workbook: w, analysis: Analysis(w), strings: strings(.en)).section(2).blocks
    }

    @Test func statedBesideInUseWhenTheyDiffer() throws {
        let b = blocks(surveyed())
        let i = try #require(b.firstIndex(of: .text("The importance in use is not the stated survey mean for Product. `cem import --importance derived` writes key-driver weights in place of the stated means (or the scores were edited by hand).")))
        guard case .table(let table) = b[i + 1] else { Issue.record("no table after the sentence"); return }
        #expect(table.headers == ["Factor", "Stated importance (survey mean)", "n", "95% CI", "Importance in use", "Difference"])
        #expect(table.rows == [["Product", "7.5", "40", "—", "6", "−1.5"], ["Service", "5", "40", "—", "5", "0"]])
        #expect(b[i + 2] == .text("The relative weights, R² and warnings are not stored in the workbook; `cem import SURVEY.csv --into FILE --importance derived --dry-run` shows them again."))
    }

    @Test func nothingWhenImportanceIsAsStated() {
        var w = surveyed()
        w.factors[0].importance = 7.5
        #expect(!blocks(w).contains { if case .text(let t) = $0 { t.contains("stated survey mean") } else { false } })
        // A stated mean outside the scale is compared as import writes it: kept inside the scale.
        w.factors[0].survey = [(.importance, SurveyStat(n: 3, mean: 12, sd: nil))]
        w.factors[0].importance = 10
        #expect(!blocks(w).contains { if case .text(let t) = $0 { t.contains("stated survey mean") } else { false } })
    }

    @Test func theSurveyBasisShowsNAndTheInterval() throws {
        var w = Samples.workedExample(.en)
        w.factors[3].survey = [(.experience, SurveyStat(n: 2, mean: 5, sd: 1))]
        let b = blocks(w)
        let i = try #require(b.firstIndex(of: .text("Survey basis of the scores (n respondents, mean, 95% confidence interval)")))
        guard case .table(let table) = b[i + 1] else { Issue.record("no survey table"); return }
        // t(0.975, 1) = 12.706204736; 12.706204736 × 1 / √2 = 8.984644 (shown to 2 decimals).
        #expect(table.rows == [["Convenience", "Experience", "2", "5", "−3.98–13.98"]])
    }
}

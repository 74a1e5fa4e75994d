// The survey scale detected from the answers: only from clear evidence.

@testable import CEMKit
import Testing

@Suite struct SurveyScaleDetectionTests {
    let zeroTen = Scale(min: 0, max: 10)

    func range(_ low: Double, _ high: Double, whole: Bool = true, answers: Int = 120) -> SurveyRange {
        SurveyRange(low: low, high: high, whole: whole, answers: answers)
    }

    @Test func clearEvidenceDetectsAStandardScale() {
        #expect(SurveyScaleDetection.detect(range(1, 5), workbook: zeroTen) == Scale(min: 1, max: 5))
        #expect(SurveyScaleDetection.detect(range(2, 5), workbook: zeroTen) == Scale(min: 1, max: 5))
        #expect(SurveyScaleDetection.detect(range(1, 7), workbook: zeroTen) == Scale(min: 1, max: 7))
        #expect(SurveyScaleDetection.detect(range(0, 10), workbook: Scale(min: 0, max: 100)) == zeroTen)
    }

    @Test func anythingLessClearDetectsNothing() {
        // A 0–10 survey whose answers happen to lie in 3..9 is not a 1–5 (or any other) survey.
        #expect(SurveyScaleDetection.detect(range(3, 9), workbook: zeroTen) == nil)
        // The workbook's own top reached: its scale fits.
        #expect(SurveyScaleDetection.detect(range(1, 10), workbook: zeroTen) == nil)
        #expect(SurveyScaleDetection.detect(range(1, 5), workbook: Scale(min: 1, max: 5)) == nil)
        // A fraction, too few answers, a smallest answer below every candidate, two candidates.
        #expect(SurveyScaleDetection.detect(range(1, 5, whole: false), workbook: zeroTen) == nil)
        #expect(SurveyScaleDetection.detect(range(1, 5, answers: 9), workbook: zeroTen) == nil)
        #expect(SurveyScaleDetection.detect(range(0, 5), workbook: zeroTen) == nil)
        #expect(SurveyScaleDetection.detect(range(1, 10), workbook: Scale(min: 0, max: 100)) == nil)
        #expect(SurveyScaleDetection.detect(SurveyRange(low: .infinity, high: -.infinity, whole: true), workbook: zeroTen) == nil)
    }

    @Test func theReaderSeesRangesPerKind() throws {
        var reader = SurveyReader(workbook: Samples.workedExample(.en))
        try reader.feed(Array("experience.product,importance.product,overall\n1,6.5,2\n5,8,\n3,,4\n".utf8))
        let s = try reader.finish()
        #expect(s.observedRange(importance: false) == SurveyRange(low: 1, high: 5, whole: true, answers: 5))
        #expect(s.observedRange(importance: true) == SurveyRange(low: 6.5, high: 8, whole: false, answers: 2))
    }
}

// Small survey leftovers: the reader's list of survey measures names satisfaction, and one respondent is singular.

@testable import CEMKit
import Testing

@Suite struct SurveyLeftoverTests {
    /// A survey entry may be paired satisfaction: the fix lists it beside the five measures; a poll's does not.
    @Test func unknownSurveyMeasureListsSatisfaction() {
        let survey = readerLines(tinyWorkbook(factor: ", \"survey\": {\"loyalty\": {\"n\": 3, \"mean\": 5, \"sd\": 1}}"))
        #expect(survey.count == 1)
        #expect(survey.first?.hasSuffix(
            "unknown survey measure \"loyalty\"; measures are brandValue, experience, expectation, importance, ideal, satisfaction") == true,
                "\(survey)")
        #expect(readerLines(tinyWorkbook(factor: ", \"survey\": {\"loyalty\": {\"n\": 3, \"mean\": 5, \"sd\": 1}}"), .zh).first?
            .hasSuffix("指标只能是 brandValue、experience、expectation、importance、ideal、satisfaction") == true)
        let poll = readerLines(tinyWorkbook(factor: ", \"poll\": {\"loyalty\": {\"n\": 3, \"mean\": 5, \"sd\": 1, \"min\": 4, \"max\": 6}}"))
        #expect(poll.first?.hasSuffix("measures are brandValue, experience, expectation, importance, ideal") == true, "\(poll)")
    }

    @Test func oneRespondentIsSingular() {
        let words = SurveyWords(.en)
        #expect(words.warning(.smallSample(n: 1, minimum: 30, drivers: false), name: { $0 })
            == "warning: only 1 respondent; at least 30 (max(30, 10 × factors)) are needed for trustworthy figures")
        #expect(words.warning(.smallSample(n: 2, minimum: 30, drivers: true), name: { $0 })
            .hasPrefix("warning: only 2 respondents answered every factor's experience and overall; "))
    }
}

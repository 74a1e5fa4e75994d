// Small defects of reports and the projector page, each pinned by the test that found it: an
// experiment's interval says its unit; the projector's bar charts are drawn narrower, so larger.

@testable import CEMKit
import Testing

@Suite struct ExperimentIntervalUnitTests {
    func experiment(_ id: String, _ language: Language) throws -> Experiment {
        try #require(Samples.insurerHotline(language).experiment(id: id))
    }

    /// The session's line (`experiment`, `experiment record`): the interval in the difference's unit.
    @Test func theLineSaysTheIntervalsUnit() throws {
        let e3 = try experiment("E3", .en), e1 = try experiment("E1", .en)
        #expect(ReportWords(.en).experimentLine(e3, ExperimentResult(e3))
                == "difference +5 percentage points (test 55%, control 50%); 95% interval [0.61, 9.39] percentage points, significant at 5%")
        #expect(ReportWords(.en).experimentLine(e1, ExperimentResult(e1)).contains("; 95% interval [5.72, 8.28] points (0–100), significant"))
        let zh = try experiment("E3", .zh)
        #expect(ReportWords(.zh).experimentLine(zh, ExperimentResult(zh)).contains("；95% 区间 [0.61, 9.39] 个百分点，在 5% 水平上显著"))
    }

    /// The report's and `cem compare`'s table: a proportion's interval in points like its difference
    /// (a mean's unit is in the metric column).
    @Test func theTableSaysTheIntervalsUnit() throws {
        let en = ReportDocument.experimentTable(Samples.insurerHotline(.en).experiments, strings(.en))
        #expect(en.rows.map { $0[6] } == ["[5.72, 8.28]", "[6.54, 9.46]", "[0.61, 9.39] pp"])
        let zh = ReportDocument.experimentTable(Samples.insurerHotline(.zh).experiments, strings(.zh))
        #expect(zh.rows[2][5] == "+5 个百分点")
        #expect(zh.rows[2][6] == "[0.61, 9.39] 个百分点")
    }
}

@Suite struct ProjectorBarChartTests {
    static let meisu = Samples.workedExample(.en)

    /// The projector draws its bar charts 560 units wide (the report's are 780) with the same 13-unit
    /// labels: in the charts' column, about 550 px of a 1280 px screen, they are about 12.8 px, not 9.
    @Test func theRoomsBarChartsAreNarrowerSoTheirLabelsAreLarger() throws {
        let document = ReportDocument(workbook: Self.meisu, analysis: Analysis(Self.meisu), strings: strings(.en), date: "2026-11-22")
        for step in [2, 4, 7] {
            let page = RoomPage.html(document, step: step, changedAt: "10:15:00", words: SessionWords(.en))
            #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"560\" "), "step \(step)")
            #expect(!page.contains("viewBox=\"0 0 780 "), "step \(step)")
        }
        // Under the table in step 3 the chart may take 40% of the height (it was 34%, which shrank it again).
        let step3 = RoomPage.html(document, step: 3, changedAt: "10:15:00", words: SessionWords(.en))
        #expect(step3.contains("viewBox=\"0 0 560 ") && step3.contains(".room-ipa .room-text figure.chart svg { max-height: 40vh; width: 100%; }"))
        // The report's and `cem chart`'s charts are unchanged.
        #expect(HTMLReport.text(document).contains("viewBox=\"0 0 780 "))
        #expect(SVGChart.document(.expectation, workbook: Self.meisu, analysis: Analysis(Self.meisu), strings: strings(.en)).contains("viewBox=\"0 0 780 "))
        // The width is clamped to what the layout holds.
        #expect(ChartOptions(barWidth: 100).barWidth == 480 && ChartOptions(barWidth: .infinity).barWidth == 780)
    }
}

@Suite struct OneDiagnosticTypeTests {
    /// A workbook's and an exercise's problems are one located type, each rendering its own kind, with
    /// one limit of problems listed.
    @Test func workbookAndExerciseDiagnosticsAreOneType() {
        #expect(Diagnostic.self == Located<Problem>.self)
        #expect(ExerciseDiagnostic.self == Located<ExerciseProblem>.self)
        #expect(Diagnostic.limit == 1_000 && ExerciseDiagnostic.limit == Diagnostic.limit)
        let position = SourcePosition(line: 3, column: 7)
        let workbook = Diagnostic(.badID("a b", kind: .factor), at: position, path: "factors[0].id")
        let exercise = ExerciseDiagnostic(.workbook(workbook.problem), at: workbook.position, path: workbook.path)
        #expect(exercise.line(file: "e.json", strings: strings(.en)) == workbook.line(file: "e.json", strings: strings(.en)))
    }
}

// Small defects of reports and the projector page, each pinned by the test that found it: an
// experiment's interval says its unit.

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

// The report part on interactions and experiments: the strip of moments toned by feeling (current beside
// proposed), the checklist, the experiments with their intervals; absent from workbooks without them.

@testable import CEMKit
import Testing

@Suite struct BehaviourReportTests {
    func part(_ language: Language) throws -> ReportPart {
        let w = Samples.insurerHotline(language)
        return try #require(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(language)).behaviourPart)
    }

    func tables(_ part: ReportPart) -> [ReportTable] {
        part.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    @Test func theStripTheChecklistAndTheExperiments() throws {
        let p = try part(.en)
        #expect(p.title == "Interactions and experiments")
        let t = tables(p)
        #expect(t.count == 5)
        // Before: the current order beside the proposed one, toned by feeling.
        #expect(t[0].headers == ["#", "Current order", "Proposed order"])
        #expect(t[0].rows[1] == ["2", "Check personal details (0)", "Benefits about to expire (−2)"])
        #expect(t[0].tones[3] == [.plain, .good, .bad])
        #expect(t[0].rows[9] == ["10", "Abrupt goodbye (−1) [fixed]", "Abrupt goodbye (−1) [fixed]"])
        #expect(t[1].rows.map { $0[2] } == Array(repeating: "falls short", count: 5))
        // After: already in the proposed order, so one column; every principle holds.
        #expect(t[2].headers == ["#", "Current order"])
        #expect(t[2].rows[4] == ["5", "Choose treatment, hospital and doctor (+1) [choice]"])
        #expect(t[3].rows.map { $0[2] } == Array(repeating: "holds", count: 5))
        #expect(t[4].rows == [
            ["E1", "satisfaction with the calls, points (0–100)", "call-after, R1", "83", "76", "+7", "[5.72, 8.28]", "yes"],
            ["E2", "satisfaction with the company, points (0–100)", "call-after, R1", "79", "71", "+8", "[6.54, 9.46]", "yes"],
            ["E3", "patients who say the calls motivate them to change behaviour", "call-after, R1", "55%", "50%", "+5 pp", "[0.61, 9.39] pp", "yes"],
        ])
        #expect(t[4].tones[0][5] == .good)
    }

    @Test func chineseAndEveryFormat() throws {
        let p = try part(.zh)
        #expect(p.title == "互动与实验")
        #expect(tables(p)[4].rows[2][5] == "+5 个百分点")
        let w = Samples.insurerHotline(.zh)
        let document = ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.zh))
        for format in [ReportFormat.text, .markdown, .html] {
            let text = format.render(document)
            #expect(text.contains("互动与实验") && text.contains("先苦后甜") && text.contains("5.72, 8.28"), "\(format)")
        }
    }

    @Test func absentWithoutInteractionsOrExperiments() {
        let w = Samples.workedExample(.en)
        #expect(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en)).behaviourPart == nil)
    }
}

@Suite struct CompareExperimentTests {
    @Test func compareShowsTheExperimentsInEveryFormat() throws {
        let report = CycleComparisonReport(CycleComparison(Samples.insurerHotline(.en)), language: .en, width: 120)
        let text = report.text()
        #expect(text.contains("Experiments (cycle 1)"))
        #expect(text.contains("  E2          satisfaction with the company,     call-after, R1    79       71          +8     [6.54, 9.46]  yes"))
        #expect(text.contains("  E3          patients who say the calls         call-after, R1   55%      50%       +5 pp  [0.61, 9.39] pp  yes"))
        #expect(report.markdown().contains("| E1 | satisfaction with the calls, points (0–100) | call-after, R1 | 83 | 76 | +7 | \\[5.72, 8.28\\] | yes |"))
        let json = report.jsonText()
        #expect(json.contains("\"difference\": 8,") && json.contains("\"degreesOfFreedom\": 1965.194195276,"))
        let plain = CycleComparisonReport(CycleComparison(Samples.workedExample(.en)), language: .en, width: 120)
        #expect(!plain.text().contains("Experiments") && !plain.jsonText().contains("experiments"))
    }
}

@Suite struct BehaviourJSONTests {
    @Test func theJSONReportAddsEncountersAndExperiments() throws {
        let w = Samples.insurerHotline(.en)
        let text = JSONReport.text(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en)))
        #expect(text.contains("""
                "painCentre": 0.25,
                "painBlocks": 1,
                "pleasureBlocks": 3,
                "end": "goodbye",
                "endFeeling": 1,
        """))
        #expect(text.contains("\"proposedOrder\": [\"greeting\", \"expiring\", \"pain\", \"habits\", \"details\", \"progress\", \"plan\", \"next-call\", \"benefits\", \"goodbye\"]"))
        #expect(text.contains("\"difference\": 5,\n      \"standardError\": 2.241878767,"))
        let plain = Samples.workedExample(.en)
        let old = JSONReport.text(ReportDocument(workbook: plain, analysis: Analysis(plain), strings: strings(.en)))
        #expect(!old.contains("encounters") && !old.contains("experiments"))
    }
}

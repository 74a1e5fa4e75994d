import CEMKit
import Testing

/// Cycles of the worked example: cycle 1 as the book has it; in cycle 2 the new shops lifted
/// convenience (experience 8, expectation 8) and product; in cycle 3 convenience rose again and
/// product slipped back. Scores are brandValue, experience, expectation, importance, ideal.
enum Cycles {
    static let cycle2: [String: [Double]] = [
        "product": [6, 7, 7, 6, 7], "service": [5, 6, 6, 5, 6], "relationship": [2, 4, 4, 3, 4],
        "convenience": [8, 8, 8, 9, 10], "brand-image": [9, 7, 7, 7, 7], "price": [9, 7, 7, 6, 7],
    ]
    static let cycle3: [String: [Double]] = [
        "product": [6, 6, 7, 6, 7], "service": [5, 6, 6, 5, 6], "relationship": [2, 4, 4, 3, 4],
        "convenience": [8, 9, 8, 9, 10], "brand-image": [9, 7, 7, 7, 7], "price": [9, 7, 7, 6, 7],
    ]

    static func rate(_ workbook: inout Workbook, _ scores: [String: [Double]], actual: Double?) {
        for i in workbook.factors.indices {
            for (field, value) in zip(ScoreField.allCases, scores[workbook.factors[i].id]!) { workbook.factors[i][score: field] = value }
        }
        workbook.requirements[0].kpis[0].actual = actual
    }

    static func close(_ workbook: Workbook, on date: String) throws -> Workbook {
        try CycleCloser.close(workbook, on: date).get()
    }

    /// Cycle 1 closed, cycle 2 rated (KPI actual 5) and closed, cycle 3 rated.
    static func three() throws -> Workbook {
        var w = try close(Samples.workedExample(.en), on: "2025-06-30")
        rate(&w, cycle2, actual: 5)
        w = try close(w, on: "2025-12-31")
        rate(&w, cycle3, actual: 3.5)
        return w
    }
}

@Suite struct CycleCloseTests {
    @Test func closingArchivesTheCycleAndStartsTheNextAtStepOne() throws {
        let before = Samples.workedExample(.en)
        let after = try CycleCloser.close(before, on: "2025-06-30").get()
        #expect(after.cycle == 2)
        #expect(after.history.count == 1)
        let archived = after.history[0]
        #expect(archived.cycle == 1)
        #expect(archived.closedOn == "2025-06-30")
        #expect(archived.brandStatement == "Clearly marked prices and a reliable brand image")
        #expect(archived.factors == before.factors)
        #expect(archived.requirements == before.requirements)
        #expect(archived.requirements[0].kpis[0].actual == 4.2)
        // Factors, requirements and KPIs stay; the scores and KPI actual values start empty.
        #expect(after.factors.map(\.id) == before.factors.map(\.id))
        #expect(after.factors.map(\.name) == before.factors.map(\.name))
        #expect(after.factors.map(\.notes) == before.factors.map(\.notes))
        #expect(after.factors.allSatisfy { f in ScoreField.allCases.allSatisfy { f[score: $0] == nil } })
        #expect(after.requirements.map(\.id) == ["R1", "R2", "R3", "R4"])
        #expect(after.requirements.map(\.alignment) == before.requirements.map(\.alignment))
        let kpi = after.requirements[0].kpis[0]
        #expect(kpi.id == "K1" && kpi.baseline == 1 && kpi.target == 4 && kpi.actual == nil && kpi.measuredOn == nil)
        #expect(after.brandStatement == before.brandStatement)
        // Step 1 of the new cycle is open; the previous scores are the defaults.
        #expect(Analysis(after).isComplete(step: 1) == false)
        #expect(after.previousScore(factor: "convenience", .experience) == 5)
        #expect(after.previousScore(factor: "convenience", .ideal) == 10)
        #expect(after.previousBrandStatement == "Clearly marked prices and a reliable brand image")
    }

    @Test func theClosedFileIsValidAndCanonical() throws {
        let after = try CycleCloser.close(Samples.workedExample(.zh), on: "2025-06-30").get()
        let text = WorkbookWriter.text(after)
        let reread = try WorkbookReader.read(text)
        #expect(reread == after)
        #expect(WorkbookWriter.text(reread) == text)
        #expect(text.contains("\"history\": [\n    {\n      \"cycle\": 1,\n      \"closedOn\": \"2025-06-30\",\n      \"brand\": {\n        \"statement\": \"明码实价，可靠的品牌形象\"\n      },"))
    }

    @Test func refusesWithoutAMeasuredKPIUnlessForced() throws {
        var w = Samples.workedExample(.en)
        w.requirements[0].kpis[0].actual = nil
        #expect(CycleCloser.close(w, on: "2025-06-30") == .failure(.noMeasuredKPI(cycle: 1)))
        let forced = try CycleCloser.close(w, on: "2025-06-30", force: true).get()
        #expect(forced.cycle == 2 && forced.history.count == 1)
        // A template has no KPI at all.
        #expect(CycleCloser.close(Template.retail.workbook(language: .en), on: "2025-06-30") == .failure(.noMeasuredKPI(cycle: 1)))
    }

    @Test func refusesBadDatesAndDuplicateCycles() throws {
        let w = Samples.workedExample(.en)
        #expect(CycleCloser.close(w, on: "2025-02-30") == .failure(.badDate("2025-02-30")))
        #expect(CycleCloser.close(w, on: "30/06/2025") == .failure(.badDate("30/06/2025")))
        var closed = try CycleCloser.close(w, on: "2025-06-30").get()
        closed.requirements[0].kpis[0].actual = 5
        #expect(CycleCloser.close(closed, on: "2025-06-01") == .failure(.dateBeforePreviousClose(date: "2025-06-01", previous: "2025-06-30")))
        closed.cycle = 1
        #expect(CycleCloser.close(closed, on: "2025-07-01") == .failure(.alreadyArchived(cycle: 1)))
        // Refusals read as what, and how to fix it.
        #expect(teamStrings(.en).refusal(.noMeasuredKPI(cycle: 1))
            == "cycle 1 cannot be closed yet: step 7 has no KPI with an actual value, so there is nothing to feed back; enter the KPIs' actual values first, or close anyway with --force")
        #expect(teamStrings(.zh).refusal(.badDate("2025-02-30")) == "“2025-02-30”不是日期；请写成 YYYY-MM-DD，例如 2025-06-30")
    }
}

@Suite struct CycleComparisonTests {
    @Test func twoCycles() throws {
        var w = try Cycles.close(Samples.workedExample(.en), on: "2025-06-30")
        // Right after closing, the new cycle has no score: nothing to compare yet.
        var comparison = CycleComparison(w)
        #expect(comparison.steps.isEmpty)
        #expect(comparison.sinceLastCycle == nil)
        #expect(comparison.cycles.map(\.cycle) == [1])
        Cycles.rate(&w, Cycles.cycle2, actual: 5)
        comparison = CycleComparison(w)
        #expect(comparison.cycles.map(\.cycle) == [1, 2])
        #expect(comparison.steps.count == 1)
        let step = try #require(comparison.sinceLastCycle)
        let convenience = try #require(step.factors.first { $0.id == "convenience" })
        #expect(convenience.experience == FigureChange(from: 5, to: 8))
        #expect(convenience.experience.change == 3 && convenience.experience.direction == .up)
        #expect(convenience.satisfaction.change == 2)
        #expect(convenience.weightedSatisfaction == FigureChange(from: -18, to: 0))
        #expect(convenience.weightedSatisfaction.change == 18)
        #expect(convenience.gap == FigureChange(from: -5, to: -2))
        let service = try #require(step.factors.first { $0.id == "service" })
        #expect(service.experience.direction == .same)
        #expect(step.keyExperience?.id == "convenience")
        #expect(step.keyExperience?.improved == true)
        #expect(step.meanSatisfaction == FigureChange(from: -0.5, to: 0))
        #expect(step.weightedSatisfactionIndex.from == roundFigure(-24.0 / 36))
        // KPI results per cycle come from each cycle's Analysis.
        #expect(comparison.cycles.map { $0.analysis.kpis.map(\.kpi.actual) } == [[4.2], [5]])
        #expect(comparison.cycles.map { $0.analysis.kpis.map(\.met) } == [[true], [true]])
    }

    @Test func threeCycles() throws {
        let comparison = CycleComparison(try Cycles.three())
        #expect(comparison.cycles.map(\.cycle) == [1, 2, 3])
        #expect(comparison.cycles.map(\.closedOn) == ["2025-06-30", "2025-12-31", nil])
        #expect(comparison.steps.map { [$0.from.cycle, $0.to.cycle] } == [[1, 2], [2, 3]])
        let second = comparison.steps[1]
        // Cycle 2 had no key experience (every weighted satisfaction was 0).
        #expect(second.keyExperience == nil)
        let product = try #require(second.factors.first { $0.id == "product" })
        #expect(product.satisfaction == FigureChange(from: 0, to: -1))
        #expect(product.weightedSatisfaction.direction == .down)
        #expect(comparison.cycles[2].analysis.keyExperiences == ["product"])
        #expect(second.weightedSatisfactionIndex == FigureChange(from: 0, to: roundFigure(3.0 / 36)))
        #expect(comparison.cycles.map { $0.analysis.kpis.map(\.met) } == [[true], [true], [false]])
    }

    @Test func threeCyclesAsText() throws {
        let text = CycleComparisonReport(CycleComparison(try Cycles.three()), language: .en, width: 100).text()
        #expect(text == """
        Cycle 1 (closed 2025-06-30) → Cycle 2 (closed 2025-12-31)
          Factor        Experience  Satisfaction  Weighted sat.  Gap
          ────────────  ──────────  ────────────  ─────────────  ────────────
          Product       6 → 7 ↑ +1  −1 → 0 ↑ +1   −6 → 0 ↑ +6    0 → 0 = 0
          Service       6 → 6 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
          Relationship  4 → 4 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
          Convenience   5 → 8 ↑ +3  −2 → 0 ↑ +2   −18 → 0 ↑ +18  −5 → −2 ↑ +3
          Brand image   7 → 7 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
          Price         7 → 7 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
        Key experience of cycle 1: Convenience, weighted satisfaction −18 → 0 ↑ +18: improved
        Mean satisfaction −0.5 → 0 ↑ +0.5; weighted satisfaction index −0.67 → 0 ↑ +0.67

        Cycle 2 (closed 2025-12-31) → Cycle 3 (current)
          Factor        Experience  Satisfaction  Weighted sat.  Gap
          ────────────  ──────────  ────────────  ─────────────  ────────────
          Product       7 → 6 ↓ −1  0 → −1 ↓ −1   0 → −6 ↓ −6    0 → −1 ↓ −1
          Service       6 → 6 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
          Relationship  4 → 4 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
          Convenience   8 → 9 ↑ +1  0 → 1 ↑ +1    0 → 9 ↑ +9     −2 → −1 ↑ +1
          Brand image   7 → 7 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
          Price         7 → 7 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
        Cycle 2 had no key experience.
        Mean satisfaction 0 → 0 = 0; weighted satisfaction index 0 → 0.08 ↑ +0.08

        KPI results per cycle
          Cycle  Req.  KPI  Metric                          Target  Actual  Met
          ─────  ────  ───  ──────────────────────────────  ──────  ──────  ───
              1  R1    K1   sales relative to one shop (x)       4     4.2  yes
              2  R1    K1   sales relative to one shop (x)       4       5  yes
              3  R1    K1   sales relative to one shop (x)       4     3.5  no

        """)
    }

    @Test func keyExperienceThatGotWorseIsNotImproved() throws {
        var w = try Cycles.close(Samples.workedExample(.zh), on: "2025-06-30")
        var scores = Cycles.cycle2
        scores["convenience"] = [4, 4, 7, 9, 10]
        Cycles.rate(&w, scores, actual: 2)
        let step = try #require(CycleComparison(w).sinceLastCycle)
        #expect(step.keyExperience?.weightedSatisfaction == FigureChange(from: -18, to: -27))
        #expect(step.keyExperience?.improved == false)
        let text = ReportFormat.text.render(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.zh)))
        let lines = text.components(separatedBy: "\n")
        #expect(lines.contains("自上一周期以来的进展"))
        #expect(lines.contains("第 1 周期的关键体验：便利性，加权满意度 −18 → −27 ↓ −9：未改善"))
    }

    @Test func jsonNamesEveryFigure() throws {
        let json = CycleComparisonReport(CycleComparison(try Cycles.three()), language: .en).jsonText()
        #expect(json.contains("""
              "keyExperience": {
                "id": "convenience",
                "weightedSatisfaction": {
                  "from": -18,
                  "to": 0,
                  "change": 18,
                  "direction": "up"
                },
                "improved": true
              },
        """))
        #expect(json.contains("\"keyExperience\": null"))
        #expect(json.hasPrefix("{\n  \"cycles\": [\n    {\n      \"cycle\": 1,\n      \"closedOn\": \"2025-06-30\",\n      \"current\": false,"))
    }

    @Test func aWorkbookWithoutHistorySaysSo() {
        let report = CycleComparisonReport(CycleComparison(Samples.workedExample(.en)), language: .en)
        #expect(report.text().hasPrefix("No closed cycle yet: cycle 1 is the first."))
        #expect(report.progressSection() == nil)
    }
}

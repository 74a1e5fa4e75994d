import CEMKit
import Testing

/// Rules of DESIGN §2 beyond the worked example: missing values, ties, cut lines, links, KPI direction.
@Suite struct EngineTests {
    func factor(_ id: String, _ scores: [Double?]) -> Factor {
        var f = Factor(id: id, name: id.uppercased())
        for (field, value) in zip(ScoreField.allCases, scores) { f[score: field] = value }
        return f
    }

    @Test func missingInputsGiveMissingFiguresNeverZero() {
        let w = Workbook(factors: [
            factor("a", [5, 6, nil, 8, nil]),  // no expectation, no ideal
            factor("b", [nil, 4, 6, nil, 7]),  // no importance
        ])
        let a = Analysis(w)
        #expect(a.factors[0].satisfaction == nil)
        #expect(a.factors[0].weightedSatisfaction == nil)
        #expect(a.factors[0].gap == nil)
        #expect(a.factors[0].weightedGap == nil)
        #expect(a.factors[1].satisfaction == -2)
        #expect(a.factors[1].weightedSatisfaction == nil)
        #expect(a.factors[1].gap == -3)
        #expect(a.factors[1].weightedGap == nil)
        #expect(a.keyExperiences.isEmpty)
        #expect(a.largestGap == nil)
        #expect(a.meanSatisfaction == -2)
        #expect(a.weightedSatisfactionIndex == nil)
        #expect(a.brandValueDrivers == ["a"])
        #expect(a.factors[1].quadrant == nil)
        #expect(a.steps.allSatisfy { !$0.complete })
    }

    @Test func emptyWorkbookHasNoFigures() {
        let a = Analysis(Workbook())
        #expect(a.meanSatisfaction == nil)
        #expect(a.ipa.experienceCut == nil)
        #expect(a.brandValueDrivers.isEmpty)
        #expect(a.steps.allSatisfy { !$0.complete })
    }

    @Test func keyExperienceTiesGoToHigherImportanceThenFactorOrder() {
        // weightedSatisfaction: a −6 (imp 3), b −6 (imp 6), c −6 (imp 6), d −8, e 0.
        let w = Workbook(factors: [
            factor("a", [nil, 4, 6, 3, nil]),
            factor("b", [nil, 6, 7, 6, nil]),
            factor("c", [nil, 5, 6, 6, nil]),
            factor("d", [nil, 3, 4, 8, nil]),
            factor("e", [nil, 5, 5, 9, nil]),
        ])
        let a = Analysis(w)
        #expect(a.factors.map(\.weightedSatisfaction) == [-6, -6, -6, -8, 0])
        #expect(a.keyExperiences == ["d", "b", "c", "a"])
    }

    @Test func roundingMakesFloatingPointNoiseTie() {
        // 4.36 − 4.49 and 4.35 − 4.48 are both −0.13 once rounded; importance equal, so factor order decides.
        let w = Workbook(factors: [factor("x", [nil, 4.36, 4.49, 1, nil]), factor("y", [nil, 4.35, 4.48, 1, nil])])
        let a = Analysis(w)
        #expect(a.factors[0].satisfaction == -0.13)
        #expect(a.factors[1].satisfaction == -0.13)
        #expect(a.keyExperiences == ["x", "y"])
        #expect(roundFigure(0.1 + 0.2) == 0.3)
    }

    @Test func ipaValueOnTheCutLineCountsAsHigh() {
        // Means: experience 5, importance 5. "on" sits exactly on both lines.
        let w = Workbook(factors: [factor("on", [nil, 5, nil, 5, nil]), factor("lo", [nil, 3, nil, 3, nil]),
                                   factor("hi", [nil, 7, nil, 7, nil])])
        let a = Analysis(w)
        #expect(a.ipa.experienceCut == 5 && a.ipa.importanceCut == 5)
        #expect(a.factor("on")?.quadrant == .keepUpTheGoodWork)
        #expect(a.factor("lo")?.quadrant == .lowPriority)
        #expect(a.factor("hi")?.quadrant == .keepUpTheGoodWork)
    }

    @Test func ipaCutMethods() throws {
        let w = try readWorkbook("workbooks/meisu.en.cem.json")
        let median = Analysis(w, cuts: .median).ipa
        #expect(median.experienceCut == 6 && median.importanceCut == 6)  // experience 4,5,6,6,7,7; importance 3,5,6,6,7,9
        let midpoint = Analysis(w, cuts: .midpoint)
        #expect(midpoint.ipa.experienceCut == 5 && midpoint.ipa.importanceCut == 5)
        #expect(midpoint.factor("relationship")?.quadrant == .lowPriority)
        #expect(midpoint.factor("convenience")?.quadrant == .keepUpTheGoodWork)
        let given = Analysis(w, cuts: .values(experience: 6.5, importance: 8))
        #expect(given.factor("convenience")?.quadrant == .concentrateHere)
        #expect(given.factor("price")?.quadrant == .possibleOverkill)
        #expect(given.factor("relationship")?.quadrant == .lowPriority)
    }

    @Test func requirementLinkedToTwoFactorsTakesTheLargerShortfall() {
        var w = Workbook(factors: [factor("a", [nil, 5, nil, 4, 8]),   // weightedGap −12
                                   factor("b", [nil, 6, nil, 9, 8]),   // weightedGap −18
                                   factor("c", [nil, 9, nil, 5, 8])])  // gap +1: not short
        w.requirements = [Requirement(id: "R1", title: "both", factors: ["a", "b"]),
                          Requirement(id: "R2", title: "surplus only", factors: ["c"]),
                          Requirement(id: "R3", title: "none")]
        let a = Analysis(w)
        #expect(a.factors.map(\.weightedGap) == [-12, -18, 5])
        #expect(a.largestGap == "b")
        #expect(a.requirements.map(\.priority) == [18, 0, 0])
    }

    @Test func priorityIsMissingWhenALinkedFactorHasNoGapYet() {
        var w = Workbook(factors: [factor("a", [nil, 5, nil, 4, 8]), factor("b", [nil, 6, nil, nil, 8])])
        w.requirements = [Requirement(id: "R1", title: "x", factors: ["a", "b"])]
        #expect(Analysis(w).requirements[0].priority == nil)
    }

    @Test func kpiWhereLowerIsBetter() {
        var w = Workbook(factors: [factor("wait", [nil, 3, 6, 9, 8])])
        w.requirements = [Requirement(
            id: "R1", title: "booking", factors: ["wait"], alignment: Alignment(decision: .pursue),
            kpis: [KPI(id: "K1", metric: "minutes waited", unit: "min", better: .lower, baseline: 45, target: 20, actual: 25),
                   KPI(id: "K2", metric: "complaints", better: .lower, target: 10, actual: 10),
                   KPI(id: "K3", metric: "calls", better: .higher, target: 10, actual: nil)])]
        let a = Analysis(w)
        #expect(a.kpis.map(\.deviation) == [5, 0, nil])
        #expect(a.kpis.map(\.met) == [false, true, nil])
        #expect(a.isComplete(step: 7))
        #expect(a.improvedFactors == ["wait"])
    }

    @Test func step5WarningsAndCompleteness() {
        var w = Workbook(brandStatement: "b", factors: [
            factor("a", [1, 4, 6, 5, 8]),  // key experience and shortfall
            factor("b", [2, 6, 6, 5, 9]),  // shortfall only
            factor("c", [3, 7, 6, 5, 7]),
        ])
        var a = Analysis(w)
        #expect(a.warnings == [.keyExperienceWithoutRequirement("a"), .shortfallWithoutRequirement("b")])
        #expect(!a.isComplete(step: 5))
        #expect(a.isComplete(step: 1) && a.isComplete(step: 2) && a.isComplete(step: 3) && a.isComplete(step: 4))

        w.requirements = [Requirement(id: "R1", title: "x", factors: ["a"], alignment: Alignment(decision: .defer)),
                          Requirement(id: "R2", title: "y", factors: ["b"], alignment: Alignment(decision: .drop))]
        a = Analysis(w)
        // A deferred requirement covers its factor; a dropped one does not.
        #expect(a.warnings == [.shortfallWithoutRequirement("b")])
        #expect(!a.isComplete(step: 5))
        #expect(a.isComplete(step: 6))
        #expect(!a.isComplete(step: 7))

        w.requirements[1].alignment.decision = nil
        a = Analysis(w)
        #expect(a.warnings.isEmpty)
        #expect(a.isComplete(step: 5))
        #expect(!a.isComplete(step: 6))
    }

    @Test func step1NeedsAStatementAndEveryBrandValue() {
        var w = Workbook(brandStatement: "  ", factors: [factor("a", [5, nil, nil, nil, nil])])
        #expect(!Analysis(w).isComplete(step: 1))
        w.brandStatement = "fair prices"
        #expect(Analysis(w).isComplete(step: 1))
        w.factors.append(factor("b", [nil, nil, nil, nil, nil]))
        #expect(!Analysis(w).isComplete(step: 1))
    }

    @Test func brandValueDriversIncludeTies() {
        let w = Workbook(factors: [factor("a", [7]), factor("b", [9]), factor("c", [9]), factor("d", [nil])])
        #expect(Analysis(w).brandValueDrivers == ["b", "c"])
    }
}

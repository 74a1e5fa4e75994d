import CEMKit
import Testing

/// Every figure of the worked example of DESIGN §2, from the sample files, in both languages.
@Suite struct WorkedExampleTests {
    static let files = ["workbooks/meisu.zh.cem.json", "workbooks/meisu.en.cem.json"]

    @Test(arguments: files) func factorFigures(path: String) throws {
        let a = Analysis(try readWorkbook(path))
        #expect(a.factors.map(\.id) == ["product", "service", "relationship", "convenience", "brand-image", "price"])
        #expect(a.factors.map(\.satisfaction) == [-1, 0, 0, -2, 0, 0])
        #expect(a.factors.map(\.weightedSatisfaction) == [-6, 0, 0, -18, 0, 0])
        #expect(a.factors.map(\.gap) == [0, 0, 0, -5, 0, 0])
        #expect(a.factors.map(\.weightedGap) == [0, 0, 0, -45, 0, 0])
    }

    @Test(arguments: files) func conclusions(path: String) throws {
        let a = Analysis(try readWorkbook(path))
        #expect(a.keyExperiences == ["convenience", "product"])
        #expect(a.keyExperience == "convenience")
        #expect(a.largestGap == "convenience")
        #expect(a.brandValueDrivers == ["brand-image", "price"])
        #expect(a.meanSatisfaction == -0.5)
        #expect(a.weightedSatisfactionIndex == -0.666666667)
        #expect(a.weightedSatisfactionIndex == roundFigure(-24.0 / 36.0))
        #expect(a.improvedFactors == ["convenience"])
    }

    @Test(arguments: files) func importancePerformance(path: String) throws {
        let a = Analysis(try readWorkbook(path))
        #expect(a.ipa.experienceCut == roundFigure(35.0 / 6.0))
        #expect(a.ipa.importanceCut == 6)
        let quadrants = Dictionary(uniqueKeysWithValues: a.factors.map { ($0.id, $0.quadrant) })
        #expect(quadrants["convenience"] == .concentrateHere)
        #expect(quadrants["relationship"] == .lowPriority)
        #expect(quadrants["service"] == .possibleOverkill)
        #expect(quadrants["product"] == .keepUpTheGoodWork)  // importance 6 is on the cut line: high
        #expect(quadrants["brand-image"] == .keepUpTheGoodWork)
        #expect(quadrants["price"] == .keepUpTheGoodWork)
    }

    @Test(arguments: files) func requirementsAndKPIs(path: String) throws {
        let w = try readWorkbook(path)
        let a = Analysis(w)
        #expect(a.requirements.map(\.id) == ["R1", "R2", "R3", "R4"])
        #expect(a.requirements.map(\.priority) == [45, 0, 45, 0])
        #expect(a.requirements.map(\.alignment.decision) == [.pursue, .pursue, .drop, .defer])
        let r1 = a.requirements[0]
        #expect(r1.factors == ["convenience"])
        #expect(r1.targetExperience == 10)
        #expect(r1.alignment == Alignment(strategyFit: 9, people: .adjust, process: .adjust, technology: .ready,
                                          decision: .pursue, rationale: r1.alignment.rationale))
        #expect(a.pursued.map(\.id) == ["R1", "R2"])
        #expect(a.warnings.isEmpty)
        #expect(a.kpis.count == 1)
        let k = a.kpis[0]
        #expect(k.requirement == "R1")
        #expect(k.kpi.better == .higher)
        #expect((k.kpi.baseline, k.kpi.target, k.kpi.actual) == (1, 4, 4.2))
        #expect(k.deviation == 0.2)
        #expect(k.met == true)
    }

    @Test(arguments: files) func everyStepIsComplete(path: String) throws {
        let a = Analysis(try readWorkbook(path))
        #expect(a.steps.map(\.number) == Array(1...7))
        #expect(a.steps.allSatisfy { $0.complete })
    }

    @Test func bothLanguagesHoldTheSameNumbers() throws {
        let zh = try readWorkbook("workbooks/meisu.zh.cem.json"), en = try readWorkbook("workbooks/meisu.en.cem.json")
        #expect(zh.language == .zh && en.language == .en)
        for (a, b) in zip(zh.factors, en.factors) {
            #expect(a.id == b.id)
            for field in ScoreField.allCases { #expect(a[score: field] == b[score: field]) }
        }
        #expect(zh.factors.map(\.name) == ["产品", "服务", "关系", "便利性", "品牌形象", "价格"])
        #expect(zh.requirements.map(\.title) == ["在西洋菜街开更多分店", "关闭生意一般区域的分店", "互联网或电话销售", "扩充产品类别"])
    }
}

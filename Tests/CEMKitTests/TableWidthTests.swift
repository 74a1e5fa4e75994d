// Every table and line of `cem show` fits its window, from 60 columns up, in both languages: long
// names wrap inside their column, headers wrap, and columns move to a second table — nothing overflows.

import CEMKit
import Testing

/// 40 factors with 90-character names mixing Chinese and English, and long requirement titles.
func longNamesWorkbook() -> Workbook {
    let base = "客户服务体验 customer service experience，包括门店、热线和网上渠道的 response time and 态度（整体）"
    var factors: [Factor] = []
    for i in 0..<40 {
        let name = String((base + String(repeating: "长", count: 90)).prefix(86)) + " #\(i)"
        factors.append(Factor(id: "f\(i)", name: name, brandValue: Double(i % 10), experience: Double(i % 7), expectation: Double((i + 3) % 10),
                              importance: Double(i % 10), ideal: Double(min(10, i % 7 + 2))))
    }
    let requirements = (0..<4).map { i in
        Requirement(id: "R\(i)", title: base + " 需求 \(i)", factors: ["f\(i)", "f\(i + 1)"], targetExperience: 9,
                    alignment: Alignment(strategyFit: 7, people: .adjust, process: .build, technology: .ready, decision: .pursue),
                    kpis: [KPI(id: "K\(i)", metric: base, unit: "分钟 minutes", better: i % 2 == 0 ? .higher : .lower,
                               baseline: 1, target: 4, actual: i == 3 ? nil : 4.2)])
    }
    return Workbook(title: base, language: .zh, brandStatement: base + base, factors: factors, requirements: requirements)
}

@Suite struct TableWidthTests {
    @Test(arguments: [60, 80, 120])
    func everyLineOfEveryStepFits(width: Int) throws {
        let workbooks = [try readWorkbook("workbooks/meisu.zh.cem.json"), try readWorkbook("workbooks/meisu.en.cem.json"), longNamesWorkbook()]
        for (w, workbook) in workbooks.enumerated() {
            for language in Language.allCases {
                let report = TextReport(workbook: workbook, analysis: Analysis(workbook), strings: strings(language), width: width, charts: true)
                for step in 1...7 {
                    for line in report.render(step: step).split(separator: "\n", omittingEmptySubsequences: false) {
                        #expect(DisplayWidth.of(String(line)) <= width, "workbook \(w) \(language) step \(step) at \(width): «\(line)»")
                        let start = line.drop { $0 == " " }.first
                        #expect(start.map { !"），。、：；！？”".contains($0) } ?? true, "line starts with closing punctuation: «\(line)»")
                    }
                }
            }
        }
    }

    @Test func theIssuesTablesFitSixtyColumns() throws {
        // zh step 6 was 64 columns wide, step 7 61, en step 2 61.
        let zh = try readWorkbook("workbooks/meisu.zh.cem.json")
        for (language, step) in [(Language.zh, 6), (.zh, 7), (.en, 2)] {
            let text = TextReport(workbook: zh, analysis: Analysis(zh), strings: strings(language), width: 60).render(step: step)
            #expect(text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max()! <= 60, "\(language) step \(step)")
        }
    }

    @Test func longTextWrapsInsideItsColumnAtWords() {
        var table = TextTable([.init("Name"), .init("Score", alignRight: true)])
        table.add(["customer service experience at the counter", "7"])
        table.add(["便利性，包括门店数目", "10"])
        #expect(table.render(maxWidth: 24) == [
            "  Name             Score",
            "  ───────────────  ─────",
            "  customer             7",
            "  service",
            "  experience at",
            "  the counter",
            "  便利性，包括门      10",
            "  店数目",
        ])
    }

    @Test func headersWrapThenColumnsMoveToASecondTable() {
        var table = TextTable([.init("Factor"), .init("Weighted satisfaction", alignRight: true), .init("Weighted gap", alignRight: true)])
        table.add(["便利性", "−18", "−45"])
        #expect(table.render(maxWidth: 32) == [
            "  Factor      Weighted  Weighted",
            "          satisfaction       gap",
            "  ──────  ────────────  ────────",
            "  便利性           −18       −45",
        ])
        #expect(table.render(maxWidth: 24) == [
            "  Factor        Weighted",
            "            satisfaction",
            "  ──────  ──────────────",
            "  便利性             −18",
            "",
            "  Factor  Weighted gap",
            "  ──────  ────────────",
            "  便利性           −45",
        ])
    }

    @Test func chineseNeverStartsALineWithClosingPunctuation() {
        #expect(LineBreaking.wrap("便利性、产品、服务。", width: 6) == ["便利", "性、产", "品、服", "务。"])
        #expect(LineBreaking.wrap("店铺（数目）不足", width: 6) == ["店铺", "（数", "目）不", "足"])
        for width in 6...12 {
            for line in LineBreaking.wrap("客户选择美苏电器，主要因为品牌形象（9）、价格（9）。需要改善的关键体验是便利性（−18）。", width: width).dropFirst() {
                #expect(!"），。、：；".contains(line.first!), "width \(width): «\(line)»")
                #expect(DisplayWidth.of(line) <= width)
            }
        }
        #expect(LineBreaking.wrap("KPIs met: 2 of 4 (2 not measured yet)", width: 12) == ["KPIs met: 2", "of 4 (2 not", "measured", "yet)"])
    }

    /// A name of 100,000 characters with no space (a fuzzed file had one) wraps in linear time; it used to
    /// re-measure the line for every piece and hang `cem show`.
    @Test func aHugeUnbrokenNameWrapsInLinearTime() {
        let clock = ContinuousClock(), start = clock.now
        let lines = LineBreaking.wrap(String(repeating: "x", count: 100_000) + " end", width: 10)
        #expect(clock.now - start < .seconds(5))
        #expect(lines.count == 10_001)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.last == "end")
        var workbook = Samples.workedExample(.en)
        workbook.factors[0].name = String(repeating: "便", count: 20_000)
        let text = TextReport(workbook: workbook, analysis: Analysis(workbook), strings: strings(.en), width: 60).render()
        #expect(clock.now - start < .seconds(20))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 60 })
    }
}

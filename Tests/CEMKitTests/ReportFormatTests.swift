import CEMKit
import Foundation
import Testing

/// The sample workbooks in both languages, rendered in every language.
private func cases() throws -> [(file: String, workbook: Workbook, analysis: Analysis, strings: ReportWords)] {
    var all: [(String, Workbook, Analysis, ReportWords)] = []
    for file in ["workbooks/meisu.zh.cem.json", "workbooks/meisu.en.cem.json"] {
        let workbook = try readWorkbook(file)
        for language in Language.allCases {
            all.append((file, workbook, Analysis(workbook), strings(language)))
        }
    }
    return all
}

@Suite struct ReportFormatTests {
    @Test func htmlIsWellFormedSelfContainedAndCarriesTheAnalysis() throws {
        for c in try cases() {
            let html = HTMLReport.text(workbook: c.workbook, analysis: c.analysis, strings: c.strings, date: "2025-06-30")
            #expect(xmlError(html) == nil, "\(c.file) \(c.strings.language)")
            #expect(!html.contains("<script"))
            #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
            #expect(!html.contains("https://"))
            #expect(html.contains("@page { size: A4"))
            #expect(html.contains("Noto Sans CJK SC"))
            #expect(html.components(separatedBy: "<svg ").count - 1 == 5)
            let texts = xmlTexts(html)
            let words = reportStrings(c.strings.language)
            #expect(texts.contains(c.workbook.title))
            #expect(texts.contains("\(c.strings.cycle) 1 · \(words.date) 2025-06-30"))
            // The figures of the analysis, cell by cell: convenience's row in step 4.
            let convenience = c.analysis.factor("convenience")!
            let nameCell = convenience.name.count <= 5 ? "<td class=\"short\">" : "<td>"  // 便利性 stays whole; Convenience may wrap
            #expect(html.contains("<tr>\(nameCell)\(convenience.name)</td><td class=\"num\">5</td><td class=\"num\">10</td><td class=\"num neg\">−5</td><td class=\"num\">9</td><td class=\"num neg\">−45</td></tr>"))
            #expect(texts.contains(c.strings.indexes(mean: "−0.5", weighted: "−0.67")))
            #expect(texts.contains(ReportSummary.text(workbook: c.workbook, analysis: c.analysis, strings: c.strings)))
            for step in 1...7 { #expect(html.contains("<section class=\"step\" id=\"step-\(step)\">")) }
        }
    }

    @Test func executiveSummaryNamesDriversKeyExperienceGapRequirementsAndKPIs() throws {
        let en = try readWorkbook("workbooks/meisu.en.cem.json")
        #expect(ReportSummary.text(workbook: en, analysis: Analysis(en), strings: strings(.en)) ==
            "Customers come to Meisu Electronics · Sai Yeung Choi Street for Brand image (brand value 9), Price (brand value 9). "
            + "The key experience to improve is Convenience (weighted satisfaction −18 = importance 9 × satisfaction −2). "
            + "The largest gap to the ideal is Convenience (weighted gap −45 = importance 9 × gap −5). "
            + "Pursued requirements: R1 Open more shops on Sai Yeung Choi Street, R2 Close shops in weak districts. KPIs met: 1 of 1.")
        let zh = try readWorkbook("workbooks/meisu.zh.cem.json")
        let summary = ReportSummary.text(workbook: zh, analysis: Analysis(zh), strings: strings(.zh))
        #expect(summary.hasPrefix("客户选择美苏电器 · 西洋菜街，主要因为品牌形象（品牌价值 9）、价格（品牌价值 9）。需要改善的关键体验是便利性（加权满意度 −18 = 重要性 9 × 满意度 −2）。"))
        #expect(summary.hasSuffix("KPI 达成：1 / 1。"))
        // An empty workbook says what has not been measured, never that no factor falls short.
        var empty = Template.retail.workbook(language: .en)
        empty.title = ""
        #expect(ReportSummary.text(workbook: empty, analysis: Analysis(empty), strings: strings(.en)) ==
            "Note: 6 of 6 factors are not fully scored; the conclusions below cover only the scored factors. "
            + "Brand value is not rated yet. The key experience is not measured yet: 6 of 6 factors lack an experience, expectation or importance. "
            + "Gaps to the ideal are not measured yet: 6 of 6 factors lack an experience, ideal or importance. No requirement is pursued yet. No KPI has been measured yet.")
    }

    @Test func markdownHasEveryStepAsPipeTablesWithTheAnalysisFigures() throws {
        for c in try cases() {
            let md = MarkdownReport.text(workbook: c.workbook, analysis: c.analysis, strings: c.strings, date: "2025-06-30")
            for step in 1...7 {
                #expect(md.contains("\n## " + "\(c.strings.stepLabel(step)) · \(c.strings.stepTitle(step))\n"))
            }
            let s = c.strings
            let convenience = c.analysis.factor("convenience")!.name
            #expect(md.contains("| \(s.factor) | \(s.scoreName(.importance)) | \(s.satisfaction) | \(s.weightedSatisfaction) | \(s.scoreName(.experience)) | \(s.quadrant) |\n| --- | ---: | ---: | ---: | ---: | --- |\n"))
            #expect(md.contains("| \(convenience) | 9 | −2 | −18 | 5 | \(s.quadrantName(.concentrateHere)) |"))
            #expect(md.contains("| \(convenience) | 5 | 10 | −5 | 9 | −45 |"))
            #expect(md.contains("| R1 | K1 |"))
            #expect(md.contains("| 1 | 4 | 4.2 | 0.2 | \(s.yesNo(true)) |"))
            #expect(!md.contains("<"))
        }
    }

    @Test func csvHasOneRowPerFactorWithEveryFigureAndABOM() throws {
        for c in try cases() {
            let csv = CSVReport.text(workbook: c.workbook, analysis: c.analysis, strings: c.strings)
            #expect(csv.hasPrefix("\u{FEFF}"))
            #expect(csv.hasSuffix("\r\n"))
            let records = csvRecords(csv)
            #expect(records.count == 1 + c.analysis.factors.count)
            #expect(records.allSatisfy { $0.count == 16 })
            for (row, f) in zip(records.dropFirst(), c.analysis.factors) {
                #expect(row[0] == f.id && row[1] == f.name)
                let figures = [f.brandValue, f.experience, f.expectation, f.satisfaction, f.importance, f.weightedSatisfaction,
                               f.ideal, f.gap, f.weightedGap]
                #expect(row[3...11].map { Double($0) } == figures, "\(f.id)")
                #expect(row[12] == c.strings.quadrantName(f.quadrant!))
                #expect(row[13] == (c.analysis.keyExperiences.firstIndex(of: f.id).map { String($0 + 1) } ?? ""))
                #expect(row[14] == c.strings.yesNo(c.analysis.brandValueDrivers.contains(f.id)))
                #expect(row[15] == (c.workbook.factor(id: f.id)?.notes ?? ""))
            }
        }
        let en = try readWorkbook("workbooks/meisu.en.cem.json")
        let lines = CSVReport.text(workbook: en, analysis: Analysis(en), strings: strings(.en)).components(separatedBy: "\r\n")
        #expect(lines[4].hasPrefix("convenience,Convenience,"))
        #expect(lines[4].contains(",4,5,7,-2,9,-18,10,-5,-45,concentrate here,1,no,"))
    }

    @Test func everyChartParsesAndShowsTheAnalysisFigures() throws {
        for c in try cases() {
            for kind in ChartKind.allCases {
                let svg = SVGChart.document(kind, workbook: c.workbook, analysis: c.analysis, strings: c.strings)
                #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
                #expect(xmlError(svg) == nil, "\(kind) \(c.file) \(c.strings.language)")
                let texts = xmlTexts(svg)
                let words = reportStrings(c.strings.language)
                #expect(texts.contains(words.chartTitle(kind)))
                switch kind {
                case .expectation:
                    // Six factors, two bars each, value beside each bar.
                    #expect(texts.filter { $0 == "7" }.count >= 6)
                    #expect(svg.components(separatedBy: "fill=\"#2f6fb0\"").count - 1 == 6 + 1)
                case .weighted:
                    #expect(texts.contains("−18 · \(words.keyExperience)"))
                    #expect(texts.contains("−6"))
                case .ipa:
                    #expect(texts.contains(words.cutLine("5.83")))
                    #expect(texts.contains(words.cutLine("6")))
                    for q in Quadrant.allCases { #expect(texts.contains(c.strings.quadrantName(q))) }
                    for f in c.analysis.factors { #expect(texts.contains(f.name), "\(f.name) labelled") }
                case .gaps:
                    #expect(texts.contains("\(c.strings.gap) −5"))
                    #expect(texts.filter { $0 == "\(c.strings.gap) 0" }.count == 5)
                case .kpis:
                    #expect(texts.contains("4.2 / \(c.strings.target) 4 · \(words.metLabel)"))
                }
            }
        }
    }

    @Test func missingFiguresAreLeftOutWithANoteNeverDrawnAsZero() throws {
        var workbook = try readWorkbook("workbooks/meisu.en.cem.json")
        workbook.factors[0].expectation = nil
        workbook.factors[3].importance = nil
        workbook.requirements[0].kpis[0].actual = nil
        let analysis = Analysis(workbook)
        let words = reportStrings(.en)
        let weighted = xmlTexts(SVGChart.svg(.weighted, workbook: workbook, analysis: analysis, strings: strings(.en)))
        #expect(weighted.contains(words.leftOut("Product, Convenience")))
        #expect(!weighted.contains("Convenience"))
        let ipa = xmlTexts(SVGChart.svg(.ipa, workbook: workbook, analysis: analysis, strings: strings(.en)))
        #expect(ipa.contains(words.leftOut("Convenience")))
        let kpis = xmlTexts(SVGChart.svg(.kpis, workbook: workbook, analysis: analysis, strings: strings(.en)))
        #expect(kpis.contains(words.nothingToDraw))
        #expect(kpis.contains(words.leftOut("R1 · sales relative to one shop (x)")))
        let expectation = SVGChart.svg(.expectation, workbook: workbook, analysis: analysis, strings: strings(.en))
        #expect(xmlTexts(expectation).contains("—"))
        let csv = csvRecords(CSVReport.text(workbook: workbook, analysis: analysis, strings: strings(.en)))
        #expect(csv[1][5] == "" && csv[1][6] == "" && csv[1][8] == "")
        let empty = Template.retail.workbook(language: .zh)
        for kind in ChartKind.allCases {
            let svg = SVGChart.svg(kind, workbook: empty, analysis: Analysis(empty), strings: strings(.zh))
            #expect(xmlError(svg) == nil)
            #expect(xmlTexts(svg).contains(reportStrings(.zh).nothingToDraw), "\(kind)")
        }
        let html = HTMLReport.text(workbook: empty, analysis: Analysis(empty), strings: strings(.zh))
        #expect(xmlError(html) == nil)
        #expect(html.contains("<span class=\"incomplete\">未完成</span>"))
    }

    @Test func fortyFactorsGiveAChartWithEveryFactorNamedOnce() throws {
        var workbook = Template.retail.workbook(language: .en)
        workbook.factors = (1...40).map { (i: Int) -> Factor in
            let experience = Double(4 + i % 4), expectation = Double(5 + i % 3), importance = Double(5 + i % 5)
            return Factor(id: "f\(i)", name: "Factor number \(i) with a longer name", brandValue: 5,
                          experience: experience, expectation: expectation, importance: importance, ideal: 9)
        }
        let analysis = Analysis(workbook)
        for kind in ChartKind.allCases {
            let svg = SVGChart.document(kind, workbook: workbook, analysis: analysis, strings: strings(.en))
            #expect(xmlError(svg) == nil)
        }
        // In the scatter, 40 factors share 20 distinct points: each named, beside its point or in the numbered list.
        let ipa = xmlTexts(SVGChart.svg(.ipa, workbook: workbook, analysis: analysis, strings: strings(.en))).joined(separator: "\n")
        for i in 1...40 {
            #expect(ipa.components(separatedBy: "Factor number \(i) with").count - 1 >= 1, "factor \(i)")
        }
        let expectation = SVGChart.svg(.expectation, workbook: workbook, analysis: analysis, strings: strings(.en))
        let height = Double(expectation.split(separator: "\"")[5])!
        #expect(height > 40 * 30)
    }
}

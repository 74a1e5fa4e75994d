import CEMKit
import Foundation
import Testing

@Suite struct ReportEscapingTests {
    @Test func csvNeutralisesFormulasAndQuotes() {
        #expect(Markup.csv(text: "=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(Markup.csv(text: "+1") == "'+1")
        #expect(Markup.csv(text: "-2+3") == "'-2+3")
        #expect(Markup.csv(text: "@SUM(A1)") == "'@SUM(A1)")
        #expect(Markup.csv(text: "\tx") == "'\tx")
        #expect(Markup.csv(text: "\rx") == "\"'\rx\"")
        #expect(Markup.csv(text: "＝1") == "'＝1")
        #expect(Markup.csv(text: "a,b") == "\"a,b\"")
        #expect(Markup.csv(text: "line\nbreak") == "\"line\nbreak\"")
        #expect(Markup.csv(text: "便利性") == "便利性")
        #expect(Markup.csv(number: -1) == "-1")
        #expect(Markup.csv(number: 5.833333333) == "5.833333333")
        #expect(Markup.csv(number: nil) == "")
    }

    @Test func markdownAndXMLEscapes() {
        #expect(Markup.markdown("a|b") == "a\\|b")
        #expect(Markup.markdown("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(Markup.markdown("two\nlines") == "two lines")
        #expect(Markup.markdown("*bold* [link](x) `code`") == "\\*bold\\* \\[link\\](x) \\`code\\`")
        #expect(Markup.xml("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(Markup.xml("bell\u{7}") == "bell")
    }

    @Test func hostileTextIsEscapedInEveryFormat() throws {
        let workbook = hostileWorkbook()
        let analysis = Analysis(workbook)
        for language in Language.allCases {
            let s = strings(language)
            let html = HTMLReport.text(workbook: workbook, analysis: analysis, strings: s, date: "2025-01-01")
            #expect(xmlError(html) == nil)
            #expect(!html.contains("<script>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let texts = xmlTexts(html)
            #expect(texts.contains("<script>alert(1)</script>"))
            #expect(texts.contains("<script>alert(1)</script> & \"co\""))
            #expect(texts.contains("品牌 😀👍🏽 image"))
            for kind in ChartKind.allCases {
                let svg = SVGChart.document(kind, workbook: workbook, analysis: analysis, strings: s)
                #expect(xmlError(svg) == nil, "\(kind)")
                #expect(!svg.contains("<script>"))
            }
            // The 300-character name is shortened with an ellipsis in charts, whole in its tooltip.
            let long = workbook.factors[3].name
            let weighted = xmlTexts(SVGChart.svg(.weighted, workbook: workbook, analysis: analysis, strings: s))
            #expect(weighted.contains(long))
            #expect(weighted.contains { $0.hasPrefix("长长长") && $0.hasSuffix("…") && $0.count < 40 })

            let md = MarkdownReport.text(workbook: workbook, analysis: analysis, strings: s)
            #expect(!md.contains("<script>"))
            #expect(md.contains("| a\\|b | 4 | 4 | 0 | 3 |"))
            #expect(md.contains("| =HYPERLINK(\"x\") |"))
            #expect(md.contains("a\\|b second line"))
            // Every table row has as many cells as its header: no stray pipe splits a cell.
            for line in md.split(separator: "\n") where line.hasPrefix("|") {
                let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false)
                #expect([4, 5, 6, 7, 8, 9, 10, 11, 12].contains(cells.count), "\(line)")
            }

            let csv = CSVReport.text(workbook: workbook, analysis: analysis, strings: s)
            #expect(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","))
            #expect(csv.contains(",\"'-2+3\nnext\"\r\n"))
            #expect(csv.contains(",\"'@SUM(A1), \"\"quoted\"\"\","))
            let records = csvRecords(csv)
            #expect(records.count == 7 && records.allSatisfy { $0.count == 16 })
            #expect(records[2][1] == "'=HYPERLINK(\"x\")")
            #expect(records[1][1] == "<script>alert(1)</script>")

            let text = TextReport(workbook: workbook, analysis: analysis, strings: s, charts: true).render()
            #expect(text.contains("<script>alert"))
        }
    }
}

@Suite struct ReportTerminalChartTests {
    @Test func expectationBarsFollowTheScale() throws {
        let workbook = try readWorkbook("workbooks/meisu.en.cem.json")
        let lines = TerminalChart.expectation(Analysis(workbook), scale: workbook.scale, strings: strings(.en), width: 80)
        // Name column 12 (Relationship), bar area 56 cells: 6 of 10 is 34 cells, 7 of 10 is 39.
        #expect(lines[0] == "  Experience beside expectation (scale 0–10)")
        #expect(lines[1] == "  █ Experience   ░ Expectation")
        #expect(lines[2] == "  Product       " + String(repeating: "█", count: 34) + String(repeating: " ", count: 22) + "       6")
        #expect(lines[3] == "                " + String(repeating: "░", count: 39) + String(repeating: " ", count: 17) + "       7")
        #expect(lines.count == 2 + 12)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func weightedBarsGrowLeftFromZeroAndMarkTheKeyExperience() throws {
        let workbook = try readWorkbook("workbooks/meisu.zh.cem.json")
        let lines = TerminalChart.weighted(Analysis(workbook), strings: strings(.zh), width: 80)
        #expect(lines[0] == "  加权满意度（重要性 × 满意度）")
        // Names 8 columns wide, bars 48 cells left of the zero line (only negatives): −18 fills them, −6 a third.
        #expect(lines[1] == "  产品      " + String(repeating: " ", count: 32) + String(repeating: "█", count: 16) + "│" + "      −6")
        #expect(lines[4] == "  便利性    " + String(repeating: "█", count: 48) + "│" + "     −18 ◀ 关键体验")
        #expect(lines[2] == "  服务      " + String(repeating: " ", count: 48) + "│" + "       0")
    }

    @Test func asciiFallbackWhenTheTerminalIsNotUTF8() throws {
        #expect(TerminalChart.isUTF8(environment: [:]))
        #expect(TerminalChart.isUTF8(environment: ["LANG": "zh_CN.UTF-8"]))
        #expect(TerminalChart.isUTF8(environment: ["LC_ALL": "en_US.utf8", "LANG": "C"]))
        #expect(!TerminalChart.isUTF8(environment: ["LANG": "C"]))
        #expect(!TerminalChart.isUTF8(environment: ["LC_ALL": "POSIX", "LANG": "en_US.UTF-8"]))
        let workbook = try readWorkbook("workbooks/meisu.en.cem.json")
        let analysis = Analysis(workbook)
        let lines = TerminalChart.weighted(analysis, strings: strings(.en), width: 80, unicode: false)
            + TerminalChart.expectation(analysis, scale: workbook.scale, strings: strings(.en), width: 80, unicode: false)
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(lines.contains { $0.hasSuffix("|     -18 < key experience") })
    }

    @Test func showRendersChartsUnderStepsTwoAndThreeOnlyWhenAsked() throws {
        let workbook = try readWorkbook("workbooks/meisu.en.cem.json")
        let analysis = Analysis(workbook)
        let plain = TextReport(workbook: workbook, analysis: analysis, strings: strings(.en))
        #expect(!plain.render().contains("█"))
        let charted = TextReport(workbook: workbook, analysis: analysis, strings: strings(.en), charts: true)
        #expect(charted.section(2).contains("  █ Experience   ░ Expectation"))
        #expect(charted.section(3).contains { $0.hasSuffix("◀ key experience") })
        #expect(charted.section(4) == plain.section(4))
    }
}

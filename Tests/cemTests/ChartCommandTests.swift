// The chart options on the command line: `--ipa-axes data|full` and `--quadrant experience|satisfaction`
// on `cem chart` and `cem report`, and what a wrong value says.

import Foundation
import Testing

@Suite struct ChartCommandTests {
    @Test func ipaAxesAndTheQuadrantVariantOnChart() throws {
        let zoomed = try Cem.call(["chart", "workbooks/meisu.en.cem.json", "--kind", "ipa"])
        #expect(zoomed.status == 0)
        #expect(zoomed.stdout.contains(">Experience (axis 3 to 8 of 0 to 10)</text>"))
        let full = try Cem.call(["chart", "workbooks/meisu.en.cem.json", "--kind", "ipa", "--ipa-axes", "full"])
        #expect(full.stdout.contains(">Experience</text>"))
        #expect(full.stdout.contains(">Axes on the whole scale: experience 0 to 10, importance 0 to 10.</text>"))
        let satisfaction = try Cem.call(["chart", "workbooks/meisu.zh.cem.json", "--kind", "ipa", "--quadrant", "satisfaction"])
        #expect(satisfaction.status == 0)
        #expect(satisfaction.stdout.contains(">满意度（坐标轴 −2.5 至 0.5，量表 −10 至 10）</text>"))
        #expect(satisfaction.stdout.contains(">IPA 分界线：满意度 0，重要性 6（平均值）</text>"))
    }

    @Test func wrongValuesAreUsageErrors() throws {
        let axes = try Cem.call(["chart", "workbooks/meisu.en.cem.json", "--kind", "ipa", "--ipa-axes", "wide"])
        #expect(axes.status == 2)
        #expect(axes.stderr == "cem: 'wide' is not a valid value for --ipa-axes; use data, full.\n")
        let variant = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--quadrant", "gap"])
        #expect(variant.status == 2)
        #expect(variant.stderr == "cem: 'gap' is not a valid value for --quadrant; use experience, satisfaction.\n")
    }

    @Test func theReportSaysWhichVariantItsTableAndChartUse() throws {
        let html = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "html", "--quadrant", "satisfaction",
                                 "--ipa-axes", "full"], environment: ["SOURCE_DATE_EPOCH": "1751241600"])
        #expect(html.status == 0)
        let variant = "Quadrants: satisfaction (experience − expectation) × importance; satisfaction is cut at 0 (meeting the expectation counts as high)."
        #expect(html.stdout.contains("<p>\(variant)</p>"))
        #expect(html.stdout.contains("<p>IPA cut lines: satisfaction 0, importance 6 (mean)</p>"))
        #expect(html.stdout.contains(">Satisfaction</text>"))
        let json = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "json", "--quadrant", "satisfaction"])
        #expect(json.stdout.contains("\"importanceCut\": 6,\n    \"variant\": \"satisfaction\",\n    \"satisfactionCut\": 0\n"))
        let classic = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "json"])
        #expect(classic.stdout.contains("\"variant\": \"experience\""))
    }
}

// The one-page summary for a deck (`cem report --format slide`): a 16:9 SVG with the headline figures,
// the IPA chart and the top actions, in both languages, well-formed with hostile names, in large type.

import CEMKit
import Foundation
import Testing

@Suite struct SlideReportTests {
    func slide(_ w: Workbook, _ language: Language = .en) -> String {
        ReportFormat.slide.render(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(language), date: "2025-07-01"))
    }

    @Test func theWorkedExampleOnOneSlide() {
        let svg = slide(Samples.workedExample(.en))
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1920\" height=\"1080\" viewBox=\"0 0 1920 1080\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(xmlError(svg) == nil)
        let texts = xmlTexts(svg)
        for expected in ["Customer experience · one-page summary", "Meisu Electronics · Sai Yeung Choi Street", "Cycle 1 · Date 2025-07-01",
                         "Key experience", "Convenience", "weighted satisfaction −18", "= importance 9 × satisfaction −2",
                         "weighted gap −45 = importance 9 × gap −5", "Weighted satisfaction index", "−0.67",
                         "mean satisfaction −0.5", "Requirements pursued", "2", "of 4 requirements", "Top actions",
                         "1. R1 Open more shops on Sai Yeung Choi Street", "priority 45", "2. R2 Close shops in weak districts",
                         "priority 0"] {
            #expect(texts.contains(expected), "\(expected) missing")
        }
        // The IPA is the report's own quadrant chart, embedded.
        #expect(svg.contains("<g transform=\"translate("))
        #expect(svg.contains("aria-label=\"Importance–performance analysis (IPA)\""))
        #expect(texts.contains("concentrate here"))
    }

    @Test func chineseUsesTheSameFontsAsTheReport() {
        let svg = slide(Samples.workedExample(.zh), .zh)
        #expect(xmlError(svg) == nil)
        #expect(svg.contains("font-family=\"\(reportFontStack)\""))
        let texts = xmlTexts(svg)
        for expected in ["客户体验管理 · 一页摘要", "便利性", "加权满意度 −18 = 重要性 9 × 满意度 −2", "加权差距 −45 = 重要性 9 × 差距 −5",
                         "共 4 项需求", "优先行动", "1. R1 在西洋菜街开更多分店", "优先级 45"] {
            #expect(texts.contains(expected), "\(expected) missing")
        }
    }

    @Test func bodyTypeIsLargeEnoughToProject() throws {
        let svg = slide(Samples.workedExample(.en))
        // Outside the embedded chart, no text is under 28 px.
        let own = try #require(svg.components(separatedBy: "<g transform=").first)
        let sizes = own.components(separatedBy: "font-size=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        #expect(sizes.count > 10)
        #expect(sizes.allSatisfy { $0 >= 28 }, "\(sizes)")
    }

    @Test func topThreeActionsByPriorityWithOwnerAndDue() {
        var w = Samples.workedExample(.en)
        w.requirements[0].owner = "Ann & <Bob>"
        w.requirements[0].due = "2025-09-30"
        w.requirements[1].due = "2025-12-31"
        for i in w.requirements.indices { w.requirements[i].alignment.decision = .pursue }
        let texts = xmlTexts(slide(w))
        #expect(texts.contains("priority 45 · due 2025-09-30 · owner Ann & <Bob>"))
        #expect(texts.contains("priority 0 · due 2025-12-31"))
        // Four pursued, three shown by priority: R1 and R3 (45 each, in workbook order), then R2 (0).
        #expect(texts.contains("2. R3 Online or phone sales"))
        #expect(texts.contains("3. R2 Close shops in weak districts"))
        #expect(!texts.contains { $0.hasPrefix("4. ") })
    }

    @Test func hostileNamesAreEscaped() {
        var w = Samples.workedExample(.en)
        w.title = "</svg><script>alert('x')</script> & \"co\""
        w.factors[3].name = "<b>Convenience</b> & 'more'"
        w.requirements[0].title = "]]><!-- R1 -->"
        let svg = slide(w)
        #expect(xmlError(svg) == nil)
        #expect(!svg.contains("<script>"))
        let texts = xmlTexts(svg)
        #expect(texts.contains("<b>Convenience</b> & 'more'"))
        #expect(texts.contains("1. R1 ]]><!-- R1 -->"))
    }

    @Test func noKeyExperienceNoActions() {
        var w = Samples.workedExample(.en)
        for i in w.factors.indices { w.factors[i].experience = nil }
        w.requirements = []
        let svg = slide(w)
        #expect(xmlError(svg) == nil)
        let texts = xmlTexts(svg)
        #expect(texts.contains("No key experience"))
        #expect(texts.contains("No requirement is pursued yet."))
        #expect(texts.contains("—"))
    }
}

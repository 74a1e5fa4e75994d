// Charts at real sizes: long bar charts in page-sized pieces, the IPA zoomed to its data with the range
// stated, leader lines and numbered markers for crowded points, the quadrant variant, survey whiskers.

@testable import CEMKit
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of an SVG: its name, attributes and text.
struct SVGElement {
    var name: String
    var attributes: [String: String]
    var text: String

    func number(_ key: String) -> Double { Double(attributes[key] ?? "") ?? .nan }
}

/// Every element of an SVG document, in order.
func svgElements(_ svg: String) -> [SVGElement] {
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [SVGElement] = []
        var open: [Int] = []
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(SVGElement(name: elementName, attributes: attributeDict, text: ""))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let i = open.last { elements[i].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            open.removeLast()
        }
    }
    let parser = XMLParser(data: Data(svg.utf8))
    let collector = Collector()
    parser.delegate = collector
    _ = parser.parse()
    return collector.elements
}

/// A workbook of `count` factors with these names (default "Factor N"), scores spread over the scale.
func manyFactors(_ count: Int, name: (Int) -> String = { "Factor \($0)" }) -> Workbook {
    var workbook = Template.retail.workbook(language: .en)
    workbook.factors = (1...count).map { i in
        Factor(id: "f\(i)", name: name(i), brandValue: 5, experience: Double(4 + i % 4), expectation: Double(5 + i % 3),
               importance: Double(5 + i % 5), ideal: 9)
    }
    return workbook
}

/// The x of a value on a bar chart's axis, from where its tick labels 0 and 10 stand.
func axisX(_ value: Double, in elements: [SVGElement], from low: String = "0", to high: String = "10") -> Double {
    let ticks = elements.filter { $0.name == "text" && $0.attributes["text-anchor"] == "middle" && $0.attributes["font-size"] == "11" }
    let a = ticks.first { $0.text == low }!, b = ticks.first { $0.text == high }!
    let (lo, hi) = (Double(low.replacingOccurrences(of: "−", with: "-"))!, Double(high.replacingOccurrences(of: "−", with: "-"))!)
    return a.number("x") + (value - lo) / (hi - lo) * (b.number("x") - a.number("x"))
}

@Suite struct ChartSizeTests {
    let words = reportStrings(.en)

    @Test func piecesAreBalancedAndHoldEveryRowOnce() {
        #expect(ChartPieces.split(Array(repeating: 34, count: 6)) == [0..<6])
        #expect(ChartPieces.split(Array(repeating: 34, count: 40)) == [0..<20, 20..<40])
        #expect(ChartPieces.split(Array(repeating: 34, count: 41)) == [0..<14, 14..<28, 28..<41])
        // Tall rows (wrapped names) are cut by height: no piece is taller than the budget.
        let tall = ChartPieces.split(Array(repeating: 68, count: 40))
        #expect(tall == [0..<10, 10..<20, 20..<30, 30..<40])
        #expect(ChartPieces.split([]) == [0..<0])
    }

    @Test func aFortyFactorChartSplitsBetweenFactorsWithItsAxisRepeated() throws {
        let workbook = manyFactors(40)
        let analysis = Analysis(workbook)
        for kind in [ChartKind.expectation, .weighted, .gaps] {
            let pieces = SVGChart.pieces(kind, workbook: workbook, analysis: analysis, strings: strings(.en))
            #expect(pieces.count == 2, "\(kind)")
            var named: [String] = []
            for (i, piece) in pieces.enumerated() {
                #expect(xmlError(piece) == nil)
                let elements = svgElements(piece)
                let texts = elements.map(\.text)
                let caption = i == 0 ? " (factors 1–20 of 40)" : " (continued, factors 21–40 of 40)"
                #expect(texts.contains(words.chartTitle(kind) + caption), "\(kind) \(i)")
                // Its own axis: the tick labels under every piece.
                let ticks = elements.filter { $0.name == "text" && $0.attributes["font-size"] == "11" && $0.attributes["text-anchor"] == "middle" }
                #expect(ticks.count >= 3, "\(kind) \(i)")
                // Every bar inside its piece, and the piece fits an A4 page (1136 units at 182 mm wide).
                let height = elements[0].number("height")
                #expect(height <= 1136)
                for rect in elements where rect.name == "rect" {
                    #expect(rect.number("y") + rect.number("height") <= height)
                }
                named += texts.filter { $0.hasPrefix("Factor ") }
            }
            // Every factor in exactly one piece, in order.
            #expect(named == (1...40).map { "Factor \($0)" }, "\(kind)")
        }
        // The report prints each piece as its own figure, kept whole on a page.
        let html = HTMLReport.text(ReportDocument(workbook: workbook, analysis: analysis, strings: strings(.en)))
        #expect(html.components(separatedBy: "<figure class=\"chart chart-expectation\">").count - 1 == 2)
        #expect(html.contains("figure.chart { margin: 12px 0; break-inside: avoid; page-break-inside: avoid; }"))
        // One chart for a file holds every factor in one SVG.
        let one = svgElements(SVGChart.svg(.expectation, workbook: workbook, analysis: analysis, strings: strings(.en)))
        #expect(one.filter { $0.text.hasPrefix("Factor ") }.count == 40)
        #expect(one.filter { $0.name == "svg" }.count == 1)
    }

    @Test func longNamesWrapInTheLabelColumnInsteadOfNeedingATooltip() {
        let long = "Courtesy and knowledge of staff at every branch on the main street during the weekend hour"
        #expect(long.count == 90)
        let workbook = manyFactors(3) { "\($0) " + long }
        let elements = svgElements(SVGChart.svg(.expectation, workbook: workbook, analysis: Analysis(workbook), strings: strings(.en)))
        #expect(!elements.contains { $0.name == "title" && $0.text.contains("Courtesy") })
        let lines = elements.filter { $0.name == "text" && $0.attributes["x"] == "16" && $0.attributes["font-size"] == "13" }.map(\.text)
        #expect(lines.joined(separator: " ").contains("1 " + long))
        #expect(lines.joined(separator: " ").contains("3 " + long))
    }

    @Test func ipaAxesZoomToTheDataWithTheRangeStated() throws {
        let workbook = try readWorkbook("workbooks/meisu.en.cem.json")
        let analysis = Analysis(workbook)
        // Experience 4–7 and its cut 5.8333 → 3 to 8; importance 3–9 → 2 to 10.
        let zoomed = svgElements(SVGChart.svg(.ipa, workbook: workbook, analysis: analysis, strings: strings(.en)))
        let texts = zoomed.map(\.text)
        #expect(texts.contains("Experience (axis 3 to 8 of 0 to 10)"))
        #expect(texts.contains("Importance (axis 2 to 10 of 0 to 10)"))
        let xTicks = zoomed.filter { $0.name == "text" && $0.attributes["font-size"] == "11" && $0.attributes["text-anchor"] == "middle" }.map(\.text)
        #expect(xTicks == ["3", "4", "5", "6", "7", "8"])
        let yTicks = zoomed.filter { $0.name == "text" && $0.attributes["font-size"] == "11" && $0.attributes["text-anchor"] == "end" }.map(\.text)
        #expect(yTicks == ["2", "4", "6", "8", "10"])
        #expect(texts.contains("Axes zoomed to the data: experience 3 to 8, importance 2 to 10; --ipa-axes full shows the whole scale."))
        let full = svgElements(SVGChart.svg(.ipa, workbook: workbook, analysis: analysis, strings: strings(.en), options: ChartOptions(ipaAxes: .full)))
        #expect(full.map(\.text).contains("Experience"))
        let fullTicks = full.filter { $0.name == "text" && $0.attributes["font-size"] == "11" && $0.attributes["text-anchor"] == "middle" }.map(\.text)
        #expect(fullTicks == (0...10).map(String.init))
        #expect(full.map(\.text).contains("Axes on the whole scale: experience 0 to 10, importance 0 to 10."))
        // Points all at one spot still get a tenth of the scale around them, rounded outward.
        let one = IPAAxis(values: [7, 7], scaleMin: 0, scaleMax: 10, axes: .data)
        #expect(one.lower == 6.4 && one.upper == 7.6 && one.ticks == [6.4, 6.6, 6.8, 7, 7.2, 7.4, 7.6])
        // Never beyond the scale.
        let edge = IPAAxis(values: [9.5, 10], scaleMin: 0, scaleMax: 10, axes: .data)
        #expect(edge.lower == 9 && edge.upper == 10)
    }

    @Test func pointsAtOneSpotShareANumberedMarkerListedUnderTheChart() {
        var workbook = manyFactors(3)
        workbook.factors[0].experience = 7
        workbook.factors[0].importance = 9
        workbook.factors[1].name = "Service"
        workbook.factors[1].experience = 7
        workbook.factors[1].importance = 9
        workbook.factors[0].name = "Product"
        workbook.factors[2].experience = 4
        workbook.factors[2].importance = 5
        let svg = SVGChart.svg(.ipa, workbook: workbook, analysis: Analysis(workbook), strings: strings(.en))
        let elements = svgElements(svg)
        let texts = elements.map(\.text)
        #expect(texts.contains("① Product, Service — experience 7, importance 9"))
        #expect(!texts.contains { $0.contains("Product, Service") && !$0.hasPrefix("①") })
        // One marker for the two, with its number; the third point has its name beside it.
        #expect(elements.filter { $0.name == "circle" }.count == 2)
        #expect(elements.contains { $0.name == "text" && $0.text == "1" && $0.attributes["fill"] == "#ffffff" })
        #expect(texts.contains("Factor 3"))
        #expect(!elements.contains { $0.name == "title" && $0.text.contains("Product") })
    }

    @Test func crowdedLabelsMoveAwayAlongLeaderLinesFromThePoint() {
        // Seven points in a row, 0.3 apart (17 units on the full scale): only the two ends have room
        // beside them; the others' labels move up or down along leader lines.
        var workbook = manyFactors(7) { "Crowded factor \($0)" }
        for i in workbook.factors.indices {
            workbook.factors[i].experience = 3 + Double(i) * 0.3
            workbook.factors[i].importance = 5
        }
        let analysis = Analysis(workbook, cuts: .values(experience: 9, importance: 9))
        let elements = svgElements(SVGChart.svg(.ipa, workbook: workbook, analysis: analysis, strings: strings(.en),
                                                options: ChartOptions(ipaAxes: .full)))
        let leaders = elements.filter { $0.name == "line" && $0.attributes["class"] == "leader" }
        #expect(!leaders.isEmpty)
        let points = elements.filter { $0.name == "circle" }
        for leader in leaders {
            // Each starts on the edge of a point (radius 6) and ends at its label.
            let x = leader.number("x1"), y = leader.number("y1")
            #expect(points.contains { p in
                let d = ((p.number("cx") - x) * (p.number("cx") - x) + (p.number("cy") - y) * (p.number("cy") - y)).squareRoot()
                return abs(d - 6) < 0.15
            })
        }
        // Every factor is named on the chart, beside its point or in the list.
        let all = elements.map(\.text).joined(separator: "\n")
        for i in 1...7 { #expect(all.contains("Crowded factor \(i)"), "\(i)") }
        #expect(leaders.count == 3)
    }

    @Test func surveyIntervalsAreWhiskersAtTheirExactPlace() throws {
        var workbook = try readWorkbook("workbooks/meisu.en.cem.json")
        let stat = SurveyStat(n: 30, mean: 5, sd: 1.5)
        workbook.factors[3].survey = [(.experience, stat), (.importance, SurveyStat(n: 28, mean: 9, sd: 1))]
        let ci = try #require(stat.confidenceInterval)
        #expect(abs(ci.low - (5 - 2.045229642 * 1.5 / 30.0.squareRoot())) < 1e-9)
        let analysis = Analysis(workbook)
        for kind in [ChartKind.expectation, .gaps] {
            let elements = svgElements(SVGChart.svg(kind, workbook: workbook, analysis: analysis, strings: strings(.en)))
            let whiskers = elements.filter { $0.attributes["class"] == "ci" }
            #expect(whiskers.count == 2, "\(kind)")  // the legend's and convenience's experience
            let bar = whiskers[1]
            #expect(abs(bar.number("x1") - axisX(ci.low, in: elements)) <= 0.11, "\(kind)")
            #expect(abs(bar.number("x2") - axisX(ci.high, in: elements)) <= 0.11, "\(kind)")
            #expect(elements.map(\.text).contains("95% CI · n = 30"), "\(kind)")
        }
        // In the IPA: across for experience, up for importance; the legend note gives n.
        let ipa = svgElements(SVGChart.svg(.ipa, workbook: workbook, analysis: analysis, strings: strings(.en)))
        let whiskers = ipa.filter { $0.attributes["class"] == "ci" }
        #expect(whiskers.count == 2)
        #expect(whiskers[0].attributes["y1"] == whiskers[0].attributes["y2"])
        #expect(whiskers[1].attributes["x1"] == whiskers[1].attributes["x2"])
        let xTicks = ipa.filter { $0.name == "text" && $0.attributes["font-size"] == "11" && $0.attributes["text-anchor"] == "middle" }
        let x3 = xTicks.first { $0.text == "3" }!.number("x"), x8 = xTicks.first { $0.text == "8" }!.number("x")
        #expect(abs(whiskers[0].number("x1") - (x3 + (ci.low - 3) / 5 * (x8 - x3))) <= 0.11)
        #expect(ipa.map(\.text).contains { $0.contains("(mean ± t·sd/√n, n = 28–30)") })
    }

    @Test func theSatisfactionVariantCutsAtZeroAndEveryChartAndTableSaysWhichItUses() throws {
        let workbook = try readWorkbook("workbooks/meisu.en.cem.json")
        let analysis = Analysis(workbook, quadrant: .satisfaction)
        let quadrants = Dictionary(uniqueKeysWithValues: analysis.factors.map { ($0.id, $0.quadrant) })
        #expect(quadrants["product"] == .concentrateHere)  // satisfaction −1, importance 6 on the cut
        #expect(quadrants["convenience"] == .concentrateHere)
        #expect(quadrants["service"] == .possibleOverkill)  // meets expectation (0), importance 5
        #expect(quadrants["relationship"] == .possibleOverkill)
        #expect(quadrants["brand-image"] == .keepUpTheGoodWork)
        #expect(quadrants["price"] == .keepUpTheGoodWork)
        #expect(analysis.ipa.satisfactionCut == 0 && analysis.ipa.importanceCut == 6)
        #expect(Analysis(workbook, cuts: .values(experience: 1, importance: 5), quadrant: .satisfaction).ipa.xCut == 1)
        #expect(Analysis(workbook).ipa.variant == .experience)

        let ipa = xmlTexts(SVGChart.svg(.ipa, workbook: workbook, analysis: analysis, strings: strings(.en)))
        #expect(ipa.contains("Satisfaction (axis −2.5 to 0.5 of −10 to 10)"))
        #expect(ipa.contains(words.cutLine("0")))
        #expect(ipa.joined(separator: " ").contains(words.quadrantVariant(.satisfaction)))
        #expect(ipa.contains("IPA cut lines: satisfaction 0, importance 6 (mean)"))
        let classic = xmlTexts(SVGChart.svg(.ipa, workbook: workbook, analysis: Analysis(workbook), strings: strings(.en)))
        #expect(classic.joined(separator: " ").contains(words.quadrantVariant(.experience)))

        let document = ReportDocument(workbook: workbook, analysis: analysis, strings: strings(.en))
        let step3 = document.section(3).blocks
        #expect(step3.contains(.text(words.quadrantVariant(.satisfaction))))
        #expect(step3.contains(.text("IPA cut lines: satisfaction 0, importance 6 (mean)")))
        let markdown = MarkdownReport.text(document)
        #expect(markdown.contains("| Product | 6 | −1 | −6 | 6 | \(strings(.en).quadrantName(.concentrateHere)) |"))
        #expect(document.appendices[0].blocks.contains(.text(words.quadrantVariantsRule)))
        let zh = reportStrings(.zh)
        #expect(zh.quadrantVariant(.satisfaction) == "象限：满意度（体验 − 期望）× 重要性；满意度以 0 为分界（达到期望即为高）。")
    }

    @Test func hostileNamesStayEscapedInPiecesAndTheNumberedList() {
        let hostile = "<script>alert(1)</script> & \"quotes\""
        var workbook = manyFactors(41) { $0 % 2 == 0 ? hostile + " \($0)" : "Factor \($0)" }
        workbook.factors[1].experience = workbook.factors[3].experience
        workbook.factors[1].importance = workbook.factors[3].importance
        for kind in ChartKind.allCases {
            for piece in SVGChart.pieces(kind, workbook: workbook, analysis: Analysis(workbook), strings: strings(.zh)) {
                #expect(xmlError(piece) == nil, "\(kind)")
                #expect(!piece.contains("<script>"))
            }
        }
    }

    @Test func zoomedAxesVariantsAndWhiskersStayFiniteOnHugeScales() {
        let big = Double.greatestFiniteMagnitude
        var workbook = Workbook(title: "overflow", language: .en, scale: Scale(min: -big, max: big), importanceScale: Scale(min: 0, max: 1e300),
                                brandStatement: "x",
                                factors: [Factor(id: "a", name: "A", brandValue: 1, experience: big, expectation: -big, importance: 1e300, ideal: big),
                                          Factor(id: "b", name: "B", brandValue: 1, experience: 1, expectation: 2, importance: 1, ideal: 3)])
        workbook.factors[0].survey = [(.experience, SurveyStat(n: 3, mean: big, sd: big)), (.importance, SurveyStat(n: 2, mean: 1e300, sd: 1e300))]
        for variant in IPAVariant.allCases {
            for axes in IPAAxes.allCases {
                let analysis = Analysis(workbook, quadrant: variant)
                for kind in ChartKind.allCases {
                    for svg in SVGChart.pieces(kind, workbook: workbook, analysis: analysis, strings: strings(.en), options: ChartOptions(ipaAxes: axes)) {
                        #expect(xmlError(svg) == nil)
                        for element in svgElements(svg) {
                            for key in ["x", "y", "x1", "y1", "x2", "y2", "width", "height", "cx", "cy", "r"] where element.attributes[key] != nil {
                                #expect(element.number(key).isFinite, "\(variant) \(axes) \(kind) \(key)")
                            }
                        }
                    }
                }
            }
        }
    }
}

// The one-page summary for a deck: one 1920×1080 (16:9) SVG with the title, the headline figures (key
// experience with its derivations, the satisfaction index, requirements pursued), the IPA chart (the
// report's own quadrant renderer, scaled into place) and the top three actions. Large type for projection.

public enum SlideReport {
    static let width = 1920.0
    static let height = 1080.0
    /// The left column: headline figures and actions.
    static let left = 80.0
    static let column = 880.0
    /// Body type: readable from the back of a room.
    static let body = 28.0

    public static func text(_ document: ReportDocument) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(document) + "\n"
    }

    /// The slide as an `<svg>` element.
    public static func svg(_ document: ReportDocument) -> String {
        let words = reportStrings(document.strings.language)
        let analysis = document.analysis
        let n = displayNumber
        var canvas = SVGCanvas(width: width, height: height)
        func lines(_ text: String, size: Double, width: Double = column) -> [String] {
            wrap(text, columns: clampedInt(width / (size * 0.58), in: 1...10_000, rule: .towardZero))
        }

        canvas.text(words.slideKicker, x: left, y: 78, size: 30, fill: Palette.experience, bold: true)
        canvas.text(SVGCanvas.fit(document.heading, width: width - 2 * left, size: 60), x: left, y: 150, size: 60, bold: true,
                    full: document.heading)
        canvas.text(document.meta.joined(separator: " · "), x: left, y: 200, size: 30, fill: Palette.muted)
        canvas.line(x1: left, y1: 228, x2: width - left, y2: 228, stroke: Palette.experience, width: 4)

        // Key experience, with how its figures are derived.
        var y = 292.0
        canvas.text(words.slideKeyExperience, x: left, y: y, size: 30, fill: Palette.muted, bold: true)
        y += 62
        if let id = analysis.keyExperience, let f = analysis.factor(id) {
            canvas.text(SVGCanvas.fit(f.name, width: column, size: 54), x: left, y: y, size: 54, fill: Palette.negative, bold: true,
                        full: f.name)
            let derivations = [
                words.weightedSatisfactionDerivation(n(f.weightedSatisfaction), importance: n(f.importance), satisfaction: n(f.satisfaction)),
                words.weightedGapDerivation(n(f.weightedGap), importance: n(f.importance), gap: n(f.gap)),
            ]
            // A derivation too long for one line breaks before its `=`, never inside the formula.
            let broken = derivations.flatMap { d -> [(text: String, indent: Double)] in
                guard lines(d, size: body).count > 1, let eq = d.range(of: " = ") else { return [(d, 0)] }
                return [(String(d[..<eq.lowerBound]), 0), ("= " + d[eq.upperBound...], 36)]
            }
            for line in broken.prefix(4) {
                y += 42
                canvas.text(SVGCanvas.fit(line.text, width: column - line.indent, size: body), x: left + line.indent, y: y, size: body,
                            full: line.text)
            }
        } else {
            canvas.text(words.slideNoKeyExperience, x: left, y: y, size: 54, bold: true)
            for line in lines(words.slideNoKeyExperienceReason, size: body).prefix(2) {
                y += 42
                canvas.text(line, x: left, y: y, size: body)
            }
        }

        // The satisfaction index and the requirements pursued, side by side.
        y += 78
        let half = column / 2
        canvas.text(words.slideIndex, x: left, y: y, size: 30, fill: Palette.muted, bold: true)
        canvas.text(words.slidePursued, x: left + half, y: y, size: 30, fill: Palette.muted, bold: true)
        let index = analysis.weightedSatisfactionIndex
        canvas.text(n(index), x: left, y: y + 88, size: 80, fill: (index ?? 0) < 0 ? Palette.negative : Palette.ink, bold: true)
        canvas.text(String(analysis.pursued.count), x: left + half, y: y + 88, size: 80, bold: true)
        canvas.text(words.slideMean(n(analysis.meanSatisfaction)), x: left, y: y + 134, size: body, fill: Palette.muted)
        canvas.text(words.slideOfRequirements(analysis.requirements.count), x: left + half, y: y + 134, size: body, fill: Palette.muted)

        // The top three actions: pursued requirements by priority.
        y += 212
        canvas.text(words.slideTopActions, x: left, y: y, size: 34, bold: true)
        let pursued = Set(analysis.pursued.map(\.id))
        let ranked = ReportSections(workbook: document.workbook, analysis: analysis, strings: document.strings)
            .rankedRequirements.filter { pursued.contains($0.id) }.prefix(3)
        if ranked.isEmpty {
            y += 48
            canvas.text(words.slideNoActions, x: left, y: y, size: body)
        }
        for (i, r) in ranked.enumerated() {
            let requirement = document.workbook.requirements.first { $0.id == r.id }
            let title = "\(i + 1). \(r.id)" + (r.title.isEmpty ? "" : " " + r.title)
            y += 50
            canvas.text(SVGCanvas.fit(title, width: column, size: 30), x: left, y: y, size: 30, bold: true, full: title)
            y += 40
            let detail = words.slideActionDetail(priority: n(r.priority), owner: requirement?.owner, due: requirement?.due)
            canvas.text(SVGCanvas.fit(detail, width: column - 36, size: body), x: left + 36, y: y, size: body, fill: Palette.muted,
                        full: detail)
        }

        // The IPA chart, drawn by the report's quadrant renderer and scaled into the right half.
        // On a smaller plot (the type keeps its size), so that its labels are large on the slide.
        var options = document.charts
        options.ipaPlotSize = SlideReport.ipaPlotSize
        let ipa = ChartContext(workbook: document.workbook, analysis: analysis, strings: document.strings, options: options).quadrants()
        let box = (x: left + column + 60, y: 250.0, width: width - left - column - 60 - 40, height: height - 250 - 30)
        let scale = min(box.width / max(1, ipa.width), box.height / max(1, ipa.height))
        let dx = box.x + (box.width - ipa.width * scale) / 2
        canvas.raw("<g transform=\"translate(\(SVGCanvas.f(dx)) \(SVGCanvas.f(box.y))) scale(\(format3(scale)))\">")
        canvas.raw(ipa.element(label: words.chartTitle(.ipa)))
        canvas.raw("</g>")
        return canvas.element(label: document.heading + " · " + words.slideKicker)
    }

    /// The IPA's plot on the slide: 360 units instead of the report's 560, so its 11–13 unit type is drawn
    /// about 1.4 times larger.
    static let ipaPlotSize = 360.0

    /// A scale factor with three decimals, for the transform.
    static func format3(_ value: Double) -> String {
        CanonicalJSON.number((max(0, min(value, 1000)) * 1000).rounded() / 1000)
    }
}

// The IPA quadrant scatter: experience (x) against importance (y) on the workbook's scales, the cut
// lines with their values, the four quadrant names, and every factor labelled without overlaps:
// labels go beside their point where there is room, otherwise the point gets a number listed below.

struct Box {
    var x0: Double, y0: Double, x1: Double, y1: Double

    func overlaps(_ other: Box) -> Bool {
        x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1
    }

    func inside(_ other: Box) -> Bool {
        x0 >= other.x0 && x1 <= other.x1 && y0 >= other.y0 && y1 <= other.y1
    }
}

extension ChartContext {
    func quadrants() -> SVGCanvas {
        let width = 760.0, plotSize = 560.0
        let left = 86.0, top = 92.0
        let plot = Box(x0: left, y0: top, x1: left + plotSize, y1: top + plotSize)
        let xScale = workbook.scale, yScale = workbook.importanceScale
        // Halves: the span of a scale near the largest number is too large to hold.
        func px(_ v: Double) -> Double { plot.x0 + (v / 2 - xScale.min / 2) / (xScale.max / 2 - xScale.min / 2) * plotSize }
        func py(_ v: Double) -> Double { plot.y1 - (v / 2 - yScale.min / 2) / (yScale.max / 2 - yScale.min / 2) * plotSize }

        var canvas = SVGCanvas(width: width, height: 0)
        let colors: [Quadrant: (fill: String, point: String)] = [
            .concentrateHere: ("#fdecea", Palette.negative), .keepUpTheGoodWork: ("#e8f5ee", Palette.positive),
            .lowPriority: ("#f1f3f5", Palette.neutral), .possibleOverkill: ("#fff4dc", "#b7791f"),
        ]
        header(&canvas, .ipa, legend: [])
        let drawn = analysis.factors.filter { $0.experience != nil && $0.importance != nil }
        let missing = analysis.factors.filter { $0.experience == nil || $0.importance == nil }.map(\.name)
        guard !drawn.isEmpty, let xCut = analysis.ipa.experienceCut, let yCut = analysis.ipa.importanceCut else {
            return finish(canvas, notes: [words.nothingToDraw], from: ChartContext.top)
        }
        let cx = px(min(max(xCut, xScale.min), xScale.max)), cy = py(min(max(yCut, yScale.min), yScale.max))

        // Quadrant backgrounds: high importance is up, high experience is right.
        canvas.rect(x: plot.x0, y: plot.y0, width: cx - plot.x0, height: cy - plot.y0, fill: colors[.concentrateHere]!.fill)
        canvas.rect(x: cx, y: plot.y0, width: plot.x1 - cx, height: cy - plot.y0, fill: colors[.keepUpTheGoodWork]!.fill)
        canvas.rect(x: plot.x0, y: cy, width: cx - plot.x0, height: plot.y1 - cy, fill: colors[.lowPriority]!.fill)
        canvas.rect(x: cx, y: cy, width: plot.x1 - cx, height: plot.y1 - cy, fill: colors[.possibleOverkill]!.fill)

        // Axes: ticks and grid.
        for tick in niceTicks(from: xScale.min, to: xScale.max) {
            canvas.line(x1: px(tick), y1: plot.y0, x2: px(tick), y2: plot.y1, stroke: "#ffffff", width: 1)
            canvas.text(n(tick), x: px(tick), y: plot.y1 + 18, size: 11, anchor: .middle, fill: Palette.muted)
        }
        for tick in niceTicks(from: yScale.min, to: yScale.max) {
            canvas.line(x1: plot.x0, y1: py(tick), x2: plot.x1, y2: py(tick), stroke: "#ffffff", width: 1)
            canvas.text(n(tick), x: plot.x0 - 8, y: py(tick) + 4, size: 11, anchor: .end, fill: Palette.muted)
        }
        canvas.raw("<rect x=\"\(SVGCanvas.f(plot.x0))\" y=\"\(SVGCanvas.f(plot.y0))\" width=\"\(SVGCanvas.f(plotSize))\" height=\"\(SVGCanvas.f(plotSize))\" fill=\"none\" stroke=\"\(Palette.grid)\"/>")
        let xTitle = strings.scoreName(.experience), yTitle = strings.scoreName(.importance)
        canvas.text(xTitle, x: (plot.x0 + plot.x1) / 2, y: plot.y1 + 42, size: 13, anchor: .middle, bold: true)
        canvas.raw("<text x=\"0\" y=\"0\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\" transform=\"translate(\(SVGCanvas.f(plot.x0 - 44)) \(SVGCanvas.f((plot.y0 + plot.y1) / 2))) rotate(-90)\">\(Markup.xml(yTitle))</text>")

        // Cut lines with their values, outside the plot so no point hides them.
        canvas.line(x1: cx, y1: plot.y0 - 6, x2: cx, y2: plot.y1, stroke: Palette.ink, width: 1.2, dash: "6 4")
        canvas.line(x1: plot.x0, y1: cy, x2: plot.x1 + 6, y2: cy, stroke: Palette.ink, width: 1.2, dash: "6 4")
        canvas.text(words.cutLine(n(xCut)), x: cx, y: plot.y0 - 10, size: 12, anchor: .middle)
        canvas.text(words.cutLine(n(yCut)), x: plot.x1 + 8, y: cy + 4, size: 12)

        // Quadrant names in the corners; labels must keep clear of them.
        var obstacles: [Box] = []
        let nameSize = 13.0
        let corners: [(Quadrant, Bool, Bool)] = [(.concentrateHere, false, true), (.keepUpTheGoodWork, true, true),
                                                 (.lowPriority, false, false), (.possibleOverkill, true, false)]
        for (quadrant, right, up) in corners {
            let name = strings.quadrantName(quadrant)
            let w = SVGCanvas.textWidth(name, size: nameSize)
            let x = right ? plot.x1 - 8 : plot.x0 + 8
            let y = up ? plot.y0 + 20 : plot.y1 - 10
            canvas.text(name, x: x, y: y, size: nameSize, anchor: right ? .end : .start, fill: colors[quadrant]!.point, bold: true)
            obstacles.append(Box(x0: right ? x - w : x, y0: y - nameSize, x1: right ? x : x + w, y1: y + 3))
        }

        // Points: factors at the same place share one label.
        var groups: [(x: Double, y: Double, names: [String], quadrant: Quadrant?)] = []
        for f in drawn {
            let x = px(f.experience!), y = py(f.importance!)
            if let i = groups.firstIndex(where: { abs($0.x - x) < 0.5 && abs($0.y - y) < 0.5 }) {
                groups[i].names.append(f.name)
            } else {
                groups.append((x, y, [f.name], f.quadrant))
            }
        }
        let radius = 6.0
        // The cut lines and their labels stay readable: no label is put across them.
        obstacles.append(Box(x0: cx - 2, y0: plot.y0 - 24, x1: cx + 2, y1: plot.y1))
        obstacles.append(Box(x0: plot.x0, y0: cy - 2, x1: plot.x1 + 70, y1: cy + 2))
        obstacles += groups.map { Box(x0: $0.x - radius, y0: $0.y - radius, x1: $0.x + radius, y1: $0.y + radius) }
        for g in groups { canvas.circle(cx: g.x, cy: g.y, r: radius, fill: g.quadrant.map { colors[$0]!.point } ?? Palette.neutral) }

        let labelSize = 12.0
        var numbered: [(Int, String)] = []
        // Labels stay inside the plot (the right margin too), clear of the axis ticks.
        let area = Box(x0: plot.x0 + 1, y0: plot.y0 + 1, x1: width - 2, y1: plot.y1 - 1)
        for g in groups {
            let text = g.names.joined(separator: strings.listSeparator)
            let shown = SVGCanvas.fit(text, width: 200, size: labelSize)
            let w = SVGCanvas.textWidth(shown, size: labelSize), h = labelSize + 2
            var placed: Box?
            search: for distance in [radius + 4, radius + 16, radius + 30] {
                let candidates = [
                    (g.x + distance, g.y - h / 2), (g.x - distance - w, g.y - h / 2),
                    (g.x - w / 2, g.y - distance - h), (g.x - w / 2, g.y + distance),
                    (g.x + distance * 0.7, g.y - distance * 0.7 - h), (g.x - distance * 0.7 - w, g.y - distance * 0.7 - h),
                    (g.x + distance * 0.7, g.y + distance * 0.7), (g.x - distance * 0.7 - w, g.y + distance * 0.7),
                ]
                for (x, y) in candidates {
                    let box = Box(x0: x, y0: y, x1: x + w, y1: y + h)
                    if box.inside(area) && !obstacles.contains(where: box.overlaps) {
                        placed = box
                        break search
                    }
                }
            }
            if let box = placed {
                obstacles.append(box)
                canvas.text(shown, x: box.x0, y: box.y1 - 3, size: labelSize, full: text)
            } else {
                let number = numbered.count + 1
                numbered.append((number, text))
                let tag = String(number)
                let tw = SVGCanvas.textWidth(tag, size: 10) + 2, th = 11.0
                let spots = [(g.x + radius, g.y - radius - th + 1), (g.x - radius - tw, g.y - radius - th + 1),
                             (g.x + radius, g.y + radius - 1), (g.x - radius - tw, g.y + radius - 1),
                             (g.x - tw / 2, g.y - radius - th - 1), (g.x - tw / 2, g.y + radius + 1)]
                let boxes = spots.map { Box(x0: $0.0, y0: $0.1, x1: $0.0 + tw, y1: $0.1 + th) }
                let box = boxes.first { !obstacles.contains(where: $0.overlaps) } ?? boxes[0]
                obstacles.append(box)
                canvas.text(tag, x: box.x0, y: box.y1 - 1, size: 10, bold: true, full: text)
            }
        }

        var notes: [String] = []
        if !numbered.isEmpty {
            notes.append(words.numberedLabels + " " + numbered.map { "\($0.0): \($0.1)" }.joined(separator: " · "))
        }
        if !missing.isEmpty { notes.append(words.leftOut(missing.joined(separator: strings.listSeparator))) }
        notes.append(strings.ipaCuts(experience: n(xCut), importance: n(yCut), method: analysis.ipa.method.name))
        return finish(canvas, notes: notes, from: plot.y1 + 52)
    }
}

// The IPA quadrant scatter: experience (or, in the gap-based variant, satisfaction) across, importance
// up; axes zoomed to the data with the range stated (or the full scale), the cut lines with their
// values, the four quadrant names, survey intervals as whiskers, and every factor named on paper:
// beside its point (with a leader line when the label had to move away), or by a numbered marker
// listed under the chart when points share a spot or no place is free (QuadrantLabels.swift).

struct Box {
    var x0: Double, y0: Double, x1: Double, y1: Double

    func overlaps(_ other: Box) -> Bool {
        x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1
    }

    func inside(_ other: Box) -> Bool {
        x0 >= other.x0 && x1 <= other.x1 && y0 >= other.y0 && y1 <= other.y1
    }
}

/// One axis of the IPA: the range drawn, its ticks and the whole scale it is part of.
struct IPAAxis: Equatable {
    var lower: Double
    var upper: Double
    var ticks: [Double]
    var scaleMin: Double
    var scaleMax: Double

    var zoomed: Bool { lower > scaleMin || upper < scaleMax }

    /// The whole scale, or (`.data`) the values with a little room, rounded outward to nice ticks and
    /// kept inside the scale. Values all at one spot still get a tenth of the scale around them.
    init(values: [Double], scaleMin: Double, scaleMax: Double, axes: IPAAxes) {
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        lower = scaleMin
        upper = scaleMax
        ticks = niceTicks(from: scaleMin, to: scaleMax)
        let finite = values.filter(\.isFinite)
        guard axes == .data, var low = finite.min(), var high = finite.max(), scaleMax > scaleMin else { return }
        // Halves throughout: spans of scales near the largest number are too large to hold.
        let least = (scaleMax / 2 - scaleMin / 2) / 5
        if high / 2 - low / 2 < least / 2 {
            let middle = low / 2 + high / 2
            (low, high) = (middle - least / 2, middle + least / 2)
        }
        let pad = (high / 2 - low / 2) * 0.16
        low = max(scaleMin, low - pad)
        high = min(scaleMax, high + pad)
        let nice = niceTicks(from: low, to: high, count: 6)
        let from = max(scaleMin, nice.first ?? low), to = min(scaleMax, nice.last ?? high)
        guard from < to else { return }
        lower = from
        upper = to
        ticks = nice.filter { $0 >= from && $0 <= to }
    }

    /// "6 to 9".
    func shown(_ words: ReportWords) -> String { words.range(displayNumber(lower), displayNumber(upper)) }
    func scale(_ words: ReportWords) -> String { words.range(displayNumber(scaleMin), displayNumber(scaleMax)) }
}

extension ChartContext {
    static let ipaColors: [Quadrant: (fill: String, point: String)] = [
        .concentrateHere: ("#fdecea", Palette.negative), .keepUpTheGoodWork: ("#e8f5ee", Palette.positive),
        .lowPriority: ("#f1f3f5", Palette.neutral), .possibleOverkill: ("#fff4dc", "#b7791f"),
    ]

    /// The IPA as one SVG, its notes under the plot however many.
    func quadrants() -> SVGCanvas {
        let drawn = quadrantPlot()
        return finish(drawn.canvas, notes: drawn.notes, from: drawn.notesFrom)
    }

    /// The IPA as pieces that each fit a page: the plot with as many notes as fit, then the rest of
    /// the notes (a long list of numbered points) in continuation pieces with their own caption.
    func quadrantPieces(maxHeight: Double = 1250) -> [SVGCanvas] {
        let drawn = quadrantPlot()
        let columns = clampedInt((drawn.canvas.width - 32) / (12 * 0.58), in: 1...10_000, rule: .towardZero)
        var lines = drawn.notes.flatMap { wrap($0, columns: columns) }
        var first = drawn.canvas
        let room = max(0, clampedInt((maxHeight - 20 - drawn.notesFrom) / 18, in: 0...100_000, rule: .towardZero))
        var pieces = [finish(first, lines: Array(lines.prefix(room)), from: drawn.notesFrom)]
        lines.removeFirst(min(room, lines.count))
        first = SVGCanvas(width: drawn.canvas.width, height: 0)
        while !lines.isEmpty {
            var canvas = first
            header(&canvas, .ipa, caption: words.ipaNotesContinued, legend: [])
            let take = max(1, clampedInt((maxHeight - 20 - 60) / 18, in: 1...100_000, rule: .towardZero))
            pieces.append(finish(canvas, lines: Array(lines.prefix(take)), from: 60))
            lines.removeFirst(min(take, lines.count))
        }
        return pieces
    }

    func quadrantPlot() -> (canvas: SVGCanvas, notes: [String], notesFrom: Double) {
        let plotSize = options.ipaPlotSize, width = plotSize + 200
        let left = 86.0, top = 92.0
        let plot = Box(x0: left, y0: top, x1: left + plotSize, y1: top + plotSize)
        let ipa = analysis.ipa
        let colors = ChartContext.ipaColors
        var canvas = SVGCanvas(width: width, height: 0)
        header(&canvas, .ipa, legend: [])
        let drawn = analysis.factors.filter { ipa.x(of: $0) != nil && $0.importance != nil }
        let missing = analysis.factors.filter { ipa.x(of: $0) == nil || $0.importance == nil }.map(\.name)
        guard !drawn.isEmpty, let xCut = ipa.xCut, let yCut = ipa.importanceCut else {
            return (canvas, [words.nothingToDraw], ChartContext.top)
        }

        // The axes: satisfaction runs from −(scale span) to +(scale span).
        let scale = workbook.scale, yScale = workbook.importanceScale
        let xFull: (Double, Double) = ipa.variant == .experience ? (scale.min, scale.max)
            : (max(-.greatestFiniteMagnitude, scale.min - scale.max), min(.greatestFiniteMagnitude, scale.max - scale.min))
        let xMeasure: ScoreField? = ipa.variant == .experience ? .experience : nil
        let xIntervals = xMeasure.map { m in drawn.compactMap { interval($0.id, m) } } ?? []
        let yIntervals = drawn.compactMap { interval($0.id, .importance) }
        let xAxis = IPAAxis(values: drawn.compactMap { ipa.x(of: $0) } + [xCut] + xIntervals.flatMap { [$0.low, $0.high] },
                            scaleMin: xFull.0, scaleMax: xFull.1, axes: options.ipaAxes)
        let yAxis = IPAAxis(values: drawn.compactMap(\.importance) + [yCut] + yIntervals.flatMap { [$0.low, $0.high] },
                            scaleMin: yScale.min, scaleMax: yScale.max, axes: options.ipaAxes)
        func px(_ v: Double) -> Double {
            let v = min(max(v, xAxis.lower), xAxis.upper)
            return plot.x0 + (v / 2 - xAxis.lower / 2) / (xAxis.upper / 2 - xAxis.lower / 2) * plotSize
        }
        func py(_ v: Double) -> Double {
            let v = min(max(v, yAxis.lower), yAxis.upper)
            return plot.y1 - (v / 2 - yAxis.lower / 2) / (yAxis.upper / 2 - yAxis.lower / 2) * plotSize
        }
        let cx = px(xCut), cy = py(yCut)

        // Quadrant backgrounds: high importance is up, high x is right.
        canvas.rect(x: plot.x0, y: plot.y0, width: cx - plot.x0, height: cy - plot.y0, fill: colors[.concentrateHere]!.fill)
        canvas.rect(x: cx, y: plot.y0, width: plot.x1 - cx, height: cy - plot.y0, fill: colors[.keepUpTheGoodWork]!.fill)
        canvas.rect(x: plot.x0, y: cy, width: cx - plot.x0, height: plot.y1 - cy, fill: colors[.lowPriority]!.fill)
        canvas.rect(x: cx, y: cy, width: plot.x1 - cx, height: plot.y1 - cy, fill: colors[.possibleOverkill]!.fill)

        // Axes: ticks and grid, the range stated in the axis title when it is zoomed.
        for tick in xAxis.ticks {
            canvas.line(x1: px(tick), y1: plot.y0, x2: px(tick), y2: plot.y1, stroke: "#ffffff", width: 1)
            canvas.text(n(tick), x: px(tick), y: plot.y1 + 18, size: 11, anchor: .middle, fill: Palette.muted)
        }
        for tick in yAxis.ticks {
            canvas.line(x1: plot.x0, y1: py(tick), x2: plot.x1, y2: py(tick), stroke: "#ffffff", width: 1)
            canvas.text(n(tick), x: plot.x0 - 8, y: py(tick) + 4, size: 11, anchor: .end, fill: Palette.muted)
        }
        canvas.raw("<rect x=\"\(SVGCanvas.f(plot.x0))\" y=\"\(SVGCanvas.f(plot.y0))\" width=\"\(SVGCanvas.f(plotSize))\" height=\"\(SVGCanvas.f(plotSize))\" fill=\"none\" stroke=\"\(Palette.grid)\"/>")
        let xName = ipa.variant == .experience ? strings.scoreName(.experience) : strings.satisfaction
        let yName = strings.scoreName(.importance)
        let xTitle = xName + (xAxis.zoomed ? words.zoomedAxis(xAxis.shown(words), of: xAxis.scale(words)) : "")
        let yTitle = yName + (yAxis.zoomed ? words.zoomedAxis(yAxis.shown(words), of: yAxis.scale(words)) : "")
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
            // Outlined, so a cut line near the edge never strikes it through.
            canvas.text(name, x: x, y: y, size: nameSize, anchor: right ? .end : .start, fill: colors[quadrant]!.point, bold: true,
                        halo: true)
            obstacles.append(Box(x0: right ? x - w : x, y0: y - nameSize, x1: right ? x : x + w, y1: y + 3))
        }
        // The cut lines and their labels stay readable: no label is put across them.
        obstacles.append(Box(x0: cx - 2, y0: plot.y0 - 24, x1: cx + 2, y1: plot.y1))
        obstacles.append(Box(x0: plot.x0, y0: cy - 2, x1: plot.x1 + 70, y1: cy + 2))

        // Survey intervals as whiskers, under the points.
        for f in drawn {
            let x = px(ipa.x(of: f)!), y = py(f.importance!)
            if let m = xMeasure, let ci = interval(f.id, m) { canvas.whisker(x1: px(ci.low), y1: y, x2: px(ci.high), y2: y, stroke: Palette.muted) }
            if let ci = interval(f.id, .importance) { canvas.whisker(x1: x, y1: py(ci.low), x2: x, y2: py(ci.high), stroke: Palette.muted) }
        }

        let points = drawn.map { f in
            QuadrantPoint(name: f.name, x: px(ipa.x(of: f)!), y: py(f.importance!), value: ipa.x(of: f)!,
                          importance: f.importance!, color: f.quadrant.map { colors[$0]!.point } ?? Palette.neutral)
        }
        let area = Box(x0: plot.x0 + 1, y0: plot.y0 + 1, x1: width - 2, y1: plot.y1 - 1)
        let numbered = placeLabels(&canvas, points, obstacles: obstacles, area: area)

        var notes: [String] = []
        if !numbered.isEmpty {
            notes.append(words.numberedPointsHeading)
            notes += numbered.enumerated().map { i, group in numberedLine(i + 1, group, xName: xName) }
        }
        notes += leftOutNote(missing, nil)
        if ipa.variant == .experience {
            notes.append(strings.ipaCuts(experience: n(xCut), importance: n(yCut), method: ipa.method.name))
        } else {
            notes.append(words.satisfactionCuts(satisfaction: n(xCut), importance: n(yCut), method: ipa.method.name))
        }
        notes.append(words.quadrantVariant(ipa.variant))
        notes.append(words.ipaAxesNote(zoomed: xAxis.zoomed || yAxis.zoomed, experience: xAxis.shown(words),
                                       importance: yAxis.shown(words), xName: xName))
        notes += intervalNotes(drawn.map(\.id), [xMeasure, .importance].compactMap { $0 })
        return (canvas, notes, plot.y1 + 52)
    }

    /// "① Product, Service — experience 7, importance 9"; members with different figures each give theirs.
    func numberedLine(_ number: Int, _ group: [QuadrantPoint], xName: String) -> String {
        let figures = { (p: QuadrantPoint) in words.pointFigures(xName: xName, x: self.n(p.value), importance: self.n(p.importance)) }
        let same = group.allSatisfy { $0.value == group[0].value && $0.importance == group[0].importance }
        if same {
            return words.numberedPoint(circled(number), names: group.map(\.name).joined(separator: strings.listSeparator),
                                       figures: figures(group[0]))
        }
        return "\(circled(number)) " + group.map { words.nameWithFigures($0.name, figures($0)) }.joined(separator: strings.listSeparator)
    }
}

/// ① to ㊿, then (51), (52), …
func circled(_ number: Int) -> String {
    let scalar: UInt32?
    switch number {
    case 1...20: scalar = 0x2460 + UInt32(number - 1)
    case 21...35: scalar = 0x3251 + UInt32(number - 21)
    case 36...50: scalar = 0x32B1 + UInt32(number - 36)
    default: scalar = nil
    }
    return scalar.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? "(\(number))"
}

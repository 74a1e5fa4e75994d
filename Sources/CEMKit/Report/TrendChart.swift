// The trend over cycles as an SVG line chart: one panel for the satisfaction indexes, then one panel
// per KPI (actual as a line with met/not-met points, target dashed, which way is better). Cycles are
// evenly spaced across; a cycle without a figure leaves a break in its line, never a zero.

public enum TrendChart {
    /// The chart as an `<svg>` element, for inlining in HTML.
    public static func svg(_ trend: ReportTrend, title: String, language: Language) -> String {
        TrendDrawing(trend: trend, title: title, words: reportStrings(language)).draw()
            .element(label: reportStrings(language).trendChartTitle)
    }

    /// The chart as a standalone `.svg` file.
    public static func document(_ trend: ReportTrend, title: String, language: Language) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(trend, title: title, language: language) + "\n"
    }
}

struct TrendDrawing {
    var trend: ReportTrend
    var title: String
    var words: ReportWords

    static let width = 780.0
    static let panelHeight = 200.0
    static let left = 76.0
    static let right = 40.0

    /// One line of a panel: its values per cycle, colour, dashed or not, and per point a colour (met / not met).
    struct Series {
        var values: [Double?]
        var color: String
        var dashed: Bool
        var pointColors: [String?]
    }

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width, height: 0)
        canvas.text(SVGCanvas.fit(words.trendChartTitle, width: Self.width - 32, size: 18), x: 16, y: 30, size: 18, bold: true)
        if !title.isEmpty {
            canvas.text(SVGCanvas.fit(title, width: Self.width - 32, size: 13), x: 16, y: 52, size: 13, fill: Palette.muted, full: title)
        }
        // A line, a dashed line (the target) or a point (a KPI's actual, by met or not).
        enum Mark { case line, dashed, point }
        let legend: [(String, String, Mark)] = [
            (Palette.experience, words.weightedSatisfactionIndexLabel, .line), (Palette.expectation, words.meanSatisfactionLabel, .line),
            (Palette.positive, "\(words.actual) · \(words.metLabel)", .point), (Palette.negative, "\(words.actual) · \(words.notMetLabel)", .point),
            (Palette.ideal, words.target, .dashed),
        ]
        var x = 16.0
        for (color, label, mark) in legend {
            if mark == .point {
                canvas.circle(cx: x + 9, cy: 72, r: 5, fill: color)
            } else {
                canvas.line(x1: x, y1: 72, x2: x + 18, y2: 72, stroke: color, width: 3, dash: mark == .dashed ? "6 4" : nil)
            }
            canvas.text(label, x: x + 24, y: 76, size: 12)
            x += 24 + SVGCanvas.textWidth(label, size: 12) + 16
        }
        var y = 96.0
        panel(&canvas, top: y, title: words.weightedSatisfactionIndexLabel + " · " + words.meanSatisfactionLabel, series: [
            Series(values: trend.weightedSatisfactionIndex, color: Palette.experience, dashed: false, pointColors: []),
            Series(values: trend.meanSatisfaction, color: Palette.expectation, dashed: false, pointColors: []),
        ], zeroLine: true)
        y += Self.panelHeight
        for k in trend.kpis {
            let colors = k.points.map { p in p?.met.map { $0 ? Palette.positive : Palette.negative } }
            panel(&canvas, top: y, title: k.label + " · " + words.betterWay(k.better), series: [
                Series(values: k.targets, color: Palette.ideal, dashed: true, pointColors: []),
                Series(values: k.actuals, color: Palette.experience, dashed: false, pointColors: colors),
            ], zeroLine: false)
            y += Self.panelHeight
        }
        let columns = clampedInt((Self.width - 32) / (12 * 0.58), in: 1...10_000, rule: .towardZero)
        for line in wrap(words.trendGapsNote, columns: columns) {
            y += 4
            canvas.text(line, x: 16, y: y, size: 12, fill: Palette.muted)
            y += 14
        }
        canvas.height = y + 16
        return canvas
    }

    /// The x of the i-th cycle: cycles evenly spaced, half a step in from each side.
    func x(_ i: Int) -> Double {
        let span = Self.width - Self.left - Self.right
        return Self.left + (Double(i) + 0.5) * span / Double(max(1, trend.cycles.count))
    }

    func panel(_ canvas: inout SVGCanvas, top: Double, title: String, series: [Series], zeroLine: Bool) {
        let plotTop = top + 34, plotBottom = top + Self.panelHeight - 40
        canvas.text(SVGCanvas.fit(title, width: Self.width - 32, size: 14), x: 16, y: top + 16, size: 14, bold: true, full: title)
        let values = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        var lower = values.min() ?? 0, upper = values.max() ?? 1
        if zeroLine { (lower, upper) = (min(lower, 0), max(upper, 0)) }
        var ticks = niceTicks(from: lower, to: upper, count: 4)
        // A figure sitting on the lowest line would have its label among the cycle names: one more step below.
        if ticks.count > 1, let lowest = values.min(),
           (lowest - ticks[0]) / (ticks[ticks.count - 1] - ticks[0]) * (Self.panelHeight - 74) < 22 {
            ticks.insert(roundFigure(ticks[0] - (ticks[1] - ticks[0])), at: 0)
        }
        let low = ticks.first ?? lower
        let high = (ticks.last ?? upper) > low ? (ticks.last ?? upper) : low + 1
        // Halves: the span near the largest number is too large to hold.
        func y(_ v: Double) -> Double {
            plotBottom - (min(max(v, low), high) / 2 - low / 2) / (high / 2 - low / 2) * (plotBottom - plotTop)
        }
        for tick in ticks {
            let stroke = zeroLine && tick == 0 ? Palette.ink : Palette.grid
            canvas.line(x1: Self.left, y1: y(tick), x2: Self.width - Self.right, y2: y(tick), stroke: stroke)
            canvas.text(displayNumber(tick), x: Self.left - 8, y: y(tick) + 4, size: 11, anchor: .end, fill: Palette.muted)
        }
        for (i, c) in trend.cycles.enumerated() {
            canvas.text(trend.cycleName(c, words), x: x(i), y: plotBottom + 18, size: 12, anchor: .middle, fill: Palette.muted)
        }
        canvas.text(words.cycle, x: Self.left - 8, y: plotBottom + 18, size: 12, anchor: .end, fill: Palette.muted)
        let solid = series.filter { !$0.dashed }
        for s in series {
            // Lines join neighbouring cycles that both have a figure.
            for i in s.values.indices.dropLast() {
                guard let a = s.values[i], let b = s.values[i + 1], a.isFinite, b.isFinite else { continue }
                canvas.line(x1: x(i), y1: y(a), x2: x(i + 1), y2: y(b), stroke: s.color, width: 2.5, dash: s.dashed ? "6 4" : nil)
            }
            for (i, value) in s.values.enumerated() {
                guard let value, value.isFinite else { continue }
                let color = i < s.pointColors.count ? s.pointColors[i] ?? s.color : s.color
                if s.dashed {
                    canvas.line(x1: x(i) - 7, y1: y(value), x2: x(i) + 7, y2: y(value), stroke: s.color, width: 2.5)
                } else {
                    canvas.circle(cx: x(i), cy: y(value), r: 5, fill: color)
                    // Of two lines, the lower one's figure goes under its point so the two never overlap.
                    let below = solid.contains { o in o.color != s.color && i < o.values.count && (o.values[i] ?? -.infinity) > value }
                    canvas.text(displayGrouped(ReportDocument.twoDecimals(value)), x: x(i) + 8, y: y(value) + (below ? 18 : -8), size: 11, fill: color,
                                bold: color != s.color)
                }
            }
        }
    }
}

// The five charts as SVG, drawn from the Analysis: experience beside expectation, weighted
// satisfaction, the IPA quadrants (SVGQuadrantChart.swift), experience vs ideal, KPIs.
// Missing figures are left out with a note under the chart, never drawn as zero.

public enum SVGChart {
    /// A chart as an `<svg>` element, for inlining in HTML.
    public static func svg(_ kind: ChartKind, workbook: Workbook, analysis: Analysis, strings: ReportWords) -> String {
        let chart = ChartContext(workbook: workbook, analysis: analysis, strings: strings)
        let canvas: SVGCanvas
        switch kind {
        case .expectation: canvas = chart.expectation()
        case .weighted: canvas = chart.weighted()
        case .ipa: canvas = chart.quadrants()
        case .gaps: canvas = chart.gaps()
        case .kpis: canvas = chart.kpis()
        }
        return canvas.element(label: reportStrings(strings.language).chartTitle(kind))
    }

    /// A chart as a standalone `.svg` file.
    public static func document(_ kind: ChartKind, workbook: Workbook, analysis: Analysis, strings: ReportWords) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(kind, workbook: workbook, analysis: analysis, strings: strings) + "\n"
    }
}

/// What every chart needs, and the layout of the horizontal-bar charts.
struct ChartContext {
    var workbook: Workbook
    var analysis: Analysis
    var strings: ReportWords
    var words: ReportWords { reportStrings(strings.language) }

    static let width = 780.0
    static let top = 96.0
    static let maxLabelWidth = 240.0
    static let labelSize = 13.0

    func n(_ value: Double?) -> String { displayNumber(value) }

    /// Title, subtitle (workbook title · cycle) and legend.
    func header(_ canvas: inout SVGCanvas, _ kind: ChartKind, legend: [(color: String, label: String, line: Bool)]) {
        canvas.text(SVGCanvas.fit(words.chartTitle(kind), width: canvas.width - 32, size: 18), x: 16, y: 30, size: 18, bold: true)
        let subtitle = [workbook.title.isEmpty ? nil : workbook.title, "\(strings.cycle) \(workbook.cycle)"].compactMap { $0 }
            .joined(separator: " · ")
        canvas.text(SVGCanvas.fit(subtitle, width: canvas.width - 32, size: 13), x: 16, y: 52, size: 13, fill: Palette.muted, full: subtitle)
        var x = 16.0
        for item in legend {
            if item.line {
                canvas.line(x1: x + 6, y1: 64, x2: x + 6, y2: 80, stroke: item.color, width: 3)
            } else {
                canvas.rect(x: x, y: 66, width: 14, height: 12, fill: item.color)
            }
            canvas.text(item.label, x: x + 20, y: 77, size: 12)
            x += 20 + SVGCanvas.textWidth(item.label, size: 12) + 16
        }
    }

    /// Notes under a chart, wrapped to its width; returns the y after them.
    func notes(_ canvas: inout SVGCanvas, _ notes: [String], from y: Double) -> Double {
        var y = y
        let columns = clampedInt((canvas.width - 32) / (12 * 0.58), in: 1...10_000, rule: .towardZero)
        for note in notes {
            for line in wrap(note, columns: columns) {
                y += 18
                canvas.text(line, x: 16, y: y, size: 12, fill: Palette.muted)
            }
        }
        return y
    }

    /// The horizontal layout of a bar chart: label column, plot, value column.
    struct Frame {
        var labelWidth: Double
        var x0: Double
        var x1: Double
        var lower: Double
        var upper: Double

        init(labels: [String], right: Double, lower: Double, upper: Double, maxLabelWidth: Double = ChartContext.maxLabelWidth) {
            let widest = labels.map { SVGCanvas.textWidth($0, size: ChartContext.labelSize) }.max() ?? 0
            labelWidth = min(maxLabelWidth, max(60, widest))
            x0 = 16 + labelWidth + 14
            x1 = ChartContext.width - 16 - right
            self.lower = lower
            self.upper = upper > lower ? upper : lower + Swift.max(1, abs(lower).ulp)
        }

        func x(_ value: Double) -> Double {
            // Halves: the span of a range near the largest number is too large to hold.
            x0 + (min(max(value, lower), upper) / 2 - lower / 2) / (upper / 2 - lower / 2) * (x1 - x0)
        }

        func label(_ canvas: inout SVGCanvas, _ text: String, y: Double, bold: Bool = false, fill: String = Palette.ink) {
            canvas.text(SVGCanvas.fit(text, width: labelWidth, size: ChartContext.labelSize), x: 16, y: y,
                        size: ChartContext.labelSize, fill: fill, bold: bold, full: text)
        }

        /// Grid lines and tick labels for [top, bottom].
        func axis(_ canvas: inout SVGCanvas, ticks: [Double], top: Double, bottom: Double) {
            for tick in ticks {
                let x = self.x(tick)
                canvas.line(x1: x, y1: top - 4, x2: x, y2: bottom, stroke: Palette.grid)
                canvas.text(displayNumber(tick), x: x, y: bottom + 16, size: 11, anchor: .middle, fill: Palette.muted)
            }
        }
    }

    func expectation() -> SVGCanvas {
        let drawn = analysis.factors.filter { $0.experience != nil || $0.expectation != nil }
        let missing = analysis.factors.filter { $0.experience == nil || $0.expectation == nil }.map(\.name)
        let barHeight = 11.0, rowHeight = 34.0
        let scale = workbook.scale
        let frame = Frame(labels: drawn.map(\.name), right: 44, lower: scale.min, upper: scale.max)
        let bottom = ChartContext.top + Double(drawn.count) * rowHeight
        var canvas = SVGCanvas(width: ChartContext.width, height: 0)
        header(&canvas, .expectation, legend: [(Palette.experience, strings.scoreName(.experience), false),
                                               (Palette.expectation, strings.scoreName(.expectation), false)])
        guard !drawn.isEmpty else { return finish(canvas, notes: [words.nothingToDraw], from: ChartContext.top) }
        frame.axis(&canvas, ticks: niceTicks(from: scale.min, to: scale.max), top: ChartContext.top, bottom: bottom)
        for (i, f) in drawn.enumerated() {
            let y = ChartContext.top + Double(i) * rowHeight + 5
            frame.label(&canvas, f.name, y: y + barHeight + 5)
            for (j, (value, color)) in [(f.experience, Palette.experience), (f.expectation, Palette.expectation)].enumerated() {
                let barY = y + Double(j) * (barHeight + 2)
                if let value {
                    let end = frame.x(value)
                    canvas.rect(x: frame.x0, y: barY, width: end - frame.x0, height: barHeight, fill: color)
                    canvas.text(n(value), x: end + 4, y: barY + barHeight - 1, size: 11)
                } else {
                    canvas.text("—", x: frame.x0 + 4, y: barY + barHeight - 1, size: 11, fill: Palette.muted)
                }
            }
        }
        return finish(canvas, notes: missing.isEmpty ? [] : [words.leftOut(missing.joined(separator: strings.listSeparator))],
                      from: bottom + 20)
    }

    func weighted() -> SVGCanvas {
        let drawn = analysis.factors.filter { $0.weightedSatisfaction != nil }
        let missing = analysis.factors.filter { $0.weightedSatisfaction == nil }.map(\.name)
        let values = drawn.compactMap(\.weightedSatisfaction)
        let ticks = niceTicks(from: min(0, values.min() ?? 0), to: max(0, values.max() ?? 0), count: 8)
        let keyLabel = words.keyExperience
        // Room right of zero for the value and the key-experience label of a negative bar.
        var frame = Frame(labels: drawn.map(\.name), right: 16, lower: ticks.first ?? 0, upper: ticks.last ?? 1)
        let needed = SVGCanvas.textWidth("−000 · " + keyLabel, size: 12) + 10
        if (frame.x1 - frame.x(0)) < needed, frame.lower < 0 {
            // Widen the positive side so the label fits: move the upper bound.
            let perUnit = (frame.x1 - frame.x0) / (frame.upper - frame.lower)
            let extraUnits = (needed - (frame.x1 - frame.x(0))) / max(perUnit, 0.0001)
            frame.upper += extraUnits
        }
        let barHeight = 16.0, rowHeight = 26.0
        let bottom = ChartContext.top + Double(drawn.count) * rowHeight
        var canvas = SVGCanvas(width: ChartContext.width, height: 0)
        header(&canvas, .weighted, legend: [(Palette.negative, "< 0", false), (Palette.positive, "> 0", false)])
        guard !drawn.isEmpty else { return finish(canvas, notes: [words.nothingToDraw], from: ChartContext.top) }
        frame.axis(&canvas, ticks: ticks, top: ChartContext.top, bottom: bottom)
        let zero = frame.x(0)
        for (i, f) in drawn.enumerated() {
            let y = ChartContext.top + Double(i) * rowHeight + 5
            let value = f.weightedSatisfaction!
            let isKey = f.id == analysis.keyExperience
            if isKey { canvas.rect(x: 8, y: y - 4, width: ChartContext.width - 16, height: rowHeight - 2, fill: Palette.highlight) }
            frame.label(&canvas, f.name, y: y + barHeight - 3, bold: isKey)
            let end = frame.x(value)
            let color = value < 0 ? Palette.negative : Palette.positive
            canvas.rect(x: min(zero, end), y: y, width: abs(end - zero), height: barHeight, fill: color)
            let text = isKey ? "\(n(value)) · \(keyLabel)" : n(value)
            if value < 0 {
                canvas.text(text, x: zero + 5, y: y + barHeight - 3, size: 12, fill: isKey ? Palette.negative : Palette.ink, bold: isKey)
            } else {
                canvas.text(text, x: zero - 5, y: y + barHeight - 3, size: 12, anchor: .end)
            }
        }
        canvas.line(x1: zero, y1: ChartContext.top - 4, x2: zero, y2: bottom, stroke: Palette.ink, width: 1.5)
        return finish(canvas, notes: missing.isEmpty ? [] : [words.leftOut(missing.joined(separator: strings.listSeparator))],
                      from: bottom + 20)
    }

    func gaps() -> SVGCanvas {
        let drawn = analysis.factors.filter { $0.experience != nil && $0.ideal != nil }
        let missing = analysis.factors.filter { $0.experience == nil || $0.ideal == nil }.map(\.name)
        let labels = drawn.map { "\(strings.gap) \(n($0.gap))" }
        let right = (labels.map { SVGCanvas.textWidth($0, size: 12) }.max() ?? 40) + 14
        let scale = workbook.scale
        let frame = Frame(labels: drawn.map(\.name), right: right, lower: scale.min, upper: scale.max)
        let barHeight = 14.0, rowHeight = 28.0
        let bottom = ChartContext.top + Double(drawn.count) * rowHeight
        var canvas = SVGCanvas(width: ChartContext.width, height: 0)
        header(&canvas, .gaps, legend: [(Palette.experience, strings.scoreName(.experience), false),
                                        (Palette.ideal, strings.scoreName(.ideal), true),
                                        (Palette.negative, strings.gap, false)])
        guard !drawn.isEmpty else { return finish(canvas, notes: [words.nothingToDraw], from: ChartContext.top) }
        frame.axis(&canvas, ticks: niceTicks(from: scale.min, to: scale.max), top: ChartContext.top, bottom: bottom)
        for (i, f) in drawn.enumerated() {
            let y = ChartContext.top + Double(i) * rowHeight + 5
            let isLargest = f.id == analysis.largestGap
            frame.label(&canvas, f.name, y: y + barHeight - 2, bold: isLargest)
            let experience = frame.x(f.experience!), ideal = frame.x(f.ideal!)
            canvas.rect(x: frame.x0, y: y, width: experience - frame.x0, height: barHeight, fill: Palette.experience)
            let gap = f.gap ?? 0
            if gap != 0 {
                let color = gap < 0 ? Palette.negative : Palette.positive
                canvas.rect(x: min(experience, ideal), y: y, width: abs(ideal - experience), height: barHeight, fill: color,
                            extra: "fill-opacity=\"0.25\" stroke=\"\(color)\" stroke-dasharray=\"3 2\"")
            }
            canvas.line(x1: ideal, y1: y - 4, x2: ideal, y2: y + barHeight + 4, stroke: Palette.ideal, width: 3)
            let labelColor = gap < 0 ? Palette.negative : Palette.muted
            canvas.text(labels[i], x: max(experience, ideal) + 8, y: y + barHeight - 2, size: 12, fill: labelColor, bold: gap < 0)
        }
        return finish(canvas, notes: missing.isEmpty ? [] : [words.leftOut(missing.joined(separator: strings.listSeparator))],
                      from: bottom + 20)
    }

    func kpis() -> SVGCanvas {
        func label(_ k: KPIAnalysis) -> String {
            let metric = k.kpi.unit.isEmpty ? k.kpi.metric : "\(k.kpi.metric) (\(k.kpi.unit))"
            return "\(k.requirement) · \(metric)"
        }
        let drawn = analysis.kpis.filter { $0.kpi.target != nil && $0.kpi.actual != nil }
        let missing = analysis.kpis.filter { $0.kpi.target == nil || $0.kpi.actual == nil }.map(label)
        let g = displayGrouped
        let status = drawn.map { k in
            "\(g(k.kpi.actual)) / \(strings.target) \(g(k.kpi.target)) · \(k.met == true ? words.metLabel : words.notMetLabel)"
                + (k.kpi.better == .lower ? " · " + words.lowerIsBetter : "")
        }
        let right = (status.map { SVGCanvas.textWidth($0, size: 12) }.max() ?? 40) + 14
        var frame = Frame(labels: drawn.map(label), right: right, lower: 0, upper: 1, maxLabelWidth: 330)
        let barHeight = 16.0, rowHeight = 52.0
        let bottom = ChartContext.top + Double(drawn.count) * rowHeight
        var canvas = SVGCanvas(width: ChartContext.width, height: 0)
        header(&canvas, .kpis, legend: [(Palette.positive, "\(strings.actual) · \(words.metLabel)", false),
                                        (Palette.negative, "\(strings.actual) · \(words.notMetLabel)", false),
                                        (Palette.ideal, strings.target, true), (Palette.neutral, strings.baseline, true)])
        guard !drawn.isEmpty else {
            let notes = [words.nothingToDraw] + (missing.isEmpty ? [] : [words.leftOut(missing.joined(separator: strings.listSeparator))])
            return finish(canvas, notes: notes, from: ChartContext.top)
        }
        for (i, k) in drawn.enumerated() {
            // Each KPI on its own scale, from zero (or its lowest figure) to a little above its highest.
            let figures = [k.kpi.baseline, k.kpi.target, k.kpi.actual].compactMap { $0 }
            frame.lower = min(0, figures.min() ?? 0)
            frame.upper = min(.greatestFiniteMagnitude, max(frame.lower + 1, (figures.max() ?? 1) * 1.15))
            let y = ChartContext.top + Double(i) * rowHeight + 12
            frame.label(&canvas, label(k), y: y + barHeight - 3)
            canvas.line(x1: frame.x0, y1: y - 6, x2: frame.x0, y2: y + barHeight + 6, stroke: Palette.grid)
            // The zero line, where a bar starts (inside the plot when a figure is negative).
            let zero = frame.x(0)
            canvas.line(x1: zero, y1: y - 8, x2: zero, y2: y + barHeight + 8, stroke: Palette.ink, width: 1)
            canvas.text("0", x: zero, y: y + barHeight + 20, size: 10, anchor: .middle, fill: Palette.muted)
            let origin = frame.x(max(frame.lower, 0)), actual = frame.x(k.kpi.actual!)
            let color = k.met == true ? Palette.positive : Palette.negative
            canvas.rect(x: min(origin, actual), y: y, width: abs(actual - origin), height: barHeight, fill: color)
            if let baseline = k.kpi.baseline {
                let x = frame.x(baseline)
                // Drawn as the legend shows it (a solid line), with its value beneath.
                canvas.line(x1: x, y1: y - 7, x2: x, y2: y + barHeight + 7, stroke: Palette.neutral, width: 3)
                canvas.text("\(strings.baseline) \(g(baseline))", x: x, y: y + barHeight + 20, size: 10,
                            anchor: baseline == 0 ? .start : .middle, fill: Palette.muted)
            }
            let target = frame.x(k.kpi.target!)
            canvas.line(x1: target, y1: y - 7, x2: target, y2: y + barHeight + 7, stroke: Palette.ideal, width: 3)
            canvas.text(status[i], x: frame.x1 + 10, y: y + barHeight - 3, size: 12, fill: color, bold: k.met != true)
        }
        var notes = [words.kpiScaleNote]
        if !missing.isEmpty { notes.append(words.leftOut(missing.joined(separator: strings.listSeparator))) }
        return finish(canvas, notes: notes, from: bottom + 4)
    }

    /// Adds the notes and sets the height.
    func finish(_ canvas: SVGCanvas, notes: [String], from y: Double) -> SVGCanvas {
        var canvas = canvas
        let end = self.notes(&canvas, notes, from: y)
        canvas.height = end + 20
        return canvas
    }
}

/// Text broken into lines of at most `columns` display columns, at spaces where possible.
func wrap(_ text: String, columns: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var width = 0
    var lastSpace: String.Index?
    for character in text {
        let w = DisplayWidth.of(character)
        if width + w > columns, !line.isEmpty {
            if let space = lastSpace, space > line.startIndex {
                lines.append(String(line[..<space]))
                line = String(line[line.index(after: space)...])
            } else {
                lines.append(line)
                line = ""
            }
            width = DisplayWidth.of(line)
            lastSpace = nil
        }
        if character == " " { lastSpace = line.endIndex }
        line.append(character)
        width += w
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
}

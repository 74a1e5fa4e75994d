// The five charts as SVG, drawn from the Analysis: experience beside expectation, weighted
// satisfaction, the IPA quadrants (SVGQuadrantChart.swift), experience vs ideal, KPIs (SVGKPIChart.swift).
// Missing figures are left out with a note under the chart, never drawn as zero.

public enum SVGChart {
    /// A chart as one `<svg>` element with every row, however long (for a file or a slide).
    public static func svg(_ kind: ChartKind, workbook: Workbook, analysis: Analysis, strings: ReportWords,
                           options: ChartOptions = ChartOptions()) -> String {
        let chart = ChartContext(workbook: workbook, analysis: analysis, strings: strings, options: options)
        return chart.canvas(kind, piece: nil).element(label: chart.words.chartTitle(kind))
    }

    /// A chart as the pieces printed pages hold: a long bar chart is split between rows into complete
    /// `<svg>` elements, each with its caption ("continued, factors 21–40 of 40"), legend and axis.
    /// A chart that fits one page, and the IPA, is one piece.
    public static func pieces(_ kind: ChartKind, workbook: Workbook, analysis: Analysis, strings: ReportWords,
                              options: ChartOptions = ChartOptions()) -> [String] {
        let chart = ChartContext(workbook: workbook, analysis: analysis, strings: strings, options: options)
        guard kind != .ipa else { return chart.quadrantPieces().map { $0.element(label: chart.words.chartTitle(kind)) } }
        let ranges = ChartPieces.split(chart.rowHeights(kind))
        let total = ranges.last?.upperBound ?? 0
        return ranges.map { range in
            let piece = ChartPiece(range: range, total: total)
            return chart.canvas(kind, piece: piece).element(label: chart.words.chartTitle(kind) + chart.pieceCaption(piece, kpis: kind == .kpis))
        }
    }

    /// A chart as a standalone `.svg` file.
    public static func document(_ kind: ChartKind, workbook: Workbook, analysis: Analysis, strings: ReportWords,
                                options: ChartOptions = ChartOptions()) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(kind, workbook: workbook, analysis: analysis, strings: strings, options: options) + "\n"
    }
}

/// What every chart needs, and the layout of the horizontal-bar charts.
struct ChartContext {
    var workbook: Workbook
    var analysis: Analysis
    var strings: ReportWords
    var options = ChartOptions()
    var words: ReportWords { reportStrings(strings.language) }

    /// The width of a bar chart (`ChartOptions.barWidth`; 780 units in reports).
    var width: Double { options.barWidth }
    static let top = 96.0
    static let maxLabelWidth = 240.0
    static let labelSize = 13.0

    /// A figure on a chart: 2 decimals (`5.83`, not `5.8333`), whole numbers whole.
    func n(_ value: Double?) -> String { displayNumber(value.map(ReportDocument.twoDecimals)) }

    func canvas(_ kind: ChartKind, piece: ChartPiece?) -> SVGCanvas {
        switch kind {
        case .expectation: return expectation(piece)
        case .weighted: return weighted(piece)
        case .ipa: return quadrants()
        case .gaps: return gaps(piece)
        case .kpis: return kpis(piece)
        }
    }

    // The rows each bar chart draws, in one place for the chart and for its pieces.
    var expectationRows: [FactorAnalysis] { analysis.factors.filter { $0.experience != nil || $0.expectation != nil } }
    var weightedRows: [FactorAnalysis] { analysis.factors.filter { $0.weightedSatisfaction != nil } }
    var gapRows: [FactorAnalysis] { analysis.factors.filter { $0.experience != nil && $0.ideal != nil } }
    var kpiRows: [KPIAnalysis] { analysis.kpis.filter { $0.kpi.target != nil && $0.kpi.actual != nil } }
    static let expectationRow = 34.0, weightedRow = 26.0, gapRow = 28.0, kpiRow = 52.0, kpiLabelWidth = 330.0

    func kpiLabel(_ k: KPIAnalysis) -> String {
        let metric = k.kpi.unit.isEmpty ? k.kpi.metric : "\(k.kpi.metric) (\(k.kpi.unit))"
        return "\(k.requirement) · \(metric)"
    }

    /// Names wrapped to the label column of a chart whose rows carry these names.
    func labels(_ names: [String], maxWidth: Double = ChartContext.maxLabelWidth) -> [WrappedLabel] {
        let width = Frame.labelWidth(names, maxWidth: maxWidth)
        return names.map { label($0, width: width) }
    }

    /// The height of every row of a bar chart (what its pieces are cut from).
    func rowHeights(_ kind: ChartKind) -> [Double] {
        switch kind {
        case .expectation: return rowHeights(labels(expectationRows.map(\.name)), base: Self.expectationRow)
        case .weighted: return rowHeights(labels(weightedRows.map(\.name)), base: Self.weightedRow)
        case .gaps: return rowHeights(labels(gapRows.map(\.name)), base: Self.gapRow)
        case .kpis: return rowHeights(labels(kpiRows.map(kpiLabel), maxWidth: Self.kpiLabelWidth), base: Self.kpiRow)
        case .ipa: return []
        }
    }

    enum LegendMark { case box, line, whisker }

    /// Title (with the piece's caption), subtitle (workbook title · cycle) and legend.
    func header(_ canvas: inout SVGCanvas, _ kind: ChartKind, caption: String = "", legend: [(color: String, label: String, mark: LegendMark)]) {
        // The piece's caption follows the title, or opens the line under it when both do not fit.
        let whole = words.chartTitle(kind) + caption
        let fits = SVGCanvas.textWidth(whole, size: 18) <= canvas.width - 32
        let title = fits ? whole : words.chartTitle(kind)
        canvas.text(SVGCanvas.fit(title, width: canvas.width - 32, size: 18), x: 16, y: 30, size: 18, bold: true, full: title)
        let below = fits || caption.isEmpty ? nil : String(caption.drop { $0 == " " })
        let subtitle = [below, workbook.title.isEmpty ? nil : workbook.title, "\(strings.cycle) \(workbook.cycle)"].compactMap { $0 }
            .joined(separator: " · ")
        canvas.text(SVGCanvas.fit(subtitle, width: canvas.width - 32, size: 13), x: 16, y: 52, size: 13, fill: Palette.muted, full: subtitle)
        var x = 16.0
        for item in legend {
            switch item.mark {
            case .line: canvas.line(x1: x + 6, y1: 64, x2: x + 6, y2: 80, stroke: item.color, width: 3)
            case .box: canvas.rect(x: x, y: 66, width: 14, height: 12, fill: item.color)
            case .whisker: canvas.whisker(x1: x, y1: 72, x2: x + 14, y2: 72)
            }
            canvas.text(item.label, x: x + 20, y: 77, size: 12)
            x += 20 + SVGCanvas.textWidth(item.label, size: 12) + 16
        }
    }

    /// The legend entry of the survey intervals drawn on a chart: "95% CI · n = 30"; nil without any.
    func intervalLegend(_ ids: [String], _ measures: [ScoreField]) -> [(color: String, label: String, mark: LegendMark)] {
        guard let n = respondents(ids, measures) else { return [] }
        return [(Palette.ink, "\(words.confidenceInterval) · \(n)", .whisker)]
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

    /// The "left out" note, on the last piece only.
    func leftOutNote(_ names: [String], _ piece: ChartPiece?) -> [String] {
        guard !names.isEmpty, piece?.isLast ?? true else { return [] }
        return [words.leftOut(names.joined(separator: strings.listSeparator))]
    }

    /// The horizontal layout of a bar chart: label column, plot, value column.
    struct Frame {
        var labelWidth: Double
        var x0: Double
        var x1: Double
        var lower: Double
        var upper: Double

        static func labelWidth(_ labels: [String], maxWidth: Double) -> Double {
            let widest = labels.map { SVGCanvas.textWidth($0, size: ChartContext.labelSize) }.max() ?? 0
            return min(maxWidth, max(60, widest))
        }

        init(labels: [String], width: Double, right: Double, lower: Double, upper: Double, maxLabelWidth: Double = ChartContext.maxLabelWidth) {
            labelWidth = Frame.labelWidth(labels, maxWidth: maxLabelWidth)
            x0 = 16 + labelWidth + 14
            x1 = width - 16 - right
            self.lower = lower
            self.upper = upper > lower ? upper : lower + Swift.max(1, abs(lower).ulp)
        }

        func x(_ value: Double) -> Double {
            // Halves: the span of a range near the largest number is too large to hold.
            x0 + (min(max(value, lower), upper) / 2 - lower / 2) / (upper / 2 - lower / 2) * (x1 - x0)
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

    func expectation(_ piece: ChartPiece?) -> SVGCanvas {
        let all = expectationRows
        let missing = analysis.factors.filter { $0.experience == nil || $0.expectation == nil }.map(\.name)
        let barHeight = 11.0
        let scale = workbook.scale
        let frame = Frame(labels: all.map(\.name), width: width, right: 44, lower: scale.min, upper: scale.max)
        let names = labels(all.map(\.name))
        let (range, heights, tops, bottom) = pieceRows(names, base: Self.expectationRow, piece: piece)
        var canvas = SVGCanvas(width: width, height: 0)
        header(&canvas, .expectation, caption: pieceCaption(piece),
               legend: [(Palette.experience, strings.scoreName(.experience), .box),
                        (Palette.expectation, strings.scoreName(.expectation), .box)]
                   + intervalLegend(all.map(\.id), [.experience, .expectation]))
        guard !all.isEmpty else { return finish(canvas, notes: [words.nothingToDraw], from: ChartContext.top) }
        frame.axis(&canvas, ticks: niceTicks(from: scale.min, to: scale.max), top: ChartContext.top, bottom: bottom)
        for (row, i) in range.enumerated() {
            let f = all[i], top = tops[row], height = heights[i]
            draw(&canvas, names[i], middle: top + height / 2)
            let y = top + (height - (2 * barHeight + 2)) / 2
            for (j, (value, color, measure)) in [(f.experience, Palette.experience, ScoreField.experience),
                                                 (f.expectation, Palette.expectation, .expectation)].enumerated() {
                let barY = y + Double(j) * (barHeight + 2)
                if let value {
                    let end = frame.x(value)
                    canvas.rect(x: frame.x0, y: barY, width: end - frame.x0, height: barHeight, fill: color)
                    var textX = end
                    if let ci = interval(f.id, measure) {
                        canvas.whisker(x1: frame.x(ci.low), y1: barY + barHeight / 2, x2: frame.x(ci.high), y2: barY + barHeight / 2, cap: 3.5)
                        textX = max(end, frame.x(ci.high))
                    }
                    canvas.text(n(value), x: textX + 4, y: barY + barHeight - 1, size: 11)
                } else {
                    canvas.text("—", x: frame.x0 + 4, y: barY + barHeight - 1, size: 11, fill: Palette.muted)
                }
            }
        }
        return finish(canvas, notes: leftOutNote(missing, piece) + intervalNotes(all.map(\.id), [.experience, .expectation]),
                      from: bottom + 20)
    }

    func weighted(_ piece: ChartPiece?) -> SVGCanvas {
        let all = weightedRows
        let missing = analysis.factors.filter { $0.weightedSatisfaction == nil }.map(\.name)
        let values = all.compactMap(\.weightedSatisfaction)
        let ticks = niceTicks(from: min(0, values.min() ?? 0), to: max(0, values.max() ?? 0), count: 8)
        let keyLabel = words.keyExperience
        // Room right of zero for the value and the key-experience label of a negative bar.
        var frame = Frame(labels: all.map(\.name), width: width, right: 16, lower: ticks.first ?? 0, upper: ticks.last ?? 1)
        let needed = SVGCanvas.textWidth("−000 · " + keyLabel, size: 12) + 10
        if (frame.x1 - frame.x(0)) < needed, frame.lower < 0 {
            // Widen the positive side so the label fits: move the upper bound.
            let perUnit = (frame.x1 - frame.x0) / (frame.upper - frame.lower)
            let extraUnits = (needed - (frame.x1 - frame.x(0))) / max(perUnit, 0.0001)
            frame.upper += extraUnits
        }
        let barHeight = 16.0
        let names = labels(all.map(\.name))
        let (range, heights, tops, bottom) = pieceRows(names, base: Self.weightedRow, piece: piece)
        var canvas = SVGCanvas(width: width, height: 0)
        header(&canvas, .weighted, caption: pieceCaption(piece), legend: [(Palette.negative, "< 0", .box), (Palette.positive, "> 0", .box)])
        guard !all.isEmpty else { return finish(canvas, notes: [words.nothingToDraw], from: ChartContext.top) }
        frame.axis(&canvas, ticks: ticks, top: ChartContext.top, bottom: bottom)
        let zero = frame.x(0)
        for (row, i) in range.enumerated() {
            let f = all[i], top = tops[row], height = heights[i]
            let y = top + (height - barHeight) / 2
            let value = f.weightedSatisfaction!
            let isKey = f.id == analysis.keyExperience
            if isKey { canvas.rect(x: 8, y: top + 1, width: width - 16, height: height - 2, fill: Palette.highlight) }
            draw(&canvas, names[i], middle: top + height / 2, bold: isKey)
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
        return finish(canvas, notes: leftOutNote(missing, piece), from: bottom + 20)
    }

    func gaps(_ piece: ChartPiece?) -> SVGCanvas {
        let all = gapRows
        let missing = analysis.factors.filter { $0.experience == nil || $0.ideal == nil }.map(\.name)
        let gapLabels = all.map { "\(strings.gap) \(n($0.gap))" }
        let right = (gapLabels.map { SVGCanvas.textWidth($0, size: 12) }.max() ?? 40) + 14
        let scale = workbook.scale
        let frame = Frame(labels: all.map(\.name), width: width, right: right, lower: scale.min, upper: scale.max)
        let barHeight = 14.0
        let names = labels(all.map(\.name))
        let (range, heights, tops, bottom) = pieceRows(names, base: Self.gapRow, piece: piece)
        var canvas = SVGCanvas(width: width, height: 0)
        header(&canvas, .gaps, caption: pieceCaption(piece),
               legend: [(Palette.experience, strings.scoreName(.experience), .box), (Palette.ideal, strings.scoreName(.ideal), .line),
                        (Palette.negative, strings.gap, .box)] + intervalLegend(all.map(\.id), [.experience]))
        guard !all.isEmpty else { return finish(canvas, notes: [words.nothingToDraw], from: ChartContext.top) }
        frame.axis(&canvas, ticks: niceTicks(from: scale.min, to: scale.max), top: ChartContext.top, bottom: bottom)
        for (row, i) in range.enumerated() {
            let f = all[i], top = tops[row], height = heights[i]
            let y = top + (height - barHeight) / 2
            let isLargest = f.id == analysis.largestGap
            draw(&canvas, names[i], middle: top + height / 2, bold: isLargest)
            let experience = frame.x(f.experience!), ideal = frame.x(f.ideal!)
            canvas.rect(x: frame.x0, y: y, width: experience - frame.x0, height: barHeight, fill: Palette.experience)
            let gap = f.gap ?? 0
            if gap != 0 {
                let color = gap < 0 ? Palette.negative : Palette.positive
                canvas.rect(x: min(experience, ideal), y: y, width: abs(ideal - experience), height: barHeight, fill: color,
                            extra: "fill-opacity=\"0.25\" stroke=\"\(color)\" stroke-dasharray=\"3 2\"")
            }
            canvas.line(x1: ideal, y1: y - 4, x2: ideal, y2: y + barHeight + 4, stroke: Palette.ideal, width: 3)
            var textX = max(experience, ideal)
            if let ci = interval(f.id, .experience) {
                canvas.whisker(x1: frame.x(ci.low), y1: y + barHeight / 2, x2: frame.x(ci.high), y2: y + barHeight / 2, cap: 4)
                textX = max(textX, frame.x(ci.high))
            }
            let labelColor = gap < 0 ? Palette.negative : Palette.muted
            canvas.text(gapLabels[i], x: textX + 8, y: y + barHeight - 2, size: 12, fill: labelColor, bold: gap < 0)
        }
        return finish(canvas, notes: leftOutNote(missing, piece) + intervalNotes(all.map(\.id), [.experience]), from: bottom + 20)
    }

    /// Adds the notes and sets the height.
    func finish(_ canvas: SVGCanvas, notes: [String], from y: Double) -> SVGCanvas {
        var canvas = canvas
        let end = self.notes(&canvas, notes, from: y)
        canvas.height = end + 20
        return canvas
    }

    /// Adds lines of notes already wrapped and sets the height.
    func finish(_ canvas: SVGCanvas, lines: [String], from y: Double) -> SVGCanvas {
        var canvas = canvas, y = y
        for line in lines {
            y += 18
            canvas.text(line, x: 16, y: y, size: 12, fill: Palette.muted)
        }
        canvas.height = y + 20
        return canvas
    }
}

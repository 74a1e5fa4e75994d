// The KPI chart: each KPI's actual as a bar on its own scale (units differ), green when met and red
// when not, the target and the baseline as lines with their values, a zero line under each.

extension ChartContext {
    func kpis(_ piece: ChartPiece?) -> SVGCanvas {
        let drawn = kpiRows
        let missing = analysis.kpis.filter { $0.kpi.target == nil || $0.kpi.actual == nil }.map(kpiLabel)
        let g = displayGrouped
        let status = drawn.map { k in
            "\(g(k.kpi.actual)) / \(strings.target) \(g(k.kpi.target)) · \(k.met == true ? words.metLabel : words.notMetLabel)"
                + (k.kpi.better == .lower ? " · " + words.lowerIsBetter : "")
        }
        let right = (status.map { SVGCanvas.textWidth($0, size: 12) }.max() ?? 40) + 14
        var frame = Frame(labels: drawn.map(kpiLabel), width: width, right: right, lower: 0, upper: 1, maxLabelWidth: Self.kpiLabelWidth)
        let barHeight = 16.0
        let names = labels(drawn.map(kpiLabel), maxWidth: Self.kpiLabelWidth)
        let (range, heights, tops, bottom) = pieceRows(names, base: Self.kpiRow, piece: piece)
        var canvas = SVGCanvas(width: width, height: 0)
        header(&canvas, .kpis, caption: pieceCaption(piece, kpis: true),
               legend: [(Palette.positive, "\(strings.actual) · \(words.metLabel)", .box),
                        (Palette.negative, "\(strings.actual) · \(words.notMetLabel)", .box),
                        (Palette.ideal, strings.target, .line), (Palette.neutral, strings.baseline, .line)])
        guard !drawn.isEmpty else {
            return finish(canvas, notes: [words.nothingToDraw] + leftOutNote(missing, piece), from: ChartContext.top)
        }
        for (row, i) in range.enumerated() {
            let k = drawn[i]
            // Each KPI on its own scale, from zero (or its lowest figure) to a little above its highest.
            let figures = [k.kpi.baseline, k.kpi.target, k.kpi.actual].compactMap { $0 }
            frame.lower = min(0, figures.min() ?? 0)
            frame.upper = min(.greatestFiniteMagnitude, max(frame.lower + 1, (figures.max() ?? 1) * 1.15))
            let y = tops[row] + (heights[i] - Self.kpiRow) / 2 + 12
            draw(&canvas, names[i], middle: y + barHeight / 2)
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
        return finish(canvas, notes: [words.kpiScaleNote] + leftOutNote(missing, piece), from: bottom + 4)
    }
}

// What the charts share beyond the canvas: the options a reader chooses, the label column with names
// wrapped (never cut for a tooltip), rows that grow with their name, and the pieces a long chart is
// split into so that each fits an A4 page with its caption.

/// The IPA axes: zoomed to the data (rounded outward to nice ticks, cut lines included) or the full scale.
public enum IPAAxes: String, Sendable, CaseIterable, Equatable {
    case data, full
}

/// The choices that change how charts are drawn, not what the analysis says.
public struct ChartOptions: Sendable, Equatable {
    public var ipaAxes: IPAAxes
    /// The side of the IPA's plot square (240 to 560 units; the type keeps its size): the projector view
    /// and the slide draw a smaller plot, so that scaled to the screen its labels are large enough to read.
    public var ipaPlotSize: Double
    /// The width of a horizontal-bar chart (480 to 780 units; the type keeps its size): the projector view
    /// draws narrower charts, so that scaled to its column their labels stay about 12 px at 1280 wide.
    public var barWidth: Double

    public init(ipaAxes: IPAAxes = .data, ipaPlotSize: Double = 560, barWidth: Double = 780) {
        self.ipaAxes = ipaAxes
        self.ipaPlotSize = min(max(ipaPlotSize.isFinite ? ipaPlotSize : 560, 240), 560)
        self.barWidth = min(max(barWidth.isFinite ? barWidth : 780, 480), 780)
    }
}

/// A name in the label column, as the lines it is drawn in.
struct WrappedLabel {
    static let lineHeight = 15.0
    var lines: [String]
    var full: String
    /// More than the lines can hold: the last ends in `…`.
    var shortened: Bool
}

/// The rows a piece of a bar chart draws: `range` of the chart's `total` rows.
struct ChartPiece: Equatable {
    var range: Range<Int>
    var total: Int

    var isLast: Bool { range.upperBound >= total }
    var isWhole: Bool { range.lowerBound == 0 && isLast }
}

enum ChartPieces {
    /// At most this many rows in one piece.
    static let maxRows = 20
    /// At most this much height of rows in one piece, in SVG units: a chart is 780 wide and printed
    /// 182 mm wide, so 860 units are 200 mm; with the caption (96), the axis and notes one piece stays
    /// inside the 265 mm of an A4 page between its margins.
    static let rowBudget = 860.0

    /// Rows of these heights cut into balanced pieces of at most `maxRows` rows and `rowBudget` height;
    /// one piece when they fit. Every row is in exactly one piece, in order.
    static func split(_ heights: [Double], maxRows: Int = maxRows, budget: Double = rowBudget) -> [Range<Int>] {
        guard !heights.isEmpty else { return [0..<0] }
        let total = heights.reduce(0, +)
        let byRows = (heights.count + maxRows - 1) / maxRows
        let byHeight = clampedInt((total / budget).rounded(.up), in: 1...heights.count, rule: .towardZero)
        let count = max(1, byRows, byHeight)
        let target = (heights.count + count - 1) / count
        var pieces: [Range<Int>] = []
        var start = 0, used = 0.0
        for i in heights.indices {
            if i > start, i - start >= target || used + heights[i] > budget {
                pieces.append(start..<i)
                start = i
                used = 0
            }
            used += heights[i]
        }
        pieces.append(start..<heights.count)
        return pieces
    }
}

extension ChartContext {
    /// A factor's name in the label column: wrapped at spaces (or between CJK characters) to the column,
    /// at most `maxLines` lines; only a longer name ends in `…` (and keeps the whole as a tooltip).
    func label(_ text: String, width: Double, size: Double = ChartContext.labelSize, maxLines: Int = 4) -> WrappedLabel {
        let columns = clampedInt(width / (size * 0.58) + 0.001, in: 1...10_000, rule: .down)
        var lines = wrap(text, columns: columns)
        var shortened = false
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = DisplayWidth.truncate(lines[maxLines - 1] + "…", to: columns)
            shortened = true
        }
        return WrappedLabel(lines: lines, full: text, shortened: shortened)
    }

    /// The height of each row: at least `base`, more when its name wraps to more lines than fit.
    func rowHeights(_ labels: [WrappedLabel], base: Double) -> [Double] {
        labels.map { max(base, Double($0.lines.count) * WrappedLabel.lineHeight + 8) }
    }

    /// The rows a bar chart (or one piece of it) draws: their range, every row's height, the drawn rows'
    /// tops from the chart's top, and the bottom of the last one.
    func pieceRows(_ labels: [WrappedLabel], base: Double, piece: ChartPiece?)
        -> (range: Range<Int>, heights: [Double], tops: [Double], bottom: Double) {
        let range = piece?.range ?? labels.indices, heights = rowHeights(labels, base: base)
        return (range, heights, rowTops(Array(heights[range]), from: ChartContext.top), ChartContext.top + heights[range].reduce(0, +))
    }

    /// The tops of rows of these heights, from `top`.
    func rowTops(_ heights: [Double], from top: Double) -> [Double] {
        var y = top
        return heights.map { h in
            defer { y += h }
            return y
        }
    }

    /// The wrapped name, its lines vertically centred on `middle`.
    func draw(_ canvas: inout SVGCanvas, _ label: WrappedLabel, middle: Double, bold: Bool = false) {
        let first = middle - Double(label.lines.count - 1) * WrappedLabel.lineHeight / 2 + 4.5
        for (i, line) in label.lines.enumerated() {
            canvas.text(line, x: 16, y: first + Double(i) * WrappedLabel.lineHeight, size: ChartContext.labelSize, bold: bold,
                        full: label.shortened && i == label.lines.count - 1 ? label.full : nil)
        }
    }

    /// The caption after a chart's title when it is one piece of several: "(factors 1–20 of 40)",
    /// "(continued, factors 21–40 of 40)".
    func pieceCaption(_ piece: ChartPiece?, kpis: Bool = false) -> String {
        guard let piece, !piece.isWhole else { return "" }
        return words.pieceCaption(from: piece.range.lowerBound + 1, to: piece.range.upperBound, of: piece.total,
                                  continued: piece.range.lowerBound > 0, kpis: kpis)
    }

    /// The survey's 95% interval of a factor's measure, from the same function `cem show` uses.
    func interval(_ id: String, _ measure: ScoreField) -> (low: Double, high: Double, n: Int)? {
        guard let factor = workbook.factors.first(where: { $0.id == id }), let stat = factor.surveyStat(measure),
              let ci = stat.confidenceInterval, ci.low.isFinite, ci.high.isFinite else { return nil }
        return (ci.low, ci.high, stat.n)
    }

    /// "n = 30" or "n = 28–30" over the intervals drawn; nil when none is.
    func respondents(_ ids: [String], _ measures: [ScoreField]) -> String? {
        let counts = ids.flatMap { id in measures.compactMap { interval(id, $0)?.n } }
        guard let low = counts.min(), let high = counts.max() else { return nil }
        return low == high ? "n = \(low)" : "n = \(low)–\(high)"
    }

    /// The note that explains the whiskers, when a chart draws any.
    func intervalNotes(_ ids: [String], _ measures: [ScoreField]) -> [String] {
        respondents(ids, measures).map { [words.intervalNote($0)] } ?? []
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

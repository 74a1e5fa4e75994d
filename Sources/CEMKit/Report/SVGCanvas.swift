// A small SVG writer for the charts: shapes and escaped text, text widths estimated from display
// columns (a Chinese character counts as two), and nice axis ticks.

/// The font stack of every chart and of the HTML report: Latin first, then CJK fallbacks.
public let reportFontStack = "'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"

/// Colours chosen to be told apart by colour-blind readers and in greyscale print.
enum Palette {
    static let ink = "#1f2933"
    static let muted = "#616e7c"
    static let grid = "#d9dee4"
    static let experience = "#2f6fb0"
    static let expectation = "#9aa5b1"
    static let negative = "#c0392b"
    static let positive = "#2e8b57"
    static let neutral = "#7b8794"
    static let ideal = "#1f2933"
    static let highlight = "#fdecea"
}

struct SVGCanvas {
    var width: Double
    var height: Double
    private(set) var body: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A coordinate or length as short text: one decimal at most.
    static func f(_ value: Double) -> String {
        let rounded = (chartCoordinate(value) * 10).rounded() / 10
        return CanonicalJSON.number(rounded == 0 ? 0 : rounded)
    }

    /// The estimated width of text in pixels at a font size.
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(DisplayWidth.of(text)) * size * 0.58
    }

    /// Text shortened with an ellipsis to fit a width in pixels.
    static func fit(_ text: String, width: Double, size: Double) -> String {
        let columns = clampedInt(width / (size * 0.58) + 0.001, in: 1...10_000, rule: .down)
        return DisplayWidth.truncate(text, to: columns)
    }

    mutating func raw(_ element: String) { body.append(element) }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, extra: String = "") {
        let w = max(0, width), h = max(0, height)
        body.append("<rect x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" width=\"\(Self.f(w))\" height=\"\(Self.f(h))\" fill=\"\(fill)\"\(extra.isEmpty ? "" : " " + extra)/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        var attributes = "x1=\"\(Self.f(x1))\" y1=\"\(Self.f(y1))\" x2=\"\(Self.f(x2))\" y2=\"\(Self.f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.f(width))\""
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        body.append("<line \(attributes)/>")
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String = "#ffffff") {
        body.append("<circle cx=\"\(Self.f(cx))\" cy=\"\(Self.f(cy))\" r=\"\(Self.f(r))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\"/>")
    }

    /// A survey's 95% interval: a line from one end to the other with a cap at each, as `class="ci"`
    /// (the caps `class="ci-cap"`), horizontal when `y1 == y2`, else vertical.
    mutating func whisker(x1: Double, y1: Double, x2: Double, y2: Double, cap: Double = 4, stroke: String = Palette.ink) {
        let style = "stroke=\"\(stroke)\" stroke-width=\"1.2\""
        body.append("<line class=\"ci\" x1=\"\(Self.f(x1))\" y1=\"\(Self.f(y1))\" x2=\"\(Self.f(x2))\" y2=\"\(Self.f(y2))\" \(style)/>")
        for (x, y) in [(x1, y1), (x2, y2)] {
            let (dx, dy) = y1 == y2 ? (0.0, cap) : (cap, 0.0)
            body.append("<line class=\"ci-cap\" x1=\"\(Self.f(x - dx))\" y1=\"\(Self.f(y - dy))\" x2=\"\(Self.f(x + dx))\" y2=\"\(Self.f(y + dy))\" \(style)/>")
        }
    }

    enum Anchor: String { case start, middle, end }

    /// Text at a point (baseline y). `full` is the whole text when `text` was shortened: it becomes a tooltip.
    /// `halo` outlines the letters in white.
    mutating func text(_ text: String, x: Double, y: Double, size: Double = 13, anchor: Anchor = .start,
                       fill: String = Palette.ink, bold: Bool = false, full: String? = nil, halo: Bool = false) {
        var attributes = "x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" font-size=\"\(Self.f(size))\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if fill != Palette.ink { attributes += " fill=\"\(fill)\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        // A white outline under the letters keeps a label readable where it crosses a line.
        if halo { attributes += " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"" }
        let tooltip = full.map { $0 != text ? "<title>\(Markup.xml($0))</title>" : "" } ?? ""
        body.append("<text \(attributes)>\(tooltip)\(Markup.xml(text))</text>")
    }

    /// The `<svg>` element, ready to inline in HTML.
    func element(label: String) -> String {
        let w = Self.f(width), h = Self.f(height)
        var lines = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" role=\"img\" aria-label=\"\(Markup.xml(label))\" font-family=\"\(reportFontStack)\">",
                     "<title>\(Markup.xml(label))</title>",
                     "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>"]
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}

/// Axis ticks at 1, 2 or 5 × a power of ten, from at or below `lower` to at or above `upper`.
/// Total: for any finite range it ends, with at most a few times `count` ticks; where ticks that far
/// apart cannot be told apart (1e17 to 1e17 + 100) or the range is not finite, the two ends alone.
func niceTicks(from lower: Double, to upper: Double, count: Int = 10) -> [Double] {
    guard lower.isFinite, upper.isFinite else { return [lower, upper].filter(\.isFinite) }
    guard upper > lower else { return [lower] }
    let ends = [roundFigure(lower), roundFigure(upper)]
    let raw = upper / Double(max(1, count)) - lower / Double(max(1, count))
    guard raw.isFinite, raw > 0 else { return ends }
    var power = 1.0
    while power * 10 <= raw { power *= 10 }
    while power > raw { power /= 10 }
    let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? power * 10
    guard step.isNormal else { return ends }
    let first = (lower / step + 1e-9).rounded(.down), last = (upper / step - 1e-9).rounded(.up)
    guard first.isFinite, last.isFinite, last - first >= 0, last - first <= Double(4 * max(1, count)) else { return ends }
    var ticks: [Double] = []
    for offset in 0...Int(last - first) {
        let tick = roundFigure((first + Double(offset)) * step)
        guard tick.isFinite else { continue }
        if let previous = ticks.last, previous >= tick { return ends }
        ticks.append(tick)
    }
    return ticks.count < 2 ? ends : ticks
}

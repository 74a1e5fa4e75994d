// Plain-text tables aligned by display width, so Chinese names line up with Latin ones, that always
// fit their width: long text wraps inside its column, then headers wrap, then the last columns move
// to a second table under the first (which repeats the first column). Cells are made inert.

public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var header: String
        public var alignRight: Bool
        /// A cell that reads as one figure (`6.38 → 6.12 ↓ −0.26`) is never wrapped: when the table is too
        /// wide, such a column moves to the next table instead, as a right-aligned figure does.
        public var keepWhole: Bool

        public init(_ header: String, alignRight: Bool = false, keepWhole: Bool = false) {
            self.header = header
            self.alignRight = alignRight
            self.keepWhole = keepWhole
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []
    /// Per row and column, good or bad news; coloured green or red when rendering with colour.
    public var tones: [[CellTone]] = []

    public init(_ columns: [Column]) { self.columns = columns }

    /// Adds a row. Cells are user text on their way to a terminal: they are made inert when rendered.
    public mutating func add(_ row: [String]) { rows.append(row) }

    static let indent = 2
    static let gap = 2
    /// Text columns wrap down to this width, no further, before columns move to a second table.
    static let narrowest = 10

    /// The table as lines, indented by two spaces, none wider than `maxWidth` (from about 30 columns up).
    public func render(maxWidth: Int = 80, color: Bool = false) -> [String] {
        let header = columns.map(\.header.inert)
        let cells = rows.map { row in columns.indices.map { $0 < row.count ? row[$0].inert : "" } }
        let layout = TextTable.layout(header: header, cells: cells, alignRight: columns.map(\.alignRight),
                                      keepWhole: columns.map(\.keepWhole), maxWidth: maxWidth)
        var lines: [String] = []
        for (n, part) in layout.enumerated() {
            if n > 0 { lines.append("") }
            lines += renderPart(part.columns, widths: part.widths, header: header, cells: cells, color: color)
        }
        return lines
    }

    /// Which columns go in which table, and their widths.
    static func layout(header: [String], cells: [[String]], alignRight: [Bool], keepWhole: [Bool]? = nil,
                       maxWidth: Int) -> [(columns: [Int], widths: [Int])] {
        let keepWhole = keepWhole ?? alignRight.map { _ in false }
        func natural(_ i: Int) -> Int { ([header[i]] + cells.map { $0[i] }).map(DisplayWidth.of).max() ?? 0 }
        /// The narrowest a column may get: text wraps to `narrowest` (or its longest word when shorter);
        /// a figure keeps its widest value and its header wraps at a word (or between CJK characters).
        func least(_ i: Int) -> Int {
            let values = cells.map { DisplayWidth.of($0[i]) }.max() ?? 0
            // A header wraps at a word, or between CJK characters but never below two of them (`策略` / `契合`).
            let headerWord = max(LineBreaking.longestUnit(header[i]), min(4, DisplayWidth.of(header[i])))
            if alignRight[i] || keepWhole[i] { return max(values, headerWord, 1) }
            let longestWord = cells.map { LineBreaking.longestUnit($0[i]) }.max() ?? 0
            return min(natural(i), max(narrowest, headerWord, min(longestWord, 16)))
        }
        func total(_ widths: [Int]) -> Int { indent + widths.reduce(0, +) + gap * max(0, widths.count - 1) }
        // Every cell is measured once: `fit` runs once per column count tried.
        let naturals = header.indices.map(natural), leasts = header.indices.map(least)
        func fit(_ columns: [Int]) -> [Int]? {
            var widths = columns.map { naturals[$0] }
            let floors = columns.map { leasts[$0] }
            // Text first (widest first), then figures' headers.
            for pass in [false, true] {
                // The widest gives way first, one column at a time, down to the next widest: two long
                // columns end up about as wide as each other, rather than one wrapped into a narrow strip.
                while total(widths) > maxWidth {
                    let shrinkable = widths.indices.filter { alignRight[columns[$0]] == pass && widths[$0] > floors[$0] }
                    guard let k = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
                    let next = shrinkable.filter { $0 != k }.map { widths[$0] }.max() ?? floors[k]
                    let step = max(1, min(widths[k] - next, total(widths) - maxWidth))
                    widths[k] = max(floors[k], widths[k] - step)
                }
            }
            return total(widths) <= maxWidth ? widths : nil
        }
        var parts: [(columns: [Int], widths: [Int])] = []
        var rest = Array(header.indices)
        var first = true
        while !rest.isEmpty {
            // The first column leads every table; the last columns are the first to move on.
            var taken = first ? rest : [0] + rest
            while taken.count > (first ? 1 : 2), fit(taken) == nil { taken.removeLast() }
            let widths = fit(taken) ?? taken.map { min(naturals[$0], max(1, (maxWidth - indent) / taken.count - gap)) }
            parts.append((taken, widths))
            rest.removeFirst(first ? taken.count : taken.count - 1)
            first = false
        }
        return parts
    }

    func renderPart(_ part: [Int], widths: [Int], header: [String], cells: [[String]], color: Bool) -> [String] {
        let indent = String(repeating: " ", count: TextTable.indent), gap = String(repeating: " ", count: TextTable.gap)
        func lines(_ row: [String], tones: [CellTone]) -> [String] {
            let wrapped = part.indices.map { LineBreaking.wrap(row[part[$0]], width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { line in
                let padded = part.indices.map { k -> String in
                    let i = part[k]
                    let text = line < wrapped[k].count ? wrapped[k][line] : ""
                    let isLast = k == part.count - 1
                    let cell = isLast && !columns[i].alignRight ? text : DisplayWidth.pad(text, to: widths[k], alignRight: columns[i].alignRight)
                    let tone = i < tones.count ? tones[i] : .plain
                    guard color, tone != .plain, !text.isEmpty else { return cell }
                    return (tone == .good ? "\u{1B}[32m" : "\u{1B}[31m") + cell + "\u{1B}[0m"
                }
                var text = indent + padded.joined(separator: gap)
                // A wrapped row's later lines end where their text does.
                while line > 0, text.last == " " { text.removeLast() }
                return text
            }
        }
        var out = lines(header, tones: [])
        out.append(indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: gap))
        for (r, row) in cells.enumerated() { out += lines(row, tones: r < tones.count ? tones[r] : []) }
        return out
    }
}

// Plain-text tables aligned by display width, so Chinese names line up with Latin ones.

public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var header: String
        public var alignRight: Bool

        public init(_ header: String, alignRight: Bool = false) {
            self.header = header
            self.alignRight = alignRight
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(_ columns: [Column]) { self.columns = columns }

    /// Adds a row. Cells are user text on their way to a terminal: they are made inert when rendered.
    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table as lines, indented by two spaces. When it is wider than `maxWidth`, the widest
    /// left-aligned (text) column is shortened with an ellipsis, never below 8 columns.
    public func render(maxWidth: Int = 80) -> [String] {
        let gap = 2
        let indent = "  "
        let header = columns.map(\.header.inert)
        let rows = self.rows.map { $0.map(\.inert) }
        var widths = columns.indices.map { i in
            ([header[i]] + rows.map { i < $0.count ? $0[i] : "" }).map(DisplayWidth.of).max() ?? 0
        }
        func total() -> Int { indent.count + widths.reduce(0, +) + gap * max(0, widths.count - 1) }
        while total() > maxWidth {
            guard let widest = columns.indices.filter({ !columns[$0].alignRight && widths[$0] > 8 })
                .max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] = max(8, widths[widest] - (total() - maxWidth))
        }
        func line(_ cells: [String]) -> String {
            let padded = columns.indices.map { i -> String in
                let cell = DisplayWidth.truncate(i < cells.count ? cells[i] : "", to: widths[i])
                let isLast = i == columns.count - 1
                return isLast && !columns[i].alignRight ? cell : DisplayWidth.pad(cell, to: widths[i], alignRight: columns[i].alignRight)
            }
            return indent + padded.joined(separator: String(repeating: " ", count: gap))
        }
        var lines = [line(header)]
        lines.append(indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
        lines += rows.map(line)
        return lines
    }
}

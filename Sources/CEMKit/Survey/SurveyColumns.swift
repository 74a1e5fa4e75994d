// `cem import FILE --columns`: every column of an export with its number, header and the kind of values
// it holds, so that a column map can name columns by header or by `#N`. Read in the same single pass,
// with the same encoding detection, as an import; memory is bounded per column.

/// One column of a survey file as `--columns` lists it.
public struct SurveyColumn: Sendable, Equatable {
    /// 1-based, as `#N` in a column map.
    public var number: Int
    public var name: String
    public var numbers = 0
    public var texts = 0
    public var blanks = 0
    public var low: Double?
    public var high: Double?
    /// Up to `SurveyColumn.maximumExamples` different texts, in order of first appearance.
    public var examples: [String] = []
    /// The texts of this column in the header rows under the first (question text, sub-questions, import ids).
    public var subheaders: [String] = []

    static let maximumExamples = 3
    static let maximumExampleLength = 40

    /// What the column holds: `number`, `text`, `mixed` (numbers and text) or `empty`.
    public var kind: String {
        switch (numbers > 0, texts > 0) {
        case (true, true): return "mixed"
        case (true, false): return "number"
        case (false, true): return "text"
        case (false, false): return "empty"
        }
    }
}

/// Counts numbers, texts and blanks per column.
struct ColumnSink: CSVSink {
    enum Held { case missing, value(Double), text(String) }
    let decimalComma: Bool
    var checkUTF8 = true
    var header: [String] = []
    var columns: [SurveyColumn] = []
    var ready = false
    var rows = 0
    /// The first rows under the header, held until later rows show whether they are header rows (text
    /// where the data has numbers, no number of their own), as in `SurveySink`.
    var held: [[Held]] = []
    var current: [Held] = []
    var decided = false
    public internal(set) var extraHeaderRows = 0

    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, column: Int, line: Int) throws(SurveyError) {
        if checkUTF8, !SurveySink.isUTF8(bytes) { throw .notUTF8(line: line, column: column + 1) }
        guard ready else {
            guard column < SurveyLimits.maximumColumns else { throw .refused(.tooManyColumns(limit: SurveyLimits.maximumColumns)) }
            if column == 0 { header.removeAll() }
            header.append(Input.normalize(String(decoding: bytes.prefix(4 * SurveyLimits.maximumSuggestedName), as: UTF8.self)))
            return
        }
        guard column < columns.count else { return }
        let cell: Held
        switch SurveySink.number(bytes, decimalComma: decimalComma) {
        case .missing: cell = .missing
        case .value(let v): cell = .value(v)
        case .invalid:
            cell = .text(String(Input.normalize(String(decoding: SurveySink.trimmed(bytes), as: UTF8.self))
                .prefix(4 * SurveyLimits.maximumSuggestedName)))
        }
        if !decided {
            if column == 0 { current.removeAll() }
            current.append(cell)
            return
        }
        add(cell, column: column)
    }

    private mutating func add(_ cell: Held, column: Int) {
        switch cell {
        case .text(let text): addText(text, column: column)
        case .missing: columns[column].blanks += 1
        case .value(let v):
            columns[column].numbers += 1
            columns[column].low = min(columns[column].low ?? v, v)
            columns[column].high = max(columns[column].high ?? v, v)
        }
    }

    private mutating func addText(_ text: String, column: Int) {
        let text = String(text.prefix(SurveyColumn.maximumExampleLength))
        columns[column].texts += 1
        if columns[column].examples.count < SurveyColumn.maximumExamples, !columns[column].examples.contains(text) {
            columns[column].examples.append(text)
        }
    }

    /// Decides which held rows were header rows, given the row that followed them (nil: none followed).
    mutating func decide(next: [Held]?) {
        decided = true
        let numeric = Set((next ?? []).indices.filter { if case .value = next![$0] { return true } else { return false } })
        var headerRows = 0
        for row in held {
            let hasNumber = row.contains { if case .value = $0 { return true } else { return false } }
            // Text where the data has numbers (blanks allowed: SurveyMonkey leaves metadata blank in its second row).
            let texts = numeric.filter { if case .text = row[$0] { return true } else { return false } }.count
            let textAtNumbers = !numeric.isEmpty && texts >= min(2, numeric.count)
            if headerRows == extraHeaderRows, !hasNumber, textAtNumbers, next != nil {
                headerRows += 1
                extraHeaderRows += 1
                for (column, cell) in row.enumerated() {
                    if case .text(let text) = cell { columns[column].subheaders.append(text) }
                }
                continue
            }
            for (column, cell) in row.enumerated() { add(cell, column: column) }
        }
        rows -= headerRows
        held = []
        if let next { for (column, cell) in next.enumerated() { add(cell, column: column) } }
    }

    mutating func finishColumns() {
        if !decided { decide(next: nil) }
    }

    mutating func endRow(fields: Int, line: Int) throws(SurveyError) {
        guard ready else {
            columns = header.enumerated().map { SurveyColumn(number: $0.offset + 1, name: $0.element) }
            ready = true
            return
        }
        if fields != columns.count { throw .raggedRow(line: line, fields: fields, expected: columns.count) }
        rows += 1
        if !decided {
            if held.count < SurveySink.maximumExtraHeaderRows {
                held.append(current)
            } else {
                decide(next: current)
            }
        }
    }
}

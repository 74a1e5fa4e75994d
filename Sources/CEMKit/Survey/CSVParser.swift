// A streaming RFC 4180 CSV parser over chunks of bytes. It never holds the file: each chunk is scanned
// once and every field is handed to a sink as a pointer into the chunk (or, when a field is quoted or
// crosses a chunk boundary, into a small carry buffer). Memory does not grow with the number of rows.
//
// Accepted: quoted fields with the delimiter, doubled quotes and line breaks inside; CRLF, LF or a lone
// CR as line ends, also when a CRLF is split across two chunks; a UTF-8 byte-order mark; a last line with
// or without a line end; any one-byte delimiter (`,` `;` tab). Lenient where RFC 4180 is silent: a quote
// inside an unquoted field, and text after a closing quote, are kept as literal text. Empty lines are
// skipped.

/// Receives the fields of a CSV file, row by row. A row begins with its field at column 0; an empty
/// line delivers that one empty field and no `endRow`, so a sink resets its row state at column 0.
protocol CSVSink {
    /// One field: its bytes, its 0-based position in the row, and the line it starts on (1-based).
    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, column: Int, line: Int) throws(SurveyError)
    /// The end of a row of `fields` fields that started on `line`.
    mutating func endRow(fields: Int, line: Int) throws(SurveyError)
}

struct CSVParser {
    static let maximumFieldLength = 1 << 20

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    let delimiter: UInt8
    private var state = State.fieldStart
    private var carry: [UInt8] = []
    /// The previous chunk ended in CR: a LF at the start of the next one belongs to it.
    private var pendingCR = false
    private var atFileStart = true
    private var bomBytes = 0
    private var column = 0
    private var fieldQuoted = false
    private var lastFieldEmpty = false
    /// The line the current row starts on, the current field starts on, and the current line.
    private var rowLine = 1
    private var fieldLine = 1
    private(set) var line = 1
    private(set) var bytesRead = 0

    /// Between rows: no field begun, nothing carried, no line end half read. The survey reader's fast
    /// path (`SurveySink.fastRows`) reads whole lines itself only then.
    var atRowStart: Bool { state == .fieldStart && column == 0 && carry.isEmpty && !pendingCR && !atFileStart }

    /// Lines and bytes read by the fast path, so that line numbers and progress stay true.
    mutating func skipped(lines: Int, bytes: Int) {
        line += lines
        rowLine = line
        bytesRead += bytes
    }

    init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
        carry.reserveCapacity(256)
    }

    /// Parses one chunk; fields that continue past its end are completed by the next chunk.
    mutating func feed<S: CSVSink>(_ chunk: UnsafeBufferPointer<UInt8>, into sink: inout S) throws(SurveyError) {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        bytesRead += chunk.count
        var i = 0
        let end = chunk.count
        while atFileStart, i < end {
            // A UTF-8 byte-order mark, also when it is split across chunks.
            let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
            if base[i] == mark[bomBytes] {
                bomBytes += 1
                i += 1
                if bomBytes == 3 { atFileStart = false }
            } else {
                if bomBytes > 0 {
                    carry.append(contentsOf: mark[0..<bomBytes])
                    state = .unquoted
                }
                atFileStart = false
            }
        }
        if pendingCR, i < end {
            pendingCR = false
            if base[i] == 0x0A { i += 1 }
        }
        let delimiter = self.delimiter
        while i < end {
            switch state {
            case .fieldStart:
                if base[i] == 0x22 {
                    state = .quoted
                    fieldQuoted = true
                    fieldLine = line
                    i += 1
                    continue
                }
                fieldLine = line
                let start = i
                while i < end {
                    let c = base[i]
                    if c == delimiter || c == 0x0A || c == 0x0D { break }
                    i += 1
                }
                if i == end {
                    carry.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i - start))
                    state = .unquoted
                    break
                }
                lastFieldEmpty = i == start
                try sink.field(UnsafeBufferPointer(start: base + start, count: i - start), column: column, line: fieldLine)
                i = try terminate(base, i, end, &sink)
            case .unquoted:
                let start = i
                while i < end {
                    let c = base[i]
                    if c == delimiter || c == 0x0A || c == 0x0D { break }
                    i += 1
                }
                try append(base + start, i - start)
                if i == end { break }
                try emitCarry(&sink)
                i = try terminate(base, i, end, &sink)
            case .quoted:
                let start = i
                while i < end, base[i] != 0x22 {
                    if base[i] == 0x0A { line += 1 }
                    i += 1
                }
                try append(base + start, i - start)
                if i < end {
                    state = .quoteInQuoted
                    i += 1
                }
            case .quoteInQuoted:
                let c = base[i]
                if c == 0x22 {
                    // A doubled quote inside a quoted field is one quote.
                    try append(base + i, 1)
                    state = .quoted
                    i += 1
                } else if c == delimiter || c == 0x0A || c == 0x0D {
                    try emitCarry(&sink)
                    i = try terminate(base, i, end, &sink)
                } else {
                    // Text after the closing quote: kept as it is.
                    state = .unquoted
                }
            }
        }
    }

    /// The end of the input: completes the last field and row, or reports an unterminated quote.
    mutating func finish<S: CSVSink>(into sink: inout S) throws(SurveyError) {
        switch state {
        case .quoted:
            throw .unterminatedQuote(line: fieldLine, column: column + 1)
        case .unquoted, .quoteInQuoted:
            try emitCarry(&sink)
            try endRow(&sink)
        case .fieldStart:
            // A row that ended in a delimiter still has its last, empty field.
            if column > 0 {
                try sink.field(UnsafeBufferPointer(start: nil, count: 0), column: column, line: line)
                try endRow(&sink)
            }
        }
    }

    private mutating func append(_ start: UnsafePointer<UInt8>, _ count: Int) throws(SurveyError) {
        guard count > 0 else { return }
        if carry.count + count > CSVParser.maximumFieldLength {
            throw .fieldTooLong(line: fieldLine, column: column + 1, limit: CSVParser.maximumFieldLength)
        }
        carry.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
    }

    private mutating func emitCarry<S: CSVSink>(_ sink: inout S) throws(SurveyError) {
        let column = self.column, line = fieldLine
        lastFieldEmpty = carry.isEmpty
        try carry.withUnsafeBufferPointer { (bytes) throws(SurveyError) in
            try sink.field(bytes, column: column, line: line)
        }
        carry.removeAll(keepingCapacity: true)
    }

    /// Handles the delimiter or line end at `i` after a field was emitted; returns the next index.
    private mutating func terminate<S: CSVSink>(_ base: UnsafePointer<UInt8>, _ i: Int, _ end: Int, _ sink: inout S) throws(SurveyError) -> Int {
        let c = base[i]
        state = .fieldStart
        if c == delimiter {
            column += 1
            fieldQuoted = false
            return i + 1
        }
        try endRow(&sink)
        line += 1
        rowLine = line
        if c == 0x0D {
            if i + 1 < end {
                return base[i + 1] == 0x0A ? i + 2 : i + 1
            }
            pendingCR = true
        }
        return i + 1
    }

    private mutating func endRow<S: CSVSink>(_ sink: inout S) throws(SurveyError) {
        // An empty line is no row. (A line holding only `""` is a row with one empty field.)
        let empty = column == 0 && !fieldQuoted && lastFieldEmpty
        if !empty { try sink.endRow(fields: column + 1, line: rowLine) }
        column = 0
        fieldQuoted = false
    }
}

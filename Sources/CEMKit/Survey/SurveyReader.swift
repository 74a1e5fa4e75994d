// Reading a survey export chunk by chunk into sums: n, mean, sd per column, per segment, and the
// cross-products derived importance needs. Numbers are parsed straight from the bytes (`7`, `6.5`,
// ` 7 `, `-1`); anything else (`７`, `６．５`, `+7`, long digit strings) goes through `Input.number`.
// No String is made for a plain cell, and nothing is kept per row: memory is flat in the file's size.

/// Feeds a survey file in chunks of any size and sums it.
public struct SurveyReader {
    private var parser: CSVParser
    private var sink: SurveySink
    private let requested: SurveyEncoding?
    /// The first bytes, until there are enough to look for a byte-order mark.
    private var head: [UInt8] = []
    private var detected: DetectedEncoding?
    private var transcoder: SurveyTranscoder?
    /// `--columns`: the file is listed column by column instead of summed.
    private var columnSink: ColumnSink?

    public init(workbook: Workbook?, options: SurveyOptions = SurveyOptions()) {
        parser = CSVParser(delimiter: options.delimiter)
        sink = SurveySink(workbook: workbook, options: options)
        requested = options.encoding
    }

    /// A reader of a later byte range of a file: fed the header line, then the range (see `SurveyParallel`).
    init(continuing workbook: Workbook?, options: SurveyOptions) {
        self.init(workbook: workbook, options: options)
        sink.continuation = true
    }

    /// Whether whole lines of plain numbers take the fast path (`SurveySink.fastRows`); tests compare it with
    /// the general parser alone.
    var usesFastPath: Bool {
        get { !sink.fastOff }
        set { sink.fastOff = !newValue }
    }

    /// Lines read by the fast path.
    var fastLines: Int { sink.fastLines }

    /// Lines begun so far (1 before any byte; the header is line 1).
    var line: Int { parser.line }

    /// A reader that lists the columns of the file (`--columns`) instead of summing it.
    public init(listingColumns options: SurveyOptions) {
        self.init(workbook: nil, options: options)
        columnSink = ColumnSink(decimalComma: options.delimiter != UInt8(ascii: ","))
    }

    /// The end of the file when listing columns: each column with what it holds, and the data rows.
    public mutating func finishColumns() throws(SurveyError)
        -> (columns: [SurveyColumn], rows: Int, extraHeaderRows: Int, encoding: DetectedEncoding) {
        if detected == nil { try start() }
        if transcoder != nil { try pass(UnsafeBufferPointer(start: nil, count: 0), final: true) }
        guard columnSink != nil else { return ([], 0, 0, detected ?? .utf8(byteOrderMark: false)) }
        try parser.finish(into: &columnSink!)
        columnSink!.finishColumns()
        guard let sink = columnSink, sink.ready else { throw .emptyFile }
        return (sink.columns, sink.rows, sink.extraHeaderRows, detected ?? .utf8(byteOrderMark: false))
    }

    /// Data rows read so far, and bytes.
    public var rows: Int { sink.rows }
    public var bytesRead: Int { parser.bytesRead }

    public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) throws(SurveyError) {
        if detected == nil {
            head.append(contentsOf: chunk)
            if head.count >= 4 { try start() }
            return
        }
        try pass(chunk, final: false)
    }

    /// Decides the encoding from the first bytes and feeds them.
    private mutating func start() throws(SurveyError) {
        let (encoding, drop) = DetectedEncoding.detect(head, requested: requested)
        detected = encoding
        sink.encoding = encoding
        if encoding.iconvName != nil {
            guard let transcoder = SurveyTranscoder(encoding) else { throw .badEncoding(encoding: encoding.name, offset: 0) }
            self.transcoder = transcoder
        }
        sink.checkUTF8 = transcoder == nil
        columnSink?.checkUTF8 = transcoder == nil
        let bytes = Array(head.dropFirst(drop))
        head = []
        try bytes.withUnsafeBufferPointer { (chunk) throws(SurveyError) in try pass(chunk, final: false) }
    }

    private mutating func pass(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool) throws(SurveyError) {
        if transcoder != nil {
            let converted = try transcoder!.convert(chunk, final: final)
            try converted.withUnsafeBufferPointer { (utf8) throws(SurveyError) in try feedParser(utf8) }
        } else {
            try feedParser(chunk)
        }
    }

    private mutating func feedParser(_ chunk: UnsafeBufferPointer<UInt8>) throws(SurveyError) {
        if columnSink != nil { return try parser.feed(chunk, into: &columnSink!) }
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        // Whole lines go to the fast path whenever it can take them (`SurveySink.fastRows`); the header, the
        // rest of a row begun in the previous chunk and the last, unfinished line go to the general parser.
        var end = chunk.count
        while end > 0, base[end - 1] != 0x0A { end -= 1 }
        var i = 0
        while i < end {
            if sink.canReadFast, parser.atRowStart {
                i += try sink.fastRows(base + i, end - i, parser: &parser)
                continue
            }
            if sink.ready, !sink.canReadFast {
                // The fast path is off (or the delimiter could be part of a number): the rest in one call.
                return try parser.feed(UnsafeBufferPointer(start: base + i, count: chunk.count - i), into: &sink)
            }
            var lineEnd = i
            while base[lineEnd] != 0x0A { lineEnd += 1 }
            try parser.feed(UnsafeBufferPointer(start: base + i, count: lineEnd + 1 - i), into: &sink)
            i = lineEnd + 1
        }
        if end < chunk.count {
            try parser.feed(UnsafeBufferPointer(start: base + end, count: chunk.count - end), into: &sink)
        }
    }

    public mutating func feed(_ bytes: [UInt8]) throws(SurveyError) {
        try bytes.withUnsafeBufferPointer { (chunk) throws(SurveyError) in try feed(chunk) }
    }

    /// The end of the file: the summary, or why the file cannot be used.
    public mutating func finish() throws(SurveyError) -> SurveySummary {
        return try finishMoments().summary(workbook: sink.workbook, options: sink.options)
    }

    /// The end of the file: its sums, before any scale is fitted (`SurveyMoments.summary` does that).
    public mutating func finishMoments() throws(SurveyError) -> SurveyMoments {
        if detected == nil { try start() }
        if transcoder != nil { try pass(UnsafeBufferPointer(start: nil, count: 0), final: true) }
        try parser.finish(into: &sink)
        return try sink.sums()
    }
}

// Reading a survey export chunk by chunk into sums: n, mean, sd per column, per segment, and the
// cross-products derived importance needs. Numbers are parsed straight from the bytes (`7`, `6.5`,
// ` 7 `, `-1`); anything else (`７`, `６．５`, `+7`, long digit strings) goes through `Input.number`.
// No String is made for a plain cell, and nothing is kept per row: memory is flat in the file's size.

/// Everything a survey file says, summed.
public struct SurveySummary: Sendable {
    public var columns: [String]
    public var slots: [SurveySlot]
    /// Per slot, over the respondents used.
    public var moments: [Moments]
    /// Data rows read, and the respondents used (those matching `--where`).
    public var rows: Int
    public var respondents: Int
    /// Cells left out with `--on-error skip`, per column, in column order.
    public var skipped: [(column: String, count: Int)]
    /// Per value of the `--by` column, in order of first appearance.
    public var segments: [(value: String, respondents: Int, moments: [Moments])]
    /// Derived importance's input; nil when there is no `overall` or no experience column.
    public var drivers: DriverSums?

    /// The statistics of a factor's measure, nil when the file has no such column.
    public func stat(factor: String, measure: ScoreField) -> SurveyStat? {
        slots.firstIndex { $0.factor == factor && $0.measure == measure }.map { moments[$0].stat(within: slots[$0].scale) }
    }

    public var overall: SurveyStat? {
        slots.firstIndex { $0.factor == nil }.map { moments[$0].stat(within: slots[$0].scale) }
    }
}

/// Listwise sums over the respondents who answered the experience of every factor and `overall`.
public struct DriverSums: Sendable, Equatable {
    /// Factor ids of the experience variables, in column order; `overall` is the last variable.
    public var factors: [String]
    public var n = 0
    var shift: [Double]
    var sum: [Double]
    /// Σ dᵢ·dⱼ, row-major, m × m with m = factors.count + 1.
    var products: [Double]

    init(factors: [String]) {
        self.factors = factors
        let m = factors.count + 1
        shift = Array(repeating: 0, count: m)
        sum = Array(repeating: 0, count: m)
        products = Array(repeating: 0, count: m * m)
    }

    /// The covariance matrix (m × m, row-major), nil below two respondents.
    public var covariance: [Double]? {
        guard n > 1 else { return nil }
        let m = sum.count, count = Double(n)
        var c = Array(repeating: 0.0, count: m * m)
        for i in 0..<m {
            for j in 0..<m { c[i * m + j] = (products[i * m + j] - sum[i] * sum[j] / count) / (count - 1) }
        }
        return c
    }
}

/// Feeds a survey file in chunks of any size and sums it.
public struct SurveyReader {
    private var parser: CSVParser
    private var sink: SurveySink

    public init(workbook: Workbook?, options: SurveyOptions = SurveyOptions()) {
        parser = CSVParser(delimiter: options.delimiter)
        sink = SurveySink(workbook: workbook, options: options)
    }

    /// Data rows read so far, and bytes.
    public var rows: Int { sink.rows }
    public var bytesRead: Int { parser.bytesRead }

    public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) throws(SurveyError) {
        try parser.feed(chunk, into: &sink)
    }

    public mutating func feed(_ bytes: [UInt8]) throws(SurveyError) {
        try bytes.withUnsafeBufferPointer { (chunk) throws(SurveyError) in try feed(chunk) }
    }

    /// The end of the file: the summary, or why the file cannot be used.
    public mutating func finish() throws(SurveyError) -> SurveySummary {
        try parser.finish(into: &sink)
        return try sink.summary()
    }
}

struct SurveySink: CSVSink {
    let workbook: Workbook?
    let options: SurveyOptions
    var layout: SurveyLayout?
    var header: [String] = []

    // Per column: the slot it feeds (-1: none), and the scale bounds of that slot.
    var slotOfColumn: [Int] = []
    var low: [Double] = []
    var high: [Double] = []
    var columnCount = 0
    var filterColumn = -1
    var segmentColumn = -1
    var filterValue: [UInt8] = []

    // The current row.
    var values: [Double] = []
    var matches = true
    var segmentKey: [UInt8] = []
    var badColumns: [Int] = []
    var firstBad: SurveyError?

    // Totals.
    var rows = 0
    var respondents = 0
    var moments: [Moments] = []
    var skipped: [Int] = []
    var segmentKeys: [[UInt8]] = []
    var segmentCounts: [Int] = []
    var segmentMoments: [Moments] = []
    var lastSegment = -1
    var drivers: DriverSums?
    var driverSlots: [Int] = []
    var driverValues: [Double] = []

    static let maximumSegments = 1000

    init(workbook: Workbook?, options: SurveyOptions) {
        self.workbook = workbook
        self.options = options
    }

    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, column: Int, line: Int) throws(SurveyError) {
        guard layout != nil else {
            if column == 0 { header.removeAll() }
            header.append(Input.normalize(String(decoding: bytes, as: UTF8.self)))
            return
        }
        if column == 0 { startRow() }
        guard column < columnCount else { return }
        let slot = slotOfColumn[column]
        if slot >= 0 {
            switch SurveySink.number(bytes) {
            case .missing: break
            case .value(let v):
                if v >= low[column] && v <= high[column] {
                    values[slot] = v
                } else {
                    let error: SurveyError? = reportBad ? .outOfScale(line: line, column: column + 1, name: header[column], value: v,
                                                                       scale: layout!.slots[slot].scale ?? .standard) : nil
                    bad(column, error)
                }
            case .invalid:
                let error: SurveyError? = reportBad ? .notANumber(line: line, column: column + 1, name: header[column],
                                                                   text: String(decoding: bytes, as: UTF8.self)) : nil
                bad(column, error)
            }
        }
        if column == filterColumn { matches = SurveySink.trimmed(bytes).elementsEqual(filterValue) }
        if column == segmentColumn {
            segmentKey.removeAll(keepingCapacity: true)
            segmentKey.append(contentsOf: SurveySink.trimmed(bytes))
        }
    }

    mutating func endRow(fields: Int, line: Int) throws(SurveyError) {
        guard layout != nil else {
            layout = try SurveyLayout(names: header, workbook: workbook, options: options)
            configure(layout!)
            return
        }
        if fields != columnCount { throw .raggedRow(line: line, fields: fields, expected: columnCount) }
        rows += 1
        guard matches else { return }
        if !badColumns.isEmpty {
            if let firstBad, options.onError == .fail { throw firstBad }
            for column in badColumns { skipped[column] += 1 }
        }
        respondents += 1
        let count = values.count
        for s in 0..<count {
            let v = values[s]
            if v == v { moments[s].add(v) }
        }
        if segmentColumn >= 0 {
            let index = try segment()
            segmentCounts[index] += 1
            let base = index * count
            for s in 0..<count {
                let v = values[s]
                if v == v { segmentMoments[base + s].add(v) }
            }
        }
        if drivers != nil { addDrivers() }
    }

    private mutating func startRow() {
        for s in values.indices { values[s] = .nan }
        if filterColumn >= 0 { matches = false }
        if !badColumns.isEmpty {
            badColumns.removeAll(keepingCapacity: true)
            firstBad = nil
        }
    }

    /// Whether a bad cell should be kept for the message: only the first of a row, only with `fail`.
    private var reportBad: Bool { firstBad == nil && options.onError == .fail }

    private mutating func bad(_ column: Int, _ error: SurveyError?) {
        if let error { firstBad = error }
        badColumns.append(column)
    }

    private mutating func configure(_ layout: SurveyLayout) {
        columnCount = layout.names.count
        slotOfColumn = Array(repeating: -1, count: columnCount)
        low = Array(repeating: -.infinity, count: columnCount)
        high = Array(repeating: .infinity, count: columnCount)
        for (s, slot) in layout.slots.enumerated() {
            slotOfColumn[slot.column] = s
            if let scale = slot.scale {
                low[slot.column] = scale.min
                high[slot.column] = scale.max
            }
        }
        filterColumn = layout.filterColumn ?? -1
        segmentColumn = layout.segmentColumn ?? -1
        filterValue = Array((options.filter?.value ?? "").trimmingWhitespace.utf8)
        values = Array(repeating: .nan, count: layout.slots.count)
        moments = Array(repeating: Moments(), count: layout.slots.count)
        skipped = Array(repeating: 0, count: columnCount)
        driverSlots = layout.driverSlots
        if !driverSlots.isEmpty {
            drivers = DriverSums(factors: driverSlots.dropLast().map { layout.slots[$0].factor ?? "" })
            driverValues = Array(repeating: 0, count: driverSlots.count)
        }
    }

    private mutating func segment() throws(SurveyError) -> Int {
        if lastSegment >= 0, segmentKeys[lastSegment] == segmentKey { return lastSegment }
        if let index = segmentKeys.firstIndex(of: segmentKey) {
            lastSegment = index
            return index
        }
        guard segmentKeys.count < SurveySink.maximumSegments else {
            throw .tooManySegments(column: header[segmentColumn], limit: SurveySink.maximumSegments)
        }
        segmentKeys.append(segmentKey)
        segmentCounts.append(0)
        segmentMoments.append(contentsOf: Array(repeating: Moments(), count: values.count))
        lastSegment = segmentKeys.count - 1
        return lastSegment
    }

    private mutating func addDrivers() {
        let m = driverSlots.count
        for (k, slot) in driverSlots.enumerated() {
            let v = values[slot]
            if v != v { return }
            driverValues[k] = v
        }
        if drivers!.n == 0 { drivers!.shift = driverValues }
        drivers!.n += 1
        for i in 0..<m {
            let di = driverValues[i] - drivers!.shift[i]
            drivers!.sum[i] += di
            for j in i..<m {
                let p = di * (driverValues[j] - drivers!.shift[j])
                drivers!.products[i * m + j] += p
                if j != i { drivers!.products[j * m + i] += p }
            }
        }
    }

    func summary() throws(SurveyError) -> SurveySummary {
        guard let layout else { throw header.isEmpty ? .emptyFile : .noRespondents }
        if respondents == 0 {
            if rows > 0, let filter = options.filter { throw .noMatch(column: filter.column, value: filter.value) }
            throw .noRespondents
        }
        let count = layout.slots.count
        return SurveySummary(
            columns: layout.names, slots: layout.slots, moments: moments, rows: rows, respondents: respondents,
            skipped: skipped.enumerated().filter { $0.element > 0 }.map { (layout.names[$0.offset], $0.element) },
            segments: segmentKeys.indices.map { i in
                (String(decoding: segmentKeys[i], as: UTF8.self), segmentCounts[i],
                 Array(segmentMoments[(i * count)..<((i + 1) * count)]))
            },
            drivers: drivers)
    }

    // MARK: Cells

    enum Cell { case missing, value(Double), invalid }

    static let powersOfTen: [Double] = (0...15).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }

    /// A cell as a number: the fast path reads `[-]digits[.digits]` (at most 15 digits) straight from
    /// the bytes, exactly (an integer below 2⁵³ divided by an exact power of ten rounds once).
    @inline(__always)
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Cell {
        var i = 0, end = bytes.count
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if i == end { return .missing }
        var negative = false
        if bytes[i] == 0x2D {
            negative = true
            i += 1
        }
        var mantissa: UInt64 = 0, digits = 0, decimals = 0, dot = false
        while i < end {
            let c = bytes[i]
            let d = c &- 0x30
            if d < 10 {
                mantissa = mantissa &* 10 &+ UInt64(d)
                digits += 1
                if dot { decimals += 1 }
            } else if c == 0x2E, !dot {
                dot = true
            } else {
                return slowNumber(bytes)
            }
            i += 1
        }
        if digits == 0 || digits > 15 { return slowNumber(bytes) }
        let value = Double(mantissa) / powersOfTen[decimals]
        return .value(negative ? -value : value)
    }

    static func slowNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Cell {
        let text = String(decoding: bytes, as: UTF8.self)
        if Input.normalize(text).isEmpty { return .missing }
        return Input.number(text).map(Cell.value) ?? .invalid
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var i = 0, end = bytes.count
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return bytes[i..<end]
    }
}

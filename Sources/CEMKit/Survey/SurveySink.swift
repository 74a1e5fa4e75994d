// The survey reader's sink: each field of a row taken as it comes (the header's names, then score cells,
// `--where`/`--by`/`--weight` cells), and each row's end turned into sums. Its other parts: SurveySinkRows
// (cells off the hot path), SurveySinkAnswers (the answers' sums), SurveyFastRows, SurveySinkEnd.

struct SurveySink: CSVSink {
    let workbook: Workbook?
    let options: SurveyOptions
    var layout: SurveyLayout?
    var ready = false
    var scratch: SurveyScratch?
    // The scratch buffers again, as plain pointers: the hot loop then never retains the class.
    var slotOfColumn: UnsafeMutablePointer<Int>?
    /// Per column, for the fast path: the slot it feeds, −1 (read by no one) or −2 (a `--where`/`--by`/`--weight` cell);
    /// −3 just past the last column.
    var role: UnsafeMutablePointer<Int>?
    /// Lines read by the fast path and handed from it to the general parser, and whether it is off.
    var fastLines = 0
    var slowLines = 0
    var fastOff = false
    /// The row being ended was read by the fast path and every answer in it is whole and not −0 (`SurveyTally`).
    var rowWhole = false
    var low: UnsafeMutablePointer<Double>?
    var high: UnsafeMutablePointer<Double>?
    var values: UnsafeMutablePointer<Double>?
    var moments: UnsafeMutablePointer<Moments>?
    var seenLow: UnsafeMutablePointer<Double>?
    var seenHigh: UnsafeMutablePointer<Double>?
    var fractional: UnsafeMutablePointer<Bool>?
    var slotCount = 0
    var hasDrivers = false
    var header: [String] = []
    var headerBytes = 0
    var encoding: DetectedEncoding = .utf8(byteOrderMark: false)
    /// Text read as it is must be UTF-8: the header, `--where`/`--by` cells and cells that are not numbers.
    var checkUTF8 = true
    var notUTF8: SurveyError?

    var columnCount = 0
    /// Per column: whether a `--where` condition or `--by` reads it.
    var keyColumn: [Bool] = []
    var filterColumns: [Int] = []
    var segmentColumn = -1
    var filterValues: [[UInt8]] = []
    let failOnError: Bool
    let decimalComma: Bool
    /// Answer labels read as numbers (the map's, the leading-number form, the built-in sets).
    let labels: SurveyLabels

    // The current row.
    var matches = true
    var conditionsMet = 0
    var segmentKey: [UInt8] = []
    var badColumns: [Int] = []
    var firstBad: SurveyError?

    // Totals.
    var rows = 0
    var respondents = 0
    var unusableRows = 0
    var extraHeaderRows = 0
    /// Rows that may be more header rows, until a row of data (or anything else) decides.
    var heldRows = 0
    /// A later byte range of the file (`SurveyParallel`): its first rows are data, never more header rows.
    var continuation = false
    /// Of those, the rows matching `--where`: they count as unusable if they were not header rows.
    var heldUnusable = 0
    var heldBad: SurveyError?
    var heldSkipped: [Int] = []
    /// The current row has a number outside the scale (a data row, never a header row).
    var badNumber = false
    var skipped: [Int] = []
    var segmentKeys: [[UInt8]] = []
    var segmentCounts: [Int] = []
    var segmentMoments: [Moments] = []
    var lastSegment = -1
    /// Paired satisfaction: per factor with both columns, experience − expectation of each respondent who answered both.
    var pairExperience: [Int] = []
    var pairExpectation: [Int] = []
    var pairMoments: [Moments] = []
    /// `--weight`: its column (-1: none), this row's weight (NaN until read) and its cell's text when unusable.
    var weightColumn = -1
    var weight = Double.nan
    var weightText: String?
    /// Rows left out for an unusable weight (`--on-error skip`).
    var weightSkipped = 0
    /// `--top-box`: per candidate top of the scale, the lowest answer in the top box; the experience slots;
    /// and Σw of the answers at or above each, for all respondents and per segment (slot-major, then top).
    var topThresholds: [Double] = []
    var topSlots: [Int] = []
    var topAll: [Double] = []
    var topSegments: [Double] = []

    static let maximumSegments = 1000
    /// Rows of text under the header taken as more header rows: Qualtrics writes two.
    static let maximumExtraHeaderRows = 2

    init(workbook: Workbook?, options: SurveyOptions) {
        self.workbook = workbook
        self.options = options
        failOnError = options.onError == .fail
        decimalComma = options.delimiter != UInt8(ascii: ",")
        labels = SurveyLabels(own: options.map?.labels ?? [:])
    }

    @inline(__always)
    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, column: Int, line: Int) throws(SurveyError) {
        guard ready else { return try headerField(bytes, column: column) }
        if column == 0 { startRow() }
        guard column < columnCount else { return }
        let slot = slotOfColumn![column]
        if slot >= 0 {
            // The hot path: a plain number inside the scale. Everything else goes to `cell`, out of line.
            let (v, status) = SurveySink.plainNumber(bytes)
            if status == 0, v >= low![column], v <= high![column] {
                values![slot] = v
            } else if status != 1 {
                cell(bytes, column: column, slot: slot, line: line)
            }
        }
        if keyColumn[column] {
            if checkUTF8, !SurveySink.isUTF8(bytes) { throw .notUTF8(line: line, column: column + 1) }
            keyField(bytes, column: column)
        }
    }

    /// One name of the header; the header is bounded in columns and bytes, so its width cannot exhaust memory.
    @inline(never)
    private mutating func headerField(_ bytes: UnsafeBufferPointer<UInt8>, column: Int) throws(SurveyError) {
        if column == 0 {
            header.removeAll()
            headerBytes = 0
        }
        guard column < SurveyLimits.maximumColumns else { throw .refused(.tooManyColumns(limit: SurveyLimits.maximumColumns)) }
        headerBytes += bytes.count
        guard headerBytes <= SurveyLimits.maximumHeaderBytes else {
            throw .refused(.headerTooLong(limit: SurveyLimits.maximumHeaderBytes))
        }
        if checkUTF8, !SurveySink.isUTF8(bytes) { throw .notUTF8(line: 1, column: column + 1) }
        header.append(Input.normalize(String(decoding: bytes, as: UTF8.self)))
    }

    mutating func endRow(fields: Int, line: Int) throws(SurveyError) {
        guard ready else {
            let layout = try SurveyLayout(names: header, workbook: workbook, options: options)
            configure(layout)
            return
        }
        if let notUTF8 { throw notUTF8 }
        if fields != columnCount { throw .raggedRow(line: line, fields: fields, expected: columnCount) }
        rows += 1
        let count = slotCount, values = self.values!
        // A row without one usable score (`,,,`, a second header row skipped cell by cell) is no respondent.
        var usable = false
        for s in 0..<count where values[s] == values[s] {
            usable = true
            break
        }
        // Rows of text in the score columns right under the header (Qualtrics' question text and import ids,
        // SurveyMonkey's sub-questions) are held, whether or not they match `--where`; the first row of data
        // shows they were header rows.
        if !continuation, !usable, !badNumber, respondents == 0, unusableRows == 0, heldRows < SurveySink.maximumExtraHeaderRows,
           !badColumns.isEmpty, badColumns.count >= min(2, slotCount) {
            if matches {
                if heldBad == nil { heldBad = firstBad }
                heldSkipped += badColumns
                heldUnusable += 1
            }
            heldRows += 1
            return
        }
        guard matches else { return }
        if usable, heldRows > 0 {
            extraHeaderRows = heldRows
            rows -= heldRows
            heldRows = 0
            heldUnusable = 0
            heldSkipped = []
            heldBad = nil
        } else if heldRows > 0 {
            try releaseHeld()
        }
        if weightColumn >= 0, usable, weight != weight {
            // A respondent without a usable weight: refused, or left out and counted.
            if failOnError {
                throw .badWeight(line: line, column: weightColumn + 1, name: header[weightColumn], text: weightText ?? "")
            }
            weightSkipped += 1
            return
        }
        if !badColumns.isEmpty {
            if let firstBad, failOnError { throw firstBad }
            for column in badColumns { skipped[column] += 1 }
        }
        guard usable else {
            unusableRows += 1
            return
        }
        respondents += 1
        let weighted = weightColumn >= 0, w = weight
        addAnswers(weighted: weighted, weight: w)
        if !pairMoments.isEmpty {
            // One uniqueness check per row, not one per pair.
            pairMoments.withUnsafeMutableBufferPointer { pairs in
                for p in pairs.indices {
                    let e = values[pairExperience[p]], x = values[pairExpectation[p]]
                    if e == e && x == x {
                        if weighted { pairs[p].add(e - x, weight: w) } else { pairs[p].add(e - x) }
                    }
                }
            }
        }
        if segmentColumn >= 0 {
            let index = try segment()
            segmentCounts[index] += 1
            let base = index * count
            segmentMoments.withUnsafeMutableBufferPointer { segment in
                for s in 0..<count {
                    let v = values[s]
                    if v == v {
                        if weighted { segment[base + s].add(v, weight: w) } else { segment[base + s].add(v) }
                    }
                }
            }
        }
        if hasDrivers { scratch!.addDrivers(weight: weighted ? w : 1) }
        if !topSlots.isEmpty { countTopBox(segment: segmentColumn >= 0 ? lastSegment : -1, weight: weighted ? w : 1) }
    }

    @inline(__always)
    mutating func startRow() {
        values!.update(repeating: .nan, count: slotCount)
        if weightColumn >= 0 {
            weight = .nan
            weightText = nil
        }
        if !filterColumns.isEmpty {
            matches = false
            conditionsMet = 0
        }
        if !badColumns.isEmpty {
            badColumns.removeAll(keepingCapacity: true)
            firstBad = nil
            badNumber = false
        }
    }

    /// Whether a bad cell should be kept for the message: only the first of a row, only with `fail`.
    var reportBad: Bool { firstBad == nil && failOnError }

    mutating func bad(_ column: Int, _ error: SurveyError?) {
        if let error { firstBad = error }
        badColumns.append(column)
    }

    private mutating func configure(_ layout: SurveyLayout) {
        self.layout = layout
        let scratch = SurveyScratch(layout: layout, pairwise: options.missing == .pairwise)
        self.scratch = scratch
        slotOfColumn = scratch.slotOfColumn
        low = scratch.low
        high = scratch.high
        values = scratch.values
        moments = scratch.moments
        seenLow = scratch.seenLow
        seenHigh = scratch.seenHigh
        fractional = scratch.fractional
        slotCount = scratch.slots
        hasDrivers = scratch.drivers > 0
        ready = true
        columnCount = layout.names.count
        filterColumns = layout.filterColumns
        segmentColumn = layout.segmentColumn ?? -1
        keyColumn = Array(repeating: false, count: columnCount)
        weightColumn = layout.weightColumn ?? -1
        for column in filterColumns + [segmentColumn, weightColumn] where column >= 0 { keyColumn[column] = true }
        role = scratch.role
        for column in 0..<columnCount { role![column] = keyColumn[column] ? -2 : slotOfColumn![column] }
        filterValues = options.filters.map { Array($0.value.trimmingWhitespace.utf8) }
        skipped = Array(repeating: 0, count: columnCount)
        pairExperience = layout.pairs.map(\.experience)
        pairExpectation = layout.pairs.map(\.expectation)
        pairMoments = Array(repeating: Moments(), count: layout.pairs.count)
        if options.topBox > 0 {
            topSlots = layout.slots.indices.filter { layout.slots[$0].measure == .experience }
            let k = Double(options.topBox - 1)
            topThresholds = SurveySummary.topBoxTops(layout.slots.first { $0.measure == .experience }?.scale).map { $0 - k }
            topAll = Array(repeating: 0, count: topSlots.count * topThresholds.count)
        }
    }
}

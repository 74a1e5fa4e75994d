// The end of a survey sink's work: the index of a segment value, and the summary once every row is read.

extension SurveySink {
    mutating func segment() throws(SurveyError) -> Int {
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
        segmentMoments.append(contentsOf: Array(repeating: Moments(), count: scratch!.slots))
        lastSegment = segmentKeys.count - 1
        return lastSegment
    }

    /// The sums of every row read (see `SurveyMoments`); scales are not fitted yet.
    mutating func sums() throws(SurveyError) -> SurveyMoments {
        if heldRows > 0 { try releaseHeld() }
        guard let layout, let scratch else { throw header.joined().isEmpty ? .emptyFile : .noRespondents }
        let count = layout.slots.count
        scratch.foldTallies()
        var sums = SurveyMoments(columns: layout.names, slots: layout.slots)
        sums.all = Array(UnsafeBufferPointer(start: scratch.moments, count: count))
        sums.rows = rows
        sums.respondents = respondents
        sums.unusableRows = unusableRows
        sums.weightSkipped = weightSkipped
        sums.skipped = skipped
        sums.encoding = encoding
        sums.extraHeaderRows = extraHeaderRows
        sums.segmentColumn = segmentColumn >= 0 ? header[segmentColumn] : nil
        sums.drivers = scratch.drivers > 0
            ? scratch.driverSums(factors: layout.driverSlots.dropLast().map { layout.slots[$0].factor ?? "" }) : nil
        let per = topSlots.count * topThresholds.count
        let padded = topSegments + Array(repeating: 0, count: max(0, segmentKeys.count * per - topSegments.count))
        sums.segments = segmentKeys.indices.map { i in
            (String(decoding: segmentKeys[i], as: UTF8.self), segmentCounts[i], Array(segmentMoments[(i * count)..<((i + 1) * count)]),
             options.topBox > 0 ? Array(padded[(i * per)..<((i + 1) * per)]) : [])
        }
        if options.topBox > 0 {
            sums.topBoxK = options.topBox
            sums.topThresholds = topThresholds
            sums.topSlots = topSlots
            sums.topBox = topAll
        }
        sums.weightColumn = layout.weightColumn.map { layout.names[$0] }
        sums.paired = zip(layout.pairs, pairMoments).map { ($0.factor, $1) }
        sums.observed = (0..<count).map { SurveyRange(low: scratch.seenLow[$0], high: scratch.seenHigh[$0], whole: !scratch.fractional[$0]) }
        return sums
    }
}

extension SurveyMoments {
    /// Every figure of the survey: the sums with the survey's scales fitted to `workbook` (checked,
    /// detected or rescaled), or why the file cannot be used.
    public func summary(workbook: Workbook?, options: SurveyOptions) throws(SurveyError) -> SurveySummary {
        if respondents == 0 {
            if weightSkipped > 0 { throw .noUsableRows(rows: unusableRows + weightSkipped, skippedCells: skipped.reduce(0, +)) }
            if unusableRows > 0 { throw .noUsableRows(rows: unusableRows, skippedCells: skipped.reduce(0, +)) }
            if rows > 0, options.filters.count == 1, let filter = options.filter {
                throw .noMatch(column: filter.column, value: filter.value)
            }
            if rows > 0, options.filters.count > 1 { throw .noMatchAll(options.filters.map { $0.column + " = " + $0.value }) }
            throw .noRespondents
        }
        var summary = SurveySummary(
            columns: columns, slots: slots, moments: all,
            rows: rows, respondents: respondents, unusableRows: unusableRows, encoding: encoding, extraHeaderRows: extraHeaderRows,
            skipped: skipped.enumerated().filter { $0.element > 0 }.map { (columns[$0.offset], $0.element) },
            segments: segments.map { ($0.value, $0.respondents, $0.moments) },
            drivers: drivers)
        if topBoxK > 0 {
            summary.topBox = (topBoxK, topThresholds.map { $0 + Double(topBoxK - 1) }, topSlots, topBox, segments.map(\.topBox))
        }
        summary.topBoxReadScale = slots.first { $0.measure == .experience }?.scale
        summary.weightColumn = weightColumn
        summary.weightSkipped = weightSkipped
        summary.paired = paired
        summary.observed = observed
        try summary.fitScales(to: workbook, options: options)
        return summary
    }
}

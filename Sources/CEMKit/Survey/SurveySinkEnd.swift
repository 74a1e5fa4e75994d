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

    mutating func summary() throws(SurveyError) -> SurveySummary {
        if heldRows > 0 { try releaseHeld() }
        guard let layout, let scratch else { throw header.joined().isEmpty ? .emptyFile : .noRespondents }
        if respondents == 0 {
            if weightSkipped > 0 { throw .noUsableRows(rows: unusableRows + weightSkipped, skippedCells: skipped.reduce(0, +)) }
            if unusableRows > 0 { throw .noUsableRows(rows: unusableRows, skippedCells: skipped.reduce(0, +)) }
            if rows > 0, options.filters.count == 1, let filter = options.filter {
                throw .noMatch(column: filter.column, value: filter.value)
            }
            if rows > 0, options.filters.count > 1 { throw .noMatchAll(options.filters.map { $0.column + " = " + $0.value }) }
            throw .noRespondents
        }
        let count = layout.slots.count
        let drivers = scratch.drivers > 0
            ? scratch.driverSums(factors: layout.driverSlots.dropLast().map { layout.slots[$0].factor ?? "" }) : nil
        var summary = SurveySummary(
            columns: layout.names, slots: layout.slots, moments: Array(UnsafeBufferPointer(start: scratch.moments, count: count)),
            rows: rows, respondents: respondents, unusableRows: unusableRows, encoding: encoding, extraHeaderRows: extraHeaderRows,
            skipped: skipped.enumerated().filter { $0.element > 0 }.map { (layout.names[$0.offset], $0.element) },
            segments: segmentKeys.indices.map { i in
                (String(decoding: segmentKeys[i], as: UTF8.self), segmentCounts[i],
                 Array(segmentMoments[(i * count)..<((i + 1) * count)]))
            },
            drivers: drivers)
        if options.topBox > 0 {
            let per = topSlots.count * topThresholds.count
            let padded = topSegments + Array(repeating: 0, count: max(0, segmentKeys.count * per - topSegments.count))
            summary.topBox = (options.topBox, topThresholds.map { $0 + Double(options.topBox - 1) }, topSlots, topAll,
                              segmentKeys.indices.map { Array(padded[($0 * per)..<(($0 + 1) * per)]) })
        }
        summary.topBoxReadScale = layout.slots.first { $0.measure == .experience }?.scale
        summary.weightColumn = layout.weightColumn.map { layout.names[$0] }
        summary.weightSkipped = weightSkipped
        summary.paired = zip(layout.pairs, pairMoments).map { ($0.factor, $1) }
        summary.observed = (0..<count).map { SurveyRange(low: scratch.seenLow[$0], high: scratch.seenHigh[$0], whole: !scratch.fractional[$0]) }
        try summary.fitScales(to: workbook, options: options)
        return summary
    }
}

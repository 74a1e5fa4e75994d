// Per-row work of the survey sink off its hot path: `--where`/`--by`/`--weight` cells, unusual cells,
// top-box counts, and held header rows released.

extension SurveySink {
    @inline(never)
    mutating func keyField(_ bytes: UnsafeBufferPointer<UInt8>, column: Int) {
        for (i, filterColumn) in filterColumns.enumerated() where filterColumn == column {
            if SurveySink.trimmed(bytes).elementsEqual(filterValues[i]) { conditionsMet += 1 }
        }
        // Every condition holds: `--where A=1 --where B=2` keeps only respondents with both.
        if !filterColumns.isEmpty { matches = conditionsMet == filterColumns.count }
        if column == segmentColumn {
            segmentKey.removeAll(keepingCapacity: true)
            segmentKey.append(contentsOf: SurveySink.trimmed(bytes))
        }
        if column == weightColumn {
            switch SurveySink.number(bytes, decimalComma: decimalComma) {
            case .value(let w) where w.isFinite && w >= 0:
                weight = w
                weightText = nil
            default:
                weight = .nan
                weightText = String(decoding: bytes, as: UTF8.self)
            }
        }
    }

    /// A cell off the fast path: full-width or otherwise unusual, out of scale, or not a number.
    @inline(never)
    mutating func cell(_ bytes: UnsafeBufferPointer<UInt8>, column: Int, slot: Int, line: Int) {
        switch SurveySink.number(bytes, decimalComma: decimalComma) {
        case .missing: break
        case .value(let v):
            if v.isFinite && v >= low![column] && v <= high![column] {
                values![slot] = v
            } else {
                badNumber = true
                let error: SurveyError? = reportBad ? .outOfScale(line: line, column: column + 1, name: header[column], value: v,
                                                                   scale: layout!.slots[slot].scale ?? .standard) : nil
                bad(column, error)
            }
        case .invalid:
            let scale = layout!.slots[slot].scale
            if let v = labels.value(String(decoding: bytes, as: UTF8.self), scale: scale) {
                if v >= low![column], v <= high![column] {
                    values![slot] = v
                } else {
                    badNumber = true
                    bad(column, reportBad ? .outOfScale(line: line, column: column + 1, name: header[column], value: v,
                                                        scale: scale ?? .standard) : nil)
                }
                return
            }
            if checkUTF8, notUTF8 == nil, !SurveySink.isUTF8(bytes) { notUTF8 = .notUTF8(line: line, column: column + 1) }
            let error: SurveyError? = reportBad ? .notANumber(line: line, column: column + 1, name: header[column],
                                                               text: String(decoding: bytes, as: UTF8.self)) : nil
            bad(column, error)
        }
    }

    /// `--top-box`: adds this respondent's experience answers to the counts at or above each threshold.
    @inline(never)
    mutating func countTopBox(segment: Int, weight: Double) {
        let tops = topThresholds.count, per = topSlots.count * tops
        if segment >= 0, topSegments.count < (segment + 1) * per {
            topSegments += Array(repeating: 0, count: (segment + 1) * per - topSegments.count)
        }
        for (k, slot) in topSlots.enumerated() {
            let v = values![slot]
            guard v == v else { continue }
            for (t, threshold) in topThresholds.enumerated() where v >= threshold {
                topAll[k * tops + t] += weight
                if segment >= 0 { topSegments[segment * per + k * tops + t] += weight }
            }
        }
    }

    /// Held rows that were not header rows after all: their bad cells count (or fail) as any other's.
    mutating func releaseHeld() throws(SurveyError) {
        if let heldBad, failOnError { throw heldBad }
        for column in heldSkipped { skipped[column] += 1 }
        unusableRows += heldUnusable
        heldRows = 0
        heldUnusable = 0
        heldSkipped = []
        heldBad = nil
    }
}

// A respondent's answers added to the sums of every score column: counted in bins when the row came
// by the fast path (`SurveyTally`), else one by one with the smallest, the largest and whether whole.

extension SurveySink {
    @inline(__always)
    mutating func addAnswers(weighted: Bool, weight w: Double) {
        let count = slotCount, values = self.values!, tally = scratch!.tally
        let sums = Sums(moments: moments!, low: seenLow!, high: seenHigh!, fractional: fractional!)
        if rowWhole && !weighted {
            // A row read by the fast path, every answer whole: one more in each answer's bin. A slot's first
            // answer is added the ordinary way (it is the shift); then the slot may be counted.
            let whole = scratch!.wholeValues
            for s in 0..<count {
                let v = values[s]
                guard v == v else { continue }
                if tally.live[s] {
                    tally.bins[tally.zero[s] &+ whole[s]] &+= 1
                } else {
                    sums.add(v, slot: s, weighted: false, weight: w)
                    tally.live[s] = tally.mayCount(s, sums.moments[s], fractional: sums.fractional[s])
                }
            }
            return
        }
        for s in 0..<count {
            let v = values[s]
            guard v == v else { continue }
            if tally.live[s] {
                // Any other answer comes after the bins' answers: they are folded in first, and the slot is
                // counted again only from the next row the fast path reads.
                tally.fold(s, into: &sums.moments[s], low: &sums.low[s], high: &sums.high[s])
                tally.live[s] = false
            }
            sums.add(v, slot: s, weighted: weighted, weight: w)
        }
    }

    /// Per slot: the sums, the smallest and largest answer, and whether one was not whole.
    struct Sums {
        let moments: UnsafeMutablePointer<Moments>
        let low: UnsafeMutablePointer<Double>
        let high: UnsafeMutablePointer<Double>
        let fractional: UnsafeMutablePointer<Bool>

        /// One answer added the ordinary way.
        @inline(__always)
        func add(_ v: Double, slot s: Int, weighted: Bool, weight w: Double) {
            if weighted { moments[s].add(v, weight: w) } else { moments[s].add(v) }
            low[s] = Swift.min(low[s], v)
            high[s] = Swift.max(high[s], v)
            // Not whole: below 2⁵² (above, every Double is whole) and moved by rounding to a whole number,
            // which adding and taking away 2⁵² does exactly (cheaper than a call to trunc on the hot path).
            let magnitude = Swift.abs(v)
            if magnitude < 0x1p52, (magnitude + 0x1p52) - 0x1p52 != magnitude { fractional[s] = true }
        }
    }
}

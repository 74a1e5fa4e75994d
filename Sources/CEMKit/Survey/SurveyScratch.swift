// The working memory of the survey reader: raw buffers allocated once, when the header is read.

/// The per-row and per-column working memory of the sink, allocated once when the header is read.
/// Raw buffers behind `let` pointers: the hot loop writes them without copy-on-write checks.
final class SurveyScratch {
    let slots: Int
    let columns: Int
    /// Per column: the slot it feeds (-1: none) and its scale bounds.
    let slotOfColumn: UnsafeMutablePointer<Int>
    /// Per column, what the fast path does with it (see `SurveySink.role`).
    let role: UnsafeMutablePointer<Int>
    let low: UnsafeMutablePointer<Double>
    let high: UnsafeMutablePointer<Double>
    /// The current row's values (NaN: missing), and the running sums per slot.
    let values: UnsafeMutablePointer<Double>
    /// The current row's answers as whole numbers, written by the fast path beside `values` (read only for rows
    /// it marks whole: `SurveySink.rowWhole`).
    let wholeValues: UnsafeMutablePointer<Int>
    let moments: UnsafeMutablePointer<Moments>
    /// Per slot, the smallest and largest answer used, and whether one was not a whole number (scale detection).
    let seenLow: UnsafeMutablePointer<Double>
    let seenHigh: UnsafeMutablePointer<Double>
    let fractional: UnsafeMutablePointer<Bool>
    /// Whole answers counted per value (see `SurveyTally`).
    let tally: SurveyTally
    /// Derived importance: the variables' slots, this row's values, and the listwise sums.
    let drivers: Int
    let driverSlots: UnsafeMutablePointer<Int>
    let driverValues: UnsafeMutablePointer<Double>
    let driverShift: UnsafeMutablePointer<Double>
    let driverSum: UnsafeMutablePointer<Double>
    let driverProducts: UnsafeMutablePointer<Double>
    var driverN = 0
    /// Σw and Σw² of the listwise respondents (`--weight`; 1 each unweighted).
    var driverWeight = 0.0
    var driverWeightSquares = 0.0
    /// A power of two the driver values are multiplied by: 1 on ordinary scales; on scales beyond ±2^400
    /// it brings the bounds near 1, so that no cross-product overflows (correlations do not change).
    let driverUnit: Double
    /// `--missing pairwise`: sums per pair of variables (m × m each; see `PairwiseSums`), else empty.
    let pairwise: Bool
    let pairCount: UnsafeMutablePointer<Int>
    let pairSum: UnsafeMutablePointer<Double>
    let pairSquares: UnsafeMutablePointer<Double>
    let pairProducts: UnsafeMutablePointer<Double>
    let pairShift: UnsafeMutablePointer<Double>
    let pairShifted: UnsafeMutablePointer<UInt8>
    let pairIndex: UnsafeMutablePointer<Int>
    let pairValue: UnsafeMutablePointer<Double>

    init(layout: SurveyLayout, pairwise: Bool = false) {
        slots = layout.slots.count
        columns = layout.names.count
        slotOfColumn = .allocate(capacity: columns)
        slotOfColumn.initialize(repeating: -1, count: columns)
        role = .allocate(capacity: columns + 1)
        role.initialize(repeating: -1, count: columns)
        (role + columns).initialize(to: -3)
        low = .allocate(capacity: columns)
        low.initialize(repeating: -.infinity, count: columns)
        high = .allocate(capacity: columns)
        high.initialize(repeating: .infinity, count: columns)
        for (s, slot) in layout.slots.enumerated() {
            slotOfColumn[slot.column] = s
            if let scale = slot.scale {
                low[slot.column] = scale.min
                high[slot.column] = scale.max
            }
        }
        values = .allocate(capacity: slots)
        values.initialize(repeating: .nan, count: slots)
        wholeValues = .allocate(capacity: max(1, slots))
        wholeValues.initialize(repeating: 0, count: max(1, slots))
        moments = .allocate(capacity: slots)
        moments.initialize(repeating: Moments(), count: slots)
        seenLow = .allocate(capacity: slots)
        seenLow.initialize(repeating: .infinity, count: slots)
        seenHigh = .allocate(capacity: slots)
        seenHigh.initialize(repeating: -.infinity, count: slots)
        fractional = .allocate(capacity: slots)
        fractional.initialize(repeating: false, count: slots)
        tally = SurveyTally(slots: layout.slots)
        drivers = layout.driverSlots.count
        driverSlots = .allocate(capacity: max(1, drivers))
        for (k, slot) in layout.driverSlots.enumerated() { driverSlots[k] = slot }
        driverValues = .allocate(capacity: max(1, drivers))
        driverValues.initialize(repeating: 0, count: max(1, drivers))
        driverShift = .allocate(capacity: max(1, drivers))
        driverShift.initialize(repeating: 0, count: max(1, drivers))
        driverSum = .allocate(capacity: max(1, drivers))
        driverSum.initialize(repeating: 0, count: max(1, drivers))
        driverProducts = .allocate(capacity: max(1, drivers * drivers))
        driverProducts.initialize(repeating: 0, count: max(1, drivers * drivers))
        let magnitude = layout.driverSlots.compactMap { layout.slots[$0].scale }.map { Swift.max(abs($0.min), abs($0.max)) }.max() ?? 0
        self.pairwise = pairwise && drivers > 0
        let pairs = self.pairwise ? drivers * drivers : 1, single = self.pairwise ? drivers : 1
        pairCount = .allocate(capacity: pairs)
        pairCount.initialize(repeating: 0, count: pairs)
        pairSum = .allocate(capacity: pairs)
        pairSquares = .allocate(capacity: pairs)
        pairProducts = .allocate(capacity: pairs)
        for pointer in [pairSum, pairSquares, pairProducts] { pointer.initialize(repeating: 0, count: pairs) }
        pairShift = .allocate(capacity: single)
        pairShift.initialize(repeating: 0, count: single)
        pairShifted = .allocate(capacity: single)
        pairShifted.initialize(repeating: 0, count: single)
        pairIndex = .allocate(capacity: single)
        pairValue = .allocate(capacity: single)
        driverUnit = magnitude > 0x1p400 && magnitude.isFinite ? Double(sign: .plus, exponent: -magnitude.exponent, significand: 1) : 1
    }

    deinit {
        for pointer in [low, high, values, seenLow, seenHigh, driverValues, driverShift, driverSum, driverProducts, pairSum, pairSquares, pairProducts,
                        pairShift, pairValue] { pointer.deallocate() }
        pairCount.deallocate()
        pairShifted.deallocate()
        pairIndex.deallocate()
        slotOfColumn.deallocate()
        role.deallocate()
        driverSlots.deallocate()
        moments.deallocate()
        fractional.deallocate()
        tally.deallocate()
        wholeValues.deallocate()
    }

    /// Folds every slot's bins into its sums (before the sums are read).
    func foldTallies() {
        for s in 0..<slots where tally.live[s] { tally.fold(s, into: &moments[s], low: &seenLow[s], high: &seenHigh[s]) }
    }

    /// Adds the current row to the listwise sums if it answered every variable (upper triangle only).
    @inline(__always)
    func addDrivers(weight w: Double = 1) {
        if pairwise { addPairs() }
        let m = drivers
        for k in 0..<m {
            let v = values[driverSlots[k]]
            if v != v { return }
            driverValues[k] = v * driverUnit
        }
        if driverN == 0 { driverShift.update(from: driverValues, count: m) }
        driverN += 1
        driverWeight += w
        driverWeightSquares += w * w
        // The deviations from the shift, once per row (then each product is one multiply and one add).
        for k in 0..<m { driverValues[k] -= driverShift[k] }
        for i in 0..<m {
            let wdi = w * driverValues[i]
            driverSum[i] += wdi
            let row = driverProducts + i * m
            for j in i..<m { row[j] += wdi * driverValues[j] }
        }
    }

    func driverSums(factors: [String]) -> DriverSums {
        var sums = DriverSums(factors: factors)
        let m = drivers
        sums.n = driverN
        sums.weight = driverWeight
        sums.weightSquares = driverWeightSquares
        sums.shift = Array(UnsafeBufferPointer(start: driverShift, count: m))
        sums.sum = Array(UnsafeBufferPointer(start: driverSum, count: m))
        for i in 0..<m {
            for j in 0..<m { sums.products[i * m + j] = driverProducts[min(i, j) * m + max(i, j)] }
        }
        if pairwise { sums.pairwise = pairwiseSums() }
        return sums
    }
}

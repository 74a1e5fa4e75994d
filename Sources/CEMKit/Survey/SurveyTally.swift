// Whole answers on a small scale counted per value instead of summed one by one.
//
// A score column of whole answers on a scale such as 0–10 takes a handful of values. Rather than add
// each answer to its `Moments` (a shift, a deviation, two sums, the smallest and largest, whether it was
// whole), a row read by the fast path adds one to its value's bin; the bins are folded into the
// `Moments` before any other answer of that column is added and at the end. The figures are bit for bit
// those of adding one by one: with whole answers and a whole shift every deviation, square and partial
// sum is a whole number far below 2⁵³, so every Double addition was exact, and the folded integer sums
// are the same numbers. A column is counted so only while that holds: unweighted, every answer whole
// (a row holding −0 is not counted), the shift (its first answer, always added the ordinary way) whole,
// the scale's bounds whole and at most `SurveyTally.maximumWidth` apart. An answer from any other row
// folds the bins first and stops the counting until the next row the fast path reads.

/// The bins of every slot that may be counted (see above), inside `SurveyScratch`.
struct SurveyTally {
    static let maximumWidth = 100

    /// Bins per slot (the widest eligible scale's width + 1; 0 when no slot is eligible).
    let width: Int
    /// Per slot: the index of value 0's bin in `bins` (`slot·width − scale minimum`); `Int.min` when the
    /// slot's scale is not whole and small.
    let zero: UnsafeMutablePointer<Int>
    let bins: UnsafeMutablePointer<Int>
    /// Per slot: whether its answers are counted in bins now.
    let live: UnsafeMutablePointer<Bool>

    init(slots: [SurveySlot]) {
        let eligible = slots.map { slot -> Scale? in
            guard let scale = slot.scale, scale.min.rounded() == scale.min, scale.max.rounded() == scale.max,
                  scale.max - scale.min <= Double(SurveyTally.maximumWidth), abs(scale.min) <= 1e6 else { return nil }
            return scale
        }
        let width = eligible.compactMap { $0.map { Int($0.max - $0.min) + 1 } }.max() ?? 0
        self.width = width
        zero = .allocate(capacity: max(1, slots.count))
        for (s, scale) in eligible.enumerated() { zero[s] = scale.map { s * width - Int($0.min) } ?? Int.min }
        bins = .allocate(capacity: max(1, slots.count * width))
        bins.initialize(repeating: 0, count: max(1, slots.count * width))
        live = .allocate(capacity: max(1, slots.count))
        live.initialize(repeating: false, count: max(1, slots.count))
    }

    func deallocate() {
        zero.deallocate()
        bins.deallocate()
        live.deallocate()
    }

    /// Whether slot `s` may be counted from now on: its scale is small and whole, and its sums so far are of
    /// whole answers, unweighted (the shift is the first of them, so it is whole too).
    @inline(__always)
    func mayCount(_ s: Int, _ moments: Moments, fractional: Bool) -> Bool {
        zero[s] != Int.min && !fractional && !moments.weighted && moments.exponent == 0 && moments.n > 0
    }

    /// Folds slot `s`'s bins into its sums, smallest and largest answer, and empties them.
    func fold(_ s: Int, into moments: inout Moments, low: inout Double, high: inout Double) {
        let first = s * width, lowest = first - zero[s], shift = Int(moments.shift)
        var n = 0, sum = 0, squares = 0, smallest = Int.max, largest = Int.min
        for b in 0..<width {
            let count = bins[first + b]
            guard count != 0 else { continue }
            let value = lowest + b, d = value - shift
            n += count
            sum += count * d
            squares += count * d * d
            smallest = Swift.min(smallest, value)
            largest = Swift.max(largest, value)
            bins[first + b] = 0
        }
        guard n > 0 else { return }
        moments.n += n
        moments.sum += Double(sum)
        moments.sumSquares += Double(squares)
        low = Swift.min(low, Double(smallest))
        high = Swift.max(high, Double(largest))
    }
}

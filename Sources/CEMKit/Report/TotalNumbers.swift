// Doubles turned into whole numbers and coordinates for layout, total for every input: a value that
// is not finite, or too large for an Int, never traps and never reaches a chart as `NaN` or `inf`.

/// `value` rounded (by `rule`) and kept inside `range`; a value that is not a number gives the lower bound.
func clampedInt(_ value: Double, in range: ClosedRange<Int>,
                rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Int {
    guard !value.isNaN else { return range.lowerBound }
    let rounded = value.rounded(rule)
    if rounded <= Double(range.lowerBound) { return range.lowerBound }
    if rounded >= Double(range.upperBound) { return range.upperBound }
    return Int(rounded)
}

/// A chart coordinate or length that is always a finite number: not-a-number gives 0, and anything
/// beyond ±1e6 (far outside any chart) is held there.
func chartCoordinate(_ value: Double) -> Double {
    guard !value.isNaN else { return 0 }
    return min(max(value, -1e6), 1e6)
}

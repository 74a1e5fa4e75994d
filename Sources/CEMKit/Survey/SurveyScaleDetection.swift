// A survey's scale detected from its answers when no column map says it: only from clear evidence, so
// that a 0–10 survey whose answers happen to lie in 3..9 is never taken for anything else.
//
// The rule: over the columns of one kind (importance, or every other score with `overall`), there are at
// least `minimumAnswers` answers, every one a whole number, the largest answer is the top of exactly one standard scale (1–5, 1–7, 1–10, 0–10)
// whose top is below the workbook's, and the smallest answer is inside that scale. Then the survey is on
// that scale. Anything else (a fraction, a largest answer that is no standard top, or the workbook's own
// top reached) detects nothing, and answers are checked against the workbook's scale as before.

/// The smallest and largest answers of some columns, and whether all were whole numbers.
public struct SurveyRange: Sendable, Equatable {
    public var low: Double
    public var high: Double
    public var whole: Bool
    /// How many answers (cells) the range is over.
    public var answers: Int

    public init(low: Double, high: Double, whole: Bool, answers: Int = 0) {
        self.low = low
        self.high = high
        self.whole = whole
        self.answers = answers
    }

    /// No answer at all.
    public var isEmpty: Bool { low > high }
}

public enum SurveyScaleDetection {
    /// The scales surveys use, as detection knows them.
    public static let standard = [Scale(min: 1, max: 5), Scale(min: 1, max: 7), Scale(min: 1, max: 10), Scale(min: 0, max: 10)]

    /// Fewer answers than this are no evidence of a scale: five answers of 2 to 5 say little.
    public static let minimumAnswers = 10

    /// The survey scale the answers show, when it is clear and not the workbook's; nil otherwise.
    public static func detect(_ seen: SurveyRange, workbook: Scale) -> Scale? {
        guard !seen.isEmpty, seen.answers >= minimumAnswers, seen.whole, seen.high < workbook.max else { return nil }
        let candidates = standard.filter { $0.max == seen.high && $0.min <= seen.low && $0.max < workbook.max }
        guard candidates.count == 1, let scale = candidates.first, scale != workbook else { return nil }
        return scale
    }
}

extension SurveySummary {
    /// The range of the answers in the slots of one kind (importance, or the other scores and overall).
    func observedRange(importance: Bool) -> SurveyRange {
        var range = SurveyRange(low: .infinity, high: -.infinity, whole: true)
        for (index, slot) in slots.enumerated() where (slot.measure == .importance) == importance && index < observed.count {
            guard moments[index].n > 0 else { continue }
            range.low = Swift.min(range.low, observed[index].low)
            range.high = Swift.max(range.high, observed[index].high)
            range.whole = range.whole && observed[index].whole
            range.answers += moments[index].n
        }
        return range
    }
}

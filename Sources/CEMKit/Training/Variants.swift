// Variants of an exercise (`cem train ID --variant N`): each learner's scores drawn from the exercise's
// ranges (`variants` in the file: the spread of each score, default ±1 on experience and expectation),
// the same N giving the same numbers, and every answer recomputed by the engine from the drawn scores.

extension SplitMix64 {
    /// A whole number in -spread...spread.
    mutating func offset(_ spread: Int) -> Int { spread == 0 ? 0 : Int(next() % UInt64(2 * spread + 1)) - spread }
}

extension Exercise {
    /// The spread of each score when an exercise does not give its own.
    public static let defaultVariants: [ScoreField: Int] = [.experience: 1, .expectation: 1]

    /// True when some score of the case may be drawn (an exercise on an interaction's order or on an
    /// experiment has no factor scores, so none of its variants could differ from it).
    public var hasVariants: Bool {
        workbook.factors.contains { f in ScoreField.allCases.contains { (variants[$0] ?? 0) > 0 && f[score: $0] != nil } }
    }

    /// Variant `n` (1, 2, …): scores moved within their spread and scale, kept only when every question still
    /// has a model answer (else the next draw). Nil when no draw of 100 works.
    public func variant(_ n: Int) -> Exercise? {
        // FNV-1a of the id, so that two exercises' variant 1 differ.
        var seed: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let t = trainingStrings(language), s = strings(language)
        for attempt in 0..<100 {
            var random = SplitMix64(state: seed ^ UInt64(truncatingIfNeeded: n &* 1_000_003 &+ attempt))
            var copy = self
            copy.variantNumber = n
            copy.title = title + t.variantSuffix(n)
            // An explanation speaks of the case as written (its key experience, its figures): not of a variant.
            for q in copy.questions.indices where copy.questions[q].kind != .open { copy.questions[q].explanation = "" }
            for i in copy.workbook.factors.indices {
                for field in ScoreField.allCases {
                    guard let spread = variants[field], let value = copy.workbook.factors[i][score: field] else { continue }
                    let scale = field == .importance ? workbook.importanceScale : workbook.scale
                    let moved = value + Double(random.offset(spread))
                    copy.workbook.factors[i][score: field] = Swift.min(scale.max, Swift.max(scale.min, moved))
                }
            }
            let solved = copy.questions.allSatisfy { q in
                if case .success = Solver.solve(q, in: copy, strings: s, training: t) { return true }
                return false
            }
            if solved && copy.workbook != workbook { return copy }
        }
        return nil
    }
}

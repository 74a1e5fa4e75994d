// Common mistakes, recognised from the learner's own answer: a sign flip, the ideal for the expectation
// (or the reverse), a forgotten importance weight, a sum for a maximum, the second key experience for the
// first. Each wrong figure is one the engine already gives (a gap for a satisfaction, …) or its negation;
// the note shows the formula in the learner's numbers.

/// A wrong answer that shows a known misunderstanding, and what to say about it.
public enum Mistake: Equatable, Sendable {
    case number(Double, note: String)
    case option(String, note: String)
}

enum Diagnosis {
    static func mistakes(_ model: ModelAnswer, in exercise: Exercise, s: ReportWords, t: TrainingWords) -> [Mistake] {
        let q = model.question
        guard q.kind != .satisfactionChange, let base = Solver.workbook(exercise.workbook, cycle: q.cycle) else { return [] }
        let analysis = Analysis(base)
        let n = displayNumber
        var found: [Mistake] = []
        var right: Double?
        if case .number(let value, _) = model.expected { right = value }
        func add(_ value: Double?, _ note: (String) -> String) {
            guard let value, let right, abs(value - right) > q.tolerance + 1e-9 else { return }
            if found.contains(where: { if case .number(let v, _) = $0 { return abs(v - value) < 1e-9 } else { return false } }) { return }
            found.append(.number(roundFigure(value), note: note(n(value))))
        }
        func flip() { if let right, right != 0 { add(-right) { t.signFlipped($0) } } }

        switch q.kind {
        case .satisfaction, .weightedSatisfaction, .gap, .weightedGap:
            guard let id = q.target, let f = analysis.factor(id) else { return [] }
            let e = n(f.experience), x = n(f.expectation), i = n(f.ideal), w = n(f.importance)
            switch q.kind {
            case .satisfaction:
                add(f.satisfaction.map { -$0 }) { t.reversedDifference($0, "\(x) − \(e)", formula: t.satisfactionFormula) }
                add(f.gap) { t.idealForExpectation($0, "\(e) − \(i)", ideal: i, expectation: x) }
            case .gap:
                add(f.gap.map { -$0 }) { t.reversedDifference($0, "\(i) − \(e)", formula: t.gapFormula) }
                add(f.satisfaction) { t.expectationForIdeal($0, "\(e) − \(x)", ideal: i, expectation: x) }
            case .weightedSatisfaction:
                flip()
                add(f.satisfaction) { t.noWeight($0, importance: w) }
                add(f.weightedGap) { t.idealForExpectation($0, "\(w) × (\(e) − \(i))", ideal: i, expectation: x) }
            default:
                flip()
                add(f.gap) { t.noWeight($0, importance: w) }
                add(f.weightedSatisfaction) { t.expectationForIdeal($0, "\(w) × (\(e) − \(x))", ideal: i, expectation: x) }
            }
        case .weightedSatisfactionIndex:
            flip()
            add(analysis.meanSatisfaction) { t.unweightedMean($0) }
        case .meanSatisfaction, .kpiDeviation:
            flip()
        case .requirementPriority:
            guard let r = analysis.requirements.first(where: { $0.id == q.target }) else { return [] }
            let terms = r.factors.compactMap { analysis.factor($0)?.weightedGap }.map { max(0, -$0) }
            if terms.count > 1 {
                add(roundFigure(terms.reduce(0, +))) { t.sumForMax($0, terms: terms.map(n).joined(separator: " + ")) }
            }
        case .keyExperience, .largestGap:
            let figure: KeyPath<FactorAnalysis, Double?> = q.kind == .keyExperience ? \.weightedSatisfaction : \.weightedGap
            let ranked = Analysis.mostNegative(analysis.factors, by: figure)
            guard case .choice(_, let accepted) = model.expected, let first = ranked.first else { return [] }
            for f in ranked.dropFirst() where !accepted.contains(f.id) {
                found.append(.option(f.id, note: t.notTheFirst(f.name, n(f[keyPath: figure]), first: first.name,
                                                               n(first[keyPath: figure]), keyExperience: q.kind == .keyExperience)))
            }
        default:
            break
        }
        return found
    }
}

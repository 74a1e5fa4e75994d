// Cycle over cycle: each archived cycle is turned back into a workbook and run through `Analysis`,
// so every figure compared here is the engine's own. Nothing is recomputed.

/// One cycle as the engine sees it.
public struct CycleSnapshot: Equatable, Sendable {
    public var cycle: Int
    /// The day it was closed; nil for the current cycle.
    public var closedOn: String?
    public var isCurrent: Bool
    public var workbook: Workbook
    public var analysis: Analysis

    /// True when at least one factor has a score: a cycle that has not been rated has nothing to compare.
    public var isRated: Bool {
        workbook.factors.contains { f in ScoreField.allCases.contains { f[score: $0] != nil } }
    }
}

/// How a figure moved from one cycle to the next.
public struct FigureChange: Equatable, Sendable {
    public enum Direction: String, Equatable, Sendable {
        case up, down, same
    }

    public var from: Double?
    public var to: Double?

    public init(from: Double?, to: Double?) {
        self.from = from
        self.to = to
    }

    /// to − from, rounded like every derived figure; missing when either side is.
    public var change: Double? { difference(to, from) }

    public var direction: Direction? {
        guard let change else { return nil }
        return change > 0 ? .up : change < 0 ? .down : .same
    }
}

/// One factor from one cycle to the next. For all four figures higher is better
/// (a less negative satisfaction, weighted satisfaction or gap is an improvement).
public struct FactorProgress: Equatable, Sendable {
    public var id: String
    public var name: String
    public var experience: FigureChange
    /// The derived figures DerivedFigure marks as compared, in its order.
    public var figures: [FigureMove]

    public var satisfaction: FigureChange { figures["satisfaction"] }
    public var weightedSatisfaction: FigureChange { figures["weightedSatisfaction"] }
    public var gap: FigureChange { figures["gap"] }
}

/// Whether the key experience of the earlier cycle improved in the later one.
public struct KeyExperienceProgress: Equatable, Sendable {
    public var id: String
    public var name: String
    /// Its weighted satisfaction in both cycles.
    public var weightedSatisfaction: FigureChange
    /// True when its weighted satisfaction rose; nil when the later cycle has no figure for it.
    public var improved: Bool? {
        weightedSatisfaction.direction.map { $0 == .up }
    }
}

/// From one cycle to the next.
public struct CycleStep: Equatable, Sendable {
    public var from: CycleSnapshot
    public var to: CycleSnapshot
    /// Factors of either cycle, in the later cycle's order, then those only the earlier one had.
    public var factors: [FactorProgress]
    /// The earlier cycle's key experience; nil when it had none.
    public var keyExperience: KeyExperienceProgress?
    public var meanSatisfaction: FigureChange
    public var weightedSatisfactionIndex: FigureChange
}

/// Every cycle of a workbook (the archived ones from `history`, then the current one) and the steps
/// between consecutive cycles. The current cycle takes part only once it has a score.
public struct CycleComparison: Equatable, Sendable {
    public var cycles: [CycleSnapshot]
    public var steps: [CycleStep]
    public var current: CycleSnapshot

    public init(_ workbook: Workbook, cuts: IPACutMethod = .mean) {
        let archived = workbook.history.sorted { $0.cycle < $1.cycle }.map { c -> CycleSnapshot in
            var w = workbook
            w.cycle = c.cycle
            w.brandStatement = c.brandStatement
            w.factors = c.factors
            w.requirements = c.requirements
            w.history = []
            return CycleSnapshot(cycle: c.cycle, closedOn: c.closedOn, isCurrent: false, workbook: w,
                                 analysis: Analysis(w, cuts: cuts))
        }
        current = CycleSnapshot(cycle: workbook.cycle, closedOn: nil, isCurrent: true, workbook: workbook,
                                analysis: Analysis(workbook, cuts: cuts))
        cycles = archived + (current.isRated || archived.isEmpty ? [current] : [])
        steps = zip(cycles, cycles.dropFirst()).map { CycleComparison.step(from: $0, to: $1) }
    }

    /// The last closed cycle against the current one: what a report shows as progress since the last cycle.
    /// Nil when there is no history or the current cycle has no score yet.
    public var sinceLastCycle: CycleStep? {
        steps.last.flatMap { $0.to.isCurrent ? $0 : nil }
    }

    static func step(from a: CycleSnapshot, to b: CycleSnapshot) -> CycleStep {
        let ids = b.analysis.factors.map(\.id) + a.analysis.factors.map(\.id).filter { id in b.analysis.factor(id) == nil }
        let factors = ids.map { id -> FactorProgress in
            let x = a.analysis.factor(id), y = b.analysis.factor(id)
            return FactorProgress(
                id: id, name: y?.name ?? x?.name ?? id,
                experience: FigureChange(from: x?.experience, to: y?.experience),
                figures: FigureMove.compared(from: x, to: y))
        }
        let key = a.analysis.keyExperience.map { id in
            KeyExperienceProgress(
                id: id, name: b.analysis.factor(id)?.name ?? a.analysis.factor(id)?.name ?? id,
                weightedSatisfaction: FigureChange(from: a.analysis.factor(id)?.weightedSatisfaction,
                                                   to: b.analysis.factor(id)?.weightedSatisfaction))
        }
        return CycleStep(
            from: a, to: b, factors: factors, keyExperience: key,
            meanSatisfaction: FigureChange(from: a.analysis.meanSatisfaction, to: b.analysis.meanSatisfaction),
            weightedSatisfactionIndex: FigureChange(from: a.analysis.weightedSatisfactionIndex,
                                                    to: b.analysis.weightedSatisfactionIndex))
    }
}

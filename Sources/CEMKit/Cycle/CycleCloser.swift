// Step 7 loops back to step 1: closing a cycle archives what was measured and starts the next one.
// A pure function Workbook -> Workbook; the reasons it refuses are values.

/// Why a cycle cannot be closed.
public enum CycleCloseRefusal: Error, Equatable, Sendable {
    /// Step 7 has no KPI with an actual value: nothing was measured, so the loop has nothing to feed back.
    case noMeasuredKPI(cycle: Int)
    /// The closing date is not a calendar date written `YYYY-MM-DD`.
    case badDate(String)
    /// The closing date lies before the day the previous cycle was closed.
    case dateBeforePreviousClose(date: String, previous: String)
    /// `history` already holds a cycle with this number.
    case alreadyArchived(cycle: Int)
    /// The cycle is the last the format allows (`NumericDomain.cycleLimit`): the next number would be refused.
    case lastCycle(cycle: Int)
}

public enum CycleCloser {
    /// Closes the current cycle on `date` (`YYYY-MM-DD`):
    /// - archives the five scores of every factor (with survey statistics), the brand statement and the
    ///   requirements with their decisions and KPI results into `history` as cycle N;
    /// - keeps factors (ids, names, descriptions, notes), requirements and KPIs;
    /// - starts cycle N+1 at step 1: scores and survey statistics empty (the session offers the archived
    ///   ones as defaults, see `previousScore`), KPI actual values and measurement dates empty;
    ///   brand statement, baselines, targets and decisions stay as they were.
    /// Refuses when no KPI has an actual value, unless `force`.
    public static func close(_ workbook: Workbook, on date: String, force: Bool = false) -> Result<Workbook, CycleCloseRefusal> {
        guard isISODate(date) else { return .failure(.badDate(date)) }
        if let previous = workbook.history.compactMap(\.closedOn).max(), date < previous {
            return .failure(.dateBeforePreviousClose(date: date, previous: previous))
        }
        if workbook.history.contains(where: { $0.cycle == workbook.cycle }) {
            return .failure(.alreadyArchived(cycle: workbook.cycle))
        }
        if workbook.cycle >= NumericDomain.cycleLimit {
            return .failure(.lastCycle(cycle: workbook.cycle))
        }
        if !force && !hasMeasuredKPI(workbook) {
            return .failure(.noMeasuredKPI(cycle: workbook.cycle))
        }
        var next = workbook
        next.history.append(Cycle(cycle: workbook.cycle, closedOn: date, brandStatement: workbook.brandStatement,
                                  factors: workbook.factors, requirements: workbook.requirements))
        next.cycle = workbook.cycle + 1
        for i in next.factors.indices {
            for field in ScoreField.allCases { next.factors[i][score: field] = nil }
            next.factors[i].survey = []
            next.factors[i].poll = []
            next.factors[i].surveySatisfaction = nil
        }
        for r in next.requirements.indices {
            for k in next.requirements[r].kpis.indices {
                next.requirements[r].kpis[k].actual = nil
                next.requirements[r].kpis[k].measuredOn = nil
            }
        }
        return .success(next)
    }

    /// True when step 7 has at least one KPI with an actual value (read from the Analysis).
    public static func hasMeasuredKPI(_ workbook: Workbook) -> Bool {
        Analysis(workbook).kpis.contains { $0.kpi.actual != nil }
    }
}

extension Workbook {
    /// The score a factor had in the last closed cycle: the default the session offers in a new cycle.
    public func previousScore(factor id: String, _ field: ScoreField) -> Double? {
        history.max(by: { $0.cycle < $1.cycle })?.factors.first { $0.id == id }?[score: field]
    }

    /// The brand statement of the last closed cycle.
    public var previousBrandStatement: String? {
        history.max(by: { $0.cycle < $1.cycle })?.brandStatement
    }
}

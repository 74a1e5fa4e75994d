// What changed between two workbooks, in the method's terms. Derived figures (the effect of a score
// change, key experiences, largest gap, priorities, KPIs met) come from the two Analyses.

/// A value on one side of a change.
public enum DiffValue: Equatable, Sendable {
    case none
    case number(Double?)
    case text(String?)
    /// A factor id, shown by its name.
    case factor(String?)
    /// Factor ids, shown by their names, in order.
    case factors([String])
    case flag(Bool?)
}

/// Where a change belongs.
public enum DiffSection: String, Equatable, Sendable, CaseIterable {
    case workbook, factors, scores, conclusions, requirements, kpis, encounters, moments, experiments, history
}

/// One change. `subject` is a factor id, a requirement id, `R1/K1` for a KPI, a cycle number, or empty
/// for the workbook itself; `field` is the key that changed (a format key, or a derived figure's name).
public struct WorkbookChange: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable {
        case added, removed, renamed, moved, changed
    }

    public var section: DiffSection
    public var kind: Kind
    public var subject: String
    public var field: String
    public var from: DiffValue
    public var to: DiffValue
    /// The 1-based position of an added item.
    public var position: Int?

    public init(_ section: DiffSection, _ kind: Kind, subject: String, field: String = "", from: DiffValue = .none, to: DiffValue = .none) {
        self.section = section
        self.kind = kind
        self.subject = subject
        self.field = field
        self.from = from
        self.to = to
    }
}

/// The effect of a factor's score changes on its derived figures (those DerivedFigure marks as
/// compared), from the two Analyses.
public struct ScoreEffect: Equatable, Sendable {
    public var figures: [FigureMove]

    public var satisfaction: FigureChange { figures["satisfaction"] }
    public var weightedSatisfaction: FigureChange { figures["weightedSatisfaction"] }
    public var gap: FigureChange { figures["gap"] }
}

public struct WorkbookDiff: Equatable, Sendable {
    public var old: Workbook
    public var new: Workbook
    public var oldAnalysis: Analysis
    public var newAnalysis: Analysis
    public var changes: [WorkbookChange]
    /// Per factor id whose scores changed: the effect on satisfaction, weighted satisfaction and gap.
    public var effects: [String: ScoreEffect]

    /// True when the two workbooks hold the same inputs (formatting and key order do not count).
    public var isEquivalent: Bool { old == new }

    public init(old: Workbook, new: Workbook, cuts: IPACutMethod = .mean) {
        self.old = old
        self.new = new
        oldAnalysis = Analysis(old, cuts: cuts)
        newAnalysis = Analysis(new, cuts: cuts)
        var c: [WorkbookChange] = []
        var effects: [String: ScoreEffect] = [:]
        c += Self.workbookChanges(old, new)
        let renamedIDs = Self.renamedIDs(old, new)
        c += Self.factorChanges(old, new, renamedIDs: renamedIDs)
        for f in new.factors {
            let oldID = renamedIDs[f.id] ?? f.id
            guard let before = old.factor(id: oldID) else { continue }
            let scores = ScoreField.allCases.filter { before[score: $0] != f[score: $0] }
            guard !scores.isEmpty else { continue }
            for field in scores {
                c.append(WorkbookChange(.scores, .changed, subject: f.id, field: field.rawValue,
                                        from: .number(before[score: field]), to: .number(f[score: field])))
            }
            let a = oldAnalysis.factor(oldID), b = newAnalysis.factor(f.id)
            effects[f.id] = ScoreEffect(figures: FigureMove.compared(from: a, to: b))
        }
        self.effects = effects
        let newID = Dictionary(uniqueKeysWithValues: renamedIDs.map { ($0.value, $0.key) })
        c += Self.conclusionChanges(oldAnalysis, newAnalysis, newID: newID)
        c += Self.requirementChanges(old, new, oldAnalysis, newAnalysis, newID: newID)
        c += Self.encounterChanges(old, new, newID: newID) + Self.experimentChanges(old, new)
        c += Self.historyChanges(old, new)
        if c.isEmpty && old != new {
            // Every input is covered above; this only guards against a field added to the model later.
            c.append(WorkbookChange(.workbook, .changed, subject: "", field: "other"))
        }
        changes = c
    }

    // MARK: Sections

    static func workbookChanges(_ a: Workbook, _ b: Workbook) -> [WorkbookChange] {
        var c: [WorkbookChange] = []
        func text(_ field: String, _ x: String?, _ y: String?) {
            if x != y { c.append(WorkbookChange(.workbook, .changed, subject: "", field: field, from: .text(x), to: .text(y))) }
        }
        text("title", a.title, b.title)
        text("language", a.language?.rawValue, b.language?.rawValue)
        if a.cycle != b.cycle {
            c.append(WorkbookChange(.workbook, .changed, subject: "", field: "cycle",
                                    from: .number(Double(a.cycle)), to: .number(Double(b.cycle))))
        }
        text("scale", displayScale(a.scale), displayScale(b.scale))
        text("importanceScale", displayScale(a.importanceScale), displayScale(b.importanceScale))
        text("brand.statement", a.brandStatement, b.brandStatement)
        return c
    }

    /// Factors whose id changed while their name stayed: new id → old id. Only one-to-one pairs of a
    /// removed and an added factor with the same name count; anything else is a removal and an addition.
    static func renamedIDs(_ a: Workbook, _ b: Workbook) -> [String: String] {
        let removed = a.factors.filter { b.factor(id: $0.id) == nil }
        let added = b.factors.filter { a.factor(id: $0.id) == nil }
        var result: [String: String] = [:]
        for f in added {
            let same = removed.filter { $0.name == f.name }
            if same.count == 1, added.filter({ $0.name == f.name }).count == 1 { result[f.id] = same[0].id }
        }
        return result
    }

    static func factorChanges(_ a: Workbook, _ b: Workbook, renamedIDs: [String: String]) -> [WorkbookChange] {
        var c: [WorkbookChange] = []
        let newIDs = b.factors.map(\.id)
        let formerIDs = Set(renamedIDs.values)
        // Old ids as the new file spells them, so a factor whose id changed is not also "moved".
        let oldIDs = a.factors.map { f in renamedIDs.first { $0.value == f.id }?.key ?? f.id }
        func before(_ f: Factor) -> Factor? { a.factor(id: renamedIDs[f.id] ?? f.id) }
        for (i, f) in b.factors.enumerated() where before(f) == nil {
            c.append(WorkbookChange(.factors, .added, subject: f.id, field: "name", from: .none, to: .text(f.name))
                .with(position: i + 1))
        }
        for f in a.factors where !newIDs.contains(f.id) && !formerIDs.contains(f.id) {
            c.append(WorkbookChange(.factors, .removed, subject: f.id, field: "name", from: .text(f.name), to: .none))
        }
        for f in b.factors {
            guard let old = before(f) else { continue }
            if old.id != f.id {
                c.append(WorkbookChange(.factors, .renamed, subject: f.id, field: "id", from: .text(old.id), to: .text(f.id)))
            }
            if old.name != f.name {
                c.append(WorkbookChange(.factors, .renamed, subject: f.id, field: "name", from: .text(old.name), to: .text(f.name)))
            }
        }
        c += moved(oldIDs, newIDs).map { WorkbookChange(.factors, .moved, subject: $0.id, field: "position",
                                                         from: .number(Double($0.from)), to: .number(Double($0.to))) }
        for f in b.factors {
            guard let old = before(f) else { continue }
            if old.description != f.description {
                c.append(WorkbookChange(.factors, .changed, subject: f.id, field: "description",
                                        from: .text(old.description), to: .text(f.description)))
            }
            if old.notes != f.notes {
                c.append(WorkbookChange(.factors, .changed, subject: f.id, field: "notes", from: .text(old.notes), to: .text(f.notes)))
            }
            if old.survey.map(\.measure) != f.survey.map(\.measure) || old.survey.map(\.stat) != f.survey.map(\.stat)
                || old.surveySatisfaction != f.surveySatisfaction {
                c.append(WorkbookChange(.factors, .changed, subject: f.id, field: "survey"))
            }
            if old.poll.map(\.measure) != f.poll.map(\.measure) || old.poll.map(\.stat) != f.poll.map(\.stat) {
                c.append(WorkbookChange(.factors, .changed, subject: f.id, field: "poll"))
            }
        }
        return c
    }

    /// `newID` maps the old id of a factor whose id changed to its new one, so only real changes show.
    static func conclusionChanges(_ a: Analysis, _ b: Analysis, newID: [String: String]) -> [WorkbookChange] {
        var c: [WorkbookChange] = []
        func current(_ ids: [String]) -> [String] { ids.map { newID[$0] ?? $0 } }
        if current(a.brandValueDrivers) != b.brandValueDrivers {
            c.append(WorkbookChange(.conclusions, .changed, subject: "", field: "brandValueDrivers",
                                    from: .factors(current(a.brandValueDrivers)), to: .factors(b.brandValueDrivers)))
        }
        if current(a.keyExperiences) != b.keyExperiences {
            c.append(WorkbookChange(.conclusions, .changed, subject: "", field: "keyExperiences",
                                    from: .factors(current(a.keyExperiences)), to: .factors(b.keyExperiences)))
        }
        let largest = a.largestGap.map { newID[$0] ?? $0 }
        if largest != b.largestGap {
            c.append(WorkbookChange(.conclusions, .changed, subject: "", field: "largestGap",
                                    from: .factor(largest), to: .factor(b.largestGap)))
        }
        if a.meanSatisfaction != b.meanSatisfaction {
            c.append(WorkbookChange(.conclusions, .changed, subject: "", field: "meanSatisfaction",
                                    from: .number(a.meanSatisfaction), to: .number(b.meanSatisfaction)))
        }
        if a.weightedSatisfactionIndex != b.weightedSatisfactionIndex {
            c.append(WorkbookChange(.conclusions, .changed, subject: "", field: "weightedSatisfactionIndex",
                                    from: .number(a.weightedSatisfactionIndex), to: .number(b.weightedSatisfactionIndex)))
        }
        return c
    }

    static func requirementChanges(_ a: Workbook, _ b: Workbook, _ x: Analysis, _ y: Analysis, newID: [String: String]) -> [WorkbookChange] {
        var c: [WorkbookChange] = []
        let oldIDs = a.requirements.map(\.id), newIDs = b.requirements.map(\.id)
        for (i, r) in b.requirements.enumerated() where !oldIDs.contains(r.id) {
            c.append(WorkbookChange(.requirements, .added, subject: r.id, field: "title", to: .text(r.title)).with(position: i + 1))
        }
        for r in a.requirements where !newIDs.contains(r.id) {
            c.append(WorkbookChange(.requirements, .removed, subject: r.id, field: "title", from: .text(r.title)))
        }
        c += moved(oldIDs, newIDs).map { WorkbookChange(.requirements, .moved, subject: $0.id, field: "position",
                                                         from: .number(Double($0.from)), to: .number(Double($0.to))) }
        var k: [WorkbookChange] = []
        for r in b.requirements {
            guard let before = a.requirements.first(where: { $0.id == r.id }) else { continue }
            func field(_ name: String, _ p: DiffValue, _ q: DiffValue) {
                if p != q { c.append(WorkbookChange(.requirements, .changed, subject: r.id, field: name, from: p, to: q)) }
            }
            let (m, n) = (before.alignment, r.alignment)
            field("title", .text(before.title), .text(r.title))
            field("factors", .factors(before.factors.map { newID[$0] ?? $0 }), .factors(r.factors))
            field("targetExperience", .number(before.targetExperience), .number(r.targetExperience))
            field("owner", .text(before.owner), .text(r.owner))
            field("due", .text(before.due), .text(r.due))
            field("status", .text(before.status?.rawValue), .text(r.status?.rawValue))
            field("cost", .number(before.cost), .number(r.cost))
            field("decision", .text(m.decision?.rawValue), .text(n.decision?.rawValue))
            field("strategyFit", .number(m.strategyFit), .number(n.strategyFit))
            field("people", .text(m.people?.rawValue), .text(n.people?.rawValue))
            field("process", .text(m.process?.rawValue), .text(n.process?.rawValue))
            field("technology", .text(m.technology?.rawValue), .text(n.technology?.rawValue))
            field("rationale", .text(m.rationale), .text(n.rationale))
            let p = x.requirements.first { $0.id == r.id }?.priority, q = y.requirements.first { $0.id == r.id }?.priority
            field("priority", .number(p), .number(q))
            k += kpiChanges(before, r, x, y)
        }
        return c + k
    }

    static func kpiChanges(_ a: Requirement, _ b: Requirement, _ x: Analysis, _ y: Analysis) -> [WorkbookChange] {
        var c: [WorkbookChange] = []
        let oldIDs = a.kpis.map(\.id), newIDs = b.kpis.map(\.id)
        func subject(_ id: String) -> String { a.id + "/" + id }
        for (i, k) in b.kpis.enumerated() where !oldIDs.contains(k.id) {
            c.append(WorkbookChange(.kpis, .added, subject: subject(k.id), field: "metric", to: .text(k.metric)).with(position: i + 1))
        }
        for k in a.kpis where !newIDs.contains(k.id) {
            c.append(WorkbookChange(.kpis, .removed, subject: subject(k.id), field: "metric", from: .text(k.metric)))
        }
        c += moved(oldIDs, newIDs).map { WorkbookChange(.kpis, .moved, subject: subject($0.id), field: "position",
                                                         from: .number(Double($0.from)), to: .number(Double($0.to))) }
        for k in b.kpis {
            guard let before = a.kpis.first(where: { $0.id == k.id }) else { continue }
            func field(_ name: String, _ p: DiffValue, _ q: DiffValue) {
                if p != q { c.append(WorkbookChange(.kpis, .changed, subject: subject(k.id), field: name, from: p, to: q)) }
            }
            field("metric", .text(before.metric), .text(k.metric))
            field("unit", .text(before.unit), .text(k.unit))
            field("better", .text(before.better.rawValue), .text(k.better.rawValue))
            field("baseline", .number(before.baseline), .number(k.baseline))
            field("target", .number(before.target), .number(k.target))
            field("actual", .number(before.actual), .number(k.actual))
            field("measuredOn", .text(before.measuredOn), .text(k.measuredOn))
            let p = x.kpis.first { $0.requirement == a.id && $0.kpi.id == k.id }?.met
            let q = y.kpis.first { $0.requirement == b.id && $0.kpi.id == k.id }?.met
            field("met", .flag(p), .flag(q))
        }
        return c
    }

    static func historyChanges(_ a: Workbook, _ b: Workbook) -> [WorkbookChange] {
        var c: [WorkbookChange] = []
        for cycle in b.history {
            if let before = a.history.first(where: { $0.cycle == cycle.cycle }) {
                if before != cycle { c.append(WorkbookChange(.history, .changed, subject: String(cycle.cycle))) }
            } else {
                c.append(WorkbookChange(.history, .added, subject: String(cycle.cycle), field: "closedOn", to: .text(cycle.closedOn)))
            }
        }
        for cycle in a.history where !b.history.contains(where: { $0.cycle == cycle.cycle }) {
            c.append(WorkbookChange(.history, .removed, subject: String(cycle.cycle), field: "closedOn", from: .text(cycle.closedOn)))
        }
        if c.isEmpty && a.history != b.history {
            c.append(WorkbookChange(.history, .moved, subject: ""))
        }
        return c
    }

    /// Items present in both lists whose relative order changed: those outside a longest run kept in
    /// order, so swapping two neighbours reports one move, not two. Positions are 1-based.
    static func moved(_ old: [String], _ new: [String]) -> [(id: String, from: Int, to: Int)] {
        let common = old.filter(new.contains)
        let positions = common.map { id in new.firstIndex(of: id)! }
        // Longest increasing subsequence of `positions` (quadratic; lists are short).
        var length = [Int](repeating: 1, count: positions.count), previous = [Int](repeating: -1, count: positions.count)
        for i in positions.indices {
            for j in 0..<i where positions[j] < positions[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var kept = Set<Int>()
        var i = length.indices.max { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) } ?? -1
        while i >= 0 {
            kept.insert(i)
            i = previous[i]
        }
        return common.indices.filter { !kept.contains($0) }.map { k in
            (common[k], old.firstIndex(of: common[k])! + 1, positions[k] + 1)
        }.sorted { $0.to < $1.to }
    }
}

extension WorkbookChange {
    func with(position: Int) -> WorkbookChange {
        var copy = self
        copy.position = position
        return copy
    }
}

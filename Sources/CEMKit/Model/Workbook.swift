// The workbook: the inputs of the seven CEM steps, as value types.
// It stores inputs only; every derived figure lives in `Analysis` (Engine/).

/// A workbook's language: labels, messages and template names follow it.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case zh, en

    /// The language named by a locale string such as `zh_CN.UTF-8` or `en_US`; nil when neither.
    public init?(localeIdentifier: String) {
        let lower = localeIdentifier.lowercased()
        if lower.hasPrefix("zh") { self = .zh } else if lower.hasPrefix("en") { self = .en } else { return nil }
    }
}

/// The closed interval scores must lie in, for example 0–10.
public struct Scale: Equatable, Sendable {
    public var min: Double
    public var max: Double

    public init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }

    public static let standard = Scale(min: 0, max: 10)

    public func contains(_ value: Double) -> Bool { value >= min && value <= max }
    public var midpoint: Double { (min + max) / 2 }
}

/// The five scores a factor carries, in the order of the method.
public enum ScoreField: String, Sendable, CaseIterable, Equatable {
    case brandValue, experience, expectation, importance, ideal

    /// The step of the method that asks for this score.
    public var step: Int {
        switch self {
        case .brandValue: return 1
        case .experience, .expectation, .importance: return 2
        case .ideal: return 4
        }
    }
}

/// Survey statistics for one measure of one factor (written by `cem import`).
public struct SurveyStat: Equatable, Sendable {
    public var n: Int
    public var mean: Double?
    public var sd: Double?
    /// With respondent weights (`cem import --weight`): Kish's effective n, which the interval uses; nil unweighted.
    public var effectiveN: Double?

    public init(n: Int, mean: Double?, sd: Double?, effectiveN: Double? = nil) {
        self.n = n
        self.mean = mean
        self.sd = sd
        self.effectiveN = effectiveN
    }
}

/// One experience factor (product, service, convenience, …) and its five scores.
public struct Factor: Equatable, Sendable {
    public var id: String
    public var name: String
    public var description: String
    public var brandValue: Double?
    public var experience: Double?
    public var expectation: Double?
    public var importance: Double?
    public var ideal: Double?
    public var notes: String
    /// Survey statistics per measure, in the order they were written; empty when none.
    public var survey: [(measure: ScoreField, stat: SurveyStat)]
    /// Workshop polls per measure (`poll` in the session), in the order they were taken; empty when none.
    public var poll: [(measure: ScoreField, stat: PollStat)] = []
    /// Paired satisfaction from the survey: experience − expectation per respondent who answered both
    /// (`survey.satisfaction`); nil when none was imported.
    public var surveySatisfaction: SurveyStat?

    public init(
        id: String, name: String, description: String = "",
        brandValue: Double? = nil, experience: Double? = nil, expectation: Double? = nil,
        importance: Double? = nil, ideal: Double? = nil, notes: String = "",
        survey: [(measure: ScoreField, stat: SurveyStat)] = [], surveySatisfaction: SurveyStat? = nil,
        poll: [(measure: ScoreField, stat: PollStat)] = []
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.brandValue = brandValue
        self.experience = experience
        self.expectation = expectation
        self.importance = importance
        self.ideal = ideal
        self.notes = notes
        self.survey = survey
        self.poll = poll
        self.surveySatisfaction = surveySatisfaction
    }

    public subscript(score field: ScoreField) -> Double? {
        get {
            switch field {
            case .brandValue: return brandValue
            case .experience: return experience
            case .expectation: return expectation
            case .importance: return importance
            case .ideal: return ideal
            }
        }
        set {
            switch field {
            case .brandValue: brandValue = newValue
            case .experience: experience = newValue
            case .expectation: expectation = newValue
            case .importance: importance = newValue
            case .ideal: ideal = newValue
            }
        }
    }

    public static func == (a: Factor, b: Factor) -> Bool {
        a.id == b.id && a.name == b.name && a.description == b.description
            && ScoreField.allCases.allSatisfy { a[score: $0] == b[score: $0] }
            && a.notes == b.notes
            && a.survey.map(\.measure) == b.survey.map(\.measure)
            && a.survey.map(\.stat) == b.survey.map(\.stat)
            && a.poll.map(\.measure) == b.poll.map(\.measure) && a.poll.map(\.stat) == b.poll.map(\.stat)
            && a.surveySatisfaction == b.surveySatisfaction
    }
}

/// Capability of people, process or technology to deliver a requirement (step 6).
public enum Capability: String, Sendable, CaseIterable, Equatable {
    case ready, adjust, build
}

/// What the team decided about a requirement in step 6.
public enum Decision: String, Sendable, CaseIterable, Equatable {
    case pursue, `defer`, drop
}

/// Step 6: a requirement held against strategy and capability.
public struct Alignment: Equatable, Sendable {
    /// How well the requirement fits the strategy, on the workbook's scale.
    public var strategyFit: Double?
    public var people: Capability?
    public var process: Capability?
    public var technology: Capability?
    public var decision: Decision?
    public var rationale: String

    public init(
        strategyFit: Double? = nil, people: Capability? = nil, process: Capability? = nil,
        technology: Capability? = nil, decision: Decision? = nil, rationale: String = ""
    ) {
        self.strategyFit = strategyFit
        self.people = people
        self.process = process
        self.technology = technology
        self.decision = decision
        self.rationale = rationale
    }
}

/// Which direction of a KPI is an improvement.
public enum Better: String, Sendable, CaseIterable, Equatable {
    case higher, lower
}

/// Step 7: a measure that feeds back whether a requirement worked.
public struct KPI: Equatable, Sendable {
    public var id: String
    public var metric: String
    public var unit: String
    public var better: Better
    public var baseline: Double?
    public var target: Double?
    public var actual: Double?
    /// ISO date `YYYY-MM-DD`, or nil when not measured yet.
    public var measuredOn: String?

    public init(
        id: String, metric: String, unit: String = "", better: Better = .higher,
        baseline: Double? = nil, target: Double? = nil, actual: Double? = nil, measuredOn: String? = nil
    ) {
        self.id = id
        self.metric = metric
        self.unit = unit
        self.better = better
        self.baseline = baseline
        self.target = target
        self.actual = actual
        self.measuredOn = measuredOn
    }
}

/// Step 5: something the business will do to close gaps, linked to the factors it improves.
public struct Requirement: Equatable, Sendable {
    public var id: String
    public var title: String
    public var factors: [String]
    public var targetExperience: Double?
    /// The action plan (optional keys, omitted from the file when not set): who, by when, how far, at what cost.
    public var owner: String?
    /// ISO date `YYYY-MM-DD`.
    public var due: String?
    public var status: ActionStatus?
    public var cost: Double?
    public var alignment: Alignment
    public var kpis: [KPI]

    public init(
        id: String, title: String, factors: [String] = [], targetExperience: Double? = nil,
        owner: String? = nil, due: String? = nil, status: ActionStatus? = nil, cost: Double? = nil,
        alignment: Alignment = Alignment(), kpis: [KPI] = []
    ) {
        self.id = id
        self.title = title
        self.factors = factors
        self.targetExperience = targetExperience
        self.owner = owner
        self.due = due
        self.status = status
        self.cost = cost
        self.alignment = alignment
        self.kpis = kpis
    }
}

/// Where a requirement's action stands; written `planned`, `in-progress`, `done`, `dropped`.
public enum ActionStatus: String, CaseIterable, Sendable, Equatable {
    case planned
    case inProgress = "in-progress"
    case done
    case dropped
}

/// A closed cycle, archived with the scores as they were.
public struct Cycle: Equatable, Sendable {
    public var cycle: Int
    /// ISO date `YYYY-MM-DD` the cycle was closed on.
    public var closedOn: String?
    public var brandStatement: String
    public var factors: [Factor]
    /// The requirements with their decisions and KPI results as they were when the cycle closed.
    public var requirements: [Requirement]

    public init(cycle: Int, closedOn: String?, brandStatement: String, factors: [Factor], requirements: [Requirement] = []) {
        self.cycle = cycle
        self.closedOn = closedOn
        self.brandStatement = brandStatement
        self.factors = factors
        self.requirements = requirements
    }
}

/// One CEM workbook: everything a consultant and a client enter while walking the seven steps.
public struct Workbook: Equatable, Sendable {
    public static let format = "cem-workbook"
    public static let formatVersion = 1

    public var title: String
    public var language: Language?
    public var cycle: Int
    public var scale: Scale
    public var importanceScale: Scale
    public var brandStatement: String
    public var factors: [Factor]
    public var requirements: [Requirement]
    /// Interactions and their moments (Model/Encounters.swift); written only when there are some.
    public var encounters: [Encounter] = []
    /// Test-against-control experiments (step 7); written only when there are some.
    public var experiments: [Experiment] = []
    public var history: [Cycle]

    public init(
        title: String = "", language: Language? = nil, cycle: Int = 1,
        scale: Scale = .standard, importanceScale: Scale = .standard,
        brandStatement: String = "", factors: [Factor] = [], requirements: [Requirement] = [],
        history: [Cycle] = []
    ) {
        self.title = title
        self.language = language
        self.cycle = cycle
        self.scale = scale
        self.importanceScale = importanceScale
        self.brandStatement = brandStatement
        self.factors = factors
        self.requirements = requirements
        self.history = history
    }

    /// The scale a score field is measured on: importance has its own.
    public func scale(for field: ScoreField) -> Scale {
        field == .importance ? importanceScale : scale
    }

    public func factor(id: String) -> Factor? { factors.first { $0.id == id } }
}

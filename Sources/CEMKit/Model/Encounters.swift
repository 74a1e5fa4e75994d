// Interactions (encounters) and their moments, and experiments that test a redesign (steps 5–7), as value types.

/// How a moment feels from the customer's side: −2 very unpleasant … +2 very pleasant.
public enum Feeling {
    public static let range = -2...2
}

/// One moment of an interaction, in the order the customer lives it.
public struct Moment: Equatable, Sendable {
    public var id: String
    public var name: String
    /// −2 … +2, or nil while unknown.
    public var feeling: Int?
    /// How long the moment takes, in minutes; nil when not known.
    public var minutes: Double?
    /// The customer chooses among options here.
    public var choice: Bool
    /// The moment keeps its position when the interaction is reordered (a greeting stays first).
    public var fixed: Bool

    public init(id: String, name: String, feeling: Int? = nil, minutes: Double? = nil, choice: Bool = false, fixed: Bool = false) {
        self.id = id
        self.name = name
        self.feeling = feeling
        self.minutes = minutes
        self.choice = choice
        self.fixed = fixed
    }
}

/// An interaction with the customer (a call, a visit), the factors and requirements it serves, and its moments.
public struct Encounter: Equatable, Sendable {
    public var id: String
    public var name: String
    public var factors: [String]
    public var requirements: [String]
    /// The interaction happens again and again (a follow-up call), rather than once.
    public var repeats: Bool
    /// How often it repeats, in days; nil when it does not repeat or it is not known.
    public var everyDays: Double?
    /// The same person handles it each time; nil when not known.
    public var samePerson: Bool?
    public var moments: [Moment]
    public var notes: String

    public init(id: String, name: String, factors: [String] = [], requirements: [String] = [], repeats: Bool = false,
                everyDays: Double? = nil, samePerson: Bool? = nil, moments: [Moment] = [], notes: String = "") {
        self.id = id
        self.name = name
        self.factors = factors
        self.requirements = requirements
        self.repeats = repeats
        self.everyDays = everyDays
        self.samePerson = samePerson
        self.moments = moments
        self.notes = notes
    }
}

/// One arm of an experiment: a mean with its spread over n, or successes out of n.
public enum ExperimentGroup: Equatable, Sendable {
    case mean(n: Int, mean: Double, sd: Double?)
    case proportion(n: Int, successes: Int)

    public var n: Int {
        switch self {
        case .mean(let n, _, _), .proportion(let n, _): return n
        }
    }
}

/// Step 7: a test group against a control group on one metric, linked to what it tests.
public struct Experiment: Equatable, Sendable {
    public var id: String
    public var title: String
    public var metric: String
    public var unit: String
    public var better: Better
    /// The requirement the experiment tests, by id; nil when none.
    public var requirement: String?
    /// The interaction the experiment tests, by id; nil when none.
    public var encounter: String?
    public var test: ExperimentGroup?
    public var control: ExperimentGroup?
    public var notes: String

    public init(id: String, title: String = "", metric: String, unit: String = "", better: Better = .higher,
                requirement: String? = nil, encounter: String? = nil, test: ExperimentGroup? = nil,
                control: ExperimentGroup? = nil, notes: String = "") {
        self.id = id
        self.title = title
        self.metric = metric
        self.unit = unit
        self.better = better
        self.requirement = requirement
        self.encounter = encounter
        self.test = test
        self.control = control
        self.notes = notes
    }
}

extension Workbook {
    public func encounter(id: String) -> Encounter? { encounters.first { $0.id == id } }
    public func experiment(id: String) -> Experiment? { experiments.first { $0.id == id } }
}

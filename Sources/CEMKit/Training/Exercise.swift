// A training exercise: a scenario, a workbook in the format of DESIGN §3, and questions.
// A question names WHAT to compute; its model answer is derived from `Analysis(workbook)` at run time
// (ModelAnswer.swift), so an exercise file never carries its own arithmetic.

/// What a question asks the learner to find. Each kind belongs to one step of the method.
public enum QuestionKind: String, Sendable, CaseIterable, Equatable {
    /// Step 1: a factor with the highest brand value (any of them when tied).
    case brandValueDriver
    /// Step 2: experience − expectation of a factor.
    case satisfaction
    /// Step 2: the mean satisfaction over the factors.
    case meanSatisfaction
    /// Step 3: importance × satisfaction of a factor.
    case weightedSatisfaction
    /// Step 3: Σ importance·satisfaction / Σ importance.
    case weightedSatisfactionIndex
    /// Step 3: the factor with the most negative weighted satisfaction.
    case keyExperience
    /// Step 3: every key experience (multi-select, in any order).
    case keyExperiences
    /// Step 3: the key experiences in order, most negative first (ranking).
    case keyExperienceOrder
    /// Any step (`step` in the file): an open question, answered in words, with a model answer and a
    /// checklist for the trainer; recorded, never marked by cem.
    case open
    /// Step 3 (IPA): the quadrant of a factor.
    case quadrant
    /// Step 4: experience − ideal of a factor.
    case gap
    /// Step 4: importance × gap of a factor.
    case weightedGap
    /// Step 4: the factor with the most negative weighted gap.
    case largestGap
    /// Step 5: the (not dropped) requirement linked to the factor with the largest gap.
    case largestGapRequirement
    /// Step 5: a requirement's priority.
    case requirementPriority
    /// Step 6: among the requirements decided to be pursued, the one with the highest priority.
    case topPursuedRequirement
    /// Step 7: whether a KPI was met.
    case kpiMet
    /// Step 7: actual − target of a KPI.
    case kpiDeviation
    /// Step 7: a factor's satisfaction now minus its satisfaction in a closed cycle of `history`.
    case satisfactionChange
    /// Step 5: an interaction's moments in the order the behavioural principles propose (Behaviour/ProposedOrder.swift).
    case proposedOrder
    /// Step 7: an experiment's difference, test − control (points, or percentage points).
    case experimentDifference
    /// Step 7: whether an experiment's difference is significant at 5%.
    case experimentSignificant

    public var step: Int {
        switch self {
        case .brandValueDriver: return 1
        case .satisfaction, .meanSatisfaction: return 2
        case .weightedSatisfaction, .weightedSatisfactionIndex, .keyExperience, .quadrant, .keyExperiences, .keyExperienceOrder: return 3
        case .open: return 0
        case .gap, .weightedGap, .largestGap: return 4
        case .largestGapRequirement, .requirementPriority, .proposedOrder: return 5
        case .topPursuedRequirement: return 6
        case .kpiMet, .kpiDeviation, .satisfactionChange, .experimentDifference, .experimentSignificant: return 7
        }
    }

    /// The target a question of this kind must name.
    public var target: QuestionTarget {
        switch self {
        case .satisfaction, .weightedSatisfaction, .quadrant, .gap, .weightedGap, .satisfactionChange: return .factor
        case .requirementPriority: return .requirement
        case .kpiMet, .kpiDeviation: return .kpi
        case .proposedOrder: return .encounter
        case .experimentDifference, .experimentSignificant: return .experiment
        default: return .none
        }
    }

    /// Whether `cycle` may select a closed cycle of `history` for this kind.
    public var allowsCycle: Bool {
        switch self {
        case .largestGapRequirement, .requirementPriority, .topPursuedRequirement, .kpiMet, .kpiDeviation, .open,
             .proposedOrder, .experimentDifference, .experimentSignificant: return false
        default: return true
        }
    }
}

public enum QuestionTarget: Sendable, Equatable {
    case none, factor, requirement, kpi, encounter, experiment
}

/// What a question expects when its answer is a tie: any of the tied answers (the learner is told it was a
/// tie), or all of them, named in one line in any order.
public enum TieRule: String, Sendable, CaseIterable, Equatable {
    case any, all
}

extension QuestionKind {
    /// Whether the answer of this kind can be a tie (several factors or requirements equally first).
    public var canTie: Bool {
        switch self {
        case .brandValueDriver, .keyExperience, .largestGap, .topPursuedRequirement: return true
        default: return false
        }
    }
}

public enum ExerciseLevel: String, Sendable, CaseIterable, Equatable {
    case beginner, intermediate, advanced
}

public struct ExerciseQuestion: Equatable, Sendable {
    public var id: String
    public var kind: QuestionKind
    /// A factor, requirement or KPI id, as `kind.target` asks; KPIs may be written `R1/K1`.
    public var target: String?
    /// A closed cycle of the workbook's history to compute on (for satisfactionChange: the cycle compared with).
    public var cycle: Int?
    /// How far a numeric answer may be from the model answer and still count as right.
    public var tolerance: Double
    /// What a tie expects (`ties` in the file); nil when the author did not say.
    public var ties: TieRule?
    /// The question as asked, when the exercise words it itself; otherwise a standard wording is used.
    public var prompt: String
    /// Why it matters: shown after the answer.
    public var explanation: String
    /// An open question's step (1–7), model answer and the points a trainer looks for.
    public var openStep: Int?
    public var modelAnswer: String = ""
    public var checklist: [String] = []

    public init(id: String, kind: QuestionKind, target: String? = nil, cycle: Int? = nil,
                tolerance: Double = Exercise.defaultTolerance, ties: TieRule? = nil, prompt: String = "", explanation: String = "") {
        self.id = id
        self.kind = kind
        self.target = target
        self.cycle = cycle
        self.tolerance = tolerance
        self.ties = ties
        self.prompt = prompt
        self.explanation = explanation
    }

    public var step: Int { openStep ?? kind.step }
}

public struct Exercise: Equatable, Sendable {
    public static let format = "cem-exercise"
    public static let formatVersion = 1
    public static let defaultTolerance = 0.01

    public var id: String
    public var language: Language
    public var title: String
    public var industry: String
    public var level: ExerciseLevel
    public var scenario: String
    public var workbook: Workbook
    public var questions: [ExerciseQuestion]
    /// The spread of each score for variants (`variants` in the file).
    public var variants: [ScoreField: Int] = Exercise.defaultVariants
    /// Which variant this is (`--variant N`); nil for the exercise as written.
    public var variantNumber: Int?

    public init(id: String, language: Language, title: String, industry: String, level: ExerciseLevel,
                scenario: String, workbook: Workbook, questions: [ExerciseQuestion]) {
        self.id = id
        self.language = language
        self.title = title
        self.industry = industry
        self.level = level
        self.scenario = scenario
        self.workbook = workbook
        self.questions = questions
    }

    /// The steps the questions cover, in order.
    public var steps: [Int] { Array(Set(questions.map(\.step))).sorted() }
}

/// The keys of an exercise file, in the order they are written.
public enum ExerciseKeys {
    public static let root = ["format", "formatVersion", "id", "language", "title", "industry", "level", "scenario",
                              "workbook", "variants", "questions"]
    public static let question = ["id", "kind", "factor", "requirement", "kpi", "encounter", "experiment", "cycle", "tolerance", "ties", "step", "prompt", "explanation",
                                  "modelAnswer", "checklist"]
}

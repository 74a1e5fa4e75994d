// The one list of the figures the engine derives per factor: where each lives in the analysis, its
// JSON key, its label in both languages, its step and its inputs. Tables, CSV, JSON and the
// too-large check read this list; adding a figure is one entry here (and its formula in Analysis).

public struct DerivedFigure: Sendable {
    /// The key in `cem report --format json` (DESIGN §5); a contract, never renamed.
    public let key: String
    /// The step of the method that derives it.
    public let step: Int
    /// The scores it needs; with all of them present it is missing only when too large to hold.
    public let inputs: [ScoreField]
    /// The input after which JSON and CSV list it (after the figures before it with the same input).
    public let after: ScoreField
    /// Whether `cem diff` (a score change's effect) and `cem compare` (cycle over cycle) show it.
    public let compared: Bool
    /// Where the figure lives in a factor's analysis.
    public let value: @Sendable (FactorAnalysis) -> Double?
    private let words: @Sendable (ReportWords) -> String
    private let inSentence: @Sendable (ReportWords) -> String

    init(key: String, step: Int, inputs: [ScoreField], after: ScoreField, compared: Bool,
         value: @escaping @Sendable (FactorAnalysis) -> Double?, label: @escaping @Sendable (ReportWords) -> String,
         phrase: @escaping @Sendable (ReportWords) -> String) {
        self.key = key
        self.step = step
        self.inputs = inputs
        self.after = after
        self.compared = compared
        self.value = value
        self.words = label
        self.inSentence = phrase
    }

    /// The column header and name of the figure.
    public func label(_ language: Language) -> String { words(ReportWords(language)) }

    /// The figure's name inside a sentence ("weighted satisfaction −18 → −9").
    public func phrase(_ language: Language) -> String { inSentence(ReportWords(language)) }
}

extension DerivedFigure {
    /// Step 2c: experience − expectation.
    public static let satisfaction = DerivedFigure(
        key: "satisfaction", step: 2, inputs: [.experience, .expectation], after: .expectation, compared: true,
        value: { $0.satisfaction }, label: { $0.satisfactionLabel }, phrase: { $0.satisfactionPhrase })
    /// Step 3: importance × satisfaction.
    public static let weightedSatisfaction = DerivedFigure(
        key: "weightedSatisfaction", step: 3, inputs: [.experience, .expectation, .importance], after: .importance,
        compared: true,
        value: { $0.weightedSatisfaction }, label: { $0.weightedSatisfactionLabel }, phrase: { $0.weightedSatisfactionPhrase })
    /// Step 4b: experience − ideal.
    public static let gap = DerivedFigure(
        key: "gap", step: 4, inputs: [.experience, .ideal], after: .ideal, compared: true,
        value: { $0.gap }, label: { $0.gapLabel }, phrase: { $0.gapPhrase })
    /// Step 4: importance × gap.
    public static let weightedGap = DerivedFigure(
        key: "weightedGap", step: 4, inputs: [.experience, .ideal, .importance], after: .ideal, compared: false,
        value: { $0.weightedGap }, label: { $0.weightedGapLabel }, phrase: { $0.weightedGapPhrase })

    /// Every derived figure per factor, in the method's order.
    public static let all: [DerivedFigure] = [satisfaction, weightedSatisfaction, gap, weightedGap]

    /// The figures `cem diff` and `cem compare` follow, in the method's order.
    public static var comparedFigures: [DerivedFigure] { all.filter(\.compared) }

    /// The inputs and derived figures of a factor in the order JSON and CSV list them: each input,
    /// then the figures listed after it.
    public static var columns: [FactorColumn] {
        ScoreField.allCases.flatMap { field in
            [FactorColumn.input(field)] + all.filter { $0.after == field }.map(FactorColumn.derived)
        }
    }
}

/// How one derived figure moved between two analyses (two versions of a workbook, or two cycles).
public struct FigureMove: Equatable, Sendable {
    /// The figure's key in DerivedFigure.
    public var key: String
    public var change: FigureChange

    public init(key: String, change: FigureChange) {
        self.key = key
        self.change = change
    }

    /// The compared figures of a factor from one analysis to another.
    public static func compared(from a: FactorAnalysis?, to b: FactorAnalysis?) -> [FigureMove] {
        DerivedFigure.comparedFigures.map { f in
            FigureMove(key: f.key, change: FigureChange(from: a.flatMap(f.value), to: b.flatMap(f.value)))
        }
    }
}

extension [FigureMove] {
    /// The move of one figure; no change known when it is not followed.
    public subscript(key: String) -> FigureChange {
        first { $0.key == key }?.change ?? FigureChange(from: nil, to: nil)
    }
}

/// One figure column of a factor: a score the user gives, or a figure the engine derives.
public enum FactorColumn: Sendable {
    case input(ScoreField)
    case derived(DerivedFigure)

    public var key: String {
        switch self {
        case .input(let field): return field.rawValue
        case .derived(let figure): return figure.key
        }
    }

    public func value(_ factor: FactorAnalysis) -> Double? {
        switch self {
        case .input(let field): return factor[input: field]
        case .derived(let figure): return figure.value(factor)
        }
    }
}

extension FactorAnalysis {
    /// A score as the analysis carries it.
    public subscript(input field: ScoreField) -> Double? {
        switch field {
        case .brandValue: return brandValue
        case .experience: return experience
        case .expectation: return expectation
        case .importance: return importance
        case .ideal: return ideal
        }
    }
}

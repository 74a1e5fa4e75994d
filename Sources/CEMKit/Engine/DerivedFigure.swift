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
    /// Where the figure lives in a factor's analysis.
    public let value: @Sendable (FactorAnalysis) -> Double?
    private let words: @Sendable (ReportWords) -> String

    init(key: String, step: Int, inputs: [ScoreField], after: ScoreField,
         value: @escaping @Sendable (FactorAnalysis) -> Double?, label: @escaping @Sendable (ReportWords) -> String) {
        self.key = key
        self.step = step
        self.inputs = inputs
        self.after = after
        self.value = value
        self.words = label
    }

    /// The column header and name of the figure.
    public func label(_ language: Language) -> String { words(ReportWords(language)) }
}

extension DerivedFigure {
    /// Step 2c: experience − expectation.
    public static let satisfaction = DerivedFigure(
        key: "satisfaction", step: 2, inputs: [.experience, .expectation], after: .expectation,
        value: { $0.satisfaction }, label: { $0.satisfactionLabel })
    /// Step 3: importance × satisfaction.
    public static let weightedSatisfaction = DerivedFigure(
        key: "weightedSatisfaction", step: 3, inputs: [.experience, .expectation, .importance], after: .importance,
        value: { $0.weightedSatisfaction }, label: { $0.weightedSatisfactionLabel })
    /// Step 4b: experience − ideal.
    public static let gap = DerivedFigure(
        key: "gap", step: 4, inputs: [.experience, .ideal], after: .ideal,
        value: { $0.gap }, label: { $0.gapLabel })
    /// Step 4: importance × gap.
    public static let weightedGap = DerivedFigure(
        key: "weightedGap", step: 4, inputs: [.experience, .ideal, .importance], after: .ideal,
        value: { $0.weightedGap }, label: { $0.weightedGapLabel })

    /// Every derived figure per factor, in the method's order.
    public static let all: [DerivedFigure] = [satisfaction, weightedSatisfaction, gap, weightedGap]

    /// The inputs and derived figures of a factor in the order JSON and CSV list them: each input,
    /// then the figures listed after it.
    public static var columns: [FactorColumn] {
        ScoreField.allCases.flatMap { field in
            [FactorColumn.input(field)] + all.filter { $0.after == field }.map(FactorColumn.derived)
        }
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

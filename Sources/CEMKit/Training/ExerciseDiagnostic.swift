// Problems found in an exercise file, as values, rendered in the same one-line form as a workbook's:
// `file:line:column path: what is wrong; how to fix it`. Problems of the embedded workbook are the
// workbook reader's own, with their path under `workbook`.

public enum ExerciseProblem: Equatable, Sendable {
    /// A problem the workbook reader reports (shapes, keys, ids, scores…), reused as it is.
    case workbook(Problem)
    /// The file is not an exercise (`format` is something else, or the root is not an object).
    case notAnExercise(found: String)
    case unknownQuestionKind(String, suggestion: String?)
    case unknownRequirement(String, suggestion: String?)
    case unknownKPI(String, suggestion: String?)
    /// A KPI id used by several requirements: the question must say which (`R1/K1`).
    case ambiguousKPI(String, requirements: [String])
    /// The question needs a factor, requirement or KPI (the key to add).
    case missingTarget(kind: String, key: String)
    /// The question names a target its kind does not use.
    case targetNotUsed(kind: String, key: String)
    case noSuchCycle(Int, available: [Int])
    case cycleNotUsed(kind: String)
    case duplicateQuestionID(String, firstLine: Int)
    case emptyText(String)
    case noQuestions
    case badTolerance(Double)
    /// The engine gives no figure for this question from the workbook.
    case noModelAnswer(kind: String)
}

/// A problem of an exercise file with where it is: the workbook's `Located`, holding an `ExerciseProblem`.
public typealias ExerciseDiagnostic = Located<ExerciseProblem>

extension ExerciseDiagnostic {
    /// The problem as one line in the language of `strings`; the workbook reader's problems keep its wording
    /// (the training table passes them to the workbook table). User values are made inert: one line, always.
    public func line(file: String, strings: ReportWords) -> String {
        let t = trainingStrings(strings.language)
        var fix = t.fix(problem)
        if case .workbook(let inner) = problem, let better = CLIWords(strings.language).readerFix(inner) { fix = better }
        return diagnosticLine(file: file, position: position, path: path, problem: t.problem(problem), fix: fix,
                              language: strings.language)
    }
}

/// An exercise could not be read: every problem found, in file order.
public struct ExerciseError: Error, Equatable, Sendable {
    public var diagnostics: [ExerciseDiagnostic]

    public init(_ diagnostics: [ExerciseDiagnostic]) { self.diagnostics = diagnostics }
}

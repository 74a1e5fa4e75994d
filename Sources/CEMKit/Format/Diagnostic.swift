// Problems found while reading a workbook, as values. Rendering them in the user's language
// lives in Localization/ so the reader stays independent of wording.

/// The kind of identifier a rule applies to.
public enum IDKind: String, Sendable, Equatable {
    case factor, requirement, kpi, encounter, moment, experiment
}

/// What is wrong with a workbook file.
public enum Problem: Equatable, Sendable {
    case fileTooLarge(bytes: Int, limit: Int)
    case emptyFile
    case notUTF8
    case mergeConflict(markerLines: [Int])
    case syntax(JSONSyntaxError.Reason)
    case wrongType(expected: String, found: String)
    case missingKey(String)
    case unknownKey(String, suggestion: String?)
    case notAWorkbook(found: String)
    case newerFormatVersion(Int, supported: Int)
    case invalidFormatVersion
    case duplicateID(String, kind: IDKind, firstLine: Int)
    case badID(String, kind: IDKind)
    case unknownFactor(String, suggestion: String?)
    case outOfScale(value: Double, scale: Scale, field: String)
    case badScale(min: Double, max: Double)
    case notAllowed(value: String, allowed: [String])
    case badDate(String)
    case notWholeNumber(value: Double, minimum: Int)
    case unknownMeasure(String, suggestion: String?, allowed: [String])
    case duplicateFactorLink(String)
    /// A number outside the format's numeric domain (`NumericDomain`).
    case outsideDomain(value: Double, quantity: NumericDomain.Quantity)
    /// A problem with an interaction or an experiment (Format/WorkbookDecoder+Encounters.swift).
    case behaviour(BehaviourProblem)
    /// More problems were found than are listed (`Diagnostic.limit`); this many more.
    case moreProblems(Int)
}

/// One problem with where it is: position in the file (when known) and JSON path. A workbook's problems
/// (`Diagnostic`) and an exercise's (`ExerciseDiagnostic`) are this one type; each renders its own kind.
public struct Located<Kind: Equatable & Sendable>: Equatable, Sendable {
    /// The most problems listed for one file; a last line counts the rest. A file with a million
    /// mistakes gets a readable answer in linear time, not a million lines.
    public static var limit: Int { 1_000 }

    public var position: SourcePosition?
    /// A JSON path such as `factors[3].experience`; empty for the whole file.
    public var path: String
    public var problem: Kind

    public init(_ problem: Kind, at position: SourcePosition?, path: String = "") {
        self.problem = problem
        self.position = position
        self.path = path
    }
}

/// A problem of a workbook file with where it is.
public typealias Diagnostic = Located<Problem>

/// A workbook could not be read: every problem found, in file order.
public struct WorkbookError: Error, Equatable, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}

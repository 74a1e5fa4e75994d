// What can go wrong reading a survey file, as values. Lines are 1-based lines of the file; columns are
// 1-based positions of the field in its row (the spreadsheet column number), with the header's name.

public enum SurveyError: Error, Equatable, Sendable {
    case emptyFile
    case noRespondents
    case unterminatedQuote(line: Int, column: Int)
    case fieldTooLong(line: Int, column: Int, limit: Int)
    case raggedRow(line: Int, fields: Int, expected: Int)
    case duplicateColumn(String, first: Int, second: Int)
    case unknownFactor(column: String, id: String, suggestion: String?)
    case unknownMeasure(column: String, measure: String, suggestion: String?)
    case noScoreColumns
    /// The header is one column holding this other delimiter (`;`, `tab`, `|`): `--delimiter` is needed.
    case wrongDelimiter(found: String)
    case notANumber(line: Int, column: Int, name: String, text: String)
    case outOfScale(line: Int, column: Int, name: String, value: Double, scale: Scale)
    case unknownColumn(option: String, name: String, suggestion: String?)
    case noMatch(column: String, value: String)
    /// No respondent meets every `--where` condition (each `column = value`).
    case noMatchAll([String])
    case tooManySegments(column: String, limit: Int)
    case needsOverall
    /// Every row matching `--where` was blank or had only cells left out by `--on-error skip`.
    case noUsableRows(rows: Int, skippedCells: Int)
    /// Respondents, but not one factor score among their answers (only `overall`, say): nothing to import.
    case nothingImported
    /// `--importance derived` and not one weight could be derived.
    case cannotDerive(DriverRefusal)
    /// Text that is not UTF-8 (and no `--encoding` or byte-order mark said otherwise).
    case notUTF8(line: Int, column: Int)
    /// A byte sequence that is not valid in the encoding the file was read as, at this byte of the file.
    case badEncoding(encoding: String, offset: Int)
    /// A limit of the reader or a figure that cannot be stored; the words are `SurveyWords.refusal`.
    case refused(SurveyRefusal)
    /// The column map (`--map`) cannot be read, or does not fit the export.
    case map(SurveyMapProblem)
    /// The map's survey scale is not the workbook's, and `--rescale` was not given.
    case scaleMismatch(survey: Scale, workbook: Scale, importance: Bool)
    /// No map said the survey's scale, the answers clearly show one (`seen`) that is not the workbook's,
    /// and `--rescale` was not given.
    case detectedScaleMismatch(detected: Scale, seen: SurveyRange, workbook: Scale, importance: Bool)
    /// `--weight`: a respondent's weight is blank, not a number, negative or not finite (`text` as in the cell).
    case badWeight(line: Int, column: Int, name: String, text: String)
    /// `--weight` names a score column.
    case weightIsScore(column: String)
}

/// Why derived importance could not give any factor a weight.
public enum DriverRefusal: Error, Equatable, Sendable {
    /// `n` respondents answered every factor's experience and overall; `minimum` are needed for the
    /// `factors` in the model; `empty`: experience columns (or `overall`) without any answer.
    case tooFew(n: Int, minimum: Int, factors: Int, empty: [String])
    /// Overall satisfaction has the same answer from every respondent used: nothing to explain.
    case constantOverall
    /// No experience column varies.
    case noVariation
}

/// What the survey side refuses so that no input can exhaust memory or write a number JSON cannot hold.
public enum SurveyRefusal: Error, Equatable, Sendable {
    /// The header has more than `limit` columns (`SurveyLimits.maximumColumns`).
    case tooManyColumns(limit: Int)
    /// The header's names together are longer than `limit` bytes (`SurveyLimits.maximumHeaderBytes`).
    case headerTooLong(limit: Int)
    /// A statistic of this column came out infinite or not a number (answers spanning ±1.8e308).
    case notFinite(column: String)
}

/// The bounds of a survey file, documented in `cem import --help`'s words and README.
public enum SurveyLimits {
    /// Columns of the header: 10,000 (a wide questionnaire has a few hundred).
    public static let maximumColumns = 10_000
    /// Bytes of all header names together: 1 MiB.
    public static let maximumHeaderBytes = 1 << 20
    /// Characters of a name given to the "did you mean" suggester (longer names get no suggestion), and
    /// candidates it compares against: the suggester's cost is their product, so both are bounded.
    public static let maximumSuggestedName = 64
    public static let maximumSuggestionCandidates = 10_000
}

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
    case notANumber(line: Int, column: Int, name: String, text: String)
    case outOfScale(line: Int, column: Int, name: String, value: Double, scale: Scale)
    case unknownColumn(option: String, name: String, suggestion: String?)
    case noMatch(column: String, value: String)
    case tooManySegments(column: String, limit: Int)
    case needsOverall
}

// Survey values made safe to print: every CSV header name, cell text, segment value and option value
// that reaches a terminal goes through `String.inert` (no escape sequence, no second line), cut to a
// length a message can carry.

extension String {
    /// Inert, and at most `limit` characters (then ending in `…`): a 100,000-character header name in a
    /// one-line message is noise.
    public func inertClipped(_ limit: Int = 120) -> String {
        // `utf8.count` is O(1) for native strings: the common short case never counts characters.
        if utf8.count <= limit { return inert }
        var clipped = ""
        var count = 0
        for character in self {
            if count == limit {
                clipped += "…"
                return clipped.inert
            }
            clipped.append(character)
            count += 1
        }
        return clipped.inert
    }
}

extension SurveyError {
    /// The error with every name and text from the file or the command line made printable.
    public var inert: SurveyError {
        switch self {
        case .duplicateColumn(let name, let first, let second):
            return .duplicateColumn(name.inertClipped(), first: first, second: second)
        case .unknownFactor(let column, let id, let suggestion):
            return .unknownFactor(column: column.inertClipped(), id: id.inertClipped(), suggestion: suggestion?.inertClipped())
        case .unknownMeasure(let column, let measure, let suggestion):
            return .unknownMeasure(column: column.inertClipped(), measure: measure.inertClipped(), suggestion: suggestion?.inertClipped())
        case .notANumber(let line, let column, let name, let text):
            return .notANumber(line: line, column: column, name: name.inertClipped(), text: text.inertClipped())
        case .outOfScale(let line, let column, let name, let value, let scale):
            return .outOfScale(line: line, column: column, name: name.inertClipped(), value: value, scale: scale)
        case .unknownColumn(let option, let name, let suggestion):
            return .unknownColumn(option: option, name: name.inertClipped(), suggestion: suggestion?.inertClipped())
        case .noMatch(let column, let value):
            return .noMatch(column: column.inertClipped(), value: value.inertClipped())
        case .noMatchAll(let conditions):
            return .noMatchAll(conditions.map { $0.inertClipped() })
        case .tooManySegments(let column, let limit):
            return .tooManySegments(column: column.inertClipped(), limit: limit)
        case .refused(.notFinite(let column)):
            return .refused(.notFinite(column: column.inertClipped()))
        case .cannotDerive(.tooFew(let n, let minimum, let factors, let empty)):
            return .cannotDerive(.tooFew(n: n, minimum: minimum, factors: factors, empty: empty.map { $0.inertClipped() }))
        case .map(let problem):
            return .map(problem.inert)
        case .badWeight(let line, let column, let name, let text):
            return .badWeight(line: line, column: column, name: name.inertClipped(), text: text.inertClipped())
        case .weightIsScore(let column):
            return .weightIsScore(column: column.inertClipped())
        case .scaleMismatch, .detectedScaleMismatch:
            return self
        case .emptyFile, .noRespondents, .unterminatedQuote, .fieldTooLong, .raggedRow, .noScoreColumns, .needsOverall, .refused,
             .noUsableRows, .nothingImported, .cannotDerive, .notUTF8, .badEncoding, .wrongDelimiter:
            return self
        }
    }
}

extension SurveySummary {
    /// The summary with its column names, skipped-cell columns and segment values made printable.
    public var inert: SurveySummary {
        var copy = self
        copy.columns = columns.map { $0.inertClipped() }
        for i in copy.slots.indices { copy.slots[i].name = slots[i].name.inertClipped() }
        copy.skipped = skipped.map { ($0.column.inertClipped(), $0.count) }
        copy.segments = segments.map { ($0.value.inertClipped(), $0.respondents, $0.moments) }
        return copy
    }
}

// The English table.

public struct EnglishStrings: Strings {
    public init() {}
    public var language: Language { .en }

    public func stepTitle(_ step: Int) -> String {
        switch step {
        case 1: return "Understand your brand value: why customers come to you"
        case 2: return "Understand current experience and expectations"
        case 3: return "Identify the key experiences"
        case 4: return "Gap analysis: ideal vs actual experience"
        case 5: return "Set requirements that close the gaps"
        case 6: return "Align requirements with strategy and capabilities"
        default: return "Feedback for continuous improvement"
        }
    }

    public func stepLabel(_ step: Int) -> String { "Step \(step)" }
    public var incomplete: String { "incomplete" }

    public var factor: String { "Factor" }
    public var requirement: String { "Req." }
    public var title: String { "Title" }
    public var cycle: String { "Cycle" }
    public func scoreName(_ field: ScoreField) -> String {
        switch field {
        case .brandValue: return "Brand value"
        case .experience: return "Experience"
        case .expectation: return "Expectation"
        case .importance: return "Importance"
        case .ideal: return "Ideal"
        }
    }
    public var satisfaction: String { "Satisfaction" }
    public var weightedSatisfaction: String { "Weighted sat." }
    public var gap: String { "Gap" }
    public var weightedGap: String { "Weighted gap" }
    public var quadrant: String { "IPA quadrant" }
    public var factors: String { "Factors" }
    public var target: String { "Target" }
    public var priority: String { "Priority" }
    public var strategyFit: String { "Fit" }
    public var people: String { "People" }
    public var process: String { "Process" }
    public var technology: String { "Tech." }
    public var decisionHeader: String { "Decision" }
    public var kpi: String { "KPI" }
    public var metric: String { "Metric" }
    public var better: String { "Better" }
    public var baseline: String { "Baseline" }
    public var actual: String { "Actual" }
    public var deviation: String { "Deviation" }
    public var met: String { "Met" }
    public var measuredOn: String { "Measured on" }

    public func quadrantName(_ q: Quadrant) -> String {
        switch q {
        case .concentrateHere: return "concentrate here"
        case .keepUpTheGoodWork: return "keep up the good work"
        case .lowPriority: return "low priority"
        case .possibleOverkill: return "possible overkill"
        }
    }
    public func capability(_ c: Capability) -> String { c.rawValue }
    public func decision(_ d: Decision) -> String { d.rawValue }
    public func better(_ b: Better) -> String { b.rawValue }
    public func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }

    public func brandStatement(_ text: String) -> String { "Brand statement: " + (text.isEmpty ? "—" : text) }
    public func brandValueDrivers(_ list: String) -> String { "Brand-value drivers: \(list)" }
    public var noBrandValueDrivers: String { "Brand-value drivers: — (no brand value entered yet)" }
    public func indexes(mean: String, weighted: String) -> String {
        "Mean satisfaction: \(mean); weighted satisfaction index: \(weighted)"
    }
    public func keyExperiences(_ list: String) -> String { "Key experiences: \(list)" }
    public var noKeyExperience: String { "Key experiences: none (no factor has a negative weighted satisfaction)" }
    public func ipaCuts(experience: String, importance: String, method: String) -> String {
        "IPA cut lines (\(method)): experience \(experience), importance \(importance)"
    }
    public func largestGap(_ name: String, weightedGap: String) -> String {
        "Largest gap: \(name) (weighted gap \(weightedGap))"
    }
    public var keyExperiencesPending: String {
        "Key experiences: — (needs every factor's experience, expectation and importance)"
    }
    public var gapPending: String { "Largest gap: — (needs every factor's ideal and importance)" }
    public var noGap: String { "Largest gap: none (no factor falls short of its ideal)" }
    public func priorities(_ list: String) -> String { "Priorities: \(list)" }
    public var noRequirements: String { "No requirements yet." }
    public func keyExperienceWithoutRequirement(_ name: String) -> String {
        "Warning: the key experience \(name) has no requirement"
    }
    public func shortfallWithoutRequirement(_ name: String) -> String {
        "Warning: \(name) falls short of its ideal and has no requirement"
    }
    public var everyGapCovered: String { "Every key experience and every shortfall has a requirement." }
    public func decisions(pursue: String, defer: String, drop: String, open: String) -> String {
        var parts = ["Pursue: \(pursue)", "defer: \(`defer`)", "drop: \(drop)"]
        if open != none { parts.append("undecided: \(open)") }
        return parts.joined(separator: "; ")
    }
    public func kpiStatus(met: Int, of total: Int) -> String { "KPIs met: \(met) of \(total)" }
    public var noKPI: String { "No KPI with a target and an actual value yet." }
    public func nextCycle(_ leading: String) -> String {
        "Next cycle: start again at step 1 and rate brand value anew; improved, \(leading) can lead it."
    }
    public var listSeparator: String { ", " }
    public func named(_ name: String, _ figure: String) -> String { "\(name) (\(figure))" }
    public var none: String { "none" }

    private func typeName(_ name: String) -> String { name == "object" ? "an object" : name == "array" ? "an array" : "a \(name)" }

    public func problem(_ p: Problem) -> String {
        switch p {
        case .fileTooLarge(let bytes, let limit):
            return "the file is \(megabytes(bytes)); workbooks over \(megabytes(limit)) are refused before reading"
        case .emptyFile: return "the file is empty"
        case .notUTF8: return "the file has bytes that are not UTF-8 text here"
        case .mergeConflict(let lines):
            return "the file has git merge-conflict markers (lines \(lines.map(String.init).joined(separator: ", ")))"
        case .syntax(let reason): return "not valid JSON: " + syntax(reason)
        case .wrongType(let expected, let found):
            return "expected \(expected == "number or null" ? "a number or null" : typeName(expected)), found \(found == "null" ? "null" : typeName(found))"
        case .missingKey(let key): return "the required key \"\(key)\" is missing"
        case .unknownKey(let key, _): return "unknown key \"\(key)\""
        case .notAWorkbook(let found): return "this is not a cem workbook (found \(found))"
        case .newerFormatVersion(let version, let supported):
            return "formatVersion \(version) is newer than this cem supports (\(supported)); the file was not read"
        case .invalidFormatVersion: return "formatVersion must be a whole number, 1 or more"
        case .duplicateID(let id, let kind, let line): return "the \(kindName(kind)) id \"\(id)\" is used twice (first on line \(line))"
        case .badID(let id, let kind): return "\"\(id)\" is not a valid \(kindName(kind)) id"
        case .unknownFactor(let id, _): return "the factor \"\(id)\" does not exist"
        case .outOfScale(let value, let scale, _): return "\(CanonicalJSON.number(value)) is outside the scale \(displayScale(scale))"
        case .badScale(let lower, let upper):
            return "the scale's min (\(CanonicalJSON.number(lower))) must be less than its max (\(CanonicalJSON.number(upper)))"
        case .notAllowed(let value, _): return "\"\(value)\" is not allowed here"
        case .badDate(let text): return "\"\(text)\" is not a date"
        case .notWholeNumber(let value, let minimum): return "\(CanonicalJSON.number(value)) is not a whole number of \(minimum) or more"
        case .unknownMeasure(let measure, _): return "unknown survey measure \"\(measure)\""
        case .duplicateFactorLink(let id): return "the factor \"\(id)\" is listed twice"
        case .outsideDomain, .moreProblems: return CLIWords(.en).readerProblem(p) ?? ""
        }
    }

    public func fix(_ p: Problem) -> String? {
        switch p {
        case .fileTooLarge: return "check that this is a workbook; keep raw survey data in a CSV and use `cem import`"
        case .emptyFile: return "start a workbook with `cem new FILE`"
        case .notUTF8: return "save the file as UTF-8"
        case .mergeConflict:
            return "resolve the conflict: keep the right side of each block, delete the marker lines, then run `cem validate` again"
        case .syntax(let reason): return syntaxFix(reason)
        case .wrongType(let expected, _):
            return expected == "string" ? "put the text in double quotes" : "write \(expected == "number or null" ? "a number, or null while it is unknown" : typeName(expected)) here"
        case .missingKey(let key): return "add \"\(key)\""
        case .unknownKey(_, let suggestion):
            return suggestion.map { "did you mean \"\($0)\"?" } ?? "remove it or correct its spelling"
        case .notAWorkbook: return "a workbook starts with {\"format\": \"cem-workbook\", \"formatVersion\": 1, …}; create one with `cem new FILE`"
        case .newerFormatVersion: return "upgrade cem to read this file"
        case .invalidFormatVersion: return "write \"formatVersion\": 1"
        case .duplicateID(_, let kind, _): return "give each \(kindName(kind)) its own id"
        case .badID(_, let kind):
            return kind == .factor
                ? "use lowercase ASCII letters, digits and hyphens, starting with a letter or digit, e.g. \"brand-image\""
                : "use ASCII letters, digits and hyphens, e.g. \"R1\""
        case .unknownFactor(_, let suggestion):
            return suggestion.map { "did you mean \"\($0)\"?" } ?? "use the id of a factor listed under \"factors\""
        case .outOfScale(_, let scale, _):
            return "use a number from \(displayNumber(scale.min)) to \(displayNumber(scale.max)), or null while it is unknown"
        case .badScale: return "make min less than max, e.g. {\"min\": 0, \"max\": 10}"
        case .notAllowed(_, let allowed): return "use one of: \(allowed.joined(separator: ", ")) (or null)"
        case .badDate: return "write dates as YYYY-MM-DD, e.g. 2025-06-30"
        case .notWholeNumber(_, let minimum): return "use a whole number such as \(max(minimum, 1))"
        case .unknownMeasure(_, let suggestion):
            return suggestion.map { "did you mean \"\($0)\"?" } ?? "measures are \(ScoreField.allCases.map(\.rawValue).joined(separator: ", "))"
        case .duplicateFactorLink: return "list each factor once"
        case .outsideDomain, .moreProblems: return CLIWords(.en).readerFix(p) ?? nil
        }
    }

    private func kindName(_ kind: IDKind) -> String {
        switch kind {
        case .factor: return "factor"
        case .requirement: return "requirement"
        case .kpi: return "KPI"
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        displayNumber((Double(bytes) / 1_048_576 * 10).rounded() / 10) + " MiB"
    }

    private func syntax(_ reason: JSONSyntaxError.Reason) -> String {
        switch reason {
        case .unexpectedEnd: return "the file ends in the middle of a value"
        case .unexpectedCharacter(let c): return "unexpected character '\(c)'"
        case .expected(let what, let found): return "expected \(what), found '\(found)'"
        case .invalidNumber(let text): return "\"\(text)\" is not a valid number"
        case .numberOutOfRange(let text): return "\(text) is too large"
        case .invalidEscape(let text): return "invalid escape \(text) in a string"
        case .controlCharacterInString: return "a line break or control character inside a string"
        case .duplicateKey(let key): return "the key \"\(key)\" appears twice in this object"
        case .tooDeep(let depth): return "nested more than \(depth) levels deep"
        case .trailingContent: return "more text after the end of the workbook"
        }
    }

    private func syntaxFix(_ reason: JSONSyntaxError.Reason) -> String {
        switch reason {
        case .unexpectedEnd: return "check for a missing closing }, ] or quote"
        case .unexpectedCharacter: return "values are numbers, \"strings\", true, false, null, {objects} or [arrays]"
        case .expected: return "check for a missing comma, colon or quote just before this point"
        case .invalidNumber: return "write numbers like 6, 6.5 or -1 (no leading zero, no trailing dot)"
        case .numberOutOfRange: return "use a smaller number"
        case .invalidEscape: return "write a backslash as \\\\"
        case .controlCharacterInString: return "close the string's quote, or write a line break as \\n"
        case .duplicateKey: return "keep only one of them"
        case .tooDeep: return "a workbook never nests this deep; check that this is a workbook"
        case .trailingContent: return "remove what follows the closing }"
        }
    }
}

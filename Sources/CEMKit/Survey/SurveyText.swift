// What `cem import` and `cem segments` print: statistics with n and the 95% interval, derived
// importance beside stated importance, skipped cells, warnings, and per-segment satisfaction.

/// A survey statistic as researchers read it: 4 decimals (`0.6667`), trailing zeros dropped. `cem import`
/// and `cem segments` print their statistics and survey messages with it; reports use `displayNumber`.
public func surveyNumber(_ value: Double?) -> String { decimalText(value, decimals: 4) }

public enum SurveyText {
    /// One line for an error: `file:line:column (column name): what is wrong; how to fix it`.
    public static func error(_ e: SurveyError, file: String, language: Language) -> String {
        let text = surveyStrings(language).error(e)
        let separator = strings(language).labelSeparator
        switch e {
        case .unterminatedQuote(let line, let column), .fieldTooLong(let line, let column, _):
            return "\(file):\(line):\(column)\(separator)\(text)"
        case .raggedRow(let line, _, _):
            return "\(file):\(line)\(separator)\(text)"
        case .notUTF8(let line, let column):
            return "\(file):\(line):\(column)\(separator)\(text)"
        case .notANumber(let line, let column, let name, _), .outOfScale(let line, let column, let name, _, _),
             .badWeight(let line, let column, let name, _):
            return "\(file):\(line):\(column) (\(name))\(separator)\(text)"
        default:
            return "\(file)\(separator)\(text)"
        }
    }

    /// The survey scales detected from the values, and what `--rescale` mapped onto what.
    static func scaleLines(_ summary: SurveySummary, language: Language) -> [String] {
        let s = surveyStrings(language)
        return summary.detected.map { s.detectedScale($0.scale, seen: $0.seen, importance: $0.importance) }
            + summary.rescaled.map { s.rescaled(from: $0.from, to: $0.to, importance: $0.importance) }
    }

    /// `--weight`: the column and its convention, and the respondents left out for an unusable weight.
    static func weightLines(_ summary: SurveySummary, language: Language) -> [String] {
        guard let column = summary.weightColumn else { return [] }
        let s = surveyStrings(language)
        return [s.weightedBy(column)] + (summary.weightSkipped > 0 ? [s.weightSkipped(summary.weightSkipped, column: column)] : [])
    }

    /// n, and with weights Kish's effective n beside it.
    static func count(_ stat: SurveyStat) -> String {
        stat.effectiveN.map { "\(stat.n) (" + surveyNumber($0) + ")" } ?? String(stat.n)
    }

    /// A segment's experience against the rest: `+0.52 ± 0.42 *` (the 95% interval's half width), the star
    /// when p < 0.05. Survey text shows it with `surveyNumber`, a report with `displayNumber`.
    static func versusRest(_ test: WelchTest, number: (Double?) -> String = surveyNumber) -> String {
        (test.difference > 0 ? "+" : "") + number(test.difference) + " ± " + number((test.high - test.low) / 2)
            + (test.significant ? " *" : "  ")
    }

    static func interval(_ stat: SurveyStat) -> String {
        guard let ci = stat.confidenceInterval else { return "—" }
        return surveyNumber(ci.low) + " – " + surveyNumber(ci.high)
    }

    static func name(_ id: String, in workbook: Workbook?) -> String { workbook?.factor(id: id)?.name ?? id }

    /// The report of an import: per factor and measure n, mean, sd, 95% interval and the score set.
    public static func render(_ result: SurveyImport, file: String, filter: (column: String, value: String)?,
                              filters more: [(column: String, value: String)] = [], language: Language, width: Int = 80) -> String {
        let s = surveyStrings(language), labels = strings(language)
        let summary = result.summary, workbook = result.workbook
        var lines = [s.respondents(summary.respondents, rows: summary.rows, file: file)] + scaleLines(summary, language: language)
            + weightLines(summary, language: language)
        if summary.encoding != .utf8(byteOrderMark: false) { lines.append(s.readAs(summary.encoding)) }
        if summary.extraHeaderRows > 0 { lines.append(s.extraHeaderRows(summary.extraHeaderRows)) }
        let filters = (filter.map { [$0] } ?? []) + more
        if filters.count == 1 { lines.append(s.filtered(filters[0].column, filters[0].value)) }
        if filters.count > 1 { lines.append(s.filteredAll(filters.map { $0.column + " = " + $0.value })) }
        lines.append("")
        var table = TextTable([
            .init(labels.factor), .init(s.measure), .init(s.n, alignRight: true), .init(s.mean, alignRight: true),
            .init(s.sd, alignRight: true), .init(s.interval, alignRight: true), .init(s.score),
        ])
        for factor in workbook.factors {
            for measure in ScoreField.allCases {
                guard let stat = summary.stat(factor: factor.id, measure: measure) else { continue }
                let change = result.changes.first { $0.factor == factor.id && $0.measure == measure }
                let score = change.map { $0.changed ? surveyNumber($0.old) + " → " + surveyNumber($0.new) : surveyNumber($0.new) } ?? "—"
                table.add([factor.name, labels.scoreName(measure), count(stat), surveyNumber(stat.mean),
                           surveyNumber(stat.sd), interval(stat), score])
            }
        }
        if let overall = summary.overall {
            table.add([s.overall, "", count(overall), surveyNumber(overall.mean), surveyNumber(overall.sd), interval(overall), ""])
        }
        lines += table.render(maxWidth: width)
        lines += paired(summary, workbook: workbook, language: language, width: width)
        if let drivers = result.keyDrivers {
            if let range = drivers.pairwiseRange {
                lines += ["", s.driversHeadingPairwise(low: range.low, high: range.high, rSquared: surveyNumber(drivers.rSquared))]
            } else {
                lines += ["", s.driversHeading(n: drivers.n, rSquared: surveyNumber(drivers.rSquared))]
            }
            var t = TextTable([
                .init(labels.factor), .init(s.statedImportance, alignRight: true), .init(s.correlation, alignRight: true),
                .init(s.relativeWeight, alignRight: true), .init(s.share, alignRight: true),
                .init(s.derivedImportance, alignRight: true), .init(s.inflation, alignRight: true),
            ])
            for factor in workbook.factors {
                guard let d = drivers.driver(factor.id) else { continue }
                let stated = summary.stat(factor: factor.id, measure: .importance)?.mean
                t.add([factor.name, surveyNumber(stated), surveyNumber(d.correlation), surveyNumber(d.weight),
                       d.share.map { surveyNumber($0 * 100) + "%" } ?? "—",
                       surveyNumber(drivers.importance(factor.id, on: workbook.importanceScale)),
                       d.weight == nil ? "—" : d.inflation.map(surveyNumber) ?? "∞"])
            }
            lines += t.render(maxWidth: width)
            lines.append(s.driversNote)
            if drivers.pairwiseRange != nil || drivers.listwiseN < summary.respondents {
                lines.append(s.methods(listwise: drivers.listwiseN, respondents: summary.respondents, pairwise: drivers.pairwiseRange != nil))
            }
        }
        let notes = summary.skipped.map { s.skipped($0.column, $0.count) }
            + (summary.unusableRows > 0 ? [s.unusableRows(summary.unusableRows)] : [])
            + result.warnings.map { s.warning($0) { name($0, in: workbook) } }
        if !notes.isEmpty { lines += [""] + notes }
        return lines.joined(separator: "\n")
    }

    /// Paired satisfaction per factor with both columns: n, mean, sd and 95% interval of experience −
    /// expectation over the respondents who answered both; nothing when the file has no such pair.
    static func paired(_ summary: SurveySummary, workbook: Workbook, language: Language, width: Int) -> [String] {
        let s = surveyStrings(language), labels = strings(language)
        var table = TextTable([.init(labels.factor), .init(s.n, alignRight: true), .init(s.mean, alignRight: true),
                               .init(s.sd, alignRight: true), .init(s.interval, alignRight: true)])
        for factor in workbook.factors {
            guard let stat = summary.satisfaction(factor: factor.id) else { continue }
            table.add([factor.name, count(stat), surveyNumber(stat.mean), surveyNumber(stat.sd), interval(stat)])
        }
        guard !summary.paired.isEmpty else { return [] }
        return ["", s.pairedNote] + table.render(maxWidth: width)
    }

    /// `--columns`: number, header, kind and values of every column (names and texts made inert).
    public static func columns(_ list: [SurveyColumn], rows: Int, extraHeaderRows: Int = 0, encoding: DetectedEncoding, file: String,
                               language: Language, width: Int = 80) -> String {
        let s = surveyStrings(language)
        var lines = [s.columnsHeading(file, columns: list.count, rows: rows)]
        if encoding != .utf8(byteOrderMark: false) { lines.append(s.readAs(encoding)) }
        if extraHeaderRows > 0 { lines.append(s.extraHeaderRows(extraHeaderRows)) }
        lines.append("")
        var table = TextTable([.init("#", alignRight: true), .init(s.columnName), .init(s.columnKind), .init(s.columnValues)])
        for column in list {
            var shown = column
            shown.examples = column.examples.map { $0.inertClipped(SurveyColumn.maximumExampleLength) }
            table.add(["#\(column.number)", column.name.inertClipped(60), s.kind(column), s.values(shown)])
        }
        lines += table.render(maxWidth: width)
        lines += ["", s.columnsNote]
        return lines.joined(separator: "\n")
    }

    /// Per segment of the `--by` column (sorted by value, blank last), each factor's experience,
    /// expectation and satisfaction with n; all respondents first.
    public static func segments(_ summary: SurveySummary, by column: String, workbook: Workbook?, language: Language,
                                width: Int = 80) -> String {
        let s = surveyStrings(language), labels = strings(language)
        var lines: [String] = summary.encoding == .utf8(byteOrderMark: false) ? [] : [s.readAs(summary.encoding)]
        if summary.extraHeaderRows > 0 { lines.append(s.extraHeaderRows(summary.extraHeaderRows)) }
        lines += scaleLines(summary, language: language) + weightLines(summary, language: language)
        if !lines.isEmpty { lines.append("") }
        for (index, group) in summary.segmentGroups.enumerated() {
            let heading = group.value.map { s.segmentHeading(column, $0.isEmpty ? s.blankSegment : $0, n: group.respondents) }
                ?? s.allRespondents(summary.respondents)
            var table = TextTable([
                .init(labels.factor), .init(labels.scoreName(.experience), alignRight: true), .init(s.n, alignRight: true),
                .init(labels.scoreName(.expectation), alignRight: true), .init(s.n, alignRight: true),
                .init(labels.satisfaction, alignRight: true),
            ] + (summary.topBox == nil ? [] : [.init(s.topBox(summary.topBox!.k), alignRight: true)])
              + (group.value == nil ? [] : [.init(s.versusRest, alignRight: true)]))
            for factor in summary.segmentFactors(group, workbook: workbook) {
                table.add([factor.name, surveyNumber(factor.experience?.mean), factor.experience.map { String($0.n) } ?? "—",
                           surveyNumber(factor.expectation?.mean), factor.expectation.map { String($0.n) } ?? "—",
                           surveyNumber(factor.satisfaction)]
                          + (summary.topBox == nil ? [] : [factor.topBox.map { surveyNumber($0 * 100) + "%" } ?? "—"])
                          + (group.value == nil ? [] : [factor.experienceTest.map { versusRest($0) } ?? "—"]))
            }
            if index > 0 { lines.append("") }
            lines.append(heading)
            lines += table.render(maxWidth: width)
        }
        if summary.segments.count > 0 { lines += ["", s.versusRestNote] }
        if let box = summary.topBox, let scale = summary.topBoxScale { lines.append(s.topBoxNote(box.k, scale: scale)) }
        if summary.unusableRows > 0 { lines += ["", s.unusableRows(summary.unusableRows)] }
        return lines.joined(separator: "\n")
    }
}

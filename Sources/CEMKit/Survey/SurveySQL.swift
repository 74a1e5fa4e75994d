// `cem survey sql`: one SQL query that computes a survey's sums (its moments) inside the warehouse that holds it.
//
// The query reads the columns a column map names, turns each score cell into a number the way the map
// says (its `labels`, then a number; anything else is missing), keeps the rows its `where` conditions
// allow, and returns one row per group (per value of the segment column, or one row without one) of
// raw sums: shift 0, so Σx and Σx² rather than centred sums (every dialect sums doubles in its own order;
// the precision bound is in the README, "Survey data in a warehouse"). Only sums leave the warehouse,
// never a respondent's row. Output columns, in order:
//   segment_value                      the group's segment value (only with a segment column)
//   n_rows                             rows that meet the conditions
//   n_all_rows                         every row of the table (only when the map has conditions)
//   n_respondents                      of those, rows with at least one score (a respondent, as `cem import` counts)
//   sK_n, sK_sum, sK_sumsq, sK_min, sK_max, sK_fractional   per score column K (1-based, in the map's order);
//                                      fractional counts answers that are not whole numbers (scale detection)
//   d_n, d_sum_sK, d_sK_sL (K ≤ L)     listwise driver sums: rows with overall and every experience answered
//   pF_n, pF_sum, pF_sumsq             per factor F (1-based) with experience and expectation: experience − expectation

import Foundation

/// The SQL dialects `cem survey sql` writes.
public enum SQLDialect: String, CaseIterable, Sendable {
    case duckdb, postgres, bigquery, spark
}

/// Why no query can be written for a map.
public enum SurveySQLProblem: Error, Equatable, Sendable {
    /// The map names a column by position (`#3`); a warehouse table's columns have names.
    case positionalColumn(String)
    /// The map names no score column.
    case noScoreColumns
    /// A name or value holds a NUL character, which no dialect can quote.
    case nulCharacter(String)
    /// `--table` is blank.
    case blankTable
}

public struct SurveySQL: Sendable {
    public var map: SurveyMap
    public var table: String
    public var dialect: SQLDialect
    /// The segment column (`--by`, else the map's `segment` column).
    public var segment: String?

    public init(map: SurveyMap, table: String, dialect: SQLDialect, segment: String? = nil) {
        self.map = map
        self.table = table
        self.dialect = dialect
        self.segment = segment ?? map.columns.first(where: { $0.target == .segment })?.key
    }

    /// The score columns, in the map's order: the column's name and its target.
    public var scores: [(column: String, target: SurveyMapTarget)] {
        map.columns.filter { $0.target != .segment }.map { ($0.key, $0.target) }
    }

    /// Driver variables (indices into `scores`): overall first, then every experience column; empty
    /// without overall or without experience.
    public var drivers: [Int] {
        guard let overall = scores.firstIndex(where: { $0.target == .overall }) else { return [] }
        let experience = scores.indices.filter { if case .score(.experience, _) = scores[$0].target { return true } else { return false } }
        return experience.isEmpty ? [] : [overall] + experience
    }

    /// Factors with an experience and an expectation column: the factor id and both indices into `scores`.
    public var paired: [(factor: String, experience: Int, expectation: Int)] {
        scores.indices.compactMap { e -> (String, Int, Int)? in
            guard case .score(.experience, let id) = scores[e].target,
                  let x = scores.firstIndex(where: { $0.target == .score(.expectation, factor: id) }) else { return nil }
            return (id, e, x)
        }
    }

    /// The query, or why there is none.
    public func query() throws(SurveySQLProblem) -> String {
        guard !table.trimmingWhitespace.isEmpty else { throw .blankTable }
        for (key, _) in map.columns where key.hasPrefix("#") && Int(key.dropFirst()) != nil { throw .positionalColumn(key) }
        guard !scores.isEmpty else { throw .noScoreColumns }
        let texts = map.columns.map(\.key) + map.labels.keys + map.conditions.flatMap { [$0.column, $0.value] } + [segment ?? "", table]
        if let bad = texts.first(where: { $0.unicodeScalars.contains("\u{0}") }) { throw .nulCharacter(bad) }

        var lines = ["-- cem survey sql (\(dialect.rawValue)): the sums of a survey, one row per group; only sums leave the table."]
        for (k, score) in scores.enumerated() { lines.append("-- s\(k + 1) = \(SurveySQL.comment(score.target.text))") }
        for (f, pair) in paired.enumerated() { lines.append("-- p\(f + 1) = experience − expectation of \(SurveySQL.comment(pair.factor))") }
        if !drivers.isEmpty { lines.append("-- d = rows with \(drivers.map { "s\($0 + 1)" }.joined(separator: ", ")) all answered") }
        lines.append("WITH answers AS (")
        lines.append("  SELECT")
        var inner: [String] = []
        if let segment { inner.append("    \(text(identifier(segment))) AS g") }
        for (k, score) in scores.enumerated() { inner.append("    \(number(identifier(score.column))) AS s\(k + 1)") }
        lines.append(inner.joined(separator: ",\n"))
        lines.append("  FROM \(table)")
        if !map.conditions.isEmpty {
            let conditions = map.conditions.map { "TRIM(\(text(identifier($0.column)))) = \(literal($0.value.trimmingWhitespace))" }
            lines.append("  WHERE " + conditions.joined(separator: "\n    AND "))
        }
        lines.append(")")
        lines.append("SELECT")
        var outer: [String] = []
        if segment != nil { outer.append("  g AS segment_value") }
        outer.append("  COUNT(*) AS n_rows")
        // Every row of the table, as a raw import counts them ("300 of 400 respondents"), when conditions leave some out.
        if !map.conditions.isEmpty { outer.append("  (SELECT COUNT(*) FROM \(table)) AS n_all_rows") }
        let any = scores.indices.map { "s\($0 + 1) IS NOT NULL" }.joined(separator: " OR ")
        outer.append("  SUM(CASE WHEN \(any) THEN 1 ELSE 0 END) AS n_respondents")
        for k in scores.indices {
            let s = "s\(k + 1)"
            outer.append("  COUNT(\(s)) AS \(s)_n, SUM(\(s)) AS \(s)_sum, SUM(\(s) * \(s)) AS \(s)_sumsq, MIN(\(s)) AS \(s)_min, MAX(\(s)) AS \(s)_max, "
                + "SUM(CASE WHEN \(s) <> FLOOR(\(s)) THEN 1 ELSE 0 END) AS \(s)_fractional")
        }
        if !drivers.isEmpty {
            let all = drivers.map { "s\($0 + 1) IS NOT NULL" }.joined(separator: " AND ")
            outer.append("  SUM(CASE WHEN \(all) THEN 1 ELSE 0 END) AS d_n")
            for i in drivers { outer.append("  SUM(CASE WHEN \(all) THEN s\(i + 1) END) AS d_sum_s\(i + 1)") }
            for (a, i) in drivers.enumerated() {
                for j in drivers[a...] { outer.append("  SUM(CASE WHEN \(all) THEN s\(i + 1) * s\(j + 1) END) AS d_s\(i + 1)_s\(j + 1)") }
            }
        }
        for (f, pair) in paired.enumerated() {
            let p = "p\(f + 1)", difference = "(s\(pair.experience + 1) - s\(pair.expectation + 1))"
            outer.append("  COUNT(\(difference)) AS \(p)_n, SUM(\(difference)) AS \(p)_sum, SUM(\(difference) * \(difference)) AS \(p)_sumsq")
        }
        lines.append(outer.joined(separator: ",\n"))
        lines.append("FROM answers")
        if segment != nil {
            lines.append("GROUP BY g")
            lines.append("ORDER BY g")
        }
        return lines.joined(separator: "\n") + ";\n"
    }

    /// A column name quoted for the dialect.
    public func identifier(_ name: String) -> String {
        switch dialect {
        case .duckdb, .postgres: return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case .spark: return "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
        case .bigquery: return "`" + SurveySQL.backslashEscaped(name, quote: "`") + "`"
        }
    }

    /// A string literal for the dialect.
    public func literal(_ value: String) -> String {
        switch dialect {
        case .duckdb, .postgres: return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        case .spark, .bigquery: return "'" + SurveySQL.backslashEscaped(value, quote: "'") + "'"
        }
    }

    /// A column's cell as text.
    func text(_ column: String) -> String {
        switch dialect {
        case .duckdb: return "CAST(\(column) AS VARCHAR)"
        case .postgres: return "CAST(\(column) AS TEXT)"
        case .bigquery, .spark: return "CAST(\(column) AS STRING)"
        }
    }

    /// A column's cell as a number: the map's labels (trimmed, lower case), else the cell read as a number, else NULL.
    func number(_ column: String) -> String {
        let trimmed = "TRIM(\(text(column)))"
        let cast: String
        switch dialect {
        case .duckdb, .spark: cast = "TRY_CAST(\(trimmed) AS DOUBLE)"
        case .bigquery: cast = "SAFE_CAST(\(trimmed) AS FLOAT64)"
        case .postgres:
            cast = "CASE WHEN \(trimmed) ~ \(literal("^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$")) THEN CAST(\(trimmed) AS DOUBLE PRECISION) END"
        }
        guard !map.labels.isEmpty else { return cast }
        let cases = map.labels.map { (SurveyLabels.key($0.key), $0.value) }.sorted { $0.0 < $1.0 }
            .map { "WHEN \(literal($0.0)) THEN \(SurveySQL.numberLiteral($0.1))" }
        return "CASE LOWER(\(trimmed)) " + cases.joined(separator: " ") + " ELSE \(cast) END"
    }

    /// A label's number as SQL: plain digits, a point and an exponent only.
    static func numberLiteral(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) + ".0" : "\(value)"
    }

    /// Backslash escapes (BigQuery, Spark): the quote, backslash and control characters.
    static func backslashEscaped(_ text: String, quote: Character) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where Character(scalar) == quote: out += "\\" + String(quote)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text safe inside a `--` comment line: control characters become spaces.
    static func comment(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}

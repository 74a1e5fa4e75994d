// `cem import` and `cem segments` for scripts: `--format json` (canonical JSON, keys in a fixed order) and
// `--format csv` (one row per figure, formula-safe cells), every figure at the precision the workbook
// stores (9 decimals, shortest round-trip), not the 4 decimals of the text tables.

/// One row of figures: a measure of a factor, a factor's paired satisfaction (`satisfaction`, after its
/// expectation), or `overall` (factor nil).
public struct SurveyExportRow: Sendable {
    public var factor: String?
    public var name: String?
    public var measure: String
    public var stat: SurveyStat
    /// The score the import sets: as it was and as it is (nil when the row sets no score).
    public var old: Double?
    public var new: Double?
    public var setsScore: Bool
}

/// What the command did with the workbook, for the last keys of `cem import --format json`.
public struct SurveyImportOutcome: Sendable {
    public var workbook: String
    public var dryRun: Bool
    public var written: Bool

    public init(workbook: String, dryRun: Bool, written: Bool) {
        self.workbook = workbook
        self.dryRun = dryRun
        self.written = written
    }
}

public enum SurveyExport {
    /// The CSV columns of `cem import --format csv`, also the keys of each `statistics` entry in JSON.
    static let importColumns = ["factor", "name", "measure", "n", "effectiveN", "mean", "sd", "low", "high", "old", "new"]

    /// The rows of an import in the order of the text table: factors in workbook order, measures in
    /// method order, then `overall`.
    public static func rows(_ result: SurveyImport) -> [SurveyExportRow] {
        var rows: [SurveyExportRow] = []
        for factor in result.workbook.factors {
            for measure in ScoreField.allCases {
                guard let stat = result.summary.stat(factor: factor.id, measure: measure) else { continue }
                let change = result.changes.first { $0.factor == factor.id && $0.measure == measure }
                rows.append(SurveyExportRow(factor: factor.id, name: factor.name, measure: measure.rawValue, stat: stat,
                                            old: change?.old, new: change?.new, setsScore: change != nil))
                if measure == .expectation, let paired = result.summary.satisfaction(factor: factor.id) {
                    rows.append(SurveyExportRow(factor: factor.id, name: factor.name, measure: WorkbookKeys.surveySatisfaction,
                                                stat: paired, old: nil, new: nil, setsScore: false))
                }
            }
        }
        if let overall = result.summary.overall {
            rows.append(SurveyExportRow(factor: nil, name: nil, measure: "overall", stat: overall, old: nil, new: nil, setsScore: false))
        }
        return rows
    }

    /// n, mean, sd and the 95% interval of one statistic (`low`, `high`: null below two answers).
    static func add(_ stat: SurveyStat, to o: inout JSONObjectBuilder) {
        o.add("n", .number(Double(stat.n)))
        o.add("effectiveN", number(stat.effectiveN))
        o.add("mean", number(stat.mean))
        o.add("sd", number(stat.sd))
        let interval = stat.confidenceInterval
        o.add("low", number(interval?.low))
        o.add("high", number(interval?.high))
    }

    static func number(_ value: Double?) -> Double? { value.flatMap { $0.isFinite ? $0 : nil } }

    static func scale(_ scale: Scale) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("min", scale.min)
        o.add("max", scale.max)
        return o.value
    }

    /// `cem import --format json`.
    public static func importJSON(_ result: SurveyImport, file: String, filters: [(column: String, value: String)],
                                  outcome: SurveyImportOutcome, language: Language) -> String {
        let summary = result.summary, words = SurveyWords(language)
        var o = JSONObjectBuilder()
        o.add("file", file)
        o.add("workbook", outcome.workbook)
        o.add("encoding", summary.encoding.name)
        o.add("rows", .number(Double(summary.rows)))
        o.add("respondents", .number(Double(summary.respondents)))
        o.add("unusableRows", .number(Double(summary.unusableRows)))
        o.add("extraHeaderRows", .number(Double(summary.extraHeaderRows)))
        o.add("where", strings: filters.map { $0.column + "=" + $0.value })
        o.add("weight", summary.weightColumn)
        o.add("weightSkipped", .number(Double(summary.weightSkipped)))
        o.add("rescaled", objects: summary.rescaled.map { r in
            var e = JSONObjectBuilder()
            e.add("measures", r.importance ? "importance" : "scores")
            e.add("from", scale(r.from))
            e.add("to", scale(r.to))
            e.add("detected", .bool(summary.detected.contains { $0.importance == r.importance }))
            return e.value
        })
        o.add("statistics", objects: rows(result).map { row in
            var e = JSONObjectBuilder()
            e.add("factor", row.factor)
            e.add("name", row.name)
            e.add("measure", row.measure)
            add(row.stat, to: &e)
            e.add("old", row.setsScore ? number(row.old) : nil)
            e.add("new", row.setsScore ? number(row.new) : nil)
            return e.value
        })
        if let drivers = result.keyDrivers {
            var d = JSONObjectBuilder()
            d.add("missing", drivers.pairwiseRange == nil ? "listwise" : "pairwise")
            d.add("n", .number(Double(drivers.pairwiseRange?.low ?? drivers.n)))
            d.add("nHigh", .number(Double(drivers.pairwiseRange?.high ?? drivers.n)))
            d.add("listwiseN", .number(Double(drivers.listwiseN)))
            d.add("rSquared", number(drivers.rSquared))
            d.add("factors", objects: result.workbook.factors.compactMap { factor in
                guard let k = drivers.driver(factor.id) else { return nil }
                var e = JSONObjectBuilder()
                e.add("factor", factor.id)
                e.add("statedImportance", number(summary.stat(factor: factor.id, measure: .importance)?.mean))
                e.add("correlation", number(k.correlation))
                e.add("weight", number(k.weight))
                e.add("share", number(k.share))
                e.add("derivedImportance", number(drivers.importance(factor.id, on: result.workbook.importanceScale)))
                // An exactly collinear factor has an infinite inflation: null, with `collinear` true.
                e.add("inflation", k.weight == nil ? nil : number(k.inflation))
                e.add("collinear", .bool(k.weight != nil && k.collinear))
                return e.value
            })
            o.add("keyDrivers", d.value)
        } else {
            o.add("keyDrivers", .null)
        }
        o.add("importance", result.importance.rawValue)
        o.add("skipped", objects: summary.skipped.map { s in
            var e = JSONObjectBuilder()
            e.add("column", s.column)
            e.add("count", .number(Double(s.count)))
            return e.value
        })
        o.add("warnings", strings: result.warnings.map { words.warning($0) { id in result.workbook.factor(id: id)?.name ?? id } })
        o.add("changed", .number(Double(result.changes.filter(\.changed).count)))
        o.add("dryRun", .bool(outcome.dryRun))
        o.add("written", .bool(outcome.written))
        return CanonicalJSON.text(o.value)
    }

    /// `cem import --format csv`: the statistics table, one row per figure (UTF-8 with a byte-order mark,
    /// CRLF, as the report's CSV).
    public static func importCSV(_ result: SurveyImport) -> String {
        var lines = [importColumns.joined(separator: ",")]
        for row in rows(result) {
            let interval = row.stat.confidenceInterval
            let cells = [Markup.csv(text: row.factor ?? ""), Markup.csv(text: row.name ?? ""), Markup.csv(text: row.measure),
                         String(row.stat.n), Markup.csv(number: row.stat.effectiveN), Markup.csv(number: row.stat.mean), Markup.csv(number: row.stat.sd),
                         Markup.csv(number: interval?.low), Markup.csv(number: interval?.high),
                         Markup.csv(number: row.setsScore ? row.old : nil), Markup.csv(number: row.setsScore ? row.new : nil)]
            lines.append(cells.joined(separator: ","))
        }
        return csvFile(lines)
    }

    static func csvFile(_ lines: [String]) -> String { "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n" }
}

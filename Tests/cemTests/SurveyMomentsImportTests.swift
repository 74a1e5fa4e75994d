// `cem import --moments`: a query's result (computed here as the SQL defines it, or by DuckDB) imports as the raw rows do, and what it refuses.

import CEMKit
import Foundation
import Testing

@Suite struct SurveyMomentsImportTests {
    static let header = ["Region", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8"]
    /// Q8 (ideal.product) is answered only in the North: the South's sums of it are NULL.
    static let targets = ["Q1": "experience.product", "Q2": "experience.service", "Q3": "experience.convenience",
                          "Q4": "expectation.product", "Q5": "expectation.convenience", "Q6": "importance.product",
                          "Q7": "overall", "Q8": "ideal.product"]

    static func map(segment: Bool, condition: Bool = false) -> String {
        var columns = targets.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }
        if segment { columns.append("\"Region\": \"segment\"") }
        return "{\"format\": \"cem-survey-map\", \"formatVersion\": 1, \"columns\": {" + columns.joined(separator: ", ") + "}"
            + (condition ? ", \"where\": [\"Region=North\"]" : "") + "}\n"
    }

    /// A deterministic survey: blanks, decimals, two regions.
    static func survey(_ count: Int) -> (csv: String, rows: [[String]]) {
        var seed: UInt64 = 42
        func next(_ n: UInt64) -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return (seed >> 33) % n
        }
        var rows: [[String]] = []
        for _ in 0..<count {
            let region = next(5) < 3 ? "North" : "South"
            var row = [region]
            for q in 1...8 {
                let roll = next(20)
                if roll < 2 || (q == 8 && region == "South") {
                    row.append("")
                } else if roll < 5 {
                    row.append(String(next(10)) + "." + String(next(10)))
                } else {
                    row.append(String(next(11)))
                }
            }
            rows.append(row)
        }
        let csv = ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        return (csv, rows)
    }

    /// How a warehouse may write the result: plain, or with a BOM, CRLF, quotes, shuffled and extra columns, `NULL` and exponents.
    enum Style { case plain, warehouse }

    /// The result of `cem survey sql`'s query over `rows`, computed as its SQL defines it (SurveySQL.swift's header).
    static func result(_ rows: [[String]], segment: Bool, style: Style = .plain) throws -> String {
        let (read, _) = SurveyMap.read(Array(map(segment: segment).utf8))
        let query = SurveySQL(map: try #require(read), table: "t", dialect: .duckdb)
        let columns = query.scores.map { header.firstIndex(of: $0.column)! }
        var groups: [(key: String, rows: [[Double?]])] = []
        for row in rows {
            let values = columns.map { Double(row[$0].trimmingCharacters(in: .whitespaces)) }
            let key = segment ? row[0] : ""
            if let g = groups.firstIndex(where: { $0.key == key }) { groups[g].rows.append(values) } else { groups.append((key, [values])) }
        }
        groups.sort { $0.key < $1.key }
        var names = (segment ? ["segment_value"] : []) + ["n_rows", "n_respondents"]
        for k in query.scores.indices { names += ["n", "sum", "sumsq", "min", "max", "fractional"].map { "s\(k + 1)_\($0)" } }
        let drivers = query.drivers
        names.append("d_n")
        names += drivers.map { "d_sum_s\($0 + 1)" }
        for (a, i) in drivers.enumerated() { for j in drivers[a...] { names.append("d_s\(i + 1)_s\(j + 1)") } }
        for f in query.paired.indices { names += ["n", "sum", "sumsq"].map { "p\(f + 1)_\($0)" } }
        func sum(_ values: [Double]) -> String { values.isEmpty ? (style == .warehouse ? "NULL" : "") : "\(values.reduce(0, +))" }
        func count(_ n: Int) -> String { style == .warehouse ? "\(Double(n) / 10)e1" : "\(n)" }
        var lines: [[String]] = []
        for group in groups {
            var cells = (segment ? [group.key] : []) + [count(group.rows.count), count(group.rows.filter { $0.contains { $0 != nil } }.count)]
            for k in query.scores.indices {
                let xs = group.rows.compactMap { $0[k] }
                cells += [count(xs.count), sum(xs), sum(xs.map { $0 * $0 }), xs.min().map { "\($0)" } ?? "", xs.max().map { "\($0)" } ?? "",
                          count(xs.filter { $0 != $0.rounded(.down) }.count)]
            }
            let complete = group.rows.filter { row in drivers.allSatisfy { row[$0] != nil } }
            cells.append(count(complete.count))
            cells += drivers.map { i in sum(complete.map { $0[i]! }) }
            for (a, i) in drivers.enumerated() { for j in drivers[a...] { cells.append(sum(complete.map { $0[i]! * $0[j]! })) } }
            for pair in query.paired {
                let ds = group.rows.compactMap { row in row[pair.experience].flatMap { e in row[pair.expectation].map { e - $0 } } }
                cells += [count(ds.count), sum(ds), sum(ds.map { $0 * $0 })]
            }
            lines.append(cells)
        }
        guard style == .warehouse else {
            return ([names] + lines).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
        // Columns reversed, one extra, every name quoted, CRLF, a byte-order mark.
        let order = Array(names.indices.reversed())
        let head = ["\"extra\""] + order.map { "\"" + names[$0].uppercased() + "\"" }
        let body = lines.map { cells in ["\"x, y\""] + order.map { cells[$0] } }
        return "\u{FEFF}" + ([head] + body).map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A folder with the workbook twice (raw.cem.json, moments.cem.json), the survey, both maps and the result files.
    static func folder(rows count: Int = 300) throws -> (URL, [[String]]) {
        let folder = try Cem.temporaryFolder()
        let workbook = try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json"))
        for name in ["raw.cem.json", "moments.cem.json"] { try workbook.write(to: folder.appendingPathComponent(name)) }
        let (csv, rows) = survey(count)
        try Data(csv.utf8).write(to: folder.appendingPathComponent("survey.csv"))
        try Data(map(segment: false).utf8).write(to: folder.appendingPathComponent("m.json"))
        try Data(map(segment: true).utf8).write(to: folder.appendingPathComponent("seg.json"))
        try Data(map(segment: false, condition: true).utf8).write(to: folder.appendingPathComponent("where.json"))
        return (folder, rows)
    }

    static func bytes(_ folder: URL, _ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    @Test(arguments: [(false, Style.plain), (true, Style.plain), (false, Style.warehouse), (true, Style.warehouse)])
    func importsAsTheRawRowsDo(segment: Bool, style: Style) throws {
        let (folder, rows) = try SurveyMomentsImportTests.folder()
        let map = segment ? "seg.json" : "m.json"
        let original = try SurveyMomentsImportTests.bytes(folder, "raw.cem.json")
        try Data(SurveyMomentsImportTests.result(rows, segment: segment, style: style).utf8).write(to: folder.appendingPathComponent("result.csv"))
        // Derived importance last: the driver sums then reach the workbook too.
        for (format, importance) in [("text", "stated"), ("json", "stated"), ("text", "derived")] {
            let options = ["--map", map, "--format", format, "--importance", importance]
            let raw = try Cem.call(["import", "survey.csv", "--into", "raw.cem.json"] + options, in: folder)
            let moments = try Cem.call(["import", "--moments", "result.csv", "--into", "moments.cem.json"] + options, in: folder)
            #expect(raw.status == 0 && moments.status == 0, "\(raw.stderr)\(moments.stderr)")
            #expect(moments.stderr == "")
            #expect(try SurveyMomentsImportTests.bytes(folder, "raw.cem.json") != original)
            let same = raw.stdout.replacingOccurrences(of: "survey.csv", with: "result.csv").replacingOccurrences(of: "raw.cem.json", with: "moments.cem.json")
            #expect(moments.stdout == same)
            #expect(try SurveyMomentsImportTests.bytes(folder, "raw.cem.json") == SurveyMomentsImportTests.bytes(folder, "moments.cem.json"))
        }
    }

    /// Runs a refused import and checks the message, the exit code and that the workbook is untouched.
    func refused(_ arguments: [String], result: String? = nil, map: String? = nil, _ message: String,
                 status: Int32 = 1, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (folder, rows) = try SurveyMomentsImportTests.folder(rows: 40)
        try Data((result ?? SurveyMomentsImportTests.result(rows, segment: false)).utf8).write(to: folder.appendingPathComponent("r.csv"))
        if let map { try Data(map.utf8).write(to: folder.appendingPathComponent("m.json")) }
        let before = try SurveyMomentsImportTests.bytes(folder, "moments.cem.json")
        let run = try Cem.call(["import", "--moments", "r.csv", "--into", "moments.cem.json"] + arguments, in: folder)
        #expect(run.status == status, sourceLocation: sourceLocation)
        #expect(run.stdout == "", sourceLocation: sourceLocation)
        #expect(run.stderr == message + "\n", sourceLocation: sourceLocation)
        #expect(try SurveyMomentsImportTests.bytes(folder, "moments.cem.json") == before, sourceLocation: sourceLocation)
    }

    @Test func refusesWhatOnlyRowsCanAnswer() throws {
        try refused(["--map", "m.json", "--missing", "pairwise"],
                    "--moments does not take --missing pairwise: the query sums listwise cross products only; leave it out, or import the survey file itself")
        try refused(["--map", "m.json", "--weight", "w"],
                    "--moments does not take --weight: the query's sums are unweighted; import the survey file itself (cem import SURVEY.csv --weight …)")
        try refused(["--map", "m.json", "--where", "Region=North"],
                    "--moments does not take --where: the sums are already made and cannot be filtered; put the condition in the map's where, then generate and run the query again")
        try refused(["--map", "m.json", "--columns"],
                    "--moments does not take --columns: it applies to reading a survey file; leave it out, or import the survey file itself")
        let (folder, _) = try SurveyMomentsImportTests.folder(rows: 10)
        let missing = try Cem.call(["import", "--moments", "nope.csv", "--into", "moments.cem.json", "--map", "m.json"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr == "nope.csv: cannot be read (No such file or directory)\n")
        try refused([], "--moments needs the column map the query was generated from (--map MAP.json): it says which score s1, s2, … are")
    }

    @Test func refusesAResultThatDoesNotFitTheMap() throws {
        let (_, rows) = try SurveyMomentsImportTests.folder(rows: 40)
        let plain = try SurveyMomentsImportTests.result(rows, segment: false)
        let lines = plain.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let s2 = lines[0].firstIndex(of: "s2_sumsq")!, d = lines[0].firstIndex(of: "d_n")!
        func without(_ columns: [Int]) -> String {
            lines.map { row in row.indices.filter { !columns.contains($0) }.map { row[$0] }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
        try refused(["--map", "m.json"], result: without([s2, d]),
                    "r.csv: the result lacks columns the map's query returns: s2_sumsq, d_n; it is not the result of this map's query, "
                        + "so generate the query again from this map (cem survey sql --map) and run it again")
        let grouped = try SurveyMomentsImportTests.result(rows, segment: true)
        try refused(["--map", "m.json"], result: grouped,
                    "r.csv: the result is grouped by segment_value (a query made with --by) but the map has no segment column, so the import cannot "
                        + "tell what the groups are; add that column to the map as \"segment\", or generate the query again without --by")
        try refused(["--map", "seg.json"], result: plain,
                    "r.csv: the result lacks columns the map's query returns: segment_value; it is not the result of this map's query, "
                        + "so generate the query again from this map (cem survey sql --map) and run it again")
        try refused(["--map", "m.json"], result: plain,
                    map: ##"{"format": "cem-survey-map", "formatVersion": 1, "columns": {"#2": "experience.product"}}"##,
                    "r.csv: the column map names #2 by position; a warehouse table's columns are read by name, so write that column's name in the map")
        var extra = lines
        extra[0].append("s9_n")
        extra[1].append("3")
        try refused(["--map", "m.json"], result: extra.map { $0.joined(separator: ",") }.joined(separator: "\n"),
                    "r.csv: the result has columns of s9 but the map names 8 score columns; it comes from another map, "
                        + "so generate the query again from this map (cem survey sql --map) and run it again")
    }

    @Test func refusesSumsNoQueryReturns() throws {
        let (_, rows) = try SurveyMomentsImportTests.folder(rows: 40)
        let plain = try SurveyMomentsImportTests.result(rows, segment: false)
        let header = plain.split(separator: "\n")[0].split(separator: ",").map(String.init)
        func with(_ column: String, _ text: String, _ more: [(String, String)] = []) -> String {
            var lines = plain.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            for (column, text) in [(column, text)] + more { lines[1][header.firstIndex(of: column)!] = text }
            return lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
        let s1sum = header.firstIndex(of: "s1_sum")! + 1, s1n = header.firstIndex(of: "s1_n")! + 1
        try refused(["--map", "m.json"], result: with("s1_sum", "abc"),
                    "r.csv:2:\(s1sum) (s1_sum): 'abc' is not a number; this column holds a number the query computed, so export the result again")
        try refused(["--map", "m.json"], result: with("s1_n", "-3"),
                    "r.csv:2:\(s1n) (s1_n): the count -3 is negative; no query returns that, so run the query and export it again")
        try refused(["--map", "m.json"], result: with("s1_n", "2.5"),
                    "r.csv:2:\(s1n) (s1_n): '2.5' is not a count (a whole number ≥ 0); export the query's result again")
        try refused(["--map", "m.json"], result: with("s1_min", "11", [("s1_max", "10")]),
                    "r.csv:2: s1_min (11) is above s1_max (10); no query returns that, so run the query and export it again")
        try refused(["--map", "m.json"], result: with("s1_max", "12", [("s1_min", "1")]),
                    "r.csv: s1's answers run from 1 to 12, outside the scale 0–10; state the survey's scale in the map (scale, importanceScale, "
                        + "with --rescale if needed), or correct the data before the query")
        try refused(["--map", "m.json"], result: with("n_respondents", "41"),
                    "r.csv:2: n_respondents is 41, more than n_rows (40); no query returns that, so run the query and export it again")
        try refused(["--map", "m.json"], result: "", "r.csv: the file is empty; export the query's result with its header line")
        try refused(["--map", "m.json"], result: String(plain.split(separator: "\n")[0]) + "\n",
                    "r.csv: there is a header but no row of sums; check that the query ran on the right table")
    }

    @Test func refusesMoreThanAThousandSegments() throws {
        let (_, rows) = try SurveyMomentsImportTests.folder(rows: 40)
        let grouped = try SurveyMomentsImportTests.result(rows, segment: true)
        var lines = grouped.split(separator: "\n").map(String.init)
        let body = lines.removeLast()
        let comma = body.firstIndex(of: ",")!
        for k in 0..<1001 { lines.append("g\(k)" + body[comma...]) }
        try refused(["--map", "seg.json"], result: lines.joined(separator: "\n") + "\n",
                    "r.csv: the result has more than 1000 different segment_value values; generate the query again with a column of fewer segments")
    }

    /// `-` reads the result from standard input (the built binary: a pipe from the warehouse's client).
    @Test func readsTheResultFromStandardInput() throws {
        let (folder, rows) = try SurveyMomentsImportTests.folder(rows: 60)
        let result = try SurveyMomentsImportTests.result(rows, segment: true)
        try Data(result.utf8).write(to: folder.appendingPathComponent("result.csv"))
        let file = try Cem.run(["import", "--moments", "result.csv", "--into", "raw.cem.json", "--map", "seg.json", "--format", "json"], in: folder)
        let piped = try Cem.run(["import", "--moments", "-", "--into", "moments.cem.json", "--map", "seg.json", "--format", "json"],
                                stdin: result, in: folder)
        #expect(file.status == 0 && piped.status == 0, "\(file.stderr)\(piped.stderr)")
        #expect(piped.stdout == file.stdout.replacingOccurrences(of: "\"result.csv\"", with: "\"-\"")
            .replacingOccurrences(of: "raw.cem.json", with: "moments.cem.json"))
        #expect(try SurveyMomentsImportTests.bytes(folder, "raw.cem.json") == SurveyMomentsImportTests.bytes(folder, "moments.cem.json"))
    }
}

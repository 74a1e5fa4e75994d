// `cem survey sql`: the printed query, its refusals, and the query run by a real engine (DuckDB) over a generated survey.

import Foundation
import Testing

@Suite struct SurveySQLCommandTests {
    /// Column names a warehouse may hold: quotes of every kind, a backslash, spaces, Chinese.
    static let hostile = (experience: "Q1 \"service\"", expectation: "it's `expected`", overall: "总体\\满意", region: "Region; DROP", finished: "Finished")

    static let map = """
        {"format": "cem-survey-map", "formatVersion": 1,
         "columns": {"Q1 \\"service\\"": "experience.F1", "it's `expected`": "expectation.F1", "总体\\\\满意": "overall", "Q3": "experience.F2",
                     "Region; DROP": "segment"},
         "labels": {"Very good": 5, "Poor": 1.5},
         "where": ["Finished=1"]}
        """

    /// A survey of `count` rows with blanks, labels and text that is not a number; deterministic.
    static func survey(_ count: Int) -> (csv: String, rows: [[String]]) {
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var seed: UInt64 = 15
        func next(_ n: UInt64) -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return (seed >> 33) % n
        }
        func score() -> String {
            switch next(20) {
            case 0: return ""
            case 1: return "Very good"
            case 2: return " poor "
            case 3: return "n/a"
            default: return String(next(10) + 1)
            }
        }
        let header = [hostile.region, hostile.experience, hostile.expectation, hostile.overall, "Q3", hostile.finished]
        var rows: [[String]] = []
        for _ in 0..<count {
            let region = ["North", "South", "O'Hare \"East\""][Int(next(3))]
            rows.append([region, score(), score(), score(), score(), next(10) == 0 ? "0" : "1"])
        }
        let csv = ([header] + rows).map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
        return (csv, rows)
    }

    /// The sums the query must return, computed here from the rows: per region, the output columns by name.
    static func expected(_ rows: [[String]]) -> [String: [String: Double]] {
        func value(_ cell: String) -> Double? {
            let t = cell.trimmingCharacters(in: .whitespaces).lowercased()
            if t == "very good" { return 5 }
            if t == "poor" { return 1.5 }
            return Double(t)
        }
        var out: [String: [String: Double]] = [:]
        for row in rows where row[5] == "1" {
            // Map order (keys sorted): s1 Q1 "service" (experience.F1), s2 Q3 (experience.F2),
            // s3 it's `expected` (expectation.F1), s4 总体\满意 (overall).
            let s = [value(row[1]), value(row[4]), value(row[2]), value(row[3])]
            var sums = out[row[0]] ?? [:]
            // The map has a condition: every group's row also holds the whole table's row count.
            sums["n_all_rows"] = Double(rows.count)
            sums["n_rows", default: 0] += 1
            if s.contains(where: { $0 != nil }) { sums["n_respondents", default: 0] += 1 }
            for (k, x) in s.enumerated() {
                guard let x else { continue }
                let name = "s\(k + 1)"
                sums[name + "_n", default: 0] += 1
                sums[name + "_sum", default: 0] += x
                sums[name + "_sumsq", default: 0] += x * x
                sums[name + "_min"] = min(sums[name + "_min"] ?? .infinity, x)
                sums[name + "_max"] = max(sums[name + "_max"] ?? -.infinity, x)
                if x != x.rounded(.down) { sums[name + "_fractional", default: 0] += 1 }
            }
            let drivers = [4, 1, 2]
            if drivers.allSatisfy({ s[$0 - 1] != nil }) {
                sums["d_n", default: 0] += 1
                for (a, i) in drivers.enumerated() {
                    sums["d_sum_s\(i)", default: 0] += s[i - 1]!
                    for j in drivers[a...] { sums["d_s\(i)_s\(j)", default: 0] += s[i - 1]! * s[j - 1]! }
                }
            }
            if let e = s[0], let x = s[2] {
                sums["p1_n", default: 0] += 1
                sums["p1_sum", default: 0] += e - x
                sums["p1_sumsq", default: 0] += (e - x) * (e - x)
            }
            out[row[0]] = sums
        }
        return out
    }

    func folder() throws -> URL {
        let folder = try Cem.temporaryFolder()
        try Data(SurveySQLCommandTests.map.utf8).write(to: folder.appendingPathComponent("m.json"))
        return folder
    }

    @Test func printsTheQueryForEachDialect() throws {
        let folder = try folder()
        for dialect in ["duckdb", "postgres", "bigquery", "spark"] {
            let run = try Cem.call(["survey", "sql", "--map", "m.json", "--table", "cx.responses", "--dialect", dialect], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr == "")
            #expect(run.stdout.hasPrefix("-- cem survey sql (\(dialect)): the sums of a survey, one row per group; only sums leave the table.\n"
                + "-- s1 = experience.F1\n-- s2 = experience.F2\n-- s3 = expectation.F1\n-- s4 = overall\n"
                + "-- p1 = experience − expectation of F1\n-- d = rows with s4, s1, s2 all answered\nWITH answers AS (\n"))
            #expect(run.stdout.contains("\n  FROM cx.responses\n"))
            #expect(run.stdout.hasSuffix("FROM answers\nGROUP BY g\nORDER BY g;\n"))
        }
    }

    @Test func refusesWhatItCannotQuery() throws {
        let folder = try folder()
        try Data(##"{"format": "cem-survey-map", "formatVersion": 1, "columns": {"#2": "experience.F1"}}"##.utf8)
            .write(to: folder.appendingPathComponent("positional.json"))
        let positional = try Cem.call(["survey", "sql", "--map", "positional.json", "--table", "t", "--dialect", "postgres"], in: folder)
        #expect(positional.status == 1)
        #expect(positional.stdout == "")
        #expect(positional.stderr == "the column map names #2 by position; a warehouse table's columns are read by name, so write that column's name in the map\n")
        let blank = try Cem.call(["survey", "sql", "--map", "m.json", "--table", " ", "--dialect", "postgres"], in: folder)
        #expect(blank.status == 1)
        #expect(blank.stderr == "--table is blank; give the table's name (for example survey.responses)\n")
        let dialect = try Cem.call(["survey", "sql", "--map", "m.json", "--table", "t", "--dialect", "oracle"], in: folder)
        #expect(dialect.status == 2)
        let noTable = try Cem.call(["survey", "sql", "--map", "m.json", "--dialect", "duckdb"], in: folder)
        #expect(noTable.status == 2)
        #expect(noTable.stdout == "")
    }

    // Skipped (not failed) without DuckDB: `python3 -m pip install duckdb` (or `duckdb-cli`) to run it.
    @Test(.enabled(if: DuckDB.available, DuckDB.skipReason))
    func duckDBRunsTheQuery() throws {
        let folder = try folder()
        let (csv, rows) = SurveySQLCommandTests.survey(3_000)
        try Data(csv.utf8).write(to: folder.appendingPathComponent("s.csv"))
        let sql = try Cem.call(["survey", "sql", "--map", "m.json", "--table", "read_csv_auto('s.csv')", "--dialect", "duckdb"], in: folder)
        try #require(sql.status == 0, "\(sql.stderr)")
        try DuckDB.copy(sql.stdout, to: "result.csv", in: folder)
        let result = try String(contentsOf: folder.appendingPathComponent("result.csv"), encoding: .utf8)
        var lines = result.split(separator: "\n").map(String.init)
        let header = lines.removeFirst().split(separator: ",").map(String.init)
        let expected = SurveySQLCommandTests.expected(rows)
        #expect(lines.count == expected.count)
        #expect(header.count == 4 + 4 * 6 + 1 + 3 + 6 + 3)
        for line in lines {
            // The segment values hold no comma; DuckDB quotes the one with quotes.
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let region = cells[0].hasPrefix("\"") ? String(cells[0].dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : cells[0]
            let sums = try #require(expected[region], "unexpected group \(region)")
            for (name, cell) in zip(header.dropFirst(), cells.dropFirst()) {
                let want = sums[name] ?? 0
                let got = try #require(Double(cell), "\(name) = \(cell)")
                #expect(abs(got - want) <= 1e-9 * max(1, abs(want)), "\(region) \(name): \(got) ≠ \(want)")
            }
        }
    }
}

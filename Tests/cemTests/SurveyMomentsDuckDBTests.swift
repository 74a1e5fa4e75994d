// The whole round trip with a real engine: `cem survey sql` run by DuckDB over a generated CSV, its result exported and imported with `--moments`.

import Foundation
import Testing

@Suite struct SurveyMomentsDuckDBTests {
    /// Every number in two JSON values equal to `tolerance` relative; other values equal; `skip` keys left out.
    static func compare(_ a: Any, _ b: Any, path: String, skip: Set<String>, tolerance: Double, differences: inout [String]) {
        switch (a, b) {
        case (let x as [String: Any], let y as [String: Any]):
            if Set(x.keys) != Set(y.keys) { differences.append("\(path): keys \(x.keys.sorted()) ≠ \(y.keys.sorted())") }
            for (key, value) in x where !skip.contains(key) {
                if let other = y[key] { compare(value, other, path: path + "." + key, skip: skip, tolerance: tolerance, differences: &differences) }
            }
        case (let x as [Any], let y as [Any]):
            if x.count != y.count { differences.append("\(path): \(x.count) items ≠ \(y.count)") }
            for (i, pair) in zip(x, y).enumerated() {
                compare(pair.0, pair.1, path: path + "[\(i)]", skip: skip, tolerance: tolerance, differences: &differences)
            }
        case (let x as NSNumber, let y as NSNumber) where !(a is Bool):
            let u = x.doubleValue, v = y.doubleValue
            if abs(u - v) > tolerance * max(abs(u), abs(v)) { differences.append("\(path): \(u) ≠ \(v)") }
        default:
            if "\(a)" != "\(b)" { differences.append("\(path): \(a) ≠ \(b)") }
        }
    }

    // Skipped (not failed) without DuckDB, as the other DuckDB check: `python3 -m pip install duckdb` (or `duckdb-cli`).
    @Test(.enabled(if: DuckDB.available, DuckDB.skipReason),
          arguments: ["m.json", "seg.json", "where.json"])
    func duckDBResultImportsAsTheRawRows(map: String) throws {
        let (folder, rows) = try SurveyMomentsImportTests.folder(rows: 3_000)
        let grouped = map == "seg.json"
        let sql = try Cem.call(["survey", "sql", "--map", map, "--table", "read_csv_auto('survey.csv')", "--dialect", "duckdb"]
                               + (grouped ? ["--by", "Region"] : []), in: folder)
        try #require(sql.status == 0, "\(sql.stderr)")
        try DuckDB.copy(sql.stdout, to: "result.csv", in: folder)
        let raw = try Cem.call(["import", "survey.csv", "--into", "raw.cem.json", "--map", map, "--format", "json"], in: folder)
        let moments = try Cem.call(["import", "--moments", "result.csv", "--into", "moments.cem.json", "--map", map, "--format", "json"], in: folder)
        try #require(raw.status == 0 && moments.status == 0, "\(raw.stderr)\(moments.stderr)")
        let a = try JSONSerialization.jsonObject(with: Data(raw.stdout.utf8)), b = try JSONSerialization.jsonObject(with: Data(moments.stdout.utf8))
        var differences: [String] = []
        // With the map's conditions too, `rows` is the table's (the query's n_all_rows), as a raw import counts them.
        SurveyMomentsDuckDBTests.compare(a, b, path: "", skip: ["file", "workbook"], tolerance: 1e-9, differences: &differences)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
        // The JSON must hold figures, or the comparison above says nothing.
        let north = rows.filter { $0[0] == "North" }.count
        let respondents = map == "where.json" ? north : 3_000
        #expect(north > 1_000 && north < 2_000)
        #expect(raw.stdout.contains("\"respondents\": \(respondents),"), "\(raw.stdout.prefix(400))")
        #expect(moments.stdout.contains("\"rows\": 3000,"), "\(moments.stdout.prefix(400))")
        #expect(try SurveyMomentsImportTests.bytes(folder, "raw.cem.json") == SurveyMomentsImportTests.bytes(folder, "moments.cem.json"))
    }
}

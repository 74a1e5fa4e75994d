// DuckDB for the warehouse tests: Python's module (`pip install duckdb`) or DuckDB's own CLI
// (`pip install duckdb-cli`), whichever is installed; the tests are reported skipped when neither is.
import Foundation
import Testing

enum DuckDB {
    /// Python's duckdb module, when `python3 -c "import duckdb"` succeeds.
    static let hasModule: Bool = (try? Tool.run("python3", ["-c", "import duckdb"], in: Cem.root).status) == 0
    /// DuckDB's command-line program on PATH.
    static let hasCLI: Bool = (try? Tool.run("duckdb", ["-c", "SELECT 1"], in: Cem.root).status) == 0
    static let available = hasModule || hasCLI
    static let skipReason: Comment = "needs DuckDB: python3 -m pip install duckdb (or duckdb-cli)"

    /// Runs `query` (one SELECT, as `cem survey sql` prints it) in `folder` and writes its result to `file`
    /// as CSV with a header, the way a warehouse exports a result.
    static func copy(_ query: String, to file: String, in folder: URL) throws {
        let select = query.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: ";"))
        try Data(("COPY (" + select + ") TO '" + file + "' (HEADER);\n").utf8).write(to: folder.appendingPathComponent("copy.sql"))
        let run = hasModule
            ? try Tool.run("python3", ["-c", "import duckdb\nduckdb.sql(open('copy.sql').read().rstrip().rstrip(';'))"], in: folder)
            : try Tool.run("duckdb", ["-c", ".read copy.sql"], in: folder)
        try #require(run.status == 0, "DuckDB failed: \(run.stderr)")
    }
}

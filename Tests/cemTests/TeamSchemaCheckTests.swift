import Foundation
import Testing

/// `.ci/run` runs exactly `swift test`; the schema cross-check runs from here.
@Suite struct TeamSchemaCheckTests {
    /// Whether `python3 -c "import jsonschema"` succeeds. The cross-check needs Python's jsonschema, which
    /// is not part of the toolchain: without it the test is reported as skipped, and nothing installs it.
    static let hasJSONSchema: Bool = (try? Tool.run("python3", ["-c", "import jsonschema"], in: Cem.root).status) == 0

    // Skipped (not failed) on a machine with the Swift toolchain only: install Python 3 and jsonschema
    // (`python3 -m pip install jsonschema`) to run it.
    @Test(.enabled(if: hasJSONSchema, "needs python3 with jsonschema (python3 -m pip install jsonschema)"))
    func schemaAndValidatorAgreeOnValidAndInvalidFiles() throws {
        // A workbook with a closed cycle (history with requirements) joins the valid files.
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Tool.write(try Tool.sample("meisu.zh.cem.json"), to: folder.appendingPathComponent("closed.cem.json"))
        #expect(try Cem.call(["cycle", "close", "closed.cem.json", "--on", "2025-06-30"], in: folder).status == 0)

        let run = try Tool.run("python3", [".ci/schema-check", "--cem", Cem.binary.path, folder.appendingPathComponent("closed.cem.json").path],
                               in: Cem.root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let workbooks = FileManager.default.enumerator(atPath: Cem.root.appendingPathComponent("workbooks").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".cem.json") }.count ?? 0
        let invalid = try FileManager.default.contentsOfDirectory(atPath: Cem.root.appendingPathComponent("Tests/fixtures/invalid").path)
            .filter { $0.hasSuffix(".json") }.count
        #expect(workbooks >= 6 && invalid >= 24)
        #expect(run.stdout.contains("schema-check: \(workbooks + 1) valid and \(invalid) invalid files checked"))
        #expect(run.stdout.hasSuffix(": ok\n"))
    }

    @Test func schemaCommand() throws {
        let run = try Cem.call(["schema"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"))
        #expect(try Cem.call(["schema", "extra"]).status == 2)
    }
}

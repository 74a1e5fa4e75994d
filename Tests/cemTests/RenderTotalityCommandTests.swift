// The reproductions through the binary: a huge scale made `cem show` and `report --format text`
// trap and `report --format html` and `chart` loop forever. Each run is bounded by `timeout`.

import Foundation
import Testing

@Suite struct RenderTotalityCommandTests {
    static let huge = """
        {
          "format": "cem-workbook",
          "formatVersion": 1,
          "title": "big",
          "language": "en",
          "cycle": 1,
          "scale": {"min": MIN, "max": MAX},
          "importanceScale": {"min": 0, "max": 10},
          "brand": {"statement": "x"},
          "factors": [
            {"id": "a", "name": "A", "description": "", "brandValue": null, "experience": EXPERIENCE, "expectation": EXPECTATION,
             "importance": 1, "ideal": null, "notes": ""}
          ],
          "requirements": [],
          "history": []
        }
        """

    /// `cem` under `timeout`: status 137 (killed) means it hung, another above 128 that it trapped.
    func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["-s", "KILL", "60", Cem.binary.path] + arguments
        process.currentDirectoryURL = folder
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: out), as: UTF8.self))
    }

    @Test(arguments: [("0", "1e300", "1e300", "0"), ("1e17", "100000000000000100", "100000000000000050", "1e17")])
    func hugeScalesNeitherTrapNorHang(scale: (String, String, String, String)) throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Self.huge.replacingOccurrences(of: "MIN", with: scale.0).replacingOccurrences(of: "MAX", with: scale.1)
            .replacingOccurrences(of: "EXPERIENCE", with: scale.2).replacingOccurrences(of: "EXPECTATION", with: scale.3)
        try Data(text.utf8).write(to: folder.appendingPathComponent("big.cem.json"))
        let commands = [["show", "big.cem.json"], ["show", "big.cem.json", "--plain"], ["report", "big.cem.json", "--format", "text"],
                        ["report", "big.cem.json", "--format", "html"], ["report", "big.cem.json", "--format", "json"],
                        ["report", "big.cem.json", "--format", "csv"]]
            + ["expectation", "weighted", "ipa", "gaps", "kpis"].map { ["chart", "big.cem.json", "--kind", $0] }
        for command in commands {
            let result = try run(command, in: folder)
            // 0, or 1 if the reader refuses such a scale; never a hang (124) or a trap (> 128).
            #expect(result.status == 0 || result.status == 1, "\(command): status \(result.status)")
            for bad in ["NaN", "Infinity", "inf\"", ": inf", "nan"] {
                #expect(!result.stdout.contains(bad), "\(command) printed \(bad)")
            }
        }
    }
}

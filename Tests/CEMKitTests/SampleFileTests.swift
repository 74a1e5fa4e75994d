import CEMKit
import Foundation
import Testing

@Suite struct SampleFileTests {
    /// The files in workbooks/ are exactly the built-in workbooks written canonically.
    /// Run with CEM_UPDATE_SAMPLES=1 to rewrite them after changing Samples.swift.
    @Test func workbookFilesEqualTheBuiltInWorkbooks() throws {
        for (path, workbook) in BuiltInFiles.all {
            let expected = WorkbookWriter.bytes(workbook)
            let url = Package.root.appendingPathComponent(path)
            if ProcessInfo.processInfo.environment["CEM_UPDATE_SAMPLES"] == "1" {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(expected).write(to: url)
            }
            let actual = try Package.bytes(path)
            #expect(actual == expected, "\(path) differs from the built-in workbook; run CEM_UPDATE_SAMPLES=1 swift test")
        }
    }
}

import CEMKit
import Foundation

/// Paths in the package, found from this file's location.
enum Package {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let workbooks = root.appendingPathComponent("workbooks")

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
    }

    /// Every `*.cem.json` under workbooks/, relative to the package root, sorted.
    static func workbookFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: workbooks.path)
        var files: [String] = []
        while let item = enumerator?.nextObject() as? String {
            if item.hasSuffix(".cem.json") { files.append("workbooks/" + item) }
        }
        return files.sorted()
    }
}

/// The built-in files, as they must be in workbooks/ (the code is the single source).
enum BuiltInFiles {
    static var all: [(path: String, workbook: Workbook)] {
        var files: [(String, Workbook)] = []
        for language in Language.allCases {
            files.append(("workbooks/" + Samples.workedExampleFileName(language), Samples.workedExample(language)))
            files.append(("workbooks/" + Samples.insurerFileName(language), Samples.insurerHotline(language)))
            for template in Template.allCases {
                files.append(("workbooks/templates/\(template.rawValue).\(language.rawValue).cem.json",
                              template.workbook(language: language)))
            }
        }
        return files
    }
}

func readWorkbook(_ relativePath: String) throws -> Workbook {
    try WorkbookReader.read(try Package.bytes(relativePath))
}

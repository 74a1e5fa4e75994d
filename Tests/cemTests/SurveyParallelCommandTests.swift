// `cem import` of a file large enough to be read in byte ranges: the workbook bytes of one pass, and an
// error near the end names its line in the whole file.

import CEMKit
import Foundation
import Testing

@Suite struct SurveyParallelCommandTests {
    /// About 5.2 MB: over `SurveyParallel.minimumBytes`, so the command reads it in ranges on a multi-core machine.
    static func lines() -> [String] {
        var lines = ["id,region,experience.product,expectation.product,experience.price,overall"]
        for i in 0..<200_000 {
            lines.append("R\(String(i).padding(toLength: 10, withPad: "0", startingAt: 0)),\(["north", "south", "east"][i % 3]),\(2 + i % 7),\(3 + (i / 7) % 6),\(1 + (i / 3) % 9),\(4 + (i * 7) % 5)")
        }
        return lines
    }

    @Test func rangesWriteTheWorkbookOfOnePassAndNameTrueLines() throws {
        let folder = try Cem.temporaryFolder()
        let original = try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json"))
        try original.write(to: folder.appendingPathComponent("w.cem.json"))
        var lines = Self.lines()
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count > SurveyParallel.minimumBytes)
        try Data(text.utf8).write(to: folder.appendingPathComponent("survey.csv"))
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--importance", "derived"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // One pass, in the library, over the same bytes.
        let workbook = try WorkbookReader.read(String(decoding: original, as: UTF8.self))
        var options = SurveyOptions()
        options.keyDrivers = true
        var reader = SurveyReader(workbook: workbook, options: options)
        try reader.feed(Array(text.utf8))
        let expected = WorkbookWriter.text(try SurveyImport(try reader.finish(), into: workbook, importance: .derived).workbook)
        #expect(String(decoding: try Data(contentsOf: folder.appendingPathComponent("w.cem.json")), as: UTF8.self) == expected)
        // A bad cell on line 150,001 (in the second half).
        lines[150_000] = lines[150_000].replacingOccurrences(of: ",north,", with: ",north,seven")
            .replacingOccurrences(of: ",south,", with: ",south,seven").replacingOccurrences(of: ",east,", with: ",east,seven")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("survey.csv"))
        let bad = try Cem.call(["import", "survey.csv", "--into", "w.cem.json"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("survey.csv:150001:3 (experience.product): "), "\(bad.stderr)")
    }
}

// A file that is not there gets advice that fits what it is: `cem new` only for a workbook.
import Foundation
import Testing

@Suite struct MissingFileAdviceTests {
    @Test func eachKindOfFileGetsItsOwnAdvice() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json"), to: folder.appendingPathComponent("w.cem.json"))
        try Data("experience.product,overall\n7,8\n".utf8).write(to: folder.appendingPathComponent("s.csv"))
        let cases: [([String], String)] = [
            (["import", "s.csv", "--into", "w.cem.json", "--map", "no.map.json"],
             "no.map.json: no such file; check the path, or write a column map with `cem import SURVEY.csv --into FILE.cem.json --suggest-map no.map.json`\n"),
            (["survey", "sql", "--map", "no.map.json", "--table", "t", "--dialect", "duckdb"],
             "no.map.json: no such file; check the path, or write a column map with `cem import SURVEY.csv --into FILE.cem.json --suggest-map no.map.json`\n"),
            (["train", "./no-exercise.json"], "./no-exercise.json: no such file; check the path (`cem train` lists the built-in exercises)\n"),
            (["train", "report", "no-result.json"], "no-result.json: no such file; check the path\n"),
            (["show", "no.cem.json"], "no.cem.json: no such file; check the path, or create one with `cem new no.cem.json`\n"),
        ]
        for (arguments, message) in cases {
            let run = try Cem.call(arguments, in: folder)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == message, "\(arguments)")
        }
        let zh = try Cem.call(["import", "s.csv", "--into", "w.cem.json", "--map", "no.map.json", "--lang", "zh"], in: folder)
        #expect(zh.stderr == "no.map.json：文件不存在；请检查路径，或用 `cem import 调查.csv --into 工作簿.cem.json --suggest-map no.map.json` 生成一个列映射\n")
    }
}

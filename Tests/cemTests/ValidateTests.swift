import Foundation
import Testing

/// `cem validate` through the built binary: one test per bad input, asserting the message's location
/// (file:line:column and JSON path), the advice, and exit code 1.
@Suite struct ValidateTests {
    static let sample = try! String(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json"), encoding: .utf8)

    /// Writes `content` to a fresh folder as `name` and validates it.
    func validate(_ content: [UInt8], name: String = "bad.cem.json", language: String? = nil) throws -> CemRun {
        let folder = try Cem.temporaryFolder()
        try Data(content).write(to: folder.appendingPathComponent(name))
        var arguments = ["validate", name]
        if let language { arguments += ["--lang", language] }
        return try Cem.call(arguments, in: folder)
    }

    func validate(_ text: String, language: String? = nil) throws -> CemRun {
        try validate(Array(text.utf8), language: language)
    }

    /// The sample with one occurrence of `old` replaced, and the 1-based line and column where `marker` starts in the result.
    func edited(_ old: String, _ new: String, marker: String? = nil, after anchor: String? = nil) -> (text: String, line: Int, column: Int) {
        var text = Self.sample
        let searchStart = anchor.flatMap { text.range(of: $0)?.upperBound } ?? text.startIndex
        let range = text.range(of: old, range: searchStart..<text.endIndex)!
        text.replaceSubrange(range, with: new)
        let target = text.range(of: marker ?? new, range: range.lowerBound..<text.endIndex)!.lowerBound
        let before = text[..<target]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last!.unicodeScalars.count + 1
        return (text, line, column)
    }

    @Test func validFilesPass() throws {
        let run = try Cem.call(["validate", "workbooks/meisu.zh.cem.json", "workbooks/meisu.en.cem.json", "workbooks/templates/retail.zh.cem.json"])
        #expect(run.status == 0)
        #expect(run.stdout == "workbooks/meisu.zh.cem.json: ok\nworkbooks/meisu.en.cem.json: ok\nworkbooks/templates/retail.zh.cem.json: ok\n")
    }

    @Test func scoreOutsideItsScale() throws {
        let e = edited("\"experience\": 5,", "\"experience\": 11,", marker: "11", after: "\"id\": \"convenience\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column) factors[3].experience: 11 is outside the scale 0–10; use a number from 0 to 10, or null while it is unknown\n")
        #expect(run.stderr == "1 problem in 1 file\n")
    }

    @Test func importanceUsesItsOwnScale() throws {
        var e = edited("\"importanceScale\": {\n    \"min\": 0,\n    \"max\": 10", "\"importanceScale\": {\n    \"min\": 1,\n    \"max\": 5")
        e.text = e.text.replacingOccurrences(of: "\"importance\": 9,", with: "\"importance\": 5,")
        let run = try validate(e.text)
        // product 6, service 5→ok, relationship 3, brand-image 7, price 6: all but 3 and 5 are over 5.
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains(".importance: ") && $0.contains("is outside the scale 1–5") })
        #expect(lines[0].contains("factors[0].importance: 6 is outside"))
    }

    @Test func brokenJSONGivesLineAndColumn() throws {
        let e = edited("\"cycle\": 1,", "\"cycle\": 1", marker: "\"scale\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column): not valid JSON: expected ',' or '}', found '\"'; check for a missing comma, colon or quote just before this point\n")
    }

    @Test func fullWidthPunctuationIsPointedAt() throws {
        let e = edited("\"cycle\": 1,", "\"cycle\"：1,", marker: "：")
        let run = try validate(e.text, language: "zh")
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("bad.cem.json:\(e.line):\(e.column): 不是有效的 JSON：此处应为 ':'，实际是 '：'"))
        #expect(run.stdout.contains("全角符号"))
    }

    @Test func wrongType() throws {
        let e = edited("\"ideal\": 10,", "\"ideal\": \"10\",", marker: "\"10\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column) factors[3].ideal: expected a number or null, found a string; write a number, or null while it is unknown here\n")
    }

    @Test func missingRequiredKey() throws {
        let e = edited("      \"name\": \"Service\",\n", "", marker: "\"description\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        // Reported at the object that lacks the key.
        #expect(run.stdout.hasSuffix(" factors[1]: the required key \"name\" is missing; add \"name\"\n"))
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let e = edited("\"expectation\": 7,", "\"expectaton\": 7,", marker: "\"expectaton\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column) factors[0].expectaton: unknown key \"expectaton\"; did you mean \"expectation\"?\n")
    }

    @Test func duplicateFactorID() throws {
        let e = edited("\"id\": \"service\"", "\"id\": \"product\"", marker: "\"product\"", after: "\"id\": \"product\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        let first = Self.sample.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"id\": \"product\"") }! + 1
        #expect(run.stdout.contains(":\(e.line):\(e.column) factors[1].id: the factor id \"product\" is used twice (first on line \(first)); give each factor its own id\n"))
        // The requirements that link to "service" now name a factor that does not exist: not the case in the sample.
    }

    @Test func duplicateRequirementID() throws {
        let e = edited("\"id\": \"R2\"", "\"id\": \"R1\"", marker: "\"R1\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout.contains(":\(e.line):\(e.column) requirements[1].id: the requirement id \"R1\" is used twice"))
    }

    @Test func badIDSyntax() throws {
        let e = edited("\"id\": \"brand-image\"", "\"id\": \"Brand Image\"", marker: "\"Brand Image\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column) factors[4].id: \"Brand Image\" is not a valid factor id; use lowercase ASCII letters, digits and hyphens, starting with a letter or digit, e.g. \"brand-image\"\n")
    }

    @Test func requirementNamingAnUnknownFactor() throws {
        let e = edited("\"factors\": [\"product\"]", "\"factors\": [\"prodcut\"]", marker: "\"prodcut\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column) requirements[3].factors[0]: the factor \"prodcut\" does not exist; did you mean \"product\"?\n")
    }

    @Test func scaleWithMinNotBelowMax() throws {
        let e = edited("\"scale\": {\n    \"min\": 0,\n    \"max\": 10\n  }", "\"scale\": {\n    \"min\": 10,\n    \"max\": 10\n  }", marker: "{")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column) scale: the scale's min (10) must be less than its max (10); make min less than max, e.g. {\"min\": 0, \"max\": 10}\n")
    }

    @Test func newerFormatVersionIsRefusedWhole() throws {
        // Other problems in the file are not reported: it is not read at all.
        var e = edited("\"formatVersion\": 1,", "\"formatVersion\": 2,", marker: "2")
        e.text = e.text.replacingOccurrences(of: "\"experience\": 5,", with: "\"experience\": 50,")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column) formatVersion: formatVersion 2 is newer than this cem supports (1); the file was not read; upgrade cem to read this file\n")
    }

    @Test func mergeConflictMarkers() throws {
        let e = edited("      \"experience\": 5,\n", "<<<<<<< HEAD\n      \"experience\": 5,\n=======\n      \"experience\": 6,\n>>>>>>> feature\n",
                       marker: "<<<<<<<", after: "\"id\": \"convenience\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):1: the file has git merge-conflict markers (lines \(e.line), \(e.line + 2), \(e.line + 4)); resolve the conflict: keep the right side of each block, delete the marker lines, then run `cem validate` again\n  conflict at Convenience (convenience) experience: HEAD has 5, feature has 6\n")
    }

    @Test func emptyFile() throws {
        for content in ["", "\n  \n"] {
            let run = try validate(content)
            #expect(run.status == 1)
            #expect(run.stdout == "bad.cem.json: the file is empty; start a workbook with `cem new FILE`\n")
        }
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let run = try validate([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8))
        #expect(run.status == 0)
        #expect(run.stdout == "bad.cem.json: ok\n")
    }

    @Test func bytesThatAreNotUTF8() throws {
        // "Product" becomes "Pr" + a Latin-1 ö byte + "duct" on the line of factors[0].name.
        let e = edited("\"name\": \"Product\"", "\"name\": \"Pr@duct\"", marker: "@")
        var bytes = Array(e.text.utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "@"))!] = 0xF6
        let run = try validate(bytes)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column): the file has bytes that are not UTF-8 text here; save the file as UTF-8\n")
    }

    @Test func fileOver16MiBIsRefusedBeforeParsing() throws {
        // Valid JSON start, then 17 MiB of spaces: refused by size, not parsed.
        let bytes = Array("{\"format\": \"cem-workbook\", \"formatVersion\": 1, \"factors\": []".utf8)
            + [UInt8](repeating: 0x20, count: 17 * 1024 * 1024) + [UInt8(ascii: "}")]
        let run = try validate(bytes)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json: the file is 17 MiB; workbooks over 16 MiB are refused before reading; check that this is a workbook; keep raw survey data in a CSV and use `cem import`\n")
    }

    @Test func badEnumAndDate() throws {
        var e = edited("\"decision\": \"defer\"", "\"decision\": \"later\"", marker: "\"later\"")
        let run = try validate(e.text)
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column) requirements[3].alignment.decision: \"later\" is not allowed here; use one of: pursue, defer, drop (or null)\n")
        e = edited("\"2025-06-30\"", "\"2025-02-30\"")
        let date = try validate(e.text)
        #expect(date.stdout == "bad.cem.json:\(e.line):\(e.column) requirements[0].kpis[0].measuredOn: \"2025-02-30\" is not a date; write dates as YYYY-MM-DD, e.g. 2025-06-30\n")
    }

    @Test func everyProblemIsReportedInFileOrderAndOtherFilesStillChecked() throws {
        var text = Self.sample.replacingOccurrences(of: "\"brandValue\": 9,", with: "\"brandValue\": -1,")
        text = text.replacingOccurrences(of: "\"better\": \"higher\"", with: "\"better\": \"up\"")
        let folder = try Cem.temporaryFolder()
        try Data(text.utf8).write(to: folder.appendingPathComponent("bad.cem.json"))
        try Data(Self.sample.utf8).write(to: folder.appendingPathComponent("good.cem.json"))
        let run = try Cem.call(["validate", "bad.cem.json", "missing.cem.json", "good.cem.json"], in: folder)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].contains("factors[4].brandValue: -1 is outside the scale 0–10"))
        #expect(lines[1].contains("factors[5].brandValue: -1 is outside the scale 0–10"))
        #expect(lines[2].contains("requirements[0].kpis[0].better: \"up\" is not allowed here; use one of: higher, lower"))
        #expect(lines[3] == "missing.cem.json: no such file; check the path, or create one with `cem new missing.cem.json`")
        #expect(lines[4] == "good.cem.json: ok")
        #expect(run.stderr == "4 problems in 2 files\n")
    }

    @Test func messagesInChinese() throws {
        let e = edited("\"experience\": 5,", "\"experience\": 11,", marker: "11", after: "\"id\": \"convenience\"")
        let run = try validate(e.text, language: "zh")
        #expect(run.status == 1)
        #expect(run.stdout == "bad.cem.json:\(e.line):\(e.column) factors[3].experience: 11 超出量表 0–10；请填写 0 到 10 之间的数，未知时填 null\n")
        let env = try Cem.call(["validate", "nope.cem.json"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(env.stdout == "nope.cem.json：文件不存在；请检查路径，或用 `cem new nope.cem.json` 新建\n")
    }

    @Test func usageErrorsExitTwo() throws {
        let run = try Cem.call(["validate"])
        #expect(run.status == 2)
        #expect(run.stderr == "cem: missing FILE. Usage: cem validate FILE... [-q]\n")
    }
}

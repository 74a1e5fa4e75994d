import CEMKit
import Foundation
import Testing

@Suite struct JSONParserTests {
    func error(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func positionsCountLinesAndScalars() throws {
        let node = try JSONParser.parse("{\n  \"名字\": [1, \"é\", true],\n  \"x\": null\n}")
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["名字", "x"])
        #expect(members[0].keyPosition == SourcePosition(line: 2, column: 3))
        #expect(members[0].value.position == SourcePosition(line: 2, column: 9))
        guard case .array(let elements) = members[0].value.value else { Issue.record("not an array"); return }
        #expect(elements.map(\.position.column) == [10, 13, 18])
        #expect(members[1].value.position == SourcePosition(line: 3, column: 8))
    }

    @Test func syntaxErrors() {
        #expect(error("{\"a\": 1,}")?.reason == .expected("a key in double quotes", found: "}"))
        #expect(error("{\"a\": 1,}")?.position == SourcePosition(line: 1, column: 9))
        #expect(error("[1 2]")?.reason == .expected("',' or ']'", found: "2"))
        #expect(error("{\"a\": 01}")?.reason == .invalidNumber("01"))
        #expect(error("{\"a\": 1.}")?.reason == .invalidNumber("1."))
        #expect(error("{\"a\": 1e999}")?.reason == .numberOutOfRange("1e999"))
        #expect(error("{\"a\": \"x\ny\"}")?.reason == .controlCharacterInString)
        #expect(error("{\"a\": \"\\q\"}")?.reason == .invalidEscape("\\q"))
        #expect(error("{\"a\": \"\\ud800\"}")?.reason == .invalidEscape("lone surrogate"))
        #expect(error("{\"a\": 1, \"a\": 2}")?.reason == .duplicateKey("a"))
        #expect(error("{\"a\": 1} x")?.reason == .trailingContent)
        #expect(error("{\"a\": tru}")?.reason == .expected("true", found: "}"))
        #expect(error("{\"a\": ")?.reason == .unexpectedEnd)
        #expect(error("'a'")?.reason == .unexpectedCharacter("'"))
        #expect(error(String(repeating: "[", count: 300))?.reason == .tooDeep(256))
    }

    @Test func escapesAndSurrogatePairs() throws {
        let node = try JSONParser.parse("\"\\ud83d\\ude00 \\u4e2d \\\" \\\\ \\/ \\n\"")
        #expect(node.value == .string("😀 中 \" \\ / \n"))
    }
}

@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("便利性") == 6)
        #expect(DisplayWidth.of("Ａ１") == 4)       // full-width forms
        #expect(DisplayWidth.of("é") == 1)          // precomposed
        #expect(DisplayWidth.of("e\u{301}") == 1)   // combining accent
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
        #expect(DisplayWidth.of("−—·") == 3)
    }

    @Test func truncateAndPad() {
        #expect(DisplayWidth.truncate("品牌形象", to: 5) == "品牌…")
        #expect(DisplayWidth.truncate("Convenience", to: 6) == "Conve…")
        #expect(DisplayWidth.truncate("abc", to: 3) == "abc")
        #expect(DisplayWidth.pad("产品", to: 6) == "产品  ")
        #expect(DisplayWidth.pad("6", to: 3, alignRight: true) == "  6")
    }

    @Test func tablesAlignMixedScriptsAndFitTheWidth() {
        var table = TextTable([.init("Name"), .init("N", alignRight: true)])
        table.add(["品牌形象", "9"])
        table.add(["Price", "−10"])
        #expect(table.render() == ["  Name        N", "  ────────  ───", "  品牌形象    9", "  Price     −10"])
        var wide = TextTable([.init("Title"), .init("X", alignRight: true)])
        wide.add([String(repeating: "长", count: 30), "1"])
        let lines = wide.render(maxWidth: 20)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
        // Long text wraps inside its column (it used to be cut with an ellipsis).
        #expect(Array(lines[2...]) == ["  长长长长长长长   1", "  长长长长长长长", "  长长长长长长长", "  长长长长长长长", "  长长"])
    }
}

@Suite struct InputTests {
    @Test func numbersFromAChineseInputMethod() {
        #expect(Input.number("6") == 6)
        #expect(Input.number("6.5") == 6.5)
        #expect(Input.number("６") == 6)
        #expect(Input.number("６．５") == 6.5)
        #expect(Input.number("６。５") == 6.5)
        #expect(Input.number("－１") == -1)
        #expect(Input.number("−1") == -1)
        #expect(Input.number(" 7 ") == 7)
        #expect(Input.number("\u{3000}7\u{3000}") == 7)
        #expect(Input.number("7.0") == 7)
        #expect(Input.number("") == nil)
        #expect(Input.number("seven") == nil)
        #expect(Input.number("7e3") == nil)
        #expect(Input.number("nan") == nil)
        #expect(Input.number("1,000") == nil)
    }

    @Test func normalize() {
        #expect(Input.normalize("ｇｏｔｏ　３") == "goto 3")
        #expect(Input.normalize("  帮助 ") == "帮助")
    }
}

@Suite struct SuggestTests {
    @Test func closestWordWithinReach() {
        #expect(Suggest.distance("shwo", "show") == 1)
        #expect(Suggest.distance("kitten", "sitting") == 3)
        #expect(Suggest.closest(to: "expectaton", in: ["experience", "expectation", "ideal"]) == "expectation")
        #expect(Suggest.closest(to: "--stpe", in: ["--step", "--cuts"]) == "--step")
        #expect(Suggest.closest(to: "IDEAL", in: ["ideal"]) == "ideal")
        #expect(Suggest.closest(to: "zzz", in: ["show", "new"]) == nil)
        #expect(Suggest.closest(to: "x", in: []) == nil)
    }
}

@Suite struct ArgumentParserTests {
    let options = [OptionSpec("--step", takesValue: true), OptionSpec("--check"), OptionSpec("--output", short: "-o", takesValue: true)]

    @Test func parsesPositionalsOptionsAndFlags() throws {
        let parsed = try ArgumentParser.parse(["a.json", "--step", "3", "--check", "--output=x", "--", "--check"], options: options)
        #expect(parsed.positionals == ["a.json", "--check"])
        #expect(parsed.value("--step") == "3")
        #expect(parsed.value("--output") == "x")
        #expect(parsed.has("--check"))
        #expect(try ArgumentParser.parse(["-1"], options: options).positionals == ["-1"])
    }

    @Test func errors() throws {
        #expect(throws: ArgumentError.unknownOption("--chek", suggestion: "--check")) { try ArgumentParser.parse(["--chek"], options: options) }
        #expect(throws: ArgumentError.missingValue("--step")) { try ArgumentParser.parse(["--step"], options: options) }
        #expect(throws: ArgumentError.unexpectedValue("--check")) { try ArgumentParser.parse(["--check=yes"], options: options) }
        // Given twice, an option that is not repeatable is refused rather than keeping only the last value.
        #expect(throws: ArgumentError.repeatedOption("--output")) { try ArgumentParser.parse(["-o", "-", "--output=x"], options: options) }
        let repeatable = [OptionSpec("--where", takesValue: true, repeatable: true)]
        #expect(try ArgumentParser.parse(["--where", "a=1", "--where=b=2"], options: repeatable).allValues("--where") == ["a=1", "b=2"])
    }
}

@Suite struct AtomicFileTests {
    @Test func createRefusesAnExistingFileAndWriteReplacesAtomically() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cem-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("w.cem.json").path
        try AtomicFile.create(Array("one".utf8), at: path)
        #expect(throws: FileError(path: path, reason: "exists")) { try AtomicFile.create(Array("two".utf8), at: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one")
        try AtomicFile.write(Array("three".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "three")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["w.cem.json"])
        #expect(throws: FileError.self) { try AtomicFile.write([1], to: folder.appendingPathComponent("no/such/dir.json").path) }
    }

    @Test func resolvesChainsOfLinks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cem-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let real = folder.appendingPathComponent("sub/real.json").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: real))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a").path, withDestinationPath: "sub/real.json")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b").path, withDestinationPath: "a")
        #expect(AtomicFile.resolveLinks(folder.appendingPathComponent("b").path) == folder.path + "/sub/real.json")
    }
}

@Suite struct DisplayNumberTests {
    @Test func formats() {
        #expect(displayNumber(nil) == "—")
        #expect(displayNumber(-0.5) == "−0.5")
        #expect(displayNumber(-0.666666667) == "−0.67")
        #expect(displayNumber(5.833333333) == "5.83")
        #expect(displayNumber(45) == "45")
        #expect(displayNumber(-0.00001) == "0")
        #expect(displayScale(Scale(min: 1, max: 7)) == "1–7")
    }
}

// The session, the demo and the bare `cem` through the built binary: scripts on standard input, exit codes,
// files byte-identical to the samples, and a session killed with SIGKILL leaving a valid file.

import CEMKit
import Foundation
import Testing

@Suite struct SessionCommandTests {
    static func script(_ name: String) throws -> String {
        try String(contentsOf: Cem.root.appendingPathComponent("Tests/transcripts/\(name).in"), encoding: .utf8)
    }

    @Test(arguments: ["zh", "en"])
    func workedExampleScriptWritesTheSampleByteForByte(language: String) throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.run(["session", "m.cem.json", "--lang", language], stdin: try Self.script("worked-example.\(language)"), in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try Data(contentsOf: folder.appendingPathComponent("m.cem.json"))
        let sample = try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.\(language).cem.json"))
        #expect(written == sample)
        // Prompts are printed on their own lines when standard input is not a terminal.
        #expect(run.stdout.contains(language == "zh" ? "\n产品 · 品牌价值（0–10）[—]：\n" : "\nProduct · Brand value (0–10) [—]:\n"))
        #expect(run.stdout.contains(language == "zh" ? "关键体验：便利性（−18）、产品（−6）" : "Key experiences: Convenience (−18), Product (−6)"))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test func demoEndsCleanlyAtTheEndOfInput() throws {
        let run = try Cem.run(["demo"], stdin: "")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Meisu Electronics · Sai Yeung Choi Street · 6 factors\n"))
        #expect(run.stdout.contains("── Step 1 · Understand your brand value: why customers come to you ──"))
        #expect(run.stdout.hasSuffix("Goodbye.\n"))
        let zh = try Cem.run(["demo", "--lang", "zh"], stdin: "show 3\nquit\n")
        #expect(zh.status == 0)
        #expect(zh.stdout.contains("关键体验：便利性（−18）、产品（−6）"))
    }

    @Test func demoWalksAllSevenStepsOnEnterAndWritesNothing() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.run(["demo"], stdin: String(repeating: "\n", count: 80), in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Largest gap: Convenience (weighted gap −45)"))
        #expect(run.stdout.contains("That was the walk through all seven steps."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aRefusedScriptedLineEndsWithExitCode1() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.run(["session", "a.cem.json", "--keep-going"], stdin: "Acme\nbrand\n11\n6\n", in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("11 is outside the scale 0–10; type a number from 0 to 10."))
        let w = try WorkbookReader.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("a.cem.json"))))
        #expect(w.title == "Acme")
        #expect(w.factors[0].brandValue == 6)
    }

    /// A refused `7,5` shifted every later answer one question early, and all of it was written.
    @Test func aScriptStopsAtItsFirstRefusedLineAndAppliesNothingAfter() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.run(["session", "a.cem.json"], stdin: "\u{FEFF}Acme\nOur brand\n11\n6\n5\n", in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.hasSuffix("""
            11 is outside the scale 0–10; type a number from 0 to 10.
            The script stopped at line 3 (the question was “Product · Brand value”); nothing
            after it was applied.

            """))
        let w = try WorkbookReader.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("a.cem.json"))))
        #expect(w.title == "Acme", "the byte-order mark is not part of the first answer")
        #expect(w.brandStatement == "Our brand")
        #expect(w.factors.map(\.brandValue) == [nil, nil, nil, nil, nil, nil])
    }

    @Test func anInvalidFileIsRefusedBeforeTheSessionStarts() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{ \"format\": \"cem-workbook\" ".utf8).write(to: folder.appendingPathComponent("bad.cem.json"))
        let run = try Cem.run(["session", "bad.cem.json"], stdin: "quit\n", in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("bad.cem.json:1:"))
    }

    @Test func sessionWritesThroughASymbolicLinkKeepingPermissions() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("real.cem.json")
        try Data(WorkbookWriter.bytes(Template.retail.workbook(language: .en, title: "Linked"))).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.cem.json").path, withDestinationPath: "real.cem.json")
        let run = try Cem.run(["session", "link.cem.json"], stdin: "Our brand\n", in: folder)
        #expect(run.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.cem.json").path) == "real.cem.json")
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try WorkbookReader.read([UInt8](try Data(contentsOf: target))).brandStatement == "Our brand")
    }

    @Test func bareCemOffersNewOpenOrDemo() throws {
        let none = try Cem.run([], stdin: "")
        #expect(none.status == 0)
        #expect(none.stdout.contains("  3  demo: walk the worked example (Meisu Electronics)"))
        let demo = try Cem.run(["--lang", "zh"], stdin: "4\n3\nshow 4\n")
        #expect(demo.status == 0)
        #expect(demo.stdout.contains("“4”不是可选项；请输入 1、2 或 3。"))
        #expect(demo.stdout.contains("最大差距：便利性（加权差距 −45）"))
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try Cem.run([], stdin: "1\nnew.cem.json\n\nPilot shop\n", in: folder)
        #expect(created.status == 0)
        #expect(try WorkbookReader.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("new.cem.json")))).title == "Pilot shop")
        // The start menu adds `.cem.json` to a new name and offers a template.
        let servqual = try Cem.run([], stdin: "1\nclinic\nnone\n2\nClinic\n", in: folder)
        #expect(servqual.status == 0)
        #expect(servqual.stdout.contains("'none' is not a template; type its number (1 to \(Template.allCases.count)) or its name."))
        #expect(servqual.stdout.contains("clinic.cem.json does not exist yet: a new workbook from the servqual template (5\nfactors) will be created there."))
        let clinic = try WorkbookReader.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("clinic.cem.json"))))
        #expect(clinic.title == "Clinic")
        #expect(clinic.factors.map(\.id) == Template.servqual.workbook(language: .en).factors.map(\.id))
    }
}

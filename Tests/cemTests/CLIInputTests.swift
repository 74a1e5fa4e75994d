// Bad input on the command line: subcommands, odd files (FIFO, device, link loop), numbers that are not
// finite, hostile names, and a report or chart that would replace a workbook or another file.

import CEMKit
import Foundation
import Testing

@Suite struct SubcommandTests {
    @Test func aGroupAloneListsItsSubcommandsAndExitsTwo() throws {
        let cycle = try Cem.call(["cycle"])
        #expect(cycle.status == 2)
        #expect(cycle.stdout.isEmpty)
        #expect(cycle.stderr.hasPrefix("cem cycle: missing subcommand; use close.\n\ncem cycle SUBCOMMAND\n"))
        #expect(cycle.stderr.contains("\nSubcommands:\n  close  close the current cycle into history and start the next at step 1\n"))
        let git = try Cem.call(["git", "--lang", "zh"])
        #expect(git.status == 2)
        #expect(git.stderr.hasPrefix("cem git：缺少子命令；请用 setup。\n"))
        #expect(git.stderr.contains("\n子命令：\n  setup  设置 git"))
        let unknown = try Cem.call(["cycle", "clsoe", "x.cem.json"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "cem cycle: unknown subcommand 'clsoe'. Did you mean 'close'? Run `cem help cycle`.\n")
    }

    @Test func subcommandsHaveTheirOwnHelp() throws {
        let group = try Cem.call(["help", "cycle"])
        #expect(group.status == 0)
        #expect(group.stdout.hasPrefix("cem cycle SUBCOMMAND\n\nthe improvement cycles of a workbook\n\nSubcommands:\n"))
        let close = try Cem.call(["help", "cycle", "close"])
        #expect(close.stdout.hasPrefix("cem cycle close FILE [--on DATE] [--force]\n\n"))
        #expect(try Cem.call(["cycle", "close", "--help"]).stdout == close.stdout)
        #expect(try Cem.call(["cycle", "--help"]).stdout == group.stdout)
        let setup = try Cem.call(["help", "git", "setup"])
        #expect(setup.stdout.hasPrefix("cem git setup [--command CMD] [--hooks]\n\n"))
        #expect(setup.stdout.contains("git config diff.cem.textconv 'cem show --plain --'"))
    }

    @Test func doubleDashEndsOptions() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(WorkbookWriter.bytes(Samples.workedExample(.en))).write(to: folder.appendingPathComponent("-a.cem.json"))
        let refused = try Cem.call(["show", "--plain", "-a.cem.json"], in: folder)
        #expect(refused.status == 2)
        let shown = try Cem.call(["show", "--plain", "--", "-a.cem.json"], in: folder)
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("Meisu Electronics · Sai Yeung Choi Street · Cycle 1\n"))
    }
}

@Suite struct OddInputTests {
    @Test func aFIFOOrADeviceIsNotARegularFileAndNeverBlocks() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("pipe.cem.json").path, 0o600) == 0)
        let fifo = try Cem.call(["show", "pipe.cem.json"], in: folder)
        #expect(fifo.status == 1)
        #expect(fifo.stderr == "pipe.cem.json: not a regular file (a pipe, device or socket); give the path of a workbook file\n")
        let zero = try Cem.call(["validate", "/dev/zero", "--lang", "zh"])
        #expect(zero.status == 1)
        #expect(zero.stdout == "/dev/zero：不是普通文件（而是管道、设备或套接字）；请给出工作簿文件的路径\n")
        let survey = try Cem.call(["segments", "pipe.cem.json", "--by", "x"], in: folder)
        #expect(survey.status == 1)
        #expect(survey.stderr == "pipe.cem.json: not a regular file (a pipe, device or socket); give the path of a workbook file\n")
    }

    @Test func aLoopOfSymbolicLinksIsNamedAsSuch() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a.cem.json").path, withDestinationPath: "b.cem.json")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b.cem.json").path, withDestinationPath: "a.cem.json")
        let run = try Cem.call(["show", "a.cem.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "a.cem.json: a loop of symbolic links, no file at the end; check where the links point (ls -l)\n")
    }

    @Test(arguments: ["nan,inf", "1,nan", "inf,2", "0x1p3,1", "1e999,2", "1,", "mean,1"])
    func cutsAcceptFiniteNumbersOnly(value: String) throws {
        let run = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--cuts", value])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "cem: '\(value)' is not a valid value for --cuts; use mean, median, midpoint, X,Y.\n")
    }

    @Test func finiteCutsAreAccepted() throws {
        let run = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--step", "3", "--cuts", "5.5,-1e1"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("IPA cut lines (values): experience 5.5, importance −10\n"))
    }

    @Test func hostileNamesNeverReachTheTerminalRaw() throws {
        let name = "\u{1B}]0;owned\u{07}\u{1B}[2J.cem.json"
        let run = try Cem.call(["show", name])
        #expect(run.status == 1)
        #expect(!run.stderr.contains("\u{1B}"))
        #expect(run.stderr.hasPrefix("\\u{1B}]0;owned\\u{7}\\u{1B}[2J.cem.json: no such file;"))
        let command = try Cem.call(["sh\u{1B}[2Jow"])
        #expect(!command.stderr.contains("\u{1B}"))
        let option = try Cem.call(["show", "x", "--st\u{1B}ep"])
        #expect(option.status == 2)
        #expect(!option.stderr.contains("\u{1B}"))
        let value = try Cem.call(["report", "x", "--format", "\u{1B}[31mpdf"])
        #expect(value.stderr == "cem: '\\u{1B}[31mpdf' is not a valid value for --format; use text, markdown, html, json, csv, slide.\n")
    }
}

@Suite struct OutputFileTests {
    static func folderWithWorkbook() throws -> URL {
        let folder = try Cem.temporaryFolder()
        try Data(WorkbookWriter.bytes(Samples.workedExample(.en))).write(to: folder.appendingPathComponent("m.cem.json"))
        try Data(WorkbookWriter.bytes(Samples.workedExample(.zh))).write(to: folder.appendingPathComponent("other.cem.json"))
        return folder
    }

    @Test func aReportNeverReplacesAWorkbookOrItsInput() throws {
        let folder = try Self.folderWithWorkbook()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: folder.appendingPathComponent("other.cem.json"))
        for force in [[], ["--force"]] {
            let report = try Cem.call(["report", "m.cem.json", "--format", "html", "-o", "other.cem.json"] + force, in: folder)
            #expect(report.status == 1)
            #expect(report.stderr == "other.cem.json: is a workbook; a report or chart never replaces one. Give -o another file (such as report.html)\n")
            let chart = try Cem.call(["chart", "m.cem.json", "--kind", "ipa", "-o", "other.cem.json", "--lang", "zh"] + force, in: folder)
            #expect(chart.status == 1)
            #expect(chart.stderr == "other.cem.json：是工作簿，不会用报告或图表覆盖它；请用 -o 指定另一个文件（如 report.html）\n")
            let input = try Cem.call(["report", "m.cem.json", "--format", "json", "-o", "./m.cem.json"] + force, in: folder)
            #expect(input.status == 1)
            #expect(input.stderr == "./m.cem.json: is the input file; it is never replaced. Give -o another file\n")
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("other.cem.json")) == before)
        #expect(try WorkbookReader.read([UInt8](Data(contentsOf: folder.appendingPathComponent("m.cem.json")))).title.hasPrefix("Meisu"))
    }

    @Test func anEarlierOutputIsReplacedAnotherFileNeedsForce() throws {
        let folder = try Self.folderWithWorkbook()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Cem.call(["chart", "m.cem.json", "--kind", "ipa", "-o", "ipa.svg"], in: folder).status == 0)
        #expect(try Cem.call(["chart", "m.cem.json", "--kind", "ipa", "-o", "ipa.svg"], in: folder).status == 0)
        let notes = folder.appendingPathComponent("notes.md")
        try Data("# My notes\n\nkeep me\n".utf8).write(to: notes)
        let kept = try Cem.call(["report", "m.cem.json", "--format", "markdown", "-o", "notes.md"], in: folder)
        #expect(kept.status == 1)
        #expect(kept.stderr == "notes.md: already exists and does not look like this command's output in this format; nothing was changed. Choose another name, or add --force to replace it\n")
        #expect(try String(contentsOf: notes, encoding: .utf8) == "# My notes\n\nkeep me\n")
        let forced = try Cem.call(["report", "m.cem.json", "--format", "markdown", "-o", "notes.md", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: notes, encoding: .utf8).hasPrefix("# Meisu"))
        let schema = try Cem.call(["schema", "-o", "notes.md"], in: folder)
        #expect(schema.status == 1)
    }
}

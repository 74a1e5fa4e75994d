// A session killed with SIGKILL at any moment leaves the file either as it was or as it became: valid.
// And a file changed on disk while a session runs is noticed before the session writes.

import CEMKit
import Foundation
import Testing

/// The binary running a session, fed line by line through a pipe.
final class LiveSession {
    let process = Process()
    let input = Pipe()
    let output: URL

    init(_ arguments: [String], in folder: URL) throws {
        output = folder.appendingPathComponent("stdout.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.executableURL = Cem.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in ["LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "COLUMNS"] { env[key] = nil }
        process.environment = env
        process.currentDirectoryURL = folder
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    func send(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

    var stdout: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    /// Waits until the output contains `text` (at most a few seconds).
    func wait(for text: String) -> Bool {
        for _ in 0..<200 {
            if stdout.contains(text) { return true }
            usleep(20_000)
        }
        return false
    }
}

@Suite struct SessionKillTests {
    @Test func killedMidSessionLeavesAValidFile() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("k.cem.json")
        try Data(WorkbookWriter.bytes(Template.retail.workbook(language: .en, title: "Kill"))).write(to: path)
        for round in 0..<5 {
            let live = try LiveSession(["session", "k.cem.json"], in: folder)
            // A stream of changes, each written atomically; the kill lands somewhere among them.
            for i in 0..<60 { live.send("set product experience \((i + round) % 10)") }
            usleep(useconds_t(2_000 * (round + 1)))
            kill(live.process.processIdentifier, SIGKILL)
            live.process.waitUntilExit()
            #expect(live.process.terminationReason == .uncaughtSignal)
            let bytes = [UInt8](try Data(contentsOf: path))
            let workbook = try WorkbookReader.read(bytes)
            #expect(workbook.title == "Kill")
            #expect(WorkbookWriter.bytes(workbook) == bytes, "the file is canonical, never half-written")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("tmp-") }
            #expect(leftovers.count <= 1, "at most the one temporary file of the interrupted write")
            #expect(leftovers.allSatisfy { $0.hasPrefix(".k.cem.json.cem-tmp-") }, "named as cem's own")
        }
        // The next open removes what the killed sessions left (their processes are gone).
        let run = try Cem.run(["session", "k.cem.json"], stdin: "quit\n", in: folder)
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["k.cem.json", "stdout.txt"])
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func terminatedMidWriteLeavesNoTemporaryFile(signal: Int32) throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.cem.json")
        try Data(WorkbookWriter.bytes(Template.retail.workbook(language: .en, title: "Term"))).write(to: path)
        for round in 0..<5 {
            let live = try LiveSession(["session", "t.cem.json"], in: folder)
            for i in 0..<60 { live.send("set product experience \((i + round) % 10)") }
            // In the middle of the stream of writes.
            #expect(live.wait(for: "Product · Experience"))
            usleep(useconds_t(2_000 * round))
            kill(live.process.processIdentifier, signal)
            live.process.waitUntilExit()
            #expect(live.process.terminationReason == .uncaughtSignal)
            #expect(live.process.terminationStatus == signal, "the signal is re-raised after the clean-up")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["stdout.txt", "t.cem.json"])
            let bytes = [UInt8](try Data(contentsOf: path))
            #expect(WorkbookWriter.bytes(try WorkbookReader.read(bytes)) == bytes)
        }
    }

    @Test func theNextOpenRemovesOnlyItsOwnStaleTemporaries() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(WorkbookWriter.bytes(Template.retail.workbook(language: .en, title: "Stale"))).write(to: folder.appendingPathComponent("s.cem.json"))
        for name in [".s.cem.json.cem-tmp-99999999-abcdef", ".s.cem.json.tmp-abcdef", "notes.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let run = try Cem.run(["session", "s.cem.json"], stdin: "quit\n", in: folder)
        #expect(run.status == 0)
        #expect(run.stderr == "Removed temporary files left by an interrupted write: .s.cem.json.cem-tmp-99999999-abcdef\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".s.cem.json.tmp-abcdef", "notes.txt", "s.cem.json"])
    }

    /// A workbook that cannot be written; `quit` said "Saved in hotel.cem.json. Goodbye." and exited 0.
    @Test func aReadOnlyWorkbookIsNeverReportedSaved() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hotel.cem.json")
        let bytes = WorkbookWriter.bytes(Template.retail.workbook(language: .en, title: "Hotel"))
        try Data(bytes).write(to: path)
        chmod(path.path, 0o444)
        for ending in ["quit\n", "", "\n"] {
            let run = try Cem.run(["session", "hotel.cem.json"], stdin: "goto 2\n8\n" + ending, in: folder)
            #expect(run.status == 1)
            #expect(!run.stdout.contains("Saved"))
            #expect(run.stdout.contains("hotel.cem.json is read-only and was not replaced."))
            #expect(run.stdout.hasSuffix("""
                hotel.cem.json is read-only and was not replaced. The change is kept in this
                session only (not saved); use `save as FILE` to write it to a new file.
                The script stopped at line 2 (the question was “Product · Experience”); nothing
                after it was applied.
                Not saved: the changes of this session were not written to hotel.cem.json (the
                file is read-only) and are lost. Exit code 1.

                """))
            #expect([UInt8](try Data(contentsOf: path)) == bytes)
        }
        // --keep-going: the end of the script names what was not written.
        let run = try Cem.run(["session", "hotel.cem.json", "--keep-going"], stdin: "goto 2\n8\n7\nquit\n", in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.hasSuffix("Not saved: the changes of this session were not written to hotel.cem.json (the\nfile is read-only) and are lost. Exit code 1.\nNothing more was saved. Goodbye.\n"))
        #expect([UInt8](try Data(contentsOf: path)) == bytes)
    }

    @Test func aFileChangedOnDiskIsNoticedBeforeWriting() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.cem.json")
        try Data(WorkbookWriter.bytes(Template.retail.workbook(language: .en, title: "Git"))).write(to: path)
        let live = try LiveSession(["session", "g.cem.json"], in: folder)
        live.send("Our brand")
        #expect(live.wait(for: "Product · Brand value (0–10) [—]:"))
        // Someone else changes the file (a git pull).
        var theirs = try WorkbookReader.read([UInt8](try Data(contentsOf: path)))
        theirs.title = "Pulled"
        try Data(WorkbookWriter.bytes(theirs)).write(to: path)
        live.send("6")
        #expect(live.wait(for: "g.cem.json was changed on disk since the session read it"))
        #expect(try WorkbookReader.read([UInt8](try Data(contentsOf: path))).title == "Pulled", "never silently overwritten")
        live.send("reload")
        live.send("7")
        live.send("quit")
        try live.input.fileHandleForWriting.close()
        live.process.waitUntilExit()
        let final = try WorkbookReader.read([UInt8](try Data(contentsOf: path)))
        #expect(final.title == "Pulled")
        #expect(final.factors[0].brandValue == 7)
        #expect(final.brandStatement == "Our brand")
        #expect(live.process.terminationStatus == 0)
    }
}

// The environment a command runs in is injected: the clock, output, and the folder paths are taken from.

import CEMKit
import Foundation
import Testing
@testable import cem

@Suite struct ContextTests {
    @Test func todayComesFromTheClockOrSourceDateEpoch() {
        var context = Context(environment: [:])
        context.clock = { Date(timeIntervalSince1970: 1_751_284_800) }  // 2025-06-30 12:00 UTC
        let local = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: context.clock())
        #expect(context.today == String(format: "%04d-%02d-%02d", local.year!, local.month!, local.day!))
        #expect(context.today.hasPrefix("2025-"))
        context.environment["SOURCE_DATE_EPOCH"] = "1767225600"  // 2026-01-01 00:00 UTC
        #expect(context.today == "2026-01-01")
        context.environment["SOURCE_DATE_EPOCH"] = "nan"
        #expect(context.today != "2026-01-01")
    }

    @Test func cycleCloseIsDatedByTheInjectedClock() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(WorkbookWriter.bytes(Samples.workedExample(.en))).write(to: folder.appendingPathComponent("m.cem.json"))
        let run = try Cem.call(["cycle", "close", "m.cem.json"], environment: ["SOURCE_DATE_EPOCH": "1767225600"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let closed = try WorkbookReader.read([UInt8](Data(contentsOf: folder.appendingPathComponent("m.cem.json"))))
        #expect(closed.history.last?.closedOn == "2026-01-01")
    }

    @Test func outputThatCannotBeWrittenEndsWithExitOne() throws {
        let full = CapturedSink(failWith: ENOSPC), closed = CapturedSink(failWith: EPIPE)
        let noSpace = try Cem.call(["schema"], stdout: full)
        #expect(noSpace.status == 1)
        #expect(noSpace.stderr == "cem: cannot write to standard output (No space left on device)\n")
        let pipe = try Cem.call(["show", "workbooks/meisu.en.cem.json"], stdout: closed)
        #expect(pipe.status == 1)
        #expect(pipe.stderr.isEmpty)
    }

    @Test func commandsReadAndWriteThroughTheInjectedFiles() throws {
        let files = MemoryFiles()
        files.store["/memory/m.cem.json"] = WorkbookWriter.bytes(Samples.workedExample(.en))
        var context = Context(environment: [:])
        let out = CapturedSink(), err = CapturedSink()
        (context.stdout, context.stderr, context.files, context.directory) = (out, err, files, "/memory")
        #expect(CLI.run(["report", "m.cem.json", "--format", "csv", "-o", "factors.csv"], context: context) == 0)
        #expect(err.text.isEmpty)
        let csv = String(decoding: try #require(files.store["/memory/factors.csv"]), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}ID,Name,Description,Brand value,Experience,"))
        #expect(CLI.run(["show", "m.cem.json", "--step", "4"], context: context) == 0)
        #expect(out.text.contains("Largest gap: Convenience (weighted gap −45)\n"))
        #expect(CLI.run(["show", "gone.cem.json"], context: context) == 1)
        #expect(err.text == "gone.cem.json: no such file; check the path, or create one with `cem new gone.cem.json`\n")
    }
}

/// Files in memory, for running commands without a disk.
final class MemoryFiles: FileAccess, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]

    var store: [String: [UInt8]] {
        get { lock.withLock { files } }
        set { lock.withLock { files = newValue } }
    }

    func contents(_ path: String) -> [UInt8]? { store[path] }

    func replace(_ path: String, with bytes: [UInt8], expecting: [UInt8]?) throws(FileError) {
        if let expecting, store[path] != expecting { throw FileError(path: path, reason: "changed") }
        store[path] = bytes
    }

    func create(_ path: String, with bytes: [UInt8]) throws(FileError) {
        if store[path] != nil { throw FileError(path: path, reason: "exists") }
        store[path] = bytes
    }
}

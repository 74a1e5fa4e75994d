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
}

// The workshop room through the built `cem session` (its lines go to the terminal, not the context):
// a script's poll is written, a script ending inside a what-if writes nothing and exits 1.

import CEMKit
import Foundation
import Testing

@Suite struct SessionRoomCommandTests {
    @Test func aScriptedPollIsWrittenAndValid() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("p.cem.json")
        try Data(WorkbookWriter.bytes(Samples.workedExample(.en))).write(to: file)
        let run = try Cem.run(["session", file.path], stdin: "poll convenience expectation 3 9 5 8 4\nquit\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("⚠ Participants disagree (sd 2.59, 3–9): discuss it before moving on."))
        let w = try WorkbookReader.read(try [UInt8](Data(contentsOf: file)))
        #expect(w.factor(id: "convenience")?.pollStat(.expectation) == PollStat(n: 5, mean: 5.8, sd: 2.588435821, min: 3, max: 9))
        let validate = try Cem.call(["validate", file.path])
        #expect(validate.status == 0)
        let show = try Cem.call(["show", file.path, "--step", "2"])
        #expect(show.stdout.contains("poll (5) !"))
    }

    @Test func aScriptEndingInAWhatIfWritesNothingAndExits1() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("w.cem.json")
        let bytes = WorkbookWriter.bytes(Samples.workedExample(.zh))
        try Data(bytes).write(to: file)
        let run = try Cem.run(["session", file.path], stdin: "推演\n设定 便利性 体验 9\n")
        #expect(run.status == 1)
        #expect(run.stdout.contains("推演的改动没有保留，也没有写入文件。"))
        #expect(try [UInt8](Data(contentsOf: file)) == bytes)
    }
}

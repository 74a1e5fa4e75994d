import CEMKit
import Foundation
import Testing
@testable import cem

/// Ctrl-C at a terminal offers to save progress; `cem train ID --resume` carries on from it, and the
/// progress file goes once the exercise is finished. Run in process with a terminal's line reader replaced.
@Suite struct TrainingResumeTests {
    /// Lines a learner types at a terminal, `nil` standing for Ctrl-C.
    struct Keys: LineReader {
        var keys: [String?]
        mutating func read(prompt: String, prefill: String?) -> ReadResult {
            guard !keys.isEmpty else { return .end }
            return keys.removeFirst().map { .line($0) } ?? .interrupt
        }
    }

    static func atTerminal(_ arguments: [String], keys: [String?], in folder: URL) -> CemRun {
        let out = CapturedSink(), err = CapturedSink()
        var context = Context(environment: Processes.cleanEnvironment(["COLUMNS": "100"]))
        context.stdout = out
        context.stderr = err
        context.directory = folder.path
        context.stdinIsTerminal = true
        context.stdoutIsTerminal = true
        context.lineReader = { _ in Keys(keys: keys) }
        let status = CLI.run(arguments, context: context)
        return CemRun(stdout: out.text, stderr: err.text, status: status)
    }

    @Test func interruptSaveAndResume() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = Self.atTerminal(["train", "bank", "--lang", "en"], keys: ["staff-service", "-4", nil, "yes"], in: folder)
        #expect(first.status == 0)
        #expect(first.stdout.contains("Interrupted. Save your progress to bank.progress.json and resume later with --resume? (yes/no)\nProgress saved to bank.progress.json. To carry on: cem train bank --resume\n"))
        let saved = try String(contentsOf: folder.appendingPathComponent("bank.progress.json"), encoding: .utf8)
        #expect(saved.contains("\"index\": 2,\n  \"points\": [1, 1, null, null, null, null, null, null, null],"))

        let second = Self.atTerminal(["train", "bank", "--lang", "en", "--resume"], keys: ["1", "4", "-28", "queueing", "R2", "45", "yes"], in: folder)
        #expect(second.status == 0)
        #expect(second.stdout.contains("Carrying on where you stopped: question 3 of 9.\n\nQuestion 3 of 9 · Step 3"))
        #expect(second.stdout.contains("Total: 9 / 9"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bank.progress.json").path))

        let none = try Cem.call(["train", "bank", "--resume"], in: folder)
        #expect(none.status == 1 && none.stderr == "cem train: there is no saved progress of 'bank' here (bank.progress.json); drop --resume to start from the beginning.\n")
        try Data("{}\n".utf8).write(to: folder.appendingPathComponent("bank.progress.json"))
        let broken = try Cem.call(["train", "bank", "--resume"], in: folder)
        #expect(broken.status == 1 && broken.stderr.hasPrefix("cem train: bank.progress.json is not saved progress of this exercise"))

        // Declined: nothing saved.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bank.progress.json"))
        let declined = Self.atTerminal(["train", "bank", "--lang", "zh"], keys: ["staff-service", nil, "否"], in: folder)
        #expect(declined.stdout.contains("已中断。保存进度到 bank.progress.json，以后用 --resume 接着做？（是/否）"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bank.progress.json").path))
    }
}

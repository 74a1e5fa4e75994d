// Running cem in process: the same command line as the binary, with output captured, files on the real
// disk under a chosen folder, no terminal and a fixed environment. Most command tests use this.

import Foundation
@testable import cem

/// Lines of a script, as the session and the trainer read them when standard input is not a terminal.
struct ScriptedLines: LineReader {
    var lines: [String]
    let sink: any TextSink
    var lineNumber: Int? = 0
    var canPrefill: Bool { false }

    mutating func read(prompt: String, prefill: String?) -> ReadResult {
        sink.write(Array((prompt.trimmingCharacters(in: .whitespaces) + "\n").utf8))
        guard !lines.isEmpty else { return .end }
        lineNumber = (lineNumber ?? 0) + 1
        return .line(lines.removeFirst())
    }
}

extension Cem {
    /// Runs `cem ARGUMENTS` in this process. Relative paths are taken from `folder` (the package root by
    /// default); the environment is this process's without locale and colour settings, plus `environment`.
    static func call(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                     in folder: URL? = nil, stdout: CapturedSink = CapturedSink(), stderr: CapturedSink = CapturedSink()) throws -> CemRun {
        var context = Context(environment: Processes.cleanEnvironment(environment))
        context.stdout = stdout
        context.stderr = stderr
        context.directory = (folder ?? root).path
        context.stdinIsTerminal = false
        context.stdoutIsTerminal = false
        context.stderrIsTerminal = false
        var lines = (stdin ?? "").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let script = lines
        context.lineReader = { _ in ScriptedLines(lines: script, sink: stdout) }
        let status = CLI.run(arguments, context: context)
        return CemRun(stdout: stdout.text, stderr: stderr.text, status: status)
    }
}

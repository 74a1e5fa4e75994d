// Ctrl-C and Ctrl-D pressed in a session on a real terminal (a tmux pane), with each line reader: the line is
// cancelled or the session ends, never a spin or a hang; saved changes stay; the terminal's modes come back.

import CEMKit
import Foundation
import Testing

/// The built binary on a pseudo-terminal: a pane of a tmux server of its own, driven with `send-keys` and
/// read with `capture-pane`. The pane's shell records `stty -a` before and after, and cem's exit status.
final class TerminalSession {
    static let tmux: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    let folder: URL
    let socket: String

    init(editor: String, arguments: [String], in folder: URL) throws {
        self.folder = folder
        socket = "cem-test-\(UUID().uuidString.prefix(8))"
        let cem = ([Cem.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        // The shell is in cem's process group, so Ctrl-C on a cooked terminal reaches it too: it must outlive
        // that to record the status (the trap is not inherited; cem starts with SIGINT's default action).
        let shell = "trap : INT; cd '\(folder.path)' && stty -a > stty.before; CEM_LINE_EDITOR=\(editor) \(cem); "
            + "echo $? > status.tmp; stty -a > stty.after; mv status.tmp status; sleep 5"
        try tmux(["new-session", "-d", "-x", "100", "-y", "30", "env", "-u", "LANG", "-u", "LC_ALL", "-u", "NO_COLOR", "sh", "-c", shell])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: output)
        try? FileManager.default.removeItem(atPath: socketPath)
    }

    /// The server's socket, removed at the end (tmux leaves it behind).
    private var socketPath: String { FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).sock").path }

    /// Where tmux's output goes: outside `folder`, which may be gone when this ends.
    private var output: String { FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).out").path }

    /// Runs tmux and returns its output. Spawned here, not with `Process`: the server that the first call
    /// leaves running would keep Foundation waiting.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([TerminalSession.tmux ?? "tmux", "-S", socketPath, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0]!, &actions, nil, argv, environ) == 0 else { throw CocoaError(.fileNoSuchFile) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// Keys as tmux names them: "C-c", "Enter", or text.
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }

    var screen: String { (try? tmux(["capture-pane", "-p", "-t", "0"])) ?? "" }

    /// Waits (at most 20 seconds: a debug build under load starts slowly) until `found` holds.
    func wait(_ found: () -> Bool) -> Bool {
        for _ in 0..<400 {
            if found() { return true }
            usleep(50_000)
        }
        return false
    }

    func wait(for text: String) -> Bool { wait { screen.contains(text) } }

    /// cem's exit status, once it has ended (128 + N when signal N ended it).
    var status: Int32? {
        (try? String(contentsOf: folder.appendingPathComponent("status"), encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// The terminal's modes before cem started and after it ended.
    var modes: (before: String, after: String) {
        ((try? String(contentsOf: folder.appendingPathComponent("stty.before"), encoding: .utf8)) ?? "before",
         (try? String(contentsOf: folder.appendingPathComponent("stty.after"), encoding: .utf8)) ?? "after")
    }

    /// The CPU time (user and system, in clock ticks) of cem, the pane's shell's child.
    var cemTicks: Int? {
        guard let shell = try? tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines),
              let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8),
              let child = children.split(separator: " ").first,
              let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }

    /// cem waits without using the processor (a spinning read uses all of it): under 0.3 s of CPU in 1 s.
    var idle: Bool {
        guard let start = cemTicks else { return false }
        sleep(1)
        guard let end = cemTicks else { return false }
        return end - start < 30
    }
}

@Suite(.enabled(if: TerminalSession.tmux != nil, "tmux is not on PATH"), .serialized)
struct SessionCtrlCTests {
    static let editors = ["builtin", "plain", "libedit"]

    func workbook(in folder: URL) throws {
        try Data(WorkbookWriter.bytes(Samples.workedExample(.en))).write(to: folder.appendingPathComponent("m.cem.json"))
    }

    func experience(in folder: URL) throws -> Double? {
        try WorkbookReader.read([UInt8](Data(contentsOf: folder.appendingPathComponent("m.cem.json")))).factors.first?.experience
    }

    /// Ctrl-C mid-line cancels the line and waits for the next one without spinning; pressed twice it leaves
    /// as quit does: the saved change is on disk, the projector page says the session ended, modes restored.
    @Test(arguments: editors)
    func ctrlCCancelsTheLineAndTwiceEndsTheSession(editor: String) throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try workbook(in: folder)
        let pane = try TerminalSession(editor: editor, arguments: ["session", "m.cem.json", "--present"], in: folder)
        #expect(pane.wait(for: "cem>"))
        try pane.send("set product experience 9", "Enter")
        #expect(pane.wait(for: "Product · Experience = 9"))
        #expect(try experience(in: folder) == 9)
        try pane.send("set prod")
        #expect(pane.wait(for: "cem> set prod"))
        try pane.send("C-c")
        #expect(pane.wait(for: "(cancelled — press Ctrl-C again to quit"))
        #expect(pane.idle, "waiting for the next line, not spinning")
        #expect(pane.status == nil, "one Ctrl-C does not end the session")
        try pane.send("C-c")
        #expect(pane.wait { pane.status != nil })
        #expect(pane.status == 0)
        #expect(pane.screen.contains("Saved in m.cem.json. Goodbye."))
        #expect(try experience(in: folder) == 9)
        let page = try String(contentsOf: folder.appendingPathComponent(".m.present.html"), encoding: .utf8)
        #expect(page.contains("<body class=\"room ended\">"))
        #expect(pane.modes.before == pane.modes.after)
    }

    /// Ctrl-D at the prompt ends the session as quit does.
    @Test(arguments: editors)
    func ctrlDEndsTheSessionAsQuitDoes(editor: String) throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try workbook(in: folder)
        let pane = try TerminalSession(editor: editor, arguments: ["session", "m.cem.json"], in: folder)
        #expect(pane.wait(for: "cem>"))
        try pane.send("C-d")
        #expect(pane.wait { pane.status != nil })
        #expect(pane.status == 0)
        #expect(pane.screen.contains("Saved in m.cem.json. Goodbye."))
        #expect(pane.modes.before == pane.modes.after)
    }

    /// Ctrl-D at a question (leaving a what-if with changes) answers it as the end of input does: the
    /// session ends, the what-if's changes not written (exit code 1), instead of asking again.
    @Test(arguments: editors)
    func ctrlDAtAQuestionEndsTheSession(editor: String) throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try workbook(in: folder)
        let before = try experience(in: folder)
        let pane = try TerminalSession(editor: editor, arguments: ["session", "m.cem.json"], in: folder)
        #expect(pane.wait(for: "cem>"))
        try pane.send("whatif", "Enter")
        #expect(pane.wait(for: "[what-if] cem>"))
        try pane.send("set product experience 1", "Enter")
        #expect(pane.wait(for: "Product · Experience = 1"))
        try pane.send("C-d")
        #expect(pane.wait(for: "Keep, discard or stay? [1/2/3]:"))
        try pane.send("C-d")
        #expect(pane.wait { pane.status != nil })
        #expect(pane.status == 1)
        #expect(pane.screen.contains("The what-if's changes were not kept and were not written."))
        #expect(try experience(in: folder) == before)
        #expect(pane.modes.before == pane.modes.after)
    }

    /// Ctrl-C typed right behind `present` (while it renders, or at the next prompt) ends the session with the
    /// page marked ended, or cancels; either way nothing spins and the modes come back.
    @Test(arguments: editors)
    func ctrlCDuringPresentEndsOrCancelsCleanly(editor: String) throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try workbook(in: folder)
        let pane = try TerminalSession(editor: editor, arguments: ["session", "m.cem.json", "--present"], in: folder)
        #expect(pane.wait(for: "cem>"))
        try pane.send("present 3", "Enter", "C-c")
        #expect(pane.wait { pane.status != nil || pane.screen.contains("(cancelled — press Ctrl-C again") })
        if pane.status == nil {
            #expect(pane.idle)
            try pane.send("C-c")
            #expect(pane.wait { pane.status != nil })
            #expect(pane.status == 0)
        } else {
            #expect(pane.status == 128 + SIGINT, "ended by the signal, re-raised after the page is written")
        }
        let page = try String(contentsOf: folder.appendingPathComponent(".m.present.html"), encoding: .utf8)
        #expect(page.contains("<body class=\"room ended\">"))
        #expect(pane.modes.before == pane.modes.after)
    }
}

// `cem session FILE`, and the loop that wires a Session to the terminal and the file.

import CEMKit
import Foundation

enum SessionCommandLine {
    static let keepGoing = Flag("--keep-going", help: Localized(
        zh: "脚本中有被拒绝的行时不停止（旧的行为）：跳过该行，继续执行后面的行",
        en: "do not stop a script at a refused line (the old behaviour): skip it and go on with the next lines"))

    static let present = Flag("--present", help: Localized(
        zh: "同时打开投影视图（与会话中的 present 相同）：工作簿旁的网页，随每个改动更新",
        en: "open the projector view at once (as present in the session): a page beside the workbook that follows every change"))
    static let template = Option<Template?>(
        "--template", value: "T", choices: Template.allCases.map(\.rawValue),
        help: Localized(zh: "FILE 不存在时使用的模板：\(CLIWords(.zh).templateChoices)（默认在终端上询问，脚本中为 retail）",
                        en: "the template when FILE is missing (by default a terminal is asked; a script takes retail)"),
        parsing: { Template(rawValue: $0) })

    static let command = CommandDeclaration(
        "session", summary: Localized(zh: "引导式会话：逐步走完七个步骤，边问边写入工作簿", en: "guided session: walk the seven steps, writing the workbook as you go"),
        arguments: [.file()],
        options: [keepGoing.declaration, present.declaration, template.declaration],
        notes: Localized(
            zh: """
            打开 FILE，从第一个未完成的步骤继续；FILE 不存在时先询问模板（Enter 为 retail）和标题，再新建。每个被接受的改动都立即以原子方式写入（规范格式）。会话中输入 help 查看命令。
            标准输入不是终端时逐行读取脚本：在第一个被拒绝的行停下，说明行号和当时的问题，之后的行都不执行，退出码为 1。
            """,
            en: """
            Opens FILE and resumes at the first incomplete step; when FILE is missing, asks which template (Enter for retail) and a title, then creates it. Every accepted change is written at once, atomically, in canonical form. Type help in the session for its commands.
            When standard input is not a terminal the session reads a script line by line: it stops at the first refused line, naming its line number and the question, applies nothing after it, and exits 1.
            """),
        run: { context, invocation throws(ExitCode) in
            Platform.endSessionOnSignals()
            var reader = context.lineReader(context.environment)
            let code = open(invocation.file, context: context, reader: &reader, keepGoing: invocation[keepGoing],
                            present: invocation[present], template: invocation[template])
            if code != 0 { throw ExitCode(code) }
        })

    /// Opens (or creates) a workbook file and runs the session over it.
    static func open(_ path: String, context: Context, reader: inout any LineReader, keepGoing: Bool = false,
                     present: Bool = false, template: Template? = nil) -> Int32 {
        var session: Session
        let removed = context.files.removeStaleTemporaries(beside: path)
        if FileManager.default.fileExists(atPath: path) {
            switch Files.load(path, context: context) {
            case .failed(let messages):
                messages.forEach(context.err)
                return ExitCode.invalid.code
            case .workbook(let workbook, let bytes):
                session = Session(workbook: workbook, mode: .file(path), bytes: bytes,
                                  language: context.language(for: workbook), width: context.width, color: context.color)
            }
        } else {
            session = Session.creating(path: path, language: context.language(), width: context.width, color: context.color,
                                       template: template)
        }
        session.presentAtStart = present
        if !removed.isEmpty { context.err(SessionWords(session.language).staleTemporariesRemoved(removed)) }
        session.today = context.today
        session.unicode = TerminalChart.isUTF8(environment: context.environment)
        return drive(&session, context: context, reader: &reader, keepGoing: keepGoing)
    }

    /// Feeds lines to the session, performs its writes, prints its answers. A script (standard input not a
    /// terminal) stops at its first refused line with exit code 1, unless `keepGoing`; exit code 1 too
    /// when changes were never written.
    static func drive(_ session: inout Session, context: Context, reader: inout any LineReader, keepGoing: Bool = false) -> Int32 {
        let scripted = !context.interactive
        session.interactive = !scripted
        session.workingDirectory = context.workingDirectory
        session.temporaryFolder = context.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        session.now = timeOfDay(context)
        perform(session.start(), session: &session, context: context)
        while !session.isOver {
            // Follow the window: its width is read again before each answer is rendered.
            session.width = context.width
            let asking = session.asking
            let refusedBefore = session.refused
            let prefill = reader.canPrefill ? session.prefill : nil
            let input: SessionInput
            switch reader.read(prompt: prefill == nil ? session.prompt : session.editingPrompt, prefill: prefill) {
            case .line(let line): input = .line(line)
            case .interrupt: input = .interrupt
            case .end: input = .end
            }
            if Platform.pendingEndingSignal != nil { endBySignal(&session, context: context) }
            let disk = session.path.flatMap { context.files.contents($0) }
            session.now = timeOfDay(context)
            perform(session.handle(input, disk: disk), session: &session, context: context)
            if Platform.pendingEndingSignal != nil { endBySignal(&session, context: context) }
            if scripted && !keepGoing && session.refused > refusedBefore && !session.isOver {
                perform(session.stopPresenting(), session: &session, context: context)
                let lines = session.stopScript(line: reader.lineNumber ?? 0, question: asking)
                Terminal.write(lines.joined(separator: "\n") + "\n")
                return ExitCode.invalid.code
            }
        }
        if session.lost { return ExitCode.invalid.code }
        return scripted && session.refused > 0 ? ExitCode.invalid.code : ExitCode.ok.code
    }

    /// A signal (SIGTERM, SIGHUP, SIGQUIT, or SIGINT where it is not a key) ends the session: every change is
    /// already written, so what is left is what leaving writes — the projector view says the session ended,
    /// in the words of a quit — then the signal ends the process.
    static func endBySignal(_ session: inout Session, context: Context) -> Never {
        session.now = timeOfDay(context)
        perform(session.stopPresenting(), session: &session, context: context)
        Platform.endBySignal()
    }

    /// Performs the reply's write through the context's file access (which refuses to overwrite a file
    /// changed since the session read it, a read-only or a hard-linked file), then prints.
    static func perform(_ reply: SessionReply, session: inout Session, context: Context) {
        var lines = reply.lines
        if let write = reply.write {
            do throws(FileError) {
                if write.create {
                    try context.files.create(write.path, with: write.bytes)
                } else {
                    try context.files.replace(write.path, with: write.bytes, expecting: write.expecting)
                }
                if let done = write.done { lines.append(done) }
            } catch {
                lines += session.writeFailed(error.reason, exists: error.reason == FileError.exists)
            }
        }
        for export in reply.exports {
            let target = context.resolve(export.path)
            do throws(FileError) {
                if export.create {
                    try context.files.create(target, with: export.bytes)
                } else {
                    try context.files.replace(target, with: export.bytes, expecting: export.expecting)
                }
                if let done = export.done { lines.append(done) }
            } catch {
                if error.reason == FileError.exists, let existing = context.files.contents(target) {
                    lines += session.exportExists(export, existing: existing)
                } else {
                    lines += session.exportFailed(export, reason: error.reason)
                }
            }
        }
        if !lines.isEmpty { Terminal.write(lines.joined(separator: "\n") + "\n") }
    }

    /// Now as HH:MM:SS in local time: the projector view shows when it last changed.
    static func timeOfDay(_ context: Context) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.hour, .minute, .second], from: context.clock())
        return String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}

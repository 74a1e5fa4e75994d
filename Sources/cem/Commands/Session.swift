// `cem session FILE`, and the loop that wires a Session to the terminal and the file.

import CEMKit
import Foundation

enum SessionCommandLine {
    static let command = CommandDeclaration(
        "session", summary: Localized(zh: "引导式会话：逐步走完七个步骤，边问边写入工作簿", en: "guided session: walk the seven steps, writing the workbook as you go"),
        arguments: [.file()],
        notes: Localized(
            zh: """
            打开 FILE，从第一个未完成的步骤继续；FILE 不存在时先询问标题，再用零售模板新建。每个被接受的改动都立即以原子方式写入（规范格式）。会话中输入 help 查看命令。
            标准输入不是终端时逐行读取脚本；有被拒绝的行时退出码为 1。
            """,
            en: """
            Opens FILE and resumes at the first incomplete step; when FILE is missing, asks for a title and creates it from the retail template. Every accepted change is written at once, atomically, in canonical form. Type help in the session for its commands.
            When standard input is not a terminal the session reads a script line by line; exit code 1 when any line was refused.
            """),
        run: { context, invocation throws(ExitCode) in
            var reader = context.lineReader(context.environment)
            let code = open(invocation.file, context: context, reader: &reader)
            if code != 0 { throw ExitCode(code) }
        })

    /// Opens (or creates) a workbook file and runs the session over it.
    static func open(_ path: String, context: Context, reader: inout any LineReader) -> Int32 {
        var session: Session
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
            session = Session.creating(path: path, language: context.language(), width: context.width, color: context.color)
        }
        session.today = CycleCommand.today()
        session.unicode = TerminalChart.isUTF8(environment: context.environment)
        return drive(&session, context: context, reader: &reader)
    }

    /// Feeds lines to the session, performs its writes, prints its answers. Exit code 0 on a clean end,
    /// 1 when a line of a script (standard input not a terminal) was refused.
    static func drive(_ session: inout Session, context: Context, reader: inout any LineReader) -> Int32 {
        var reply = session.start()
        while true {
            perform(reply, session: &session, context: context)
            if reply.finished { break }
            let input: SessionInput
            switch reader.read(prompt: session.prompt) {
            case .line(let line): input = .line(line)
            case .interrupt: input = .interrupt
            case .end: input = .end
            }
            let disk = session.path.flatMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
            reply = session.handle(input, disk: disk)
        }
        let scripted = !(Terminal.inputIsTerminal && Terminal.outputIsTerminal)
        return scripted && session.refused > 0 ? ExitCode.invalid.code : ExitCode.ok.code
    }

    static func perform(_ reply: SessionReply, session: inout Session, context: Context) {
        var lines = reply.lines
        if let write = reply.write {
            do {
                if write.create {
                    try AtomicFile.create(write.bytes, at: write.path)
                } else {
                    try AtomicFile.write(write.bytes, to: write.path)
                }
                if let done = write.done { lines.append(done) }
            } catch {
                lines += session.writeFailed(error.reason, exists: error.reason == "exists")
            }
        }
        if !lines.isEmpty { Terminal.write(lines.joined(separator: "\n") + "\n") }
    }
}

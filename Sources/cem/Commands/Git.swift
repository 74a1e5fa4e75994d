// `cem git setup`, and running git for `cem diff --git`.

import CEMKit
import Foundation

/// Runs git with Foundation's Process. Output goes to temporary files, so a large file never blocks on a pipe.
enum Git {
    struct Output {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
    }

    enum Failure: Error {
        case notFound
        case failed(String)
    }

    static func run(_ arguments: [String], in folder: String) -> Result<Output, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cem-git-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            return .failure(.failed(error.localizedDescription))
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        do {
            let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try out.close()
            try err.close()
        } catch {
            return .failure(.failed(error.localizedDescription))
        }
        let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        // env exits 127 when it cannot find the program.
        if process.terminationStatus == 127 && stderr.contains("git") && stderr.contains("No such file") { return .failure(.notFound) }
        return .success(Output(status: process.terminationStatus, stdout: [UInt8]((try? Data(contentsOf: outURL)) ?? Data()),
                               stderr: stderr.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// The top folder of the work tree holding `folder`, symlinks resolved; nil outside a repository.
    static func root(of folder: String) -> Result<String?, Failure> {
        run(["rev-parse", "--show-toplevel"], in: folder).map { output in
            guard output.status == 0 else { return nil }
            let path = String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        }
    }
}

enum GitCommand {
    static let attributesLine = "*.cem.json diff=cem"
    /// What git runs with the path of a workbook appended; `--` so that a name such as `-a.cem.json` is a file.
    static let textconvArguments = " show --plain --"
    static let commandOption = Option<String?>(
        "--command", value: "CMD",
        help: Localized(zh: "textconv 使用的 cem 命令（默认为正在运行的 cem 的绝对路径）",
                        en: "the cem command textconv runs (default: the absolute path of this cem)"))

    static let setup = CommandDeclaration(
        "setup", summary: Localized(zh: "设置 git，让 git diff 和 git log -p 以七步分析显示工作簿", en: "set up git so git diff and git log -p show workbooks as the seven-step analysis"),
        options: [commandOption.declaration],
        notes: Localized(
            zh: """
            在仓库根目录的 .gitattributes 中加入 `*.cem.json diff=cem`，并在本仓库的 git 配置中设置 diff.cem.textconv 为 `cem show --plain --`。手动设置的两行：
              echo '*.cem.json diff=cem' >> .gitattributes
              git config diff.cem.textconv 'cem show --plain --'
            """,
            en: """
            Adds `*.cem.json diff=cem` to .gitattributes at the repository's root and sets diff.cem.textconv to `cem show --plain --` in the repository's local git config. The same by hand:
              echo '*.cem.json diff=cem' >> .gitattributes
              git config diff.cem.textconv 'cem show --plain --'
            """),
        run: run)

    static let command = CommandDeclaration(
        "git", summary: Localized(zh: "与 git 协作：让 git diff 以七步分析显示工作簿", en: "working with git: workbooks shown as the seven-step analysis in git diff"),
        subcommands: [setup])

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let team = teamStrings(context.language())
        let cwd = context.workingDirectory
        let root: String
        switch Git.root(of: cwd) {
        case .failure(let failure): throw ExitCode(report(failure, context: context))
        case .success(nil):
            context.err(team.notInRepository(cwd.inert))
            throw .invalid
        case .success(let found?): root = found
        }
        let attributes = root + "/.gitattributes"
        let existing = context.files.contents(attributes).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let present = existing.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == attributesLine }
        if !present {
            let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + attributesLine + "\n"
            try Files.write(Array(text.utf8), to: attributes, context: context)
        }
        let cem = invocation[commandOption] ?? shellQuoted(executablePath())
        let textconv = cem + textconvArguments
        switch Git.run(["config", "diff.cem.textconv", textconv], in: root) {
        case .failure(let failure): throw ExitCode(report(failure, context: context))
        case .success(let output) where output.status != 0:
            context.err(team.gitFailed(output.stderr.inert))
            throw .invalid
        case .success: break
        }
        context.out(team.gitSetupDone(attributes: ".gitattributes", line: attributesLine, added: !present,
                                      config: "diff.cem.textconv = \(textconv.inert)"))
    }

    static func report(_ failure: Git.Failure, context: Context) -> Int32 {
        let team = teamStrings(context.language())
        switch failure {
        case .notFound: context.err(team.gitNotFound)
        case .failed(let reason): context.err(team.gitFailed(reason.inert))
        }
        return ExitCode.invalid.code
    }

    /// The absolute path of the running cem.
    static func executablePath() -> String {
        if let path = Bundle.main.executableURL?.resolvingSymlinksInPath().path { return path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    /// A path as one shell word (git runs textconv through the shell).
    static func shellQuoted(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-+".unicodeScalars.contains($0)) }
        return safe ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

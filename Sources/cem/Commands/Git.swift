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
    static let attributesLine = "*.cem.json diff=cem merge=cem"
    /// The line an earlier `cem git setup` wrote; replaced by `attributesLine`.
    static let olderAttributesLine = "*.cem.json diff=cem"
    /// What git runs to merge a workbook: base, ours (rewritten with the result), theirs, the path.
    static let mergeDriverArguments = " merge-file %O %A %B %P"
    static let hooks = Flag("--hooks", help: TeamWords.hooksHelp)
    /// What git runs with the path of a workbook appended; `--` so that a name such as `-a.cem.json` is a file.
    static let textconvArguments = " show --plain --"
    static let commandOption = Option<String?>(
        "--command", value: "CMD",
        help: Localized(zh: "textconv 使用的 cem 命令（默认为正在运行的 cem 的绝对路径）",
                        en: "the cem command textconv runs (default: the absolute path of this cem)"))

    static let setup = CommandDeclaration(
        "setup", summary: TeamWords.gitSetupSummary,
        options: [commandOption.declaration, hooks.declaration],
        notes: TeamWords.gitSetupNotes,
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
        let cem = invocation[commandOption] ?? shellQuoted(executablePath())
        var hook: (path: String, shown: String)? = nil
        if invocation[hooks] { hook = try hookPath(root: root, context: context) }
        let attributes = root + "/.gitattributes"
        let existing = context.files.contents(attributes).map { String(decoding: $0, as: UTF8.self) } ?? ""
        var lines = existing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let present = lines.contains { $0.trimmingCharacters(in: .whitespaces) == attributesLine }
        if !present {
            if let older = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == olderAttributesLine }) {
                lines[older] = attributesLine
            } else {
                if lines.last == "" { lines.removeLast() }
                lines += [attributesLine, ""]
            }
            try Files.write(Array(lines.joined(separator: "\n").utf8), to: attributes, context: context)
        }
        let textconv = cem + textconvArguments, driver = cem + mergeDriverArguments
        for (key, value) in [("diff.cem.textconv", textconv), ("merge.cem.name", "cem: merge workbooks by meaning"), ("merge.cem.driver", driver)] {
            switch Git.run(["config", key, value], in: root) {
            case .failure(let failure): throw ExitCode(report(failure, context: context))
            case .success(let output) where output.status != 0:
                context.err(team.gitFailed(output.stderr.inert))
                throw .invalid
            case .success: break
            }
        }
        let words = TeamWords(context.language())
        context.out(team.gitSetupDone(attributes: ".gitattributes", line: attributesLine, added: !present,
                                      config: "diff.cem.textconv = \(textconv.inert)"))
        context.out(words.mergeDriverSet("merge.cem.driver = \(driver.inert)"))
        if let hook {
            try Files.write(Array(PreCommitHook.script(cem: cem, language: context.language()).utf8), to: hook.path, context: context)
            do {
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: context.resolve(hook.path))
            } catch {
                context.err(context.cli.cannotWrite(hook.shown.inert, error.localizedDescription))
                throw .invalid
            }
            context.out(words.hookInstalled(hook.shown.inert))
        }
    }

    /// Where git looks for the pre-commit hook (core.hooksPath, worktrees); refuses a hook that is not cem's.
    static func hookPath(root: String, context: Context) throws(ExitCode) -> (path: String, shown: String) {
        let team = teamStrings(context.language())
        let path: String, shown: String
        switch Git.run(["rev-parse", "--git-path", "hooks/pre-commit"], in: root) {
        case .failure(let failure): throw ExitCode(report(failure, context: context))
        case .success(let output) where output.status != 0:
            context.err(team.gitFailed(output.stderr.inert))
            throw .invalid
        case .success(let output):
            let found = String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            (path, shown) = found.hasPrefix("/") ? (found, found) : (root + "/" + found, found)
        }
        if let existing = context.files.contents(path), !String(decoding: existing, as: UTF8.self).contains(PreCommitHook.marker) {
            context.err(TeamWords(context.language()).hookExists(shown.inert))
            throw .invalid
        }
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        return (path, shown)
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

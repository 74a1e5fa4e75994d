import Foundation
import Testing

/// Running other programs (git, python3) in tests of the team features.
enum Tool {
    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Runs `program` found on PATH; status 127 when it is not installed.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let scratch = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self), status: process.terminationStatus)
    }

    /// git in `folder`, failing the test when git fails.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        let run = try run("git", arguments, in: folder, environment: ["GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C"])
        try #require(run.status == 0, "git \(arguments.joined(separator: " ")) failed: \(run.stderr)")
        return run.stdout
    }

    /// A new repository with its own user name and e-mail.
    static func repository() throws -> URL {
        let folder = try Cem.temporaryFolder()
        try git(["init", "-q"], in: folder)
        try git(["config", "user.name", "CEM Test"], in: folder)
        try git(["config", "user.email", "cem-test@example.com"], in: folder)
        try git(["config", "commit.gpgsign", "false"], in: folder)
        return folder
    }

    static func sample(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/" + name)), as: UTF8.self)
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

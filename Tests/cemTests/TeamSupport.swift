// Running other programs (git, python3) and making repositories in tests of the team features.

import Foundation
import Testing

/// Running other programs (git, python3) in tests of the team features.
enum Tool {
    typealias Run = CemRun

    /// Runs `program` found on PATH; status 127 when it is not installed.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], in folder: URL, environment: [String: String] = [:],
                    stdin: String? = nil) throws -> Run {
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        return try Processes.run(URL(fileURLWithPath: "/usr/bin/env"), [program] + arguments, stdin: stdin, environment: env, in: folder)
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

// Running programs in tests: the one process runner (for cem end to end, git, python3), the package root,
// and temporary folders. In-process runs of cem are in InProcess.swift.

import Foundation

/// The result of running the built `cem` binary (or any program, or cem in process).
struct CemRun {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// The one place tests start a process: output goes to files, so a large output can never block the
/// child on a full pipe, and standard input comes from a file, so the child may stop reading early.
enum Processes {
    static func run(_ executable: URL, _ arguments: [String], stdin: String? = nil, environment: [String: String],
                    in folder: URL) throws -> CemRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = folder
        let scratch = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let inURL = scratch.appendingPathComponent("stdin")
        try Data((stdin ?? "").utf8).write(to: inURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer { try? input.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CemRun(stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// This process's environment without locale and colour settings, so results do not depend on the machine.
    static func cleanEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "COLUMNS", "SOURCE_DATE_EPOCH"] { env[key] = nil }
        env.merge(extra) { $1 }
        return env
    }
}

enum Cem {
    /// The package root, found from this file's location.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built binary: beside the test bundle (SwiftPM builds `cem` because this target depends on it).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["CEM_BINARY"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("cem")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/cem")
    }()

    /// Runs the `cem` binary with arguments, optional standard input, extra environment and working folder.
    /// For end-to-end tests only (signals, terminals, real standard streams); `Cem.call` runs in process.
    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    in folder: URL? = nil) throws -> CemRun {
        try Processes.run(binary, arguments, stdin: stdin, environment: Processes.cleanEnvironment(environment), in: folder ?? root)
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cem-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

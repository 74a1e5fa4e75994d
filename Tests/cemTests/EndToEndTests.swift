// The few tests that need the real binary: writes to standard output or error that fail (a full disk,
// a reader that went away), and git running cem as its textconv on a workbook whose name starts with `-`.

import CEMKit
import Foundation
import Testing

@Suite struct OutputFailureTests {
    /// Runs the binary with standard output and error sent where the test says.
    static func run(_ arguments: [String], stdout: FileHandle, stderr: FileHandle) throws -> Int32 {
        let process = Process()
        process.executableURL = Cem.binary
        process.arguments = arguments
        process.environment = Processes.cleanEnvironment()
        process.currentDirectoryURL = Cem.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "never a trap or a signal")
        return process.terminationStatus
    }

    static func errors(_ body: (FileHandle) throws -> Int32) throws -> (status: Int32, stderr: String) {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let status = try body(handle)
        try handle.close()
        return (status, String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    @Test func aFullDiskOnStandardOutputEndsWithAMessageAndExitOne() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let (status, stderr) = try Self.errors { try Self.run(["show", "workbooks/meisu.en.cem.json"], stdout: full, stderr: $0) }
        #expect(status == 1)
        #expect(stderr == "cem: cannot write to standard output (No space left on device)\n")
    }

    @Test func aFullDiskOnStandardErrorEndsWithExitOne() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let status = try Self.run(["validate", "workbooks/meisu.en.cem.json", "nowhere.cem.json"], stdout: FileHandle.nullDevice, stderr: full)
        #expect(status == 1)
        let usage = try Self.run(["frobnicate"], stdout: FileHandle.nullDevice, stderr: full)
        #expect(usage == 2)
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let (status, stderr) = try Self.errors { try Self.run(["schema"], stdout: pipe.fileHandleForWriting, stderr: $0) }
        #expect(status == 1)
        #expect(stderr.isEmpty)
    }
}

@Suite struct TextconvTests {
    @Test func gitDiffShowsAWorkbookWhoseNameStartsWithADash() throws {
        let repo = try Tool.repository()
        defer { try? FileManager.default.removeItem(at: repo) }
        let file = repo.appendingPathComponent("-a.cem.json")
        try Tool.write(try Tool.sample("meisu.en.cem.json"), to: file)
        #expect(try Cem.run(["git", "setup"], in: repo).status == 0)
        try Tool.git(["add", "-A"], in: repo)
        try Tool.git(["commit", "-q", "-m", "cycle 1"], in: repo)
        try Tool.write(try TeamDiffTests.improved(), to: file)
        let diff = try Tool.run("git", ["diff", "--no-color", "--", "-a.cem.json"], in: repo, environment: ["GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C"])
        #expect(diff.status == 0)
        #expect(!diff.stderr.contains("unknown option"))
        #expect(diff.stdout.contains("\n+Key experiences: Product (−6)\n"))
    }
}

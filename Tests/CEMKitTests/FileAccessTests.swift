// DiskFiles.replace: no writer overwrites what it did not read (the compare and the rename under a lock),
// read-only and hard-linked files are refused, owner and group are kept, temporaries are cem's own.

@testable import CEMKit
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct FileAccessTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cem-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aReadOnlyFileIsNotReplacedEvenByRoot() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hotel.cem.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o444)
        #expect(throws: FileError(path: path, reason: "read-only")) {
            try DiskFiles().replace(path, with: Array("new".utf8), expecting: Array("old".utf8))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    }

    @Test func aHardLinkedFileIsNotSplit() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.cem.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(link(path, folder.appendingPathComponent("b.cem.json").path) == 0)
        #expect(throws: FileError(path: path, reason: "hard-linked")) {
            try DiskFiles().replace(path, with: Array("new".utf8), expecting: nil)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    }

    @Test func aFileChangedSinceItWasReadIsNotOverwritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("c.cem.json").path
        try Data("theirs".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FileError(path: path, reason: "changed")) {
            try DiskFiles().replace(path, with: Array("mine".utf8), expecting: Array("what I read".utf8))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "theirs")
        try DiskFiles().replace(path, with: Array("mine".utf8), expecting: Array("theirs".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
    }

    /// The race of the issue: an import (read long ago) writes while a session's write holds the lock.
    /// The compare happens under the lock, so the import sees the session's bytes and refuses.
    @Test func theCompareAndTheRenameHappenUnderTheLock() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("l.cem.json").path
        try Data("v1".utf8).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDONLY)
        #expect(flock(fd, LOCK_EX) == 0)
        let result = Outcome()
        let importer = Thread {
            do throws(FileError) { try DiskFiles().replace(path, with: Array("import".utf8), expecting: Array("v1".utf8)) } catch {
                result.set(error)
            }
        }
        importer.start()
        usleep(200_000)
        // The session writes its title while holding the lock (as replace does), then releases it.
        try AtomicFile.write(Array("session".utf8), to: path)
        flock(fd, LOCK_UN)
        close(fd)
        for _ in 0..<200 where !importer.isFinished { usleep(10_000) }
        #expect(importer.isFinished)
        #expect(result.get() == FileError(path: path, reason: "changed"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "session")
    }

    @Test func aRewriteKeepsOwnerGroupAndMode() throws {
        guard getuid() == 0 else { return }
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("o.cem.json").path
        try Data("v1".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chown(path, 65534, 65534) == 0)
        chmod(path, 0o640)
        try DiskFiles().replace(path, with: Array("v2".utf8), expecting: Array("v1".utf8))
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_uid == 65534 && info.st_gid == 65534, "root rewriting another user's file kept its owner")
        #expect(info.st_mode & 0o7777 == 0o640)
    }

    @Test func staleTemporariesOfDeadProcessesAreRemovedAndNothingElse() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("h.cem.json").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        let names = [".h.cem.json.cem-tmp-99999999-abcdef",          // a process that is gone
                     ".h.cem.json.cem-tmp-\(getpid())-ghijkl",        // this one, alive
                     ".h.cem.json.tmp-mnopqr",                        // not named by cem
                     ".other.cem.json.cem-tmp-99999999-stuvwx"]       // another workbook's
        for name in names { try Data().write(to: folder.appendingPathComponent(name)) }
        #expect(DiskFiles().removeStaleTemporaries(beside: path) == [".h.cem.json.cem-tmp-99999999-abcdef"])
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == (names.dropFirst() + ["h.cem.json"]).sorted())
    }

    /// Other tests write files at the same time, so this one looks only at its own folder's temporaries.
    @Test func temporariesAreRegisteredOnlyWhileInFlight() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.cem.json").path
        func mine() -> [String] { TemporaryFiles.registered.filter { $0.hasPrefix(folder.path + "/") } }
        try AtomicFile.write(Array("x".utf8), to: path)
        #expect(mine().isEmpty)
        let temporary = folder.appendingPathComponent(".t.cem.json.cem-tmp-1-aaaaaa")
        TemporaryFiles.register(temporary.path)
        try Data().write(to: temporary)
        #expect(mine() == [temporary.path])
        TemporaryFiles.unlinkAll(inFolder: folder.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t.cem.json"])
        #expect(mine().isEmpty)
    }
}

/// The error another thread saw.
final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var error: FileError?
    func set(_ error: FileError) { lock.withLock { self.error = error } }
    func get() -> FileError? { lock.withLock { error } }
}

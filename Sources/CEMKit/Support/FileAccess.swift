// The file access every writer of cem goes through, so that commands and the session can be run in
// process over another implementation (a failing disk, an in-memory one) in tests.
//
// No writer overwrites what it did not read: `replace(_:with:expecting:)` takes an advisory lock
// (`flock`) on the workbook file itself, compares its bytes with what the writer read, and renames the
// new file over it while the lock is held. A writer that waited for the lock re-checks that the path
// still names the file it locked (the rename replaced it) and locks again if not, so no lock file is
// ever left beside the workbook. What remains: the lock is advisory, so editors, `git checkout` and
// other programs that do not take it can still change the file between the compare and the rename
// (a window of microseconds); on network file systems `flock` may be local to one machine.
//
// Refusals (`FileError.reason`): `changed` (the file is no longer the bytes read), `read-only` (the
// file has no write permission bit, or this user may not write it: root too is refused, as editors do),
// `hard-linked` (the file has other names that the rename would leave on the old content: cem refuses
// rather than split them silently; `save as` writes a new file).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing whole files.
public protocol FileAccess: Sendable {
    /// The bytes of the file, or nil when there is no file at `path`.
    func contents(_ path: String) -> [UInt8]?
    /// Replaces the file at `path` atomically. With `expecting`, refuses (reason `changed`) when the
    /// file on disk is no longer those bytes, so that no writer overwrites what it did not read.
    func replace(_ path: String, with bytes: [UInt8], expecting: [UInt8]?) throws(FileError)
    /// Creates the file; refuses (reason `exists`) when there is one already.
    func create(_ path: String, with bytes: [UInt8]) throws(FileError)
    /// Removes temporaries that killed writers left beside `path`; returns their names.
    func removeStaleTemporaries(beside path: String) -> [String]
}

extension FileAccess {
    public func removeStaleTemporaries(beside path: String) -> [String] { [] }
}

extension FileError {
    public static let changed = "changed"
    public static let readOnly = "read-only"
    /// The file belongs to another user who has not let this one write it: `chmod` is theirs to run.
    public static let notPermitted = "not-permitted"
    public static let hardLinked = "hard-linked"
    public static let exists = "exists"
}

/// The real disk, through `AtomicFile`.
public struct DiskFiles: FileAccess {
    public init() {}

    public func contents(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count { break }
        }
        return bytes
    }

    public func replace(_ path: String, with bytes: [UInt8], expecting: [UInt8]?) throws(FileError) {
        let target = AtomicFile.resolveLinks(path)
        guard let lock = FileLock(target) else {
            // No file to lock: there is nothing to compare with, unless something was expected.
            if expecting != nil { throw FileError(path: path, reason: FileError.changed) }
            return try AtomicFile.write(bytes, to: path)
        }
        defer { lock.release() }
        if lock.readOnly { throw FileError(path: path, reason: lock.ownedByOther ? FileError.notPermitted : FileError.readOnly) }
        if lock.links > 1 { throw FileError(path: path, reason: FileError.hardLinked) }
        if let expecting, contents(target) != expecting { throw FileError(path: path, reason: FileError.changed) }
        try AtomicFile.write(bytes, to: path)
    }

    public func create(_ path: String, with bytes: [UInt8]) throws(FileError) {
        try AtomicFile.create(bytes, at: path)
    }

    public func removeStaleTemporaries(beside path: String) -> [String] {
        AtomicFile.removeStaleTemporaries(beside: path)
    }
}

/// An exclusive `flock` on the file a path names now, held until `release`.
struct FileLock {
    let fd: Int32
    /// No write permission bit, or `access(W_OK)` refuses this user.
    let readOnly: Bool
    /// Owned by another user (and this one is not root): only the owner can make it writable.
    let ownedByOther: Bool
    let links: Int

    init?(_ path: String) {
        for _ in 0..<100 {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
            var locked = stat(), named = stat()
            // The file was replaced while we waited: lock the one the path names now.
            if fstat(fd, &locked) == 0, stat(path, &named) == 0, locked.st_dev == named.st_dev, locked.st_ino == named.st_ino {
                self.fd = fd
                readOnly = locked.st_mode & 0o222 == 0 || access(path, W_OK) != 0
                ownedByOther = geteuid() != 0 && locked.st_uid != geteuid()
                links = Int(locked.st_nlink)
                return
            }
            close(fd)
        }
        return nil
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

// Writing files so that a crash at any moment leaves either the old file or the new one:
// a temporary file in the same folder, flushed, then renamed over the target. Writes through a
// symbolic link to its target, and keeps the target's permissions, owner and group (where the process may).
//
// Temporaries are named `.NAME.cem-tmp-PID-XXXXXX`, so cem can tell its own: the ones in flight are
// registered for the signal handlers (`TemporaryFiles.unlinkAll`), and the next open of NAME removes
// those whose process is gone (`AtomicFile.removeStaleTemporaries`).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

public struct FileError: Error, Equatable, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

public enum AtomicFile {
    /// Replaces (or creates) the file at `path` with `bytes`, atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        let target = resolveLinks(path)
        var info = stat()
        let existing = stat(target, &info) == 0 ? info : nil
        let temporary = try writeTemporary(bytes, beside: target, like: existing)
        defer { TemporaryFiles.unregister(temporary) }
        if rename(temporary, target) != 0 {
            let reason = errorText()
            unlink(temporary)
            throw FileError(path: path, reason: reason)
        }
        syncDirectory(of: target)
    }

    /// Creates the file at `path` with `bytes`, failing if it already exists (even if created meanwhile).
    public static func create(_ bytes: [UInt8], at path: String) throws(FileError) {
        let temporary = try writeTemporary(bytes, beside: path, like: nil)
        defer {
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
        }
        // link() refuses an existing name, so two writers can never overwrite each other.
        if link(temporary, path) != 0 {
            throw FileError(path: path, reason: errno == EEXIST ? "exists" : errorText())
        }
        syncDirectory(of: path)
    }

    /// The file a path finally names, following symbolic links (relative ones from their folder).
    public static func resolveLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: 4096)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : folder(of: current) + "/" + destination
        }
        return current
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The prefix of this program's temporaries beside `path`: `.NAME.cem-tmp-`.
    static func temporaryPrefix(_ path: String) -> String { "." + name(of: path) + ".cem-tmp-" }

    /// Removes the temporaries cem left beside `path` (through its links) when killed: those named
    /// `.NAME.cem-tmp-PID-XXXXXX` whose process PID is no longer alive. Returns the names removed.
    @discardableResult
    public static func removeStaleTemporaries(beside path: String) -> [String] {
        let target = resolveLinks(path)
        let folder = folder(of: target)
        let prefix = temporaryPrefix(target)
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var removed: [String] = []
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard entryName.hasPrefix(prefix) else { continue }
            let rest = entryName.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0,
                  rest[rest.index(after: dash)...].count == 6 else { continue }
            // Alive (or owned by someone we may not signal): not ours to remove.
            if kill(pid, 0) == 0 || errno == EPERM { continue }
            if unlink(folder + "/" + entryName) == 0 { removed.append(entryName) }
        }
        return removed.sorted()
    }

    private static func writeTemporary(_ bytes: [UInt8], beside path: String, like existing: stat?) throws(FileError) -> String {
        let template = folder(of: path) + "/" + temporaryPrefix(path) + "\(getpid())-XXXXXX"
        var buffer = Array(template.utf8CString)
        // The name is registered before the file exists, so that a signal arriving in between still removes it.
        let saved = TemporaryFiles.blockSignals()
        let fd = mkstemp(&buffer)
        let temporary = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if fd >= 0 { TemporaryFiles.register(temporary) }
        TemporaryFiles.unblockSignals(saved)
        guard fd >= 0 else { throw FileError(path: path, reason: errorText()) }
        func fail() -> FileError {
            let reason = errorText()
            close(fd)
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
            return FileError(path: path, reason: reason)
        }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail()
            }
            written += n
        }
        if let existing {
            // Owner and group first (a change of owner clears set-id bits), then the mode.
            if fchown(fd, existing.st_uid, existing.st_gid) != 0 { _ = fchown(fd, uid_t.max, existing.st_gid) }
            fchmod(fd, existing.st_mode & 0o7777)
        } else {
            fchmod(fd, 0o644 & ~currentUmask())
        }
        if fsync(fd) != 0 { throw fail() }
        if close(fd) != 0 {
            let reason = errorText()
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
            throw FileError(path: path, reason: reason)
        }
        return temporary
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    private static func syncDirectory(of path: String) {
        let fd = open(folder(of: path), O_RDONLY)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}

/// The temporary files being written right now, kept where a signal handler can reach them without
/// allocating: a fixed table of C strings, filled and cleared by the writers, read by `unlinkAll`.
public enum TemporaryFiles {
    static let slots = 8
    static let slotSize = 4096
    nonisolated(unsafe) static let table: UnsafeMutablePointer<CChar> = {
        let table = UnsafeMutablePointer<CChar>.allocate(capacity: slots * slotSize)
        table.initialize(repeating: 0, count: slots * slotSize)
        return table
    }()

    /// Makes the table before any signal handler may read it (a handler must not run an initializer).
    public static func prepare() { _ = table }

    /// Writers on several threads (tests, above all) take turns at the table; the signal handler does not
    /// take the lock (it may not), and at worst misses a name being entered.
    static let lock = NSLock()

    static func register(_ path: String) {
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize else { return }
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<slots where table[slot * slotSize] == 0 {
            let start = table + slot * slotSize
            for (i, byte) in bytes.enumerated() { start[i] = CChar(bitPattern: byte) }
            start[bytes.count] = 0
            return
        }
    }

    static func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<slots where table[slot * slotSize] != 0 {
            let start = table + slot * slotSize
            if String(cString: start) == path { start[0] = 0 }
        }
    }

    /// The registered temporaries, for tests.
    static var registered: [String] {
        lock.withLock { (0..<slots).filter { table[$0 * slotSize] != 0 }.map { String(cString: table + $0 * slotSize) } }
    }

    /// Unlinks the registered temporaries inside `folder` only, as `unlinkAll` does for all: for tests, which
    /// run beside other writers whose temporaries must survive.
    static func unlinkAll(inFolder folder: String) {
        lock.withLock {
            for slot in 0..<slots where table[slot * slotSize] != 0 && String(cString: table + slot * slotSize).hasPrefix(folder + "/") {
                unlink(table + slot * slotSize)
                table[slot * slotSize] = 0
            }
        }
    }

    /// Unlinks every registered temporary. Async-signal-safe: only `unlink` on memory that exists already.
    public static func unlinkAll() {
        for slot in 0..<slots where table[slot * slotSize] != 0 {
            unlink(table + slot * slotSize)
            table[slot * slotSize] = 0
        }
    }

    /// Holds back the signals whose handlers clean up while a name is being entered in the table, and
    /// returns this thread's mask as it was (each writer keeps its own: no shared state between threads).
    static func blockSignals() -> sigset_t {
        var set = sigset_t(), saved = sigset_t()
        sigemptyset(&set)
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, &saved)
        return saved
    }

    static func unblockSignals(_ saved: sigset_t) {
        var saved = saved
        pthread_sigmask(SIG_SETMASK, &saved, nil)
    }
}

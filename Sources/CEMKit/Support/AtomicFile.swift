// Writing files so that a crash at any moment leaves either the old file or the new one:
// a temporary file in the same folder, flushed, then renamed over the target. Writes through a
// symbolic link to its target, and keeps the target's permissions.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var mode: mode_t = 0o644
        var info = stat()
        if stat(target, &info) == 0 { mode = info.st_mode & 0o7777 }
        let temporary = try writeTemporary(bytes, beside: target, mode: mode)
        if rename(temporary, target) != 0 {
            let reason = errorText()
            unlink(temporary)
            throw FileError(path: path, reason: reason)
        }
        syncDirectory(of: target)
    }

    /// Creates the file at `path` with `bytes`, failing if it already exists (even if created meanwhile).
    public static func create(_ bytes: [UInt8], at path: String) throws(FileError) {
        let temporary = try writeTemporary(bytes, beside: path, mode: 0o644)
        defer { unlink(temporary) }
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

    private static func writeTemporary(_ bytes: [UInt8], beside path: String, mode: mode_t) throws(FileError) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let template = folder(of: path) + "/." + name + ".tmp-XXXXXX"
        var buffer = Array(template.utf8CString)
        let fd = mkstemp(&buffer)
        guard fd >= 0 else { throw FileError(path: path, reason: errorText()) }
        let temporary = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = errorText()
                close(fd)
                unlink(temporary)
                throw FileError(path: path, reason: reason)
            }
            written += n
        }
        fchmod(fd, mode)
        if fsync(fd) != 0 || close(fd) != 0 {
            let reason = errorText()
            unlink(temporary)
            throw FileError(path: path, reason: reason)
        }
        return temporary
    }

    private static func syncDirectory(of path: String) {
        let fd = open(folder(of: path), O_RDONLY)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}

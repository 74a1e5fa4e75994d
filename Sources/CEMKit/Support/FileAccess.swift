// The file access every writer of cem goes through, so that commands and the session can be run in
// process over another implementation (a failing disk, an in-memory one) in tests.

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
        if let expecting, contents(path) != expecting { throw FileError(path: path, reason: "changed") }
        try AtomicFile.write(bytes, to: path)
    }

    public func create(_ path: String, with bytes: [UInt8]) throws(FileError) {
        try AtomicFile.create(bytes, at: path)
    }
}

// Where a command's output goes: standard output and error through write(2), or a buffer in tests.
// A failed write is remembered (never a trap) so that cem can end with a message and exit code 1,
// or quietly when the reader of a pipe has gone (EPIPE).

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A place text is written to.
protocol TextSink: Sendable {
    func write(_ bytes: [UInt8])
    /// The errno of the first write that failed; nil while every write succeeded.
    var failure: Int32? { get }
}

/// Standard output or standard error of the process.
final class StandardSink: TextSink, @unchecked Sendable {
    let descriptor: Int32
    private let lock = NSLock()
    private var failed: Int32?

    init(_ descriptor: Int32) { self.descriptor = descriptor }

    static let output = StandardSink(STDOUT_FILENO)
    static let error = StandardSink(STDERR_FILENO)

    var failure: Int32? { lock.withLock { failed } }

    func write(_ bytes: [UInt8]) {
        lock.withLock {
            // After a failure nothing more is written: the first reason is the one reported.
            guard failed == nil else { return }
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = errno
                    return
                }
                offset += n
            }
        }
    }
}

/// Output kept in memory, for running commands in process.
final class CapturedSink: TextSink, @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private let failWith: Int32?

    /// With `failWith`, every write fails with that errno (as a full disk or a closed pipe would).
    init(failWith: Int32? = nil) { self.failWith = failWith }

    var failure: Int32? { lock.withLock { failWith != nil && !bytes.isEmpty ? failWith : nil } }

    func write(_ bytes: [UInt8]) {
        lock.withLock { self.bytes += bytes }
    }

    var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
}

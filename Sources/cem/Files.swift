// Reading and writing the files of the commands, with the messages a consultant understands: what is
// wrong, where, and how to fix it. Reads never block (a FIFO is refused before it is opened).

import CEMKit
import Foundation

enum Loaded {
    case workbook(Workbook, bytes: [UInt8])
    /// The file could not be read or is invalid: one message per problem.
    case failed([String])
}

struct LoadError: Error {
    var message: String
}

enum Files {
    /// Reads the bytes of a file, refusing folders, pipes, devices, link loops and files over the size limit
    /// before reading. Through `context.files` (so in-memory files work in tests).
    /// `missing`: what to say when the file is not there (by default, as of a workbook: `cem new` makes one).
    static func readBytes(_ path: String, context: Context, limit: Int = WorkbookReader.maximumSize,
                          missing: ((String) -> String)? = nil) throws(LoadError) -> [UInt8] {
        let full = context.resolve(path), cli = context.cli
        func notThere() -> LoadError { LoadError(message: (missing ?? cli.noSuchFile)(path.inert)) }
        guard case .found(var info) = try regularFile(path, context: context, limit: limit, folder: cli.isDirectory(path.inert)) else {
            if !(context.files is DiskFiles), let bytes = context.files.contents(full) { return bytes }
            throw notThere()
        }
        guard context.files is DiskFiles else {
            guard let bytes = context.files.contents(full) else { throw notThere() }
            return bytes
        }
        // Opened without blocking, and checked again once open: the file may have changed since stat.
        let fd = open(full, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw LoadError(message: cli.cannotRead(path.inert, String(cString: strerror(errno)))) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw LoadError(message: context.cli.notRegularFile(path))
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw LoadError(message: cli.cannotRead(path.inert, String(cString: strerror(errno))))
            }
            if n == 0 { break }
            bytes += buffer[0..<n]
            if bytes.count > limit {
                let problem = Diagnostic(.fileTooLarge(bytes: bytes.count, limit: limit), at: nil)
                throw LoadError(message: problem.line(file: path.inert, strings: strings(context.language())))
            }
        }
        return bytes
    }

    /// What `regularFile` found: the file's status, or that nothing is there (ENOENT or ENOTDIR, the code).
    enum Found {
        case found(stat)
        case missing(Int32)
    }

    /// The checks made before a file is opened for reading (stat(2), so nothing blocks): a link loop, a
    /// folder (said with `folder`), a pipe or device, or more than `limit` bytes is refused; a missing file
    /// is left to the caller, who says it in its own words. Serves workbooks and survey files alike.
    static func regularFile(_ path: String, context: Context, limit: Int?, folder: @autoclosure () -> String) throws(LoadError) -> Found {
        let cli = context.cli
        var info = stat()
        guard stat(context.resolve(path), &info) == 0 else {
            let code = errno
            if code == ELOOP { throw LoadError(message: cli.symbolicLinkLoop(path)) }
            if code == ENOENT || code == ENOTDIR { return .missing(code) }
            throw LoadError(message: cli.cannotRead(path.inert, String(cString: strerror(code))))
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw LoadError(message: folder()) }
        if type != S_IFREG { throw LoadError(message: cli.notRegularFile(path)) }
        if let limit, Int(info.st_size) > limit {
            let problem = Diagnostic(.fileTooLarge(bytes: Int(info.st_size), limit: limit), at: nil)
            throw LoadError(message: problem.line(file: path.inert, strings: strings(context.language())))
        }
        return .found(info)
    }

    /// Reads and validates a workbook.
    static func load(_ path: String, context: Context) -> Loaded {
        let bytes: [UInt8]
        do {
            bytes = try readBytes(path, context: context)
        } catch {
            return .failed([error.message])
        }
        do {
            return .workbook(try WorkbookReader.read(bytes), bytes: bytes)
        } catch {
            let table = strings(context.language())
            var messages = error.diagnostics.map { $0.line(file: path.inert, strings: table) }
            // Conflict markers: name both sides' values of each conflicting score.
            if error.diagnostics.contains(where: { if case .mergeConflict = $0.problem { return true } else { return false } }),
               let conflict = MergeConflict.analyse(bytes) {
                messages[0] += "\n" + conflict.lines(language: context.language()).joined(separator: "\n")
            }
            return .failed(messages)
        }
    }

    /// Loads a workbook, printing its problems and ending with exit code 1 when it is not valid.
    static func loadOrExit(_ path: String, context: Context) throws(ExitCode) -> Workbook {
        switch load(path, context: context) {
        case .workbook(let workbook, _): return workbook
        case .failed(let messages):
            messages.forEach(context.err)
            throw .invalid
        }
    }

    /// Replaces a file atomically; prints what went wrong and ends with exit code 1 when it cannot.
    /// With `expecting` (the bytes the command read), refuses when the file changed meanwhile, so that no
    /// writer overwrites what it did not read; read-only and hard-linked files are refused too.
    static func write(_ bytes: [UInt8], to path: String, expecting: [UInt8]? = nil, context: Context) throws(ExitCode) {
        do {
            try context.files.replace(context.resolve(path), with: bytes, expecting: expecting)
        } catch {
            context.err(context.cli.cannotReplace(path.inert, error.reason))
            throw .invalid
        }
    }

    /// Writes a command's output to OUT, or to standard output for nil or `-`. OUT is never the input
    /// file nor a workbook; an existing OUT is replaced only when it starts as the new output does (its
    /// first two lines: an earlier output of the same command and format), or with `force`.
    static func output(_ text: String, to path: String?, input: String? = nil, force: Bool = false,
                       context: Context) throws(ExitCode) {
        guard let path, path != "-" else {
            context.stdout.write(Array(text.utf8))
            return
        }
        let full = context.resolve(path)
        var target = stat()
        if stat(full, &target) == 0, target.st_mode & S_IFMT == S_IFREG {
            if let input {
                var source = stat()
                if stat(context.resolve(input), &source) == 0, source.st_dev == target.st_dev, source.st_ino == target.st_ino {
                    context.err(context.cli.outputIsInput(path))
                    throw .invalid
                }
            }
            let existing = context.files.contents(full) ?? []
            if looksLikeCemFile(existing) {
                context.err(context.cli.outputIsWorkbook(path))
                throw .invalid
            }
            if !force && firstLines(existing) != firstLines(Array(text.utf8)) {
                context.err(context.cli.outputExists(path))
                throw .invalid
            }
        }
        try write(Array(text.utf8), to: path, context: context)
    }

    /// A workbook or an exercise: a JSON object whose `format` is `cem-…`.
    static func looksLikeCemFile(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).filter { !$0.isWhitespace }
        return head.hasPrefix("{") && head.contains("\"format\":\"cem-")
    }

    static func firstLines(_ bytes: [UInt8]) -> ArraySlice<ArraySlice<UInt8>> {
        bytes.prefix(4096).split(separator: 0x0A, maxSplits: 2, omittingEmptySubsequences: false).prefix(2)
    }
}

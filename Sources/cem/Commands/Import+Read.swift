// Reading a survey file for import and segments: streamed in 1 MiB chunks, or in parallel byte ranges of a regular file.

import CEMKit
import Foundation

extension SurveyFile {
    /// Streams the file through a `SurveyReader`; progress on standard error when it is a terminal.
    static func read(_ path: String, workbook: Workbook?, options: SurveyOptions, context: Context,
                     language: Language) throws(ExitCode) -> SurveySummary {
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = try openSurvey(path, context: context)
        }
        defer { if fd != STDIN_FILENO { close(fd) } }
        if let summary = try readInParallel(fd, path: path, workbook: workbook, options: options, context: context, language: language) {
            return summary
        }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        var reader = SurveyReader(workbook: workbook, options: options)
        let progress = context.stderrIsTerminal
        let clock = ContinuousClock(), start = clock.now
        var lastReport = start, reported = false
        func failed(_ error: SurveyError) -> ExitCode {
            if reported { context.stderr.write(Array("\r\u{1B}[K".utf8)) }
            context.err(SurveyText.error(error.inert, file: path.inert, language: language))
            return .invalid
        }
        while true {
            let count = Glibc.read(fd, buffer, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                if reported { context.stderr.write(Array("\r\u{1B}[K".utf8)) }
                context.err(context.cli.cannotRead(path.inert, String(cString: strerror(errno))))
                throw .invalid
            }
            if count == 0 { break }
            do {
                try reader.feed(UnsafeBufferPointer(start: buffer, count: count))
            } catch {
                throw failed(error)
            }
            if progress, clock.now - lastReport > .milliseconds(250) {
                lastReport = clock.now
                let seconds = Double((lastReport - start).components.attoseconds) / 1e18 + Double((lastReport - start).components.seconds)
                let megabytes = Double(reader.bytesRead) / 1_000_000
                context.stderr.write(Array(("\r" + surveyStrings(language).progress(
                    rows: reader.rows, megabytes: megabytes, perSecond: megabytes / max(seconds, 0.001)) + "\u{1B}[K").utf8))
                reported = true
            }
        }
        if reported { context.stderr.write(Array("\r\u{1B}[K".utf8)) }
        do {
            return try reader.finish()
        } catch {
            throw failed(error)
        }
    }

    /// A regular file summed on every core (`SurveyParallel`); nil when it is to be read in one pass.
    static func readInParallel(_ fd: Int32, path: String, workbook: Workbook?, options: SurveyOptions, context: Context,
                               language: Language) throws(ExitCode) -> SurveySummary? {
        var info = stat()
        guard fd != STDIN_FILENO, fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let source: SurveyByteSource = { offset, buffer, count in
            while true {
                let n = pread(fd, buffer, count, off_t(offset))
                if n >= 0 || errno != EINTR { return n }
            }
        }
        switch SurveyParallel.read(size: Int(info.st_size), source: source, workbook: workbook, options: options, parts: parts) {
        case .onePass: return nil
        case .readFailed(let code):
            context.err(context.cli.cannotRead(path.inert, String(cString: strerror(code))))
            throw .invalid
        case .failed(let error):
            context.err(SurveyText.error(error.inert, file: path.inert, language: language))
            throw .invalid
        case .moments(let sums):
            do {
                return try sums.summary(workbook: workbook, options: options)
            } catch {
                context.err(SurveyText.error(error.inert, file: path.inert, language: language))
                throw .invalid
            }
        }
    }

    /// Opens a survey file for reading without blocking on a pipe: a folder, FIFO or device is refused first.
    static func openSurvey(_ path: String, context: Context, limit: Int? = nil) throws(ExitCode) -> Int32 {
        let full = context.resolve(path)
        let found: Files.Found
        do {
            found = try Files.regularFile(path, context: context, limit: limit,
                                          folder: context.cli.cannotRead(path.inert, String(cString: strerror(EISDIR))))
        } catch {
            context.err(error.message)
            throw .invalid
        }
        if case .missing(let code) = found {
            context.err(context.cli.cannotRead(path.inert, String(cString: strerror(code))))
            throw .invalid
        }
        let fd = open(full, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            context.err(context.cli.cannotRead(path.inert, String(cString: strerror(errno))))
            throw .invalid
        }
        return fd
    }
}

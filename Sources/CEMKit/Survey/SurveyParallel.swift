// A survey file summed on several cores: byte ranges split at line boundaries, each summed into its own
// `SurveyMoments` on its own thread, merged in file order.
//
// A range boundary is the byte after a newline. That is a row boundary unless the newline is inside a
// quoted field; rather than resolve that (as parallel CSV readers do, by parsing each range both ways
// and choosing by the previous range's quote state), a range that holds a `"` after the header gives up
// and the file is read in one pass: survey exports quote their header, rarely their numbers. A file with
// a UTF-16 byte-order mark or an `--encoding` other than UTF-8 goes through iconv and is read in one pass
// too, and so are small files (below `minimumBytes`). Every later range is fed the header line first and
// reads its rows as data (never as more header rows); its errors name the line of the whole file.

import Foundation

/// Fills `buffer` with up to `count` bytes of the file from `offset`; returns how many (0 at the end), or −1.
public typealias SurveyByteSource = @Sendable (_ offset: Int, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int

public enum SurveyParallel {
    /// What a parallel read came to.
    public enum Outcome: Sendable {
        case moments(SurveyMoments)
        /// The file cannot be split safely (quotes, encodings, small): read it in one pass.
        case onePass
        case failed(SurveyError)
        /// Reading failed (errno).
        case readFailed(Int32)
    }

    public static let minimumBytes = 4 << 20
    static let chunk = 1 << 20

    /// Sums a file of `size` bytes in `parts` ranges (at most one per core is useful).
    public static func read(size: Int, source: @escaping SurveyByteSource, workbook: Workbook?, options: SurveyOptions,
                            parts: Int = 2, minimumBytes: Int = SurveyParallel.minimumBytes) -> Outcome {
        guard parts > 1, size >= minimumBytes, options.encoding == nil || options.encoding == .utf8 else { return .onePass }
        // The header line: it must hold an even number of quotes (no quoted newline) and be found early.
        let probe = 1 << 16
        var head = [UInt8](repeating: 0, count: probe)
        let got = head.withUnsafeMutableBufferPointer { source(0, $0.baseAddress!, probe) }
        guard got > 0 else { return got < 0 ? .readFailed(errno) : .onePass }
        head.removeLast(probe - got)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return .onePass }
        // A carriage return before it that does not end the line: lines end in CR alone, so the first newline may be far on.
        guard let newline = head.firstIndex(of: 0x0A), head[..<newline].filter({ $0 == 0x22 }).count % 2 == 0,
              !head[..<max(0, newline - 1)].contains(0x0D) else { return .onePass }
        let header = Array(head[...newline])
        // Range starts: the byte after the first newline at or past each k·size/parts.
        var starts = [0]
        for k in 1..<parts {
            var probeBytes = [UInt8](repeating: 0, count: probe)
            let at = max(k * size / parts, starts.last! + 1, header.count)
            let n = probeBytes.withUnsafeMutableBufferPointer { source(at, $0.baseAddress!, probe) }
            guard n > 0, let cut = probeBytes[..<n].firstIndex(of: 0x0A) else { return n < 0 ? .readFailed(errno) : .onePass }
            starts.append(at + cut + 1)
        }
        starts.append(size)
        let results = Results(parts), bounds = starts
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            results.set(k, part(from: bounds[k], to: bounds[k + 1], header: k == 0 ? nil : header, source: source,
                                workbook: workbook, options: options))
        }
        var merged: SurveyMoments?
        var linesBefore = 0
        for k in 0..<parts {
            switch results.get(k) {
            case .quote: return .onePass
            case .readFailed(let code): return .readFailed(code)
            case .failed(let error, _): return .failed(error.movingLines(by: linesBefore))
            case .moments(let sums, let lines):
                // A range of L rows ends on its line L + 2 (the header is its line 1); the next range's line 2 is
                // the whole file's line 2 + (the rows before it).
                linesBefore += lines - 2
                if merged == nil {
                    merged = sums
                } else {
                    do { try merged!.merge(sums) } catch { return .failed(error) }
                }
            case nil: return .onePass
            }
        }
        return merged.map { .moments($0) } ?? .onePass
    }

    enum Part: Sendable {
        case moments(SurveyMoments, lines: Int)
        case failed(SurveyError, lines: Int)
        case quote
        case readFailed(Int32)
    }

    /// One range, read in chunks; the first range from the file's start, the others after the header line.
    static func part(from start: Int, to end: Int, header: [UInt8]?, source: SurveyByteSource, workbook: Workbook?,
                     options: SurveyOptions) -> Part {
        var reader = header == nil ? SurveyReader(workbook: workbook, options: options) : SurveyReader(continuing: workbook, options: options)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        do {
            if let header { try reader.feed(header) }
            var offset = start, headerLeft = header == nil ? 1 : 0
            while offset < end {
                let n = source(offset, buffer, min(chunk, end - offset))
                if n < 0 { return .readFailed(errno) }
                if n == 0 { break }
                var from = 0
                if headerLeft > 0 {
                    // The first range's header may quote; its rows may not.
                    if let newline = memchr(buffer, 0x0A, n) { from = buffer.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1 }
                    headerLeft = 0
                }
                if from < n, memchr(buffer + from, 0x22, n - from) != nil { return .quote }
                try reader.feed(UnsafeBufferPointer(start: buffer, count: n))
                offset += n
            }
            let sums = try reader.finishMoments()
            return .moments(sums, lines: reader.line)
        } catch {
            return .failed(error, lines: reader.line)
        }
    }

    /// Each range's result, written by its own thread and read after all have finished.
    final class Results: @unchecked Sendable {
        private var parts: [Part?]
        private let lock = NSLock()
        init(_ count: Int) { parts = Array(repeating: nil, count: count) }
        func set(_ k: Int, _ part: Part) { lock.withLock { parts[k] = part } }
        func get(_ k: Int) -> Part? { lock.withLock { parts[k] } }
    }
}

extension SurveyError {
    /// The error with its line moved by `lines` (a later range's line in the whole file).
    func movingLines(by lines: Int) -> SurveyError {
        guard lines != 0 else { return self }
        switch self {
        case .unterminatedQuote(let line, let column): return .unterminatedQuote(line: line + lines, column: column)
        case .fieldTooLong(let line, let column, let limit): return .fieldTooLong(line: line + lines, column: column, limit: limit)
        case .raggedRow(let line, let fields, let expected): return .raggedRow(line: line + lines, fields: fields, expected: expected)
        case .notANumber(let line, let column, let name, let text): return .notANumber(line: line + lines, column: column, name: name, text: text)
        case .outOfScale(let line, let column, let name, let value, let scale):
            return .outOfScale(line: line + lines, column: column, name: name, value: value, scale: scale)
        case .notUTF8(let line, let column): return .notUTF8(line: line + lines, column: column)
        case .badWeight(let line, let column, let name, let text): return .badWeight(line: line + lines, column: column, name: name, text: text)
        default: return self
        }
    }
}

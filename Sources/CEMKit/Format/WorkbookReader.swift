// Reading a workbook file: from bytes to a validated `Workbook`, or every problem found.

public enum WorkbookReader {
    /// Files larger than this are refused before parsing (16 MiB).
    public static let maximumSize = 16 * 1024 * 1024

    /// Reads a workbook from the bytes of a file. Throws every problem found, in file order.
    public static func read(_ data: [UInt8]) throws(WorkbookError) -> Workbook {
        let node = try parseDocument(data)
        var decoder = WorkbookDecoder()
        let workbook = decoder.decodeWorkbook(node)
        if let workbook, decoder.diagnostics.isEmpty { return workbook }
        throw WorkbookError(decoder.sortedDiagnostics)
    }

    public static func read(_ text: String) throws(WorkbookError) -> Workbook {
        try read(Array(text.utf8))
    }

    /// Checks size, encoding, merge-conflict markers and JSON syntax, and returns the JSON tree.
    /// A leading UTF-8 byte-order mark is accepted and skipped.
    public static func parseDocument(_ data: [UInt8]) throws(WorkbookError) -> JSONNode {
        if data.count > maximumSize {
            throw WorkbookError([Diagnostic(.fileTooLarge(bytes: data.count, limit: maximumSize), at: nil)])
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw WorkbookError([Diagnostic(.emptyFile, at: nil)])
        }
        if let bad = firstInvalidUTF8(bytes) {
            throw WorkbookError([Diagnostic(.notUTF8, at: position(ofByte: bad, in: bytes))])
        }
        let markers = conflictMarkerLines(bytes)
        if let first = markers.first {
            throw WorkbookError([Diagnostic(.mergeConflict(markerLines: markers), at: SourcePosition(line: first, column: 1))])
        }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw WorkbookError([Diagnostic(.syntax(error.reason), at: error.position)])
        }
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lowest: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; lowest = 0x80
            case 0xE0...0xEF: length = 3; lowest = 0x800
            case 0xF0...0xF4: length = 4; lowest = 0x10000
            default: return i
            }
            guard i + length <= n else { return i }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < lowest || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            lowest = 0
            i += length
        }
        return nil
    }

    /// Line and column (in scalars) of a byte offset.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> SourcePosition {
        var line = 1, column = 1
        for b in bytes[..<offset] {
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    /// The 1-based lines that start with a git merge-conflict marker (`<<<<<<<`, `=======`, `>>>>>>>`, `|||||||`).
    static func conflictMarkerLines(_ bytes: [UInt8]) -> [Int] {
        let markers: [[UInt8]] = ["<<<<<<<", "=======", ">>>>>>>", "|||||||"].map { Array($0.utf8) }
        var lines: [Int] = []
        var line = 1
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            let content = bytes[start..<i]
            // JSON strings cannot span lines, so a line starting with a marker is never valid JSON.
            if markers.contains(where: { content.starts(with: $0) }) {
                lines.append(line)
            }
            line += 1
            start = i + 1
        }
        return lines
    }
}

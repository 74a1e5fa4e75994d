// The bytes of a survey export as UTF-8: a byte-order mark says UTF-8 or UTF-16 (LE or BE); otherwise
// `--encoding gb18030|utf-16` converts through glibc's iconv, chunk by chunk (a sequence split between
// two chunks waits for the next). Without either the bytes must be UTF-8, checked where text is read.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--encoding`: what the bytes are when no byte-order mark says.
public enum SurveyEncoding: String, Sendable, Equatable, CaseIterable {
    case utf8 = "utf-8", gb18030, utf16 = "utf-16"
}

/// How the file was read, said in the output when it is not plain UTF-8.
public enum DetectedEncoding: Sendable, Equatable {
    case utf8(byteOrderMark: Bool)
    case utf16LE(byteOrderMark: Bool)
    case utf16BE(byteOrderMark: Bool)
    case gb18030

    /// The name iconv knows, nil for UTF-8 (read as it is).
    var iconvName: String? {
        switch self {
        case .utf8: return nil
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .gb18030: return "GB18030"
        }
    }

    public var name: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .gb18030: return "GB18030"
        }
    }

    public var byteOrderMark: Bool {
        switch self {
        case .utf8(let mark), .utf16LE(let mark), .utf16BE(let mark): return mark
        case .gb18030: return false
        }
    }

    /// From the first bytes (at least 4, or the whole file when shorter) and `--encoding`; the mark wins.
    /// Returns the encoding and how many bytes of mark to drop (a UTF-8 mark is left to the CSV parser).
    static func detect(_ head: [UInt8], requested: SurveyEncoding?) -> (DetectedEncoding, drop: Int) {
        if head.starts(with: [0xFF, 0xFE]) { return (.utf16LE(byteOrderMark: true), 2) }
        if head.starts(with: [0xFE, 0xFF]) { return (.utf16BE(byteOrderMark: true), 2) }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8(byteOrderMark: true), 0) }
        switch requested {
        case .gb18030: return (.gb18030, 0)
        case .utf16:
            // No mark: ASCII text in UTF-16 has its zero bytes second (LE) or first (BE).
            return (head.count > 1 && head[0] == 0 && head[1] != 0 ? .utf16BE(byteOrderMark: false) : .utf16LE(byteOrderMark: false), 0)
        case .utf8, nil: return (.utf8(byteOrderMark: false), 0)
        }
    }
}

/// A streaming conversion to UTF-8 through iconv.
struct SurveyTranscoder {
    final class Handle {
        let descriptor: iconv_t
        init?(from name: String) {
            let descriptor = iconv_open("UTF-8", name)
            guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
            self.descriptor = descriptor
        }
        deinit { iconv_close(descriptor) }
    }

    let encoding: DetectedEncoding
    let handle: Handle
    /// Bytes of a sequence the last chunk ended inside.
    var pending: [UInt8] = []
    /// Bytes converted so far (for the position of a bad one).
    var offset = 0

    init?(_ encoding: DetectedEncoding) {
        guard let name = encoding.iconvName, let handle = Handle(from: name) else { return nil }
        self.encoding = encoding
        self.handle = handle
    }

    /// The chunk in UTF-8; `final`: no more bytes follow, so an unfinished sequence is an error.
    mutating func convert(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool) throws(SurveyError) -> [UInt8] {
        var input = pending
        input.append(contentsOf: chunk)
        pending.removeAll()
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var produced = 0
        var consumed = 0
        let total = input.count
        while consumed < total {
            if output.count - produced < 16 { output += [UInt8](repeating: 0, count: output.count) }
            var inLeft = total - consumed, outLeft = output.count - produced
            let result = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int32) in
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress! + consumed)
                        .assumingMemoryBound(to: CChar.self)
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress! + produced)
                        .assumingMemoryBound(to: CChar.self)
                    let r = iconv(handle.descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (r, r == -1 ? errno : 0)
                }
            }
            consumed = total - inLeft
            produced = output.count - outLeft
            guard result.0 == -1 else { break }
            switch result.1 {
            case E2BIG: continue
            case EINVAL:
                // An unfinished sequence at the end of the chunk: keep it for the next one.
                if final { throw .badEncoding(encoding: encoding.name, offset: offset + consumed) }
                pending = Array(input[consumed...])
                consumed = total
            default:
                throw .badEncoding(encoding: encoding.name, offset: offset + consumed)
            }
        }
        offset += total - pending.count
        output.removeSubrange(produced...)
        return output
    }
}

extension SurveySink {
    /// Whether the bytes are UTF-8 (ASCII first, cheaply).
    static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count, bytes[index] < 0x80 { index += 1 }
        if index == bytes.count { return true }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}

// A small line editor over termios, the session's editor on a terminal: arrows, Home/End, Backspace/Delete,
// Ctrl-A/E/U/K, history with Up/Down, a bracketed paste read as one line, a default pre-filled to edit.
// It edits by character (a Chinese character is one character, two columns wide), and reads Ctrl-C as a
// key, so a question can be cancelled without a signal.

import CEMKit

struct LineEditor: LineReader {
    var history: [String] = []
    let original: TerminalSettings
    var canPrefill: Bool { true }

    init?() {
        guard let settings = Platform.terminalSettings() else { return nil }
        original = settings
    }

    /// Raw mode, with bracketed paste on: a pasted text arrives between `ESC[200~` and `ESC[201~`.
    private func raw() -> Bool {
        guard Platform.enterRawMode(from: original) else { return false }
        Terminal.write("\u{1B}[?2004h")
        return true
    }

    private func restore() {
        Terminal.write("\u{1B}[?2004l")
        Platform.restore(original)
    }

    private func readByte() -> UInt8? { Platform.readByte() }

    /// One key press: a character, or a named key from an escape sequence.
    enum Key: Equatable {
        case character(Character)
        case enter, backspace, delete, left, right, home, end, up, down, interrupt, endOfInput, killStart, killEnd, ignored
        /// A bracketed paste: its lines joined into one answer.
        case paste(String)
    }

    private func readKey() -> Key? {
        guard let byte = readByte() else { return nil }
        switch byte {
        case 13, 10: return .enter
        case 127, 8: return .backspace
        case 3: return .interrupt
        case 4: return .endOfInput
        case 1: return .home
        case 5: return .end
        case 2: return .left
        case 6: return .right
        case 16: return .up
        case 14: return .down
        case 21: return .killStart
        case 11: return .killEnd
        case 27: return readEscape()
        case 0..<32: return .ignored
        default:
            // A UTF-8 sequence: its length from the first byte.
            var bytes = [byte]
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            while bytes.count < length, let next = readByte() { bytes.append(next) }
            guard let text = String(validating: bytes, as: UTF8.self), let c = text.first else { return .ignored }
            return .character(c)
        }
    }

    private func readEscape() -> Key {
        guard let first = readByte() else { return .ignored }
        guard first == UInt8(ascii: "[") || first == UInt8(ascii: "O") else { return .ignored }
        var parameter = ""
        while let byte = readByte() {
            switch byte {
            case UInt8(ascii: "A"): return .up
            case UInt8(ascii: "B"): return .down
            case UInt8(ascii: "C"): return .right
            case UInt8(ascii: "D"): return .left
            case UInt8(ascii: "H"): return .home
            case UInt8(ascii: "F"): return .end
            case UInt8(ascii: "~"):
                switch parameter {
                case "1", "7": return .home
                case "4", "8": return .end
                case "3": return .delete
                case "200": return .paste(readPaste())
                default: return .ignored
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: ";"):
                parameter.append(Character(Unicode.Scalar(byte)))
            default:
                return .ignored
            }
        }
        return .ignored
    }

    /// The pasted bytes up to `ESC[201~`; line breaks become spaces, so a pasted paragraph is one answer.
    private func readPaste() -> String {
        var bytes: [UInt8] = []
        let end = Array("\u{1B}[201~".utf8)
        while let byte = readByte() {
            bytes.append(byte)
            if bytes.count >= end.count && Array(bytes.suffix(end.count)) == end {
                bytes.removeLast(end.count)
                break
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        return lines.map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Draws the prompt and the line over as many rows as they take at the window's width now (read
    /// again each time, so a resized window is followed); `row` is the cursor's row within them.
    private func redraw(_ prompt: String, _ buffer: [Character], _ cursor: Int, row: inout Int, faint: Bool = false) {
        let columns = max(Platform.terminalColumns() ?? 80, 1)
        var text = row > 0 ? "\u{1B}[\(row)A" : ""
        text += "\r\u{1B}[J" + prompt + (faint ? "\u{1B}[2m" + String(buffer) + "\u{1B}[22m" : String(buffer))
        let total = DisplayWidth.of(prompt + String(buffer))
        let before = DisplayWidth.of(prompt + String(buffer[..<cursor]))
        // The end of the text exactly at the right edge: move to the next row so the cursor is on it.
        if total > 0 && total % columns == 0 { text += "\r\n" }
        let endRow = total / columns
        let cursorRow = before / columns
        if endRow > cursorRow { text += "\u{1B}[\(endRow - cursorRow)A" }
        text += "\r"
        if before % columns > 0 { text += "\u{1B}[\(before % columns)C" }
        row = cursorRow
        Terminal.write(text)
    }

    mutating func read(prompt: String, prefill: String?) -> ReadResult {
        guard raw() else {
            var plain = PlainTerminalReader()
            return plain.read(prompt: prompt)
        }
        defer { restore() }
        var buffer = Array(prefill ?? "")
        var cursor = buffer.count
        // A pre-filled default is like a selected field: typing replaces it, an editing key edits it,
        // Enter keeps it. So `goto 2` typed at the prompt is never appended to the default.
        var pristine = !buffer.isEmpty
        var recalled = history.count
        var draft: [Character] = []
        var row = 0
        redraw(prompt, buffer, cursor, row: &row, faint: pristine)
        while true {
            guard let key = readKey() else {
                Terminal.write("\r\n")
                return .end
            }
            switch key {
            case .character, .paste:
                if pristine {
                    buffer = []
                    cursor = 0
                }
            default:
                break
            }
            let untouched = pristine
            if key != .ignored && key != .interrupt { pristine = false }
            switch key {
            case .character(let c):
                buffer.insert(c, at: cursor)
                cursor += 1
            case .paste(let text):
                buffer.insert(contentsOf: Array(text.inert), at: cursor)
                cursor += text.inert.count
            case .enter:
                redraw(prompt, buffer, buffer.count, row: &row)
                Terminal.write("\r\n")
                let line = String(buffer)
                if !line.trimmingCharacters(in: " ").isEmpty && history.last != line { history.append(line) }
                return .line(line)
            case .interrupt:
                redraw(prompt, buffer, buffer.count, row: &row)
                Terminal.write("^C\r\n")
                return .interrupt
            case .endOfInput:
                if buffer.isEmpty || untouched {
                    Terminal.write("\r\n")
                    return .end
                }
                if cursor < buffer.count { buffer.remove(at: cursor) }
            case .backspace:
                if cursor > 0 {
                    buffer.remove(at: cursor - 1)
                    cursor -= 1
                }
            case .delete:
                if cursor < buffer.count { buffer.remove(at: cursor) }
            case .left: cursor = max(0, cursor - 1)
            case .right: cursor = min(buffer.count, cursor + 1)
            case .home: cursor = 0
            case .end: cursor = buffer.count
            case .killStart:
                buffer.removeFirst(cursor)
                cursor = 0
            case .killEnd:
                buffer.removeLast(buffer.count - cursor)
            case .up:
                if recalled > 0 {
                    if recalled == history.count { draft = buffer }
                    recalled -= 1
                    buffer = Array(history[recalled])
                    cursor = buffer.count
                }
            case .down:
                if recalled < history.count {
                    recalled += 1
                    buffer = recalled == history.count ? draft : Array(history[recalled])
                    cursor = buffer.count
                }
            case .ignored:
                break
            }
            redraw(prompt, buffer, cursor, row: &row, faint: pristine)
        }
    }
}

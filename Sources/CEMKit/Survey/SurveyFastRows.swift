// The survey reader's fast path: whole lines of plain numbers read in one tight loop over the bytes.
//
// Most rows of a survey export are digits and delimiters. For them the general path (the CSV parser's
// state machine handing each field to the sink, the sink trimming and parsing it) costs several times
// what the bytes need. Here one loop walks a line once: a score cell's digits become its number as they
// are read, a column no one reads is skipped, and the row goes to the sink's `endRow` as any other row.
// A line with anything else — a quote at a field's start, a space, a plus sign, a label, a full-width digit,
// more than 15 digits, a number outside the scale, an empty line, a lone CR, too many fields — is handed
// whole to the general parser, which decides what it means. So the figures, the messages and the line
// numbers are the general path's; the fast path only ever accepts what the general path would read the
// same way (`plainNumber`: an integer below 2⁵³ divided by an exact power of ten, rounded once).

extension SurveySink {
    /// Whether whole lines may be read by `fastRows`: once the header is read, with a delimiter that
    /// cannot be part of a number.
    var canReadFast: Bool {
        let delimiter = options.delimiter
        return ready && !fastOff && !(0x30...0x39).contains(delimiter) && delimiter != 0x2E && delimiter != 0x2D
            && delimiter != 0x0A && delimiter != 0x0D && delimiter != 0x22 && delimiter != 0x20
    }

    /// Reads the whole lines in `base[0..<count]` (the last byte is a newline), from a row's start.
    /// Returns the bytes read; it stops early when a line handed to `parser` leaves it inside a row (a
    /// quoted line break), and the caller goes on with the general parser.
    mutating func fastRows(_ base: UnsafePointer<UInt8>, _ count: Int, parser: inout CSVParser) throws(SurveyError) -> Int {
        let delimiter = parser.delimiter, role = self.role!, values = self.values!
        let low = self.low!, high = self.high!, whole = scratch!.wholeValues
        var i = 0, line = parser.line, lines = 0, linesStart = 0
        while i < count {
            let lineStart = i
            var column = 0, plain = base[i] != 0x0A && base[i] != 0x0D, allWhole = true
            if plain { startRow() }
            fields: while plain {
                let r = role[column]
                if r >= 0 {
                    // The commonest cell: one digit and the delimiter.
                    let first = base[i] &- 0x30
                    if first < 10 && base[i + 1] == delimiter {
                        let v = Double(first)
                        guard v >= low[column] && v <= high[column] else {
                            plain = false
                            break
                        }
                        values[r] = v
                        whole[r] = Int(first)
                        i += 2
                        column += 1
                        if role[column] == -3 { plain = false }
                        continue
                    }
                    // A score: [-]digits[.digits], read as it goes; empty is a missing answer.
                    let negative = base[i] == 0x2D
                    if negative { i += 1 }
                    let start = i
                    var mantissa: UInt64 = 0, d = base[i] &- 0x30
                    while d < 10 {
                        mantissa = mantissa &* 10 &+ UInt64(d)
                        i += 1
                        d = base[i] &- 0x30
                    }
                    var decimals = 0
                    let point = base[i] == 0x2E
                    if point {
                        i += 1
                        let fraction = i
                        d = base[i] &- 0x30
                        while d < 10 {
                            mantissa = mantissa &* 10 &+ UInt64(d)
                            i += 1
                            d = base[i] &- 0x30
                        }
                        decimals = i - fraction
                    }
                    let digits = i - start - (point ? 1 : 0)
                    if point || (negative && mantissa == 0) { allWhole = false }
                    if digits > 0 && digits <= 15 {
                        let v = SurveySink.plainValue(mantissa, decimals: decimals, negative: negative)
                        if v >= low[column] && v <= high[column] {
                            values[r] = v
                            // At most 15 digits: the mantissa fits an Int (used only when there was no point).
                            whole[r] = negative ? -Int(mantissa) : Int(mantissa)
                        } else {
                            plain = false
                        }
                    } else if i > start || negative {
                        // A sign or a point without digits (`-`, `.`, `-.`): the general parser says what it is.
                        plain = false
                    }
                } else {
                    let start = i
                    if base[i] == 0x22 { plain = false }
                    while base[i] != delimiter && base[i] != 0x0A && base[i] != 0x0D { i += 1 }
                    if plain && r == -2 {
                        // A `--where`/`--by` column that is a score as well: its answer is read the general way.
                        if slotOfColumn![column] >= 0 { allWhole = false }
                        try field(UnsafeBufferPointer(start: base + start, count: i - start), column: column, line: line)
                    }
                }
                guard plain else { break }
                let c = base[i]
                if c == delimiter {
                    column += 1
                    i += 1
                    // One field too many: `role` holds −3 past the last column.
                    if role[column] == -3 { plain = false }
                } else if c == 0x0A {
                    i += 1
                    break fields
                } else if c == 0x0D && base[i + 1] == 0x0A {
                    i += 2
                    break fields
                } else {
                    plain = false
                }
            }
            if plain {
                rowWhole = allWhole
                defer { rowWhole = false }
                try endRow(fields: column + 1, line: line)
                line += 1
                lines += 1
                fastLines += 1
                continue
            }
            // Not plain: the general parser reads this line (and says what is wrong with it, if anything).
            var end = lineStart
            while base[end] != 0x0A { end += 1 }
            parser.skipped(lines: lines, bytes: lineStart - linesStart)
            lines = 0
            try parser.feed(UnsafeBufferPointer(start: base + lineStart, count: end + 1 - lineStart), into: &self)
            i = end + 1
            linesStart = i
            line = parser.line
            slowLines += 1
            // A file mostly of lines the fast path cannot read is left to the general parser.
            if slowLines > 64 && slowLines > fastLines { fastOff = true }
            if !parser.atRowStart || fastOff { return i }
        }
        parser.skipped(lines: lines, bytes: i - linesStart)
        return i
    }
}

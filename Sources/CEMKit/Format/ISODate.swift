// The one date parser of cem: a real calendar date written `YYYY-MM-DD` (ASCII digits, leap years).

/// A calendar date of the proleptic Gregorian calendar, as the format writes it: `YYYY-MM-DD`.
/// Used by the reader (`measuredOn`, `closedOn`), the session and the cycle closer alike.
public struct ISODate: Equatable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless `text` is exactly four, two and two ASCII digits joined by `-`, naming a day that
    /// exists (29 February only in leap years).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) else { return nil }
                value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10),
              (1...12).contains(m), (1...ISODate.days(inMonth: m, year: y)).contains(d) else { return nil }
        year = y
        month = m
        day = d
    }

    /// The number of days of a month (1–12) in a year.
    public static func days(inMonth month: Int, year: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    public static func < (a: ISODate, b: ISODate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// True when `text` is a real calendar date written `YYYY-MM-DD`.
public func isISODate(_ text: String) -> Bool { ISODate(text) != nil }

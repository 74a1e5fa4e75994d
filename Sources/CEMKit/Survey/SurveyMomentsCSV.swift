// `cem import --moments`: the result of `cem survey sql`'s query, as a warehouse exports it (CSV), read back into `SurveyMoments`.
//
// The result is the query's columns (see SurveySQL.swift): one row per group, raw sums (shift 0). The
// column map it was generated from says what sK is (the Kth score column in the map's order,
// `SurveySQL.scores`), and the slots are laid out from that map exactly as a raw import lays out a file
// holding those columns, so scales, factors and the summary path are the raw import's. Tolerated: a
// UTF-8 byte-order mark, CRLF, quoted names and values, names in any case and columns in any order,
// columns it does not know, numbers such as `1.5e3`, and NULL or an empty cell for a sum over no answer.
// Segments (`segment_value`, trimmed as `--by` trims) are kept in order of first appearance in the
// result; groups with the same trimmed value are added together.

/// Why a result file cannot be read as the sums of the map's query.
public enum SurveyMomentsProblem: Error, Equatable, Sendable {
    /// No header line.
    case empty
    case notUTF8(line: Int)
    case unterminatedQuote(line: Int)
    case raggedRow(line: Int, fields: Int, expected: Int)
    /// Columns the map's query returns that the result lacks (in the query's order).
    case missingColumns([String])
    /// sK columns beyond the map's score columns: the query came from another map.
    case extraScores(found: Int, map: Int)
    /// The result is grouped (`segment_value`) but the map has no segment column.
    case segmentNotInMap
    /// A header without a single row of sums.
    case noGroups
    /// A cell that should hold a number (a count: a whole number ≥ 0).
    case notANumber(line: Int, column: Int, name: String, text: String)
    case notACount(line: Int, column: Int, name: String, text: String)
    case negativeCount(line: Int, column: Int, name: String, text: String)
    /// A count larger than the count it is part of (`s1_n` above `n_respondents`).
    case countAbove(line: Int, name: String, count: Int, other: String, limit: Int)
    case minAboveMax(line: Int, score: String, min: Double, max: Double)
    /// Answers outside the scale a raw import would check them against.
    case outOfScale(score: String, low: Double, high: Double, scale: Scale)
    case tooManySegments(limit: Int)
    /// The map's layout refused (an unknown factor, a duplicate target), as a raw import would.
    case survey(SurveyError)
    /// No query can be written for the map (a column named by position), so no result comes from it.
    case map(SurveySQLProblem)
}

public enum SurveyMomentsCSV {
    /// The sums in `bytes` (the result of `SurveySQL(map:…).query()`), laid out for `workbook`.
    /// `options` carries the map (its scales); its conditions were applied by the query.
    public static func read(_ bytes: [UInt8], map: SurveyMap, workbook: Workbook?, options: SurveyOptions) throws(SurveyMomentsProblem) -> SurveyMoments {
        let query = SurveySQL(map: map, table: "t", dialect: .duckdb)
        do {
            _ = try query.query()
        } catch {
            throw .map(error)
        }
        let scores = query.scores, drivers = query.drivers, paired = query.paired
        let segmentKey = map.columns.first(where: { $0.target == .segment })?.key

        // The slots as a raw import of a file with the map's columns lays them out (same scales and checks).
        var layoutOptions = SurveyOptions(keyDrivers: true)
        layoutOptions.map = map
        layoutOptions.rescale = options.rescale
        let layout: SurveyLayout
        do {
            layout = try SurveyLayout(names: map.columns.map(\.key), workbook: workbook, options: layoutOptions)
        } catch {
            throw .survey(error)
        }
        // One slot per score column of the map, in its order (the map refuses two columns with one target).
        guard layout.slots.map(\.name) == scores.map(\.target.text) else { throw .map(.noScoreColumns) }

        var records = try rows(bytes)
        guard !records.isEmpty else { throw .empty }
        let header = records.removeFirst().fields.map { $0.trimmingWhitespace.lowercased() }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }

        // The columns the map's query returns.
        var wanted = ["n_rows", "n_respondents"]
        let parts = ["n", "sum", "sumsq", "min", "max", "fractional"]
        for k in scores.indices { wanted += parts.map { "s\(k + 1)_\($0)" } }
        var driverPairs: [(name: String, i: Int, j: Int)] = []
        if !drivers.isEmpty {
            wanted.append("d_n")
            wanted += drivers.map { "d_sum_s\($0 + 1)" }
            for (a, i) in drivers.enumerated() {
                for j in drivers[a...] { driverPairs.append(("d_s\(i + 1)_s\(j + 1)", i, j)) }
            }
            wanted += driverPairs.map(\.name)
        }
        for f in paired.indices { wanted += ["n", "sum", "sumsq"].map { "p\(f + 1)_\($0)" } }
        if segmentKey != nil { wanted.insert("segment_value", at: 0) }
        let missing = wanted.filter { index[$0] == nil }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        if segmentKey == nil, index["segment_value"] != nil { throw .segmentNotInMap }
        let highest = header.compactMap { name -> Int? in
            guard name.hasPrefix("s"), let bar = name.firstIndex(of: "_") else { return nil }
            return Int(name[name.index(after: name.startIndex)..<bar])
        }.max() ?? 0
        guard highest <= scores.count else { throw .extraScores(found: highest, map: scores.count) }
        guard !records.isEmpty else { throw .noGroups }

        var sums = SurveyMoments(columns: layout.names, slots: layout.slots)
        sums.segmentColumn = segmentKey
        var driverSums: DriverSums?
        if !drivers.isEmpty {
            // The query's drivers are overall then experience; the reader's are experience then overall.
            driverSums = DriverSums(factors: layout.driverSlots.dropLast().map { layout.slots[$0].factor ?? "" })
        }
        sums.paired = paired.map { ($0.factor, Moments()) }
        // `n_all_rows` (a query with conditions): the table's rows, the same on every group's row.
        var allRows: Int?
        for record in records {
            let line = record.line
            guard record.fields.count == header.count else {
                throw .raggedRow(line: line, fields: record.fields.count, expected: header.count)
            }
            func cell(_ name: String) -> (text: String, column: Int) {
                let column = index[name]!
                return (record.fields[column], column + 1)
            }
            func number(_ name: String) throws(SurveyMomentsProblem) -> Double? {
                let (text, column) = cell(name)
                let trimmed = text.trimmingWhitespace
                if trimmed.isEmpty || trimmed.uppercased() == "NULL" { return nil }
                guard let value = Double(trimmed), value.isFinite else {
                    throw .notANumber(line: line, column: column, name: name, text: text)
                }
                return value
            }
            func count(_ name: String) throws(SurveyMomentsProblem) -> Int {
                guard let value = try number(name) else { return 0 }
                let (text, column) = cell(name)
                if value < 0 { throw .negativeCount(line: line, column: column, name: name, text: text) }
                guard value == value.rounded(), value < 0x1p53 else { throw .notACount(line: line, column: column, name: name, text: text) }
                return Int(value)
            }
            func atMost(_ name: String, _ value: Int, _ other: String, _ limit: Int) throws(SurveyMomentsProblem) {
                if value > limit { throw .countAbove(line: line, name: name, count: value, other: other, limit: limit) }
            }
            let rows = try count("n_rows"), respondents = try count("n_respondents")
            try atMost("n_respondents", respondents, "n_rows", rows)
            /// A score column's or a pair's answers: `PREFIX_n`, `_sum` and `_sumsq` (raw sums, shift 0).
            func answered(_ prefix: String) throws(SurveyMomentsProblem) -> Moments {
                var m = Moments()
                m.n = try count(prefix + "_n")
                try atMost(prefix + "_n", m.n, "n_respondents", respondents)
                m.sum = try number(prefix + "_sum") ?? 0
                m.sumSquares = try number(prefix + "_sumsq") ?? 0
                return m
            }
            if index["n_all_rows"] != nil {
                let all = try count("n_all_rows")
                try atMost("n_rows", rows, "n_all_rows", all)
                allRows = Swift.max(allRows ?? 0, all)
            }
            var moments: [Moments] = []
            for k in scores.indices {
                let s = "s\(k + 1)"
                let m = try answered(s)
                let fractional = try count(s + "_fractional")
                try atMost(s + "_fractional", fractional, s + "_n", m.n)
                if m.n > 0 {
                    let (minText, minColumn) = cell(s + "_min"), (maxText, maxColumn) = cell(s + "_max")
                    guard let low = try number(s + "_min") else { throw .notANumber(line: line, column: minColumn, name: s + "_min", text: minText) }
                    guard let high = try number(s + "_max") else { throw .notANumber(line: line, column: maxColumn, name: s + "_max", text: maxText) }
                    if low > high { throw .minAboveMax(line: line, score: s, min: low, max: high) }
                    sums.observed[k].low = Swift.min(sums.observed[k].low, low)
                    sums.observed[k].high = Swift.max(sums.observed[k].high, high)
                    sums.observed[k].whole = sums.observed[k].whole && fractional == 0
                }
                moments.append(m)
            }
            for k in scores.indices { sums.all[k].merge(moments[k]) }
            sums.rows += rows
            sums.respondents += respondents
            sums.unusableRows += rows - respondents
            if driverSums != nil {
                let m = drivers.count
                // Query position a (overall first) to the reader's variable (overall last).
                func variable(_ slot: Int) -> Int {
                    let a = drivers.firstIndex(of: slot)!
                    return a == 0 ? m - 1 : a - 1
                }
                let n = try count("d_n")
                try atMost("d_n", n, "n_respondents", respondents)
                driverSums!.n += n
                driverSums!.weight += Double(n)
                driverSums!.weightSquares += Double(n)
                for slot in drivers { driverSums!.sum[variable(slot)] += try number("d_sum_s\(slot + 1)") ?? 0 }
                for pair in driverPairs {
                    let value = try number(pair.name) ?? 0, i = variable(pair.i), j = variable(pair.j)
                    driverSums!.products[i * m + j] += value
                    if i != j { driverSums!.products[j * m + i] += value }
                }
            }
            for f in paired.indices {
                sums.paired[f].moments.merge(try answered("p\(f + 1)"))
            }
            if segmentKey != nil {
                let value = cell("segment_value").text.trimmingCharacters(in: [" ", "\t"])
                if let s = sums.segments.firstIndex(where: { $0.value == value }) {
                    sums.segments[s].respondents += respondents
                    for k in moments.indices { sums.segments[s].moments[k].merge(moments[k]) }
                } else {
                    guard sums.segments.count < SurveySink.maximumSegments else { throw .tooManySegments(limit: SurveySink.maximumSegments) }
                    sums.segments.append((value, respondents, moments, []))
                }
            }
        }
        sums.drivers = driverSums
        if let allRows { sums.rows = Swift.max(sums.rows, allRows) }
        // A raw import refuses an answer outside the slot's scale where it reads it; here, the range says.
        for (k, slot) in layout.slots.enumerated() where sums.all[k].n > 0 {
            guard let scale = slot.scale else { continue }
            if sums.observed[k].low < scale.min || sums.observed[k].high > scale.max {
                throw .outOfScale(score: "s\(k + 1)", low: sums.observed[k].low, high: sums.observed[k].high, scale: scale)
            }
        }
        return sums
    }

    /// The records of a CSV file: fields unquoted, and the line each starts on; a byte-order mark and CRLF are dropped.
    static func rows(_ bytes: [UInt8]) throws(SurveyMomentsProblem) -> [(line: Int, fields: [String])] {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = [], field: [UInt8] = []
        var line = 1, recordLine = 1, quoted = false, quoteLine = 1, i = start
        func text(_ bytes: [UInt8]) throws(SurveyMomentsProblem) -> String {
            guard let string = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(line: recordLine) }
            return string
        }
        func endRecord() throws(SurveyMomentsProblem) {
            fields.append(try text(field))
            field = []
            // A blank line is no record.
            if !(fields.count == 1 && fields[0].trimmingWhitespace.isEmpty) { records.append((recordLine, fields)) }
            fields = []
        }
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            if quoted {
                if byte == 0x22 {
                    if i < bytes.count, bytes[i] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22 where field.allSatisfy({ $0 == 0x20 || $0 == 0x09 }):
                field = []
                quoted = true
                quoteLine = line
            case 0x2C:
                fields.append(try text(field))
                field = []
            case 0x0D where i < bytes.count && bytes[i] == 0x0A:
                break
            case 0x0A:
                try endRecord()
                line += 1
                recordLine = line
            default:
                field.append(byte)
            }
        }
        if quoted { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { try endRecord() }
        return records
    }
}

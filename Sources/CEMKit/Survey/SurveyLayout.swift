// What the header of a survey file means: which columns carry a score of a factor, which one is
// `overall`, which ones `--where` and `--by` name. Columns are named `<measure>.<factorId>`
// (brandValue, experience, expectation, importance, ideal); any other column is kept for filters.

/// How to read a survey file.
public struct SurveyOptions: Sendable, Equatable {
    public enum OnError: String, Sendable, Equatable, CaseIterable { case fail, skip }
    /// Which respondents derived importance uses: those who answered every variable, or each pair's.
    public enum Missing: String, Sendable, Equatable, CaseIterable { case listwise, pairwise }

    public var delimiter: UInt8
    public var onError: OnError
    /// `--where COLUMN=VALUE`, as often as given: only respondents whose cells equal every value (trimmed).
    public var filters: [(column: String, value: String)]
    /// The first condition; setting it replaces them all.
    public var filter: (column: String, value: String)? {
        get { filters.first }
        set { filters = newValue.map { [$0] } ?? [] }
    }
    /// `--by COLUMN`: statistics per value of this column too.
    public var segmentColumn: String?
    /// Collect what derived importance needs (experience of every factor with `overall`, listwise).
    public var keyDrivers: Bool
    public var missing: Missing
    /// `--encoding`: what the bytes are when no byte-order mark says; nil is UTF-8.
    public var encoding: SurveyEncoding?
    /// `--map`: columns by header or `#N`, answer labels; its `where` is in `filters` once `apply`d.
    public var map: SurveyMap?
    /// `--rescale`: answers on the map's scales are mapped linearly onto the workbook's instead of refused.
    public var rescale = false
    /// `--weight COLUMN`: each respondent's weight (a finite number ≥ 0) from this column.
    public var weightColumn: String?
    /// `--top-box K` (0: off): count the answers of experience in the scale's top K points.
    public var topBox = 0

    /// Uses a column map: its conditions join `--where`'s, and its segment column is `--by`'s default.
    public mutating func apply(_ map: SurveyMap) {
        self.map = map
        filters = map.conditions + filters
    }

    public init(delimiter: UInt8 = UInt8(ascii: ","), onError: OnError = .fail, filter: (column: String, value: String)? = nil,
                segmentColumn: String? = nil, keyDrivers: Bool = true, missing: Missing = .listwise,
                encoding: SurveyEncoding? = nil) {
        self.missing = missing
        self.encoding = encoding
        self.delimiter = delimiter
        self.onError = onError
        filters = filter.map { [$0] } ?? []
        self.segmentColumn = segmentColumn
        self.keyDrivers = keyDrivers
    }

    public static func == (a: SurveyOptions, b: SurveyOptions) -> Bool {
        a.delimiter == b.delimiter && a.onError == b.onError && a.filters.map(\.column) == b.filters.map(\.column)
            && a.filters.map(\.value) == b.filters.map(\.value) && a.segmentColumn == b.segmentColumn && a.keyDrivers == b.keyDrivers
            && a.missing == b.missing && a.encoding == b.encoding && a.map == b.map && a.rescale == b.rescale
            && a.weightColumn == b.weightColumn && a.topBox == b.topBox
    }
}

/// One column that carries numbers: a score of a factor, or `overall` (factor and measure nil).
public struct SurveySlot: Sendable, Equatable {
    public var column: Int
    public var name: String
    public var factor: String?
    public var measure: ScoreField?
    /// The scale answers must lie in; nil when no workbook says (then any finite number is accepted).
    public var scale: Scale?
}

struct SurveyLayout {
    var names: [String]
    var slots: [SurveySlot]
    /// The column of each `--where` condition, in order.
    var filterColumns: [Int]
    var segmentColumn: Int?
    /// `--weight`'s column.
    var weightColumn: Int?
    /// Slots of the experience of each factor, then `overall`: the variables of derived importance.
    var driverSlots: [Int]
    /// Factors with both an experience and an expectation column: paired satisfaction's slots.
    var pairs: [(factor: String, experience: Int, expectation: Int)] = []

    static let overall = "overall"

    /// Reads the header. `workbook` nil: factor ids are taken from the columns and no scale is checked.
    init(names: [String], workbook: Workbook?, options: SurveyOptions) throws(SurveyError) {
        self.names = names
        // One column whose name holds another delimiter: a `;` export (European Excel) or a TSV read with `,`.
        if names.count == 1,
           let other = ([";", "\t", "|", ","] as [String]).first(where: { names[0].contains($0) && $0.utf8.first != options.delimiter }) {
            throw .wrongDelimiter(found: other == "\t" ? "tab" : other)
        }
        let measures = ScoreField.allCases.map(\.rawValue)
        let factorIDs = workbook?.factors.map(\.id)
        let mapped = try options.map?.resolve(names, workbook: workbook) ?? [:]
        var slots: [SurveySlot] = []
        var mappedSegment: Int?
        for (i, header) in names.enumerated() {
            var name = header
            if let target = mapped[i]?.target {
                if target == .segment {
                    mappedSegment = i
                    continue
                }
                name = target.text
            }
            // `Overall`, ` OVERALL `: spreadsheets capitalise; one spelling is as good as another.
            if name.trimmingWhitespace.lowercased() == SurveyLayout.overall {
                if let other = slots.first(where: { $0.factor == nil }) {
                    throw .duplicateColumn(name, first: other.column + 1, second: i + 1)
                }
                slots.append(SurveySlot(column: i, name: name, factor: nil, measure: nil, scale: options.map?.scale ?? workbook?.scale))
                continue
            }
            guard let dot = name.firstIndex(of: ".") else { continue }
            let prefix = String(name[..<dot]), id = String(name[name.index(after: dot)...])
            guard let measure = ScoreField(rawValue: prefix) else {
                // `experiance.product`: a misspelt measure of a known factor is an error, not a column to ignore.
                if let factorIDs, factorIDs.contains(id), let close = SurveyLayout.suggestion(for: prefix, in: measures) {
                    throw .unknownMeasure(column: name, measure: prefix, suggestion: close)
                }
                continue
            }
            if let factorIDs, !factorIDs.contains(id) {
                throw .unknownFactor(column: name, id: id, suggestion: SurveyLayout.suggestion(for: id, in: factorIDs))
            }
            if let other = slots.first(where: { $0.factor == id && $0.measure == measure }) {
                throw .duplicateColumn(name, first: other.column + 1, second: i + 1)
            }
            let surveyScale = measure == .importance ? options.map?.importanceScale : options.map?.scale
            slots.append(SurveySlot(column: i, name: name, factor: id, measure: measure, scale: surveyScale ?? workbook?.scale(for: measure)))
        }
        guard slots.contains(where: { $0.factor != nil }) else {
            throw .noScoreColumns
        }
        self.slots = slots

        func column(_ name: String, option: String) throws(SurveyError) -> Int {
            let wanted = Input.normalize(name)
            if let i = names.firstIndex(of: wanted) { return i }
            throw .unknownColumn(option: option, name: name, suggestion: SurveyLayout.suggestion(for: wanted, in: names))
        }
        filterColumns = []
        segmentColumn = nil
        for filter in options.filters { filterColumns.append(try column(filter.column, option: "--where")) }
        if let by = options.segmentColumn { segmentColumn = try column(by, option: "--by") } else { segmentColumn = mappedSegment }
        weightColumn = try options.weightColumn.map { (name) throws(SurveyError) in try column(name, option: "--weight") }
        if let weightColumn, slots.contains(where: { $0.column == weightColumn }) { throw .weightIsScore(column: names[weightColumn]) }
        // A name given twice matters only for a column that is used: a score, `--where`, `--by` or `--weight`.
        let used = Set(slots.map(\.column) + filterColumns + [segmentColumn, weightColumn].compactMap { $0 })
        var seen: [String: Int] = [:]
        for (i, name) in names.enumerated() where !name.isEmpty && mapped[i] == nil {
            if let first = seen[name], used.contains(first) || used.contains(i) {
                throw .duplicateColumn(name, first: first + 1, second: i + 1)
            }
            if seen[name] == nil || used.contains(i) { seen[name] = i }
        }

        for (e, slot) in slots.enumerated() where slot.measure == .experience {
            if let x = slots.firstIndex(where: { $0.factor == slot.factor && $0.measure == .expectation }) {
                pairs.append((slot.factor ?? "", e, x))
            }
        }
        driverSlots = []
        if options.keyDrivers, let overall = slots.firstIndex(where: { $0.factor == nil }) {
            let experience = slots.indices.filter { slots[$0].measure == .experience }
            if !experience.isEmpty { driverSlots = experience + [overall] }
        }
    }

    /// "Did you mean": the suggester with bounded inputs. Its cost is the product of the two lengths, and a
    /// suggestion is at most 3 edits away, so a word longer than `maximumSuggestedName` gets none and only
    /// candidates within 3 characters of its length (at most `maximumSuggestionCandidates`) are compared.
    static func suggestion(for word: String, in candidates: [String]) -> String? {
        let limit = SurveyLimits.maximumSuggestedName
        guard word.utf8.count <= 4 * limit else { return nil }
        let length = word.count
        guard length <= limit else { return nil }
        var near: [String] = []
        for candidate in candidates where candidate.utf8.count <= 4 * (limit + 3) && abs(candidate.count - length) <= 3 {
            near.append(candidate)
            if near.count == SurveyLimits.maximumSuggestionCandidates { break }
        }
        return Suggest.closest(to: word, in: near)
    }
}

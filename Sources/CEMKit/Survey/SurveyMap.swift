// The column map of a survey export (`--map MAP.json`): which column is which `measure.factor`, `overall`
// or the segment, answer labels read as numbers, and `where` conditions. Format `cem-survey-map`, version 1.

import Foundation

/// What a column of the export is, as a map says.
public enum SurveyMapTarget: Equatable, Sendable {
    case score(ScoreField, factor: String)
    case overall
    case segment

    /// `experience.product`, `overall` or `segment`; nil when the text is none of them.
    public init?(_ text: String) {
        let text = text.trimmingWhitespace
        if text == "overall" { self = .overall; return }
        if text == "segment" { self = .segment; return }
        guard let dot = text.firstIndex(of: "."), let measure = ScoreField(rawValue: String(text[..<dot])) else { return nil }
        let id = String(text[text.index(after: dot)...])
        guard !id.isEmpty else { return nil }
        self = .score(measure, factor: id)
    }

    public var text: String {
        switch self {
        case .score(let measure, let factor): return measure.rawValue + "." + factor
        case .overall: return "overall"
        case .segment: return "segment"
        }
    }
}

/// What is wrong with a map file or with a map against the export's header.
public enum SurveyMapProblem: Error, Equatable, Sendable {
    case notJSON(String)
    case notAMap
    case wrongVersion(String)
    case unknownKey(String)
    /// `columns.<key>`: the value is not `<measure>.<factorId>`, `overall` or `segment`.
    case badTarget(key: String, value: String)
    case badLabel(String)
    case badWhere(String)
    /// `scale` or `importanceScale` is not `{"min": number, "max": number}` with min below max.
    case badScale(String)
    /// A key names no column of the export (by header, or `#N` past the last column).
    case noSuchColumn(key: String, columns: Int, suggestion: String?)
    /// A header key that names more than one column.
    case ambiguousHeader(key: String, first: Int, second: Int)
    /// Two keys send their columns to the same target.
    case sameTarget(target: String, first: String, second: String)
    case unknownFactor(key: String, id: String, suggestion: String?)
}

public struct SurveyMap: Equatable, Sendable {
    public static let format = "cem-survey-map"
    public static let version = 1

    /// Keys as written (a header as `cem import --columns` lists it, or `#N`), sorted, with their targets.
    public var columns: [(key: String, target: SurveyMapTarget)]
    /// Answer labels (normalised: trimmed, lower case) and their numbers; they come before the built-in sets.
    public var labels: [String: Double]
    public var conditions: [(column: String, value: String)]
    /// The survey's scales, when the map says; a workbook on other scales is then refused, or rescaled with `--rescale`.
    public var scale: Scale?
    public var importanceScale: Scale?

    public init(columns: [(key: String, target: SurveyMapTarget)] = [], labels: [String: Double] = [:],
                conditions: [(column: String, value: String)] = []) {
        self.columns = columns
        self.labels = labels
        self.conditions = conditions
    }

    public static func == (a: SurveyMap, b: SurveyMap) -> Bool {
        a.columns.map(\.key) == b.columns.map(\.key) && a.columns.map(\.target) == b.columns.map(\.target) && a.labels == b.labels
            && a.conditions.map(\.column) == b.conditions.map(\.column) && a.conditions.map(\.value) == b.conditions.map(\.value)
            && a.scale == b.scale && a.importanceScale == b.importanceScale
    }

    /// Whether these bytes are meant as a map (their `format` says so), for `cem validate`.
    public static func isMap(_ bytes: [UInt8]) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return false }
        return object["format"] as? String == format
    }

    /// Reads a map file; every problem found, in order, or the map.
    public static func read(_ bytes: [UInt8]) -> (map: SurveyMap?, problems: [SurveyMapProblem]) {
        var data = bytes
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(data))
        } catch {
            return (nil, [.notJSON((error as NSError).localizedDescription)])
        }
        guard let object = root as? [String: Any], object["format"] as? String == format else { return (nil, [.notAMap]) }
        var problems: [SurveyMapProblem] = []
        if !(object["formatVersion"].map { ($0 as? NSNumber)?.doubleValue == Double(version) && "\($0)" == "\(version)" } ?? false) {
            problems.append(.wrongVersion(object["formatVersion"].map { "\($0)" } ?? "—"))
        }
        for key in object.keys.sorted() where !["format", "formatVersion", "columns", "labels", "where", "scale", "importanceScale"].contains(key) {
            problems.append(.unknownKey(key))
        }
        var map = SurveyMap()
        if let columns = object["columns"] {
            if let columns = columns as? [String: Any] {
                for key in columns.keys.sorted() {
                    guard let text = columns[key] as? String, let target = SurveyMapTarget(text) else {
                        problems.append(.badTarget(key: key, value: columns[key].map { "\($0)" } ?? ""))
                        continue
                    }
                    map.columns.append((Input.normalize(key), target))
                }
            } else {
                problems.append(.badTarget(key: "columns", value: "\(columns)"))
            }
        }
        if let labels = object["labels"] {
            if let labels = labels as? [String: Any] {
                for key in labels.keys.sorted() {
                    guard let number = labels[key] as? NSNumber, "\(number)" != "true", "\(number)" != "false", number.doubleValue.isFinite,
                          !SurveyLabels.key(key).isEmpty else {
                        problems.append(.badLabel(key))
                        continue
                    }
                    map.labels[SurveyLabels.key(key)] = number.doubleValue
                }
            } else {
                problems.append(.badLabel("labels"))
            }
        }
        if let conditions = object["where"] {
            if !(conditions is [Any]) { problems.append(.badWhere("\(conditions)")) }
            for item in conditions as? [Any] ?? [] {
                guard let text = item as? String, let eq = text.firstIndex(of: "="), eq != text.startIndex else {
                    problems.append(.badWhere("\(item)"))
                    continue
                }
                map.conditions.append((String(text[..<eq]), String(text[text.index(after: eq)...])))
            }
        }
        for key in ["scale", "importanceScale"] {
            guard let value = object[key] else { continue }
            guard let range = value as? [String: Any], range.count == 2, let low = range["min"] as? NSNumber, let high = range["max"] as? NSNumber,
                  low.doubleValue.isFinite, high.doubleValue.isFinite, low.doubleValue < high.doubleValue,
                  key == "scale" || low.doubleValue >= 0 else {
                problems.append(.badScale(key))
                continue
            }
            if key == "scale" { map.scale = Scale(min: low.doubleValue, max: high.doubleValue) }
            else { map.importanceScale = Scale(min: low.doubleValue, max: high.doubleValue) }
        }
        return problems.isEmpty ? (map, []) : (nil, problems)
    }

    /// The map's columns against the export's header: the column (0-based) of each key and its target.
    func resolve(_ names: [String], workbook: Workbook?) throws(SurveyError) -> [Int: (key: String, target: SurveyMapTarget)] {
        var resolved: [Int: (key: String, target: SurveyMapTarget)] = [:]
        var byTarget: [SurveyMapTarget: String] = [:]
        for (key, target) in columns {
            let column: Int
            if key.hasPrefix("#"), let n = Int(key.dropFirst()) {
                guard n >= 1, n <= names.count else { throw .map(.noSuchColumn(key: key, columns: names.count, suggestion: nil)) }
                column = n - 1
            } else {
                let matches = names.indices.filter { names[$0] == key }
                guard let first = matches.first else {
                    throw .map(.noSuchColumn(key: key, columns: names.count, suggestion: SurveyLayout.suggestion(for: key, in: names)))
                }
                if matches.count > 1 { throw .map(.ambiguousHeader(key: key, first: first + 1, second: matches[1] + 1)) }
                column = first
            }
            if let other = resolved[column] { throw .map(.sameTarget(target: "#\(column + 1)", first: other.key, second: key)) }
            if let other = byTarget[target] { throw .map(.sameTarget(target: target.text, first: other, second: key)) }
            if case .score(_, let id) = target, let ids = workbook?.factors.map(\.id), !ids.contains(id) {
                throw .map(.unknownFactor(key: key, id: id, suggestion: SurveyLayout.suggestion(for: id, in: ids)))
            }
            resolved[column] = (key, target)
            byTarget[target] = key
        }
        return resolved
    }
}

extension SurveyMapTarget: Hashable {}

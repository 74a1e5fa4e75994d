// `--suggest-map`: a column map proposed from an export's question text, matched to the workbook's
// factor names and ids (either language) and to words for each measure; written for the user to check.

extension SurveyMap {
    /// Words of a question that say which measure it asks about; experience when none does.
    static let measureWords: [(ScoreField, [String])] = [
        (.expectation, ["expect", "期望", "预期"]),
        (.ideal, ["ideal", "理想"]),
        (.importance, ["importan", "重要"]),
        (.brandValue, ["brand value", "品牌价值"]),
    ]
    static let overallWords = ["overall", "总体", "整体", "总的来说"]

    /// A map for these columns (as `cem import --columns` reads them) and this workbook; the keys are
    /// headers where unique, else `#N`. SurveyMonkey's matrix text, above its first column only, carries right.
    public static func suggest(_ columns: [SurveyColumn], workbook: Workbook) -> SurveyMap {
        var map = SurveyMap()
        var taken = Set<SurveyMapTarget>()
        var question = ""
        let counts = Dictionary(columns.map { ($0.name, 1) }, uniquingKeysWith: +)
        for column in columns {
            if !column.name.isEmpty { question = column.name }
            if column.kind == "empty" { continue }
            if SurveyMapTarget(column.name) != nil { continue }  // already `measure.factor` or `overall`
            let own = column.subheaders.joined(separator: " ")
            let text = ((column.name.isEmpty ? question : column.name) + " " + own).lowercased()
            guard let target = target(text, workbook: workbook), !taken.contains(target) else { continue }
            taken.insert(target)
            let key = !column.name.isEmpty && counts[column.name] == 1 && !column.name.hasPrefix("#") ? column.name : "#\(column.number)"
            map.columns.append((key, target))
        }
        if let finished = columns.first(where: { $0.name == "Finished" }) {
            if finished.high == 1 { map.conditions.append(("Finished", "1")) }
            else if let yes = finished.examples.first(where: { $0.lowercased() == "true" }) { map.conditions.append(("Finished", yes)) }
        }
        return map
    }

    /// The factor whose name or id the text holds (the longest such), with the measure its words say.
    static func target(_ text: String, workbook: Workbook) -> SurveyMapTarget? {
        var best: (length: Int, id: String)?
        for factor in workbook.factors {
            let id = factor.id.lowercased()
            for word in [factor.name.lowercased(), id, id.replacing("-", with: " ").replacing("_", with: " ")] where !word.isEmpty {
                if text.contains(word), word.count > (best?.length ?? 0) { best = (word.count, factor.id) }
            }
        }
        guard let best else { return overallWords.contains(where: text.contains) ? .overall : nil }
        let measure = measureWords.first { $0.1.contains(where: text.contains) }?.0 ?? .experience
        return .score(measure, factor: best.id)
    }

    /// The map as a file: keys in a fixed order, two-space indentation, a final newline.
    public var text: String {
        func quoted(_ s: String) -> String { CanonicalJSON.string(s) }
        var lines = ["{", "  \"format\": \"\(SurveyMap.format)\",", "  \"formatVersion\": \(SurveyMap.version),"]
        let entries = columns.map { "    " + quoted($0.key) + ": " + quoted($0.target.text) }
        lines.append(entries.isEmpty ? "  \"columns\": {}," : "  \"columns\": {\n" + entries.joined(separator: ",\n") + "\n  },")
        let labelEntries = labels.keys.sorted().map { "    " + quoted($0) + ": " + CanonicalJSON.number(labels[$0]!) }
        lines.append(labelEntries.isEmpty ? "  \"labels\": {}," : "  \"labels\": {\n" + labelEntries.joined(separator: ",\n") + "\n  },")
        for (key, scale) in [("scale", scale), ("importanceScale", importanceScale)] {
            if let scale { lines.append("  \"\(key)\": { \"min\": \(CanonicalJSON.number(scale.min)), \"max\": \(CanonicalJSON.number(scale.max)) },") }
        }
        lines.append("  \"where\": [" + conditions.map { quoted($0.column + "=" + $0.value) }.joined(separator: ", ") + "]")
        return lines.joined(separator: "\n") + "\n}\n"
    }

    /// The JSON Schema of a map file (`cem schema --map`), draft 2020-12.
    public static let schema = """
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://cem.example/schema/cem-survey-map-1.json",
      "title": "cem survey column map, format version 1",
      "description": "Which column of a survey export is which score (<measure>.<factorId>), overall satisfaction or the segment; answer labels read as numbers; conditions every respondent must meet. Keys of columns are headers as `cem import FILE --columns` lists them, or #N for column N (1-based).",
      "type": "object",
      "required": ["format", "formatVersion"],
      "additionalProperties": false,
      "properties": {
        "format": { "const": "cem-survey-map" },
        "formatVersion": { "const": 1 },
        "columns": {
          "type": "object",
          "additionalProperties": {
            "type": "string",
            "pattern": "^(overall|segment|(brandValue|experience|expectation|importance|ideal)\\\\..+)$"
          }
        },
        "labels": {
          "type": "object",
          "description": "An answer text (compared trimmed and ignoring case) and its number; before the built-in 5- and 7-point sets.",
          "additionalProperties": { "type": "number" }
        },
        "scale": { "$ref": "#/$defs/scale", "description": "The survey's scale of every measure but importance (and of overall); the workbook's is checked against it." },
        "importanceScale": { "$ref": "#/$defs/scale", "description": "The survey's scale of importance; its min is at least 0." },
        "where": {
          "type": "array",
          "description": "COLUMN=VALUE conditions, all of which apply, together with any --where.",
          "items": { "type": "string", "pattern": "^[^=]+=" }
        }
      },
      "$defs": {
        "scale": {
          "type": "object",
          "required": ["min", "max"],
          "additionalProperties": false,
          "properties": { "min": { "type": "number" }, "max": { "type": "number" } }
        }
      }
    }

    """
}

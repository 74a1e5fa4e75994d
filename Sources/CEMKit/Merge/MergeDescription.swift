// Conflicts in the method's terms: which factor, requirement or KPI and which field, each side's value,
// and what choosing theirs instead of ours would change in the analysis (from two Analyses).

extension TreeMerge {
    /// The workbook with each conflict resolved by `choose`; nil when that is not a valid workbook.
    public func workbook(_ choose: (Int) -> MergeChoice) -> Workbook? {
        try? WorkbookReader.read(CanonicalJSON.text(resolved(choose)))
    }

    /// One line per conflict: subject and field, base, ours and theirs, and the effect of theirs over ours
    /// (every other conflict resolved to ours).
    public func lines(labels: MergeLabels, language: Language) -> [String] {
        let words = TeamWords(language)
        return conflicts.indices.map { i in
            let c = conflicts[i]
            return words.mergeConflictLine(subject: subject(i, language: language), base: display(c.base, conflict: c, language: language),
                                           ours: display(c.ours, conflict: c, language: language),
                                           theirs: display(c.theirs, conflict: c, language: language),
                                           labels: labels, effect: effect(i, language: language))
        }
    }

    /// `Convenience experience`, `R1 decision`, `R1/K1 target`, `brand statement`, `Cycle 1 (closed …) closedOn`.
    public func subject(_ index: Int, language: Language) -> String {
        let path = conflicts[index].path
        let sides = [resolved(.ours), resolved(.theirs), resolved(.base)]
        var nodes: [JSONValue?] = sides
        var parts: [String] = [], fields: [String] = []
        var list = ""
        for (n, step) in path.enumerated() {
            switch step {
            case .key(let key):
                nodes = nodes.map { Self.child($0, key) }
                if n + 1 < path.count, case .item = path[n + 1] {
                    list = key
                } else if key != "alignment" {
                    fields.append(key)
                }
            case .item(let field, let value):
                nodes = nodes.map { Self.item($0, field: field, value: value) }
                let id: String
                switch value {
                case .string(let s): id = s
                default: id = CanonicalJSON.number(Self.numberValue(value) ?? 0)
                }
                switch list {
                case "factors":
                    let name = nodes.lazy.compactMap { Self.child($0, "name") }.compactMap(Self.stringValue).first ?? id
                    parts.append(name)
                case "kpis" where !parts.isEmpty, "moments" where !parts.isEmpty: parts[parts.count - 1] += "/" + id
                case "history":
                    let closed = nodes.lazy.compactMap { Self.child($0, "closedOn") }.compactMap(Self.stringValue).first
                    parts.append(TeamWords(language).cycleLabel(Int(Self.numberValue(value) ?? 0), closedOn: closed))
                default: parts.append(id)
                }
            }
        }
        if !fields.isEmpty { parts.append(TeamWords(language).fieldName(fields.joined(separator: "."))) }
        return parts.joined(separator: " ")
    }

    /// A side's value as a line reads it.
    public func display(_ value: JSONValue?, conflict: TreeConflict, language: Language) -> String {
        let words = TeamWords(language), s = strings(language)
        guard let value else { return conflict.base == nil ? words.mergeNone : words.mergeAbsent }
        let field: String
        if case .key(let key)? = conflict.path.last { field = key } else { field = "" }
        switch value {
        case .null: return "—"
        case .bool(let flag): return s.yesNo(flag)
        case .number(let n): return decimalText(n, decimals: 4)
        case .string(let text):
            switch field {
            case "decision": return Decision(rawValue: text).map(s.decision) ?? text
            case "people", "process", "technology": return Capability(rawValue: text).map(s.capability) ?? text
            case "better": return Better(rawValue: text).map(s.better) ?? text
            case "language", "measuredOn", "closedOn": return text
            default: return TeamWords(language).quoted(text)
            }
        case .array(let items) where items.allSatisfy(\.value.isScalar):
            return "[" + items.map { display($0.value, conflict: conflict, language: language) }.joined(separator: s.listSeparator) + "]"
        case .array, .object:
            if conflict.base == nil { return words.mergeAdded }
            return value == conflict.base ? words.mergeUnchanged : words.mergeEdited
        }
    }

    /// What theirs changes in the analysis compared with ours, every other conflict resolved to ours:
    /// the factor's weighted satisfaction and weighted gap, and the key experiences.
    public func effect(_ index: Int, language: Language) -> [String] {
        guard let a = workbook({ _ in .ours }), let b = workbook({ $0 == index ? .theirs : .ours }) else { return [] }
        let x = Analysis(a), y = Analysis(b)
        let words = TeamWords(language)
        var effect: [String] = []
        if case .key("factors")? = conflicts[index].path.first, conflicts[index].path.count > 1,
           case .item(_, .string(let id)) = conflicts[index].path[1] {
            let fa = x.factor(id), fb = y.factor(id)
            if fa?.weightedSatisfaction != fb?.weightedSatisfaction {
                effect.append(TeamWords(language).fieldName("weightedSatisfaction") + " "
                              + decimalText(fa?.weightedSatisfaction, decimals: 4) + " → " + decimalText(fb?.weightedSatisfaction, decimals: 4))
            }
            if fa?.weightedGap != fb?.weightedGap {
                effect.append(words.weightedGapName + " " + decimalText(fa?.weightedGap, decimals: 4) + " → " + decimalText(fb?.weightedGap, decimals: 4))
            }
        }
        if x.keyExperiences != y.keyExperiences {
            effect.append(words.keyExperiencesChange(from: Self.keyExperiences(x, language: language),
                                                     to: Self.keyExperiences(y, language: language)))
        }
        return effect
    }

    /// `Convenience (−18), Product (−6)`, or `none`.
    public static func keyExperiences(_ analysis: Analysis, language: Language) -> String {
        let s = strings(language)
        let names = analysis.keyExperiences.compactMap(analysis.factor).map { s.named($0.name, decimalText($0.weightedSatisfaction, decimals: 4)) }
        return names.isEmpty ? s.none : names.joined(separator: s.listSeparator)
    }


    static func child(_ value: JSONValue?, _ key: String) -> JSONValue? {
        guard case .object(let members)? = value else { return nil }
        return members.first { $0.key == key }?.value.value
    }

    static func item(_ value: JSONValue?, field: String, value key: JSONValue) -> JSONValue? {
        guard case .array(let items)? = value else { return nil }
        return items.first { Self.key(of: $0.value, field: field) == key }?.value
    }

    static func stringValue(_ value: JSONValue) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }

    static func numberValue(_ value: JSONValue) -> Double? {
        if case .number(let n) = value { return n }
        return nil
    }
}

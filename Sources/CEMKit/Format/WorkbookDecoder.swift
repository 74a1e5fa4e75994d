// From a JSON tree to a `Workbook`, collecting every problem with its position and JSON path
// rather than stopping at the first.

/// The keys of format version 1, in canonical order (DESIGN §3). The writer and the reader share them.
public enum WorkbookKeys {
    public static let root = ["format", "formatVersion", "title", "language", "cycle", "scale", "importanceScale",
                              "brand", "factors", "requirements", "history"]
    public static let scale = ["min", "max"]
    public static let brand = ["statement"]
    public static let factor = ["id", "name", "description", "brandValue", "experience", "expectation", "importance",
                                "ideal", "notes", "survey"]
    public static let surveyStat = ["n", "mean", "sd"]
    public static let requirement = ["id", "title", "factors", "targetExperience", "alignment", "kpis"]
    public static let alignment = ["strategyFit", "people", "process", "technology", "decision", "rationale"]
    public static let kpi = ["id", "metric", "unit", "better", "baseline", "target", "actual", "measuredOn"]
    public static let cycle = ["cycle", "closedOn", "brand", "factors", "requirements"]

    // The keys each object must have (the schema of `cem schema` is generated from these lists too).
    public static let rootRequired = ["format", "formatVersion", "factors"]
    public static let factorRequired = ["id", "name"]
    public static let surveyStatRequired = ["n"]
    public static let requirementRequired = ["id", "title"]
    public static let kpiRequired = ["id", "metric"]
    public static let cycleRequired = ["cycle", "factors"]
}

/// Identifier syntax of DESIGN §3.
public enum IDSyntax {
    /// Factors: `[a-z0-9][a-z0-9-]*`.
    public static func isValidFactorID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLowerAlnum(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlnum($0) || $0 == "-" }
    }

    /// Requirements and KPIs: `[A-Za-z0-9-]+`.
    public static func isValidItemID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { isLowerAlnum($0) || ("A"..."Z").contains($0) || $0 == "-" }
    }

    public static func isValid(_ id: String, kind: IDKind) -> Bool {
        kind == .factor ? isValidFactorID(id) : isValidItemID(id)
    }

    private static func isLowerAlnum(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("0"..."9").contains(s)
    }
}

/// True when `text` is a real calendar date written `YYYY-MM-DD`.
public func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
          parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
          let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m)
    else { return false }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (1...days).contains(d)
}

struct WorkbookDecoder {
    private(set) var diagnostics: [Diagnostic] = []

    var sortedDiagnostics: [Diagnostic] {
        // Stable sort by position; file-level problems first.
        diagnostics.enumerated().sorted { a, b in
            let pa = a.element.position ?? SourcePosition(line: 0, column: 0)
            let pb = b.element.position ?? SourcePosition(line: 0, column: 0)
            return pa == pb ? a.offset < b.offset : pa < pb
        }.map(\.element)
    }

    private mutating func report(_ problem: Problem, _ node: JSONNode, _ path: String) {
        diagnostics.append(Diagnostic(problem, at: node.position, path: path))
    }

    // MARK: Shapes

    /// The members of an object, checking unknown and missing keys. Nil (with a problem) when not an object.
    private mutating func members(_ node: JSONNode, _ path: String, known: [String], required: [String]) -> [String: JSONNode]? {
        guard case .object(let list) = node.value else {
            report(.wrongType(expected: "object", found: node.value.typeName), node, path)
            return nil
        }
        var result: [String: JSONNode] = [:]
        for member in list {
            if known.contains(member.key) {
                result[member.key] = member.value
            } else {
                let suggestion = Suggest.closest(to: member.key, in: known.filter { key in !list.contains { $0.key == key } })
                diagnostics.append(Diagnostic(.unknownKey(member.key, suggestion: suggestion), at: member.keyPosition,
                                              path: join(path, member.key)))
            }
        }
        for key in required where result[key] == nil {
            report(.missingKey(key), node, path)
        }
        return result
    }

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    private mutating func string(_ node: JSONNode?, _ path: String) -> String? {
        guard let node else { return nil }
        guard case .string(let text) = node.value else {
            report(.wrongType(expected: "string", found: node.value.typeName), node, path)
            return nil
        }
        return text
    }

    private mutating func optionalString(_ node: JSONNode?, _ path: String) -> String?? {
        guard let node else { return .some(nil) }
        if case .null = node.value { return .some(nil) }
        guard let text = string(node, path) else { return nil }
        return .some(text)
    }

    /// A number or null. Returns `.some(nil)` for null or absent, nil (with a problem) for a wrong type.
    private mutating func optionalNumber(_ node: JSONNode?, _ path: String) -> Double?? {
        guard let node else { return .some(nil) }
        switch node.value {
        case .null: return .some(nil)
        case .number(let value): return .some(value)
        default:
            report(.wrongType(expected: "number or null", found: node.value.typeName), node, path)
            return nil
        }
    }

    private mutating func score(_ node: JSONNode?, _ path: String, scale: Scale?, field: String) -> Double? {
        guard let value = optionalNumber(node, path) ?? nil else { return nil }
        if let scale, scale.min < scale.max, !scale.contains(value), let node {
            report(.outOfScale(value: value, scale: scale, field: field), node, path)
        }
        return value
    }

    private mutating func wholeNumber(_ node: JSONNode?, _ path: String, minimum: Int) -> Int? {
        guard let node else { return nil }
        guard case .number(let value) = node.value else {
            report(.wrongType(expected: "number", found: node.value.typeName), node, path)
            return nil
        }
        guard value == value.rounded(), value >= Double(minimum), value < 1e9 else {
            report(.notWholeNumber(value: value, minimum: minimum), node, path)
            return nil
        }
        return Int(value)
    }

    private mutating func choice<E: RawRepresentable & CaseIterable>(_ node: JSONNode?, _ path: String, as: E.Type) -> E?
    where E.RawValue == String {
        guard let node, let text = optionalString(node, path) ?? nil else { return nil }
        guard let value = E(rawValue: text) else {
            report(.notAllowed(value: text, allowed: E.allCases.map(\.rawValue)), node, path)
            return nil
        }
        return value
    }

    private mutating func array(_ node: JSONNode?, _ path: String) -> [JSONNode] {
        guard let node else { return [] }
        guard case .array(let elements) = node.value else {
            report(.wrongType(expected: "array", found: node.value.typeName), node, path)
            return []
        }
        return elements
    }

    private mutating func date(_ node: JSONNode?, _ path: String) -> String? {
        guard let node, let text = optionalString(node, path) ?? nil else { return nil }
        if !isISODate(text) { report(.badDate(text), node, path) }
        return text
    }

    private mutating func checkID(_ id: String?, _ node: JSONNode?, _ path: String, kind: IDKind, seen: inout [String: Int]) {
        guard let id, let node else { return }
        if !IDSyntax.isValid(id, kind: kind) {
            report(.badID(id, kind: kind), node, path)
        } else if let firstLine = seen[id] {
            report(.duplicateID(id, kind: kind, firstLine: firstLine), node, path)
        } else {
            seen[id] = node.position.line
        }
    }

    // MARK: The workbook

    mutating func decodeWorkbook(_ root: JSONNode) -> Workbook? {
        guard case .object = root.value else {
            report(.notAWorkbook(found: root.value.typeName), root, "")
            return nil
        }
        guard let m = members(root, "", known: WorkbookKeys.root, required: WorkbookKeys.rootRequired) else {
            return nil
        }
        // Identity and version first: a newer file is refused whole, never half-read.
        if let format = m["format"] {
            let text = string(format, "format")
            if let text, text != Workbook.format { report(.notAWorkbook(found: "\"\(text)\""), format, "format") }
        }
        if let versionNode = m["formatVersion"] {
            if case .number(let version) = versionNode.value, version == version.rounded(), version >= 1, version < 1e9 {
                if Int(version) > Workbook.formatVersion {
                    diagnostics = [Diagnostic(.newerFormatVersion(Int(version), supported: Workbook.formatVersion),
                                              at: versionNode.position, path: "formatVersion")]
                    return nil
                }
            } else {
                report(.invalidFormatVersion, versionNode, "formatVersion")
            }
        }
        var workbook = Workbook()
        workbook.title = string(m["title"], "title") ?? ""
        workbook.language = choice(m["language"], "language", as: Language.self)
        if let cycleNode = m["cycle"] { workbook.cycle = wholeNumber(cycleNode, "cycle", minimum: 1) ?? 1 }
        let scale = decodeScale(m["scale"], "scale")
        let importanceScale = decodeScale(m["importanceScale"], "importanceScale")
        workbook.scale = scale ?? .standard
        workbook.importanceScale = importanceScale ?? .standard
        if let brandNode = m["brand"], let brand = members(brandNode, "brand", known: WorkbookKeys.brand, required: []) {
            workbook.brandStatement = string(brand["statement"], "brand.statement") ?? ""
        }
        workbook.factors = decodeFactors(m["factors"], "factors", scale: scale, importanceScale: importanceScale)
        let factorIDs = workbook.factors.map(\.id)
        var requirementIDs: [String: Int] = [:]
        workbook.requirements = array(m["requirements"], "requirements").enumerated().compactMap { i, node in
            decodeRequirement(node, "requirements[\(i)]", factorIDs: factorIDs, scale: scale, seen: &requirementIDs)
        }
        workbook.history = array(m["history"], "history").enumerated().compactMap { i, node in
            decodeCycle(node, "history[\(i)]", scale: scale, importanceScale: importanceScale)
        }
        return workbook
    }

    /// A scale, or nil when absent or invalid (then scores are not range-checked against it).
    private mutating func decodeScale(_ node: JSONNode?, _ path: String) -> Scale? {
        guard let node else { return .standard }
        guard let m = members(node, path, known: WorkbookKeys.scale, required: WorkbookKeys.scale) else { return nil }
        var lower: Double?, upper: Double?
        if let n = m["min"] {
            if case .number(let v) = n.value { lower = v } else { report(.wrongType(expected: "number", found: n.value.typeName), n, join(path, "min")) }
        }
        if let n = m["max"] {
            if case .number(let v) = n.value { upper = v } else { report(.wrongType(expected: "number", found: n.value.typeName), n, join(path, "max")) }
        }
        guard let lower, let upper else { return nil }
        guard lower < upper else {
            report(.badScale(min: lower, max: upper), node, path)
            return nil
        }
        return Scale(min: lower, max: upper)
    }

    private mutating func decodeFactors(_ node: JSONNode?, _ path: String, scale: Scale?, importanceScale: Scale?) -> [Factor] {
        var seen: [String: Int] = [:]
        return array(node, path).enumerated().compactMap { i, element in
            decodeFactor(element, "\(path)[\(i)]", scale: scale, importanceScale: importanceScale, seen: &seen)
        }
    }

    private mutating func decodeFactor(_ node: JSONNode, _ path: String, scale: Scale?, importanceScale: Scale?,
                                       seen: inout [String: Int]) -> Factor? {
        guard let m = members(node, path, known: WorkbookKeys.factor, required: WorkbookKeys.factorRequired) else { return nil }
        let id = string(m["id"], join(path, "id"))
        checkID(id, m["id"], join(path, "id"), kind: .factor, seen: &seen)
        var factor = Factor(id: id ?? "", name: string(m["name"], join(path, "name")) ?? "")
        factor.description = string(m["description"], join(path, "description")) ?? ""
        for field in ScoreField.allCases {
            let fieldScale = field == .importance ? importanceScale : scale
            factor[score: field] = score(m[field.rawValue], join(path, field.rawValue), scale: fieldScale, field: field.rawValue)
        }
        factor.notes = string(m["notes"], join(path, "notes")) ?? ""
        if let surveyNode = m["survey"] {
            factor.survey = decodeSurvey(surveyNode, join(path, "survey"))
        }
        return factor
    }

    private mutating func decodeSurvey(_ node: JSONNode, _ path: String) -> [(measure: ScoreField, stat: SurveyStat)] {
        guard case .object(let list) = node.value else {
            report(.wrongType(expected: "object", found: node.value.typeName), node, path)
            return []
        }
        var result: [(measure: ScoreField, stat: SurveyStat)] = []
        for member in list {
            let memberPath = join(path, member.key)
            guard let measure = ScoreField(rawValue: member.key) else {
                diagnostics.append(Diagnostic(.unknownMeasure(member.key, suggestion: Suggest.closest(to: member.key, in: ScoreField.allCases.map(\.rawValue))),
                                              at: member.keyPosition, path: memberPath))
                continue
            }
            guard let m = members(member.value, memberPath, known: WorkbookKeys.surveyStat, required: WorkbookKeys.surveyStatRequired) else { continue }
            let n = wholeNumber(m["n"], join(memberPath, "n"), minimum: 0) ?? 0
            let mean = optionalNumber(m["mean"], join(memberPath, "mean")) ?? nil
            let sd = optionalNumber(m["sd"], join(memberPath, "sd")) ?? nil
            result.append((measure, SurveyStat(n: n, mean: mean, sd: sd)))
        }
        return result
    }

    private mutating func decodeRequirement(_ node: JSONNode, _ path: String, factorIDs: [String], scale: Scale?,
                                            seen: inout [String: Int]) -> Requirement? {
        guard let m = members(node, path, known: WorkbookKeys.requirement, required: WorkbookKeys.requirementRequired) else { return nil }
        let id = string(m["id"], join(path, "id"))
        checkID(id, m["id"], join(path, "id"), kind: .requirement, seen: &seen)
        var requirement = Requirement(id: id ?? "", title: string(m["title"], join(path, "title")) ?? "")
        var linked: [String] = []
        for (i, element) in array(m["factors"], join(path, "factors")).enumerated() {
            let elementPath = "\(join(path, "factors"))[\(i)]"
            guard let factorID = string(element, elementPath) else { continue }
            if !factorIDs.contains(factorID) {
                report(.unknownFactor(factorID, suggestion: Suggest.closest(to: factorID, in: factorIDs)), element, elementPath)
            } else if linked.contains(factorID) {
                report(.duplicateFactorLink(factorID), element, elementPath)
            }
            linked.append(factorID)
        }
        requirement.factors = linked
        requirement.targetExperience = score(m["targetExperience"], join(path, "targetExperience"), scale: scale, field: "targetExperience")
        if let alignmentNode = m["alignment"] {
            requirement.alignment = decodeAlignment(alignmentNode, join(path, "alignment"), scale: scale)
        }
        var kpiIDs: [String: Int] = [:]
        requirement.kpis = array(m["kpis"], join(path, "kpis")).enumerated().compactMap { i, element in
            decodeKPI(element, "\(join(path, "kpis"))[\(i)]", seen: &kpiIDs)
        }
        return requirement
    }

    private mutating func decodeAlignment(_ node: JSONNode, _ path: String, scale: Scale?) -> Alignment {
        guard let m = members(node, path, known: WorkbookKeys.alignment, required: []) else { return Alignment() }
        return Alignment(
            strategyFit: score(m["strategyFit"], join(path, "strategyFit"), scale: scale, field: "strategyFit"),
            people: choice(m["people"], join(path, "people"), as: Capability.self),
            process: choice(m["process"], join(path, "process"), as: Capability.self),
            technology: choice(m["technology"], join(path, "technology"), as: Capability.self),
            decision: choice(m["decision"], join(path, "decision"), as: Decision.self),
            rationale: string(m["rationale"], join(path, "rationale")) ?? ""
        )
    }

    private mutating func decodeKPI(_ node: JSONNode, _ path: String, seen: inout [String: Int]) -> KPI? {
        guard let m = members(node, path, known: WorkbookKeys.kpi, required: WorkbookKeys.kpiRequired) else { return nil }
        let id = string(m["id"], join(path, "id"))
        checkID(id, m["id"], join(path, "id"), kind: .kpi, seen: &seen)
        return KPI(
            id: id ?? "",
            metric: string(m["metric"], join(path, "metric")) ?? "",
            unit: string(m["unit"], join(path, "unit")) ?? "",
            better: choice(m["better"], join(path, "better"), as: Better.self) ?? .higher,
            baseline: optionalNumber(m["baseline"], join(path, "baseline")) ?? nil,
            target: optionalNumber(m["target"], join(path, "target")) ?? nil,
            actual: optionalNumber(m["actual"], join(path, "actual")) ?? nil,
            measuredOn: date(m["measuredOn"], join(path, "measuredOn"))
        )
    }

    private mutating func decodeCycle(_ node: JSONNode, _ path: String, scale: Scale?, importanceScale: Scale?) -> Cycle? {
        guard let m = members(node, path, known: WorkbookKeys.cycle, required: WorkbookKeys.cycleRequired) else { return nil }
        var statement = ""
        if let brandNode = m["brand"], let brand = members(brandNode, join(path, "brand"), known: WorkbookKeys.brand, required: []) {
            statement = string(brand["statement"], join(path, "brand.statement")) ?? ""
        }
        let factors = decodeFactors(m["factors"], join(path, "factors"), scale: scale, importanceScale: importanceScale)
        var requirementIDs: [String: Int] = [:]
        let requirements = array(m["requirements"], join(path, "requirements")).enumerated().compactMap { i, node in
            decodeRequirement(node, "\(join(path, "requirements"))[\(i)]", factorIDs: factors.map(\.id), scale: scale,
                              seen: &requirementIDs)
        }
        return Cycle(
            cycle: wholeNumber(m["cycle"], join(path, "cycle"), minimum: 1) ?? 1,
            closedOn: date(m["closedOn"], join(path, "closedOn")),
            brandStatement: statement,
            factors: factors,
            requirements: requirements
        )
    }
}

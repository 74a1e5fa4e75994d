// From a JSON tree to a `Workbook`, collecting every problem with its position and JSON path
// rather than stopping at the first.

/// The keys of format version 1, in canonical order (DESIGN §3). The writer and the reader share them.
public enum WorkbookKeys {
    public static let root = ["format", "formatVersion", "title", "language", "cycle", "scale", "importanceScale",
                              "brand", "factors", "requirements", "encounters", "experiments", "history"]
    public static let scale = ["min", "max"]
    public static let brand = ["statement"]
    public static let factor = ["id", "name", "description", "brandValue", "experience", "expectation", "importance",
                                "ideal", "notes", "survey", "poll"]
    public static let surveyStat = ["n", "effectiveN", "mean", "sd"]
    /// The key of paired satisfaction inside a factor's `survey`, beside the measures.
    public static let surveySatisfaction = "satisfaction"
    public static let pollStat = ["n", "mean", "sd", "min", "max"]
    public static let requirement = ["id", "title", "factors", "targetExperience", "owner", "due", "status", "cost",
                                     "alignment", "kpis"]
    public static let alignment = ["strategyFit", "people", "process", "technology", "decision", "rationale"]
    public static let kpi = ["id", "metric", "unit", "better", "baseline", "target", "actual", "measuredOn"]
    public static let cycle = ["cycle", "closedOn", "brand", "factors", "requirements"]

    // The keys each object must have (the schema of `cem schema` is generated from these lists too).
    public static let rootRequired = ["format", "formatVersion", "factors"]
    public static let factorRequired = ["id", "name"]
    public static let surveyStatRequired = ["n"]
    public static let pollStatRequired = ["n", "mean"]
    public static let requirementRequired = ["id", "title"]
    public static let kpiRequired = ["id", "metric"]
    public static let cycleRequired = ["cycle", "factors"]
    // Interactions and experiments (Format/WorkbookDecoder+Encounters.swift).
    public static let encounter = ["id", "name", "factors", "requirements", "repeats", "everyDays", "samePerson", "moments", "notes"]
    public static let moment = ["id", "name", "feeling", "minutes", "choice", "fixed"]
    public static let experiment = ["id", "title", "metric", "unit", "better", "requirement", "encounter", "test", "control", "notes"]
    public static let experimentGroup = ["n", "mean", "sd", "successes"]
    public static let encounterRequired = ["id", "name"]
    public static let momentRequired = ["id", "name"]
    public static let experimentRequired = ["id", "metric"]
    public static let experimentGroupRequired = ["n"]
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

struct WorkbookDecoder: JSONObjectReader {
    private(set) var diagnostics: [Diagnostic] = []
    /// Problems found beyond `Diagnostic.limit`.
    private(set) var dropped = 0
    var suggestionsLeft = suggestionBudget

    /// The problems in file order, and a last line counting those not listed.
    var sortedDiagnostics: [Diagnostic] {
        inFileOrder(diagnostics, position: \.position) + (dropped > 0 ? [Diagnostic(.moreProblems(dropped), at: nil)] : [])
    }

    mutating func record(_ problem: Problem, at position: SourcePosition?, path: String) {
        append(Diagnostic(problem, at: position, path: path), to: &diagnostics, dropped: &dropped)
    }

    // MARK: Shapes (objects, strings, numbers, arrays and choices come from `JSONObjectReader`)

    /// A number or null inside the numeric domain of `quantity`; a number outside it is reported and dropped.
    mutating func bounded(_ node: JSONNode?, _ path: String, _ quantity: NumericDomain.Quantity) -> Double? {
        guard let value = optionalNumber(node, path) ?? nil, let node else { return nil }
        guard NumericDomain.contains(value, quantity) else {
            report(.outsideDomain(value: value, quantity: quantity), node, path)
            return nil
        }
        return value
    }

    private mutating func score(_ node: JSONNode?, _ path: String, scale: Scale?, field: String) -> Double? {
        guard let value = bounded(node, path, .score) else { return nil }
        if let scale, scale.min < scale.max, !scale.contains(value), let node {
            report(.outOfScale(value: value, scale: scale, field: field), node, path)
        }
        return value
    }

    /// A whole number in the domain of `quantity` (a cycle number or a count).
    mutating func wholeNumber(_ node: JSONNode?, _ path: String, _ quantity: NumericDomain.Quantity) -> Int? {
        guard let node else { return nil }
        guard case .number(let value) = node.value else {
            report(.wrongType(expected: "number", found: node.value.typeName), node, path)
            return nil
        }
        let range = NumericDomain.range(quantity)
        guard value == value.rounded(), value >= range.lowerBound else {
            report(.notWholeNumber(value: value, minimum: Int(range.lowerBound)), node, path)
            return nil
        }
        guard value <= range.upperBound else {
            report(.outsideDomain(value: value, quantity: quantity), node, path)
            return nil
        }
        return Int(value)
    }

    mutating func date(_ node: JSONNode?, _ path: String) -> String? {
        guard let node, let text = optionalString(node, path) ?? nil else { return nil }
        if !isISODate(text) { report(.badDate(text), node, path) }
        return text
    }

    mutating func checkID(_ id: String?, _ node: JSONNode?, _ path: String, kind: IDKind, seen: inout [String: Int]) {
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
        if let newer = newerFormatVersion(m["formatVersion"], supported: Workbook.formatVersion) {
            (diagnostics, dropped) = ([newer], 0)
            return nil
        }
        var workbook = Workbook()
        workbook.title = string(m["title"], "title") ?? ""
        workbook.language = choice(m["language"], "language", as: Language.self)
        if let cycleNode = m["cycle"] { workbook.cycle = wholeNumber(cycleNode, "cycle", .cycle) ?? 1 }
        let scale = decodeScale(m["scale"], "scale")
        let importanceScale = decodeScale(m["importanceScale"], "importanceScale")
        workbook.scale = scale ?? .standard
        workbook.importanceScale = importanceScale ?? .standard
        if let brandNode = m["brand"], let brand = members(brandNode, "brand", known: WorkbookKeys.brand, required: []) {
            workbook.brandStatement = string(brand["statement"], "brand.statement") ?? ""
        }
        workbook.factors = decodeFactors(m["factors"], "factors", scale: scale, importanceScale: importanceScale)
        let factorIDs = FactorIDs(workbook.factors)
        var requirementIDs: [String: Int] = [:]
        workbook.requirements = array(m["requirements"], "requirements").enumerated().compactMap { i, node in
            decodeRequirement(node, "requirements[\(i)]", factorIDs: factorIDs, scale: scale, seen: &requirementIDs)
        }
        decodeEncountersAndExperiments(m, into: &workbook)
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
            if case .number(let v) = n.value { lower = domainChecked(v, n, join(path, "min")) } else { report(.wrongType(expected: "number", found: n.value.typeName), n, join(path, "min")) }
        }
        if let n = m["max"] {
            if case .number(let v) = n.value { upper = domainChecked(v, n, join(path, "max")) } else { report(.wrongType(expected: "number", found: n.value.typeName), n, join(path, "max")) }
        }
        guard let lower, let upper else { return nil }
        guard lower < upper else {
            report(.badScale(min: lower, max: upper), node, path)
            return nil
        }
        return Scale(min: lower, max: upper)
    }

    /// A scale bound inside the score domain, or nil (reported).
    private mutating func domainChecked(_ value: Double, _ node: JSONNode, _ path: String) -> Double? {
        if NumericDomain.contains(value, .score) { return value }
        report(.outsideDomain(value: value, quantity: .score), node, path)
        return nil
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
            (factor.survey, factor.surveySatisfaction) = decodeSurvey(surveyNode, join(path, "survey"))
        }
        if let pollNode = m["poll"] {
            factor.poll = decodePoll(pollNode, join(path, "poll"), scale: scale, importanceScale: importanceScale)
        }
        return factor
    }

    private mutating func decodeSurvey(_ node: JSONNode, _ path: String)
        -> ([(measure: ScoreField, stat: SurveyStat)], SurveyStat?) {
        guard case .object(let list) = node.value else {
            report(.wrongType(expected: "object", found: node.value.typeName), node, path)
            return ([], nil)
        }
        var result: [(measure: ScoreField, stat: SurveyStat)] = []
        var satisfaction: SurveyStat?
        for member in list {
            let memberPath = join(path, member.key)
            if member.key == WorkbookKeys.surveySatisfaction {
                guard let m = members(member.value, memberPath, known: WorkbookKeys.surveyStat,
                                      required: WorkbookKeys.surveyStatRequired) else { continue }
                satisfaction = SurveyStat(n: wholeNumber(m["n"], join(memberPath, "n"), .count) ?? 0,
                                          mean: bounded(m["mean"], join(memberPath, "mean"), .score),
                                          sd: bounded(m["sd"], join(memberPath, "sd"), .spread),
                                          effectiveN: bounded(m["effectiveN"], join(memberPath, "effectiveN"), .count))
                continue
            }
            guard let measure = ScoreField(rawValue: member.key) else {
                let allowed = ScoreField.allCases.map(\.rawValue) + [WorkbookKeys.surveySatisfaction]
                record(.unknownMeasure(member.key, suggestion: suggest(member.key, in: allowed), allowed: allowed), at: member.keyPosition, path: memberPath)
                continue
            }
            guard let m = members(member.value, memberPath, known: WorkbookKeys.surveyStat, required: WorkbookKeys.surveyStatRequired) else { continue }
            let n = wholeNumber(m["n"], join(memberPath, "n"), .count) ?? 0
            let mean = bounded(m["mean"], join(memberPath, "mean"), .score)
            let sd = bounded(m["sd"], join(memberPath, "sd"), .spread)
            let effective = bounded(m["effectiveN"], join(memberPath, "effectiveN"), .count)
            result.append((measure, SurveyStat(n: n, mean: mean, sd: sd, effectiveN: effective)))
        }
        return (result, satisfaction)
    }

    /// `poll`: per measure, the workshop's n, mean, sd, min and max, shaped as `survey` is.
    private mutating func decodePoll(_ node: JSONNode, _ path: String, scale: Scale?, importanceScale: Scale?) -> [(measure: ScoreField, stat: PollStat)] {
        guard case .object(let list) = node.value else {
            report(.wrongType(expected: "object", found: node.value.typeName), node, path)
            return []
        }
        var result: [(measure: ScoreField, stat: PollStat)] = []
        for member in list {
            let memberPath = join(path, member.key)
            guard let measure = ScoreField(rawValue: member.key) else {
                let allowed = ScoreField.allCases.map(\.rawValue)
                record(.unknownMeasure(member.key, suggestion: suggest(member.key, in: allowed), allowed: allowed), at: member.keyPosition, path: memberPath)
                continue
            }
            guard let m = members(member.value, memberPath, known: WorkbookKeys.pollStat, required: WorkbookKeys.pollStatRequired) else { continue }
            let n = wholeNumber(m["n"], join(memberPath, "n"), .count) ?? 0
            // Participants' scores lie inside the scale of the score they were polled for.
            let fieldScale = measure == .importance ? importanceScale : scale
            func score(_ key: String) -> Double? { self.score(m[key], join(memberPath, key), scale: fieldScale, field: key) }
            let stat = PollStat(n: n, mean: score("mean"), sd: bounded(m["sd"], join(memberPath, "sd"), .spread),
                                min: score("min"), max: score("max"))
            result.append((measure, stat))
        }
        return result
    }

    private mutating func decodeRequirement(_ node: JSONNode, _ path: String, factorIDs: FactorIDs, scale: Scale?,
                                            seen: inout [String: Int]) -> Requirement? {
        guard let m = members(node, path, known: WorkbookKeys.requirement, required: WorkbookKeys.requirementRequired) else { return nil }
        let id = string(m["id"], join(path, "id"))
        checkID(id, m["id"], join(path, "id"), kind: .requirement, seen: &seen)
        var requirement = Requirement(id: id ?? "", title: string(m["title"], join(path, "title")) ?? "")
        var linked: [String] = []
        var seenLinks = Set<String>()
        for (i, element) in array(m["factors"], join(path, "factors")).enumerated() {
            let elementPath = "\(join(path, "factors"))[\(i)]"
            guard let factorID = string(element, elementPath) else { continue }
            if !factorIDs.set.contains(factorID) {
                report(.unknownFactor(factorID, suggestion: suggest(factorID, in: factorIDs.list)), element, elementPath)
            } else if !seenLinks.insert(factorID).inserted {
                report(.duplicateFactorLink(factorID), element, elementPath)
            }
            linked.append(factorID)
        }
        requirement.factors = linked
        requirement.targetExperience = score(m["targetExperience"], join(path, "targetExperience"), scale: scale, field: "targetExperience")
        if let node = m["owner"] { requirement.owner = string(node, join(path, "owner")) }
        if let node = m["due"] { requirement.due = date(node, join(path, "due")) }
        if let node = m["status"] { requirement.status = choice(node, join(path, "status"), as: ActionStatus.self) }
        if let node = m["cost"] { requirement.cost = bounded(node, join(path, "cost"), .kpiFigure) }
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
            baseline: bounded(m["baseline"], join(path, "baseline"), .kpiFigure),
            target: bounded(m["target"], join(path, "target"), .kpiFigure),
            actual: bounded(m["actual"], join(path, "actual"), .kpiFigure),
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
            decodeRequirement(node, "\(join(path, "requirements"))[\(i)]", factorIDs: FactorIDs(factors), scale: scale,
                              seen: &requirementIDs)
        }
        return Cycle(
            cycle: wholeNumber(m["cycle"], join(path, "cycle"), .cycle) ?? 1,
            closedOn: date(m["closedOn"], join(path, "closedOn")),
            brandStatement: statement,
            factors: factors,
            requirements: requirements
        )
    }
}

/// The factor ids of a list, in order (for suggestions) and as a set (for look-ups).
struct FactorIDs {
    let list: [String]
    let set: Set<String>

    init(_ factors: [Factor]) {
        list = factors.map(\.id)
        set = Set(list)
    }
}

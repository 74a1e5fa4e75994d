// The questions of each step, derived from the workbook, and how an answer to each is read.
// A question names what it asks about by id, so the list can be rebuilt after any change.

/// People, process or technology: the three capabilities of step 6.
public enum CapabilityArea: String, Sendable, CaseIterable, Equatable {
    case people, process, technology
}

/// The fields of a KPI, in the order step 7 asks for them.
public enum KPIField: String, Sendable, CaseIterable, Equatable {
    case metric, unit, better, baseline, target, actual, measuredOn
}

/// One question of the walk-through.
public enum Question: Equatable, Sendable {
    case brandStatement
    case score(factor: String, ScoreField)
    case requirementTitle(String)
    case requirementFactors(String)
    case requirementTarget(String)
    /// "Another requirement? (Enter when done)"
    case newRequirement
    case strategyFit(String)
    case capability(String, CapabilityArea)
    case decision(String)
    case rationale(String)
    case kpi(requirement: String, kpi: String, KPIField)
    /// "A KPI for this requirement? (Enter when done)"
    case newKPI(String)

    /// The questions of a step, in the order they are asked. Step 3 asks nothing.
    public static func of(step: Int, in workbook: Workbook) -> [Question] {
        switch step {
        case 1:
            return [.brandStatement] + workbook.factors.map { .score(factor: $0.id, .brandValue) }
        case 2:
            return workbook.factors.flatMap { f in
                [ScoreField.experience, .expectation, .importance].map { Question.score(factor: f.id, $0) }
            }
        case 4:
            return workbook.factors.map { .score(factor: $0.id, .ideal) }
        case 5:
            return workbook.requirements.flatMap { r in
                [Question.requirementTitle(r.id), .requirementFactors(r.id), .requirementTarget(r.id)]
            } + [.newRequirement]
        case 6:
            return workbook.requirements.flatMap { r in
                [Question.strategyFit(r.id)] + CapabilityArea.allCases.map { .capability(r.id, $0) }
                    + [.decision(r.id), .rationale(r.id)]
            }
        case 7:
            // KPIs belong to pursued requirements, and to any requirement that already has some.
            return workbook.requirements.filter { $0.alignment.decision == .pursue || !$0.kpis.isEmpty }.flatMap { r in
                r.kpis.flatMap { k in KPIField.allCases.map { Question.kpi(requirement: r.id, kpi: k.id, $0) } }
                    + [.newKPI(r.id)]
            }
        default:
            return []
        }
    }
}

/// Why an answer or a command argument was refused.
public enum Refusal: Equatable, Sendable, Error {
    case notANumber(String)
    case outOfScale(Double, Scale)
    case notAChoice(String, allowed: [String])
    case unknownFactor(String, suggestion: String?)
    case unknownRequirement(String, suggestion: String?)
    case unknownKPI(String, requirement: String)
    case unknownField(String, allowed: [String])
    case badDate(String)
    case required
    case badPosition(String, count: Int)
}

/// Reading typed answers: numbers (full-width digits too), choices, factor lists and dates.
enum Answer {
    /// A score or figure: `-` clears it; a scale, when given, bounds it.
    static func number(_ text: String, scale: Scale?) -> Result<Double?, Refusal> {
        let plain = Input.normalize(text)
        if plain == "-" { return .success(nil) }
        guard let value = Input.number(plain) else { return .failure(.notANumber(text)) }
        if let scale, !scale.contains(value) { return .failure(.outOfScale(value, scale)) }
        return .success(value)
    }

    /// One of a closed set, by its value, its label in either language, or its number in the list (1, 2, …).
    static func choice<T: RawRepresentable & CaseIterable & Equatable>(
        _ text: String, _ type: T.Type, labels: (T) -> [String]
    ) -> Result<T?, Refusal> where T.RawValue == String {
        let plain = Input.normalize(text).lowercased()
        if plain == "-" { return .success(nil) }
        for (i, c) in T.allCases.enumerated() {
            if plain == c.rawValue.lowercased() || plain == String(i + 1) || labels(c).contains(where: { $0.lowercased() == plain }) {
                return .success(c)
            }
        }
        return .failure(.notAChoice(text, allowed: T.allCases.map(\.rawValue)))
    }

    /// Factors by id or name, separated by commas (`,`, `，`, `、`); `-` for none.
    static func factors(_ text: String, in workbook: Workbook) -> Result<[String], Refusal> {
        let plain = Input.normalize(text)
        if plain == "-" { return .success([]) }
        var ids: [String] = []
        for part in plain.split(whereSeparator: InputWords.listSeparators.contains) {
            let item = String(part).trimmingWhitespace
            if item.isEmpty { continue }
            switch factor(item, in: workbook) {
            case .success(let id): if !ids.contains(id) { ids.append(id) }
            case .failure(let refusal): return .failure(refusal)
            }
        }
        return .success(ids)
    }

    /// A factor by id or name (case-insensitive), or its position (1-based) in the list.
    static func factor(_ text: String, in workbook: Workbook) -> Result<String, Refusal> {
        let key = Input.normalize(text).lowercased()
        if let f = workbook.factors.first(where: { $0.id == key || $0.name.lowercased() == key }) { return .success(f.id) }
        // A typo, or the start of one factor's id or name ("conv" for convenience).
        let started = key.count >= 2 ? workbook.factors.filter { $0.id.hasPrefix(key) || $0.name.lowercased().hasPrefix(key) } : []
        let suggestion = started.count == 1 ? (started[0].id.hasPrefix(key) ? started[0].id : started[0].name)
            : Suggest.closest(to: key, in: workbook.factors.map(\.id) + workbook.factors.map(\.name))
        return .failure(.unknownFactor(text, suggestion: suggestion))
    }

    static func requirement(_ text: String, in workbook: Workbook) -> Result<Int, Refusal> {
        let key = Input.normalize(text).lowercased()
        if let i = workbook.requirements.firstIndex(where: { $0.id.lowercased() == key }) { return .success(i) }
        return .failure(.unknownRequirement(text, suggestion: Suggest.closest(to: key, in: workbook.requirements.map(\.id))))
    }

    /// An ISO date `YYYY-MM-DD` that exists on the calendar; `-` clears it.
    static func date(_ text: String) -> Result<String?, Refusal> {
        let plain = Input.normalize(text)
        if plain == "-" { return .success(nil) }
        guard ISODate(plain) != nil else { return .failure(.badDate(text)) }
        return .success(plain)
    }

    /// Free text: `-` clears it; the text is kept as typed (Chinese punctuation included), trimmed.
    static func text(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace
        return Input.normalize(trimmed) == "-" ? "" : trimmed
    }
}

/// The score field named by a word: its key (`brandValue`, `brand-value`), or its label in either language.
func scoreField(named word: String) -> ScoreField? {
    let key = Input.normalize(word).lowercased().replacing("-", with: "").replacing("_", with: "")
    for field in ScoreField.allCases {
        let names = [field.rawValue.lowercased()] + InputWords.labels(field).map { $0.lowercased() }
        if names.contains(key) { return field }
    }
    if key == "理想" { return .ideal }
    return nil
}

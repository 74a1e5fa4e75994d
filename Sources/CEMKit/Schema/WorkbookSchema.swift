// The JSON Schema (draft 2020-12) of workbook format version 1, generated from the key lists the
// reader uses (`WorkbookKeys`), so the schema and `cem validate` cannot drift apart: a key added to the
// reader without a schema here fails SchemaTests by name (`keysWithoutSchema`).
//
// The numeric domain (`NumericDomain`) is stated as minimum and maximum of every number.
// What a schema cannot express, and only `cem validate` checks: scores inside the workbook's own
// scales, a scale's min below its max, unique ids, requirement links to existing factors, and
// 29 February in years that are not leap years.

public enum WorkbookSchema {
    public static let id = "https://cem.invalid/schema/cem-workbook-1.json"

    /// The schema as canonical JSON text.
    public static func text() -> String { CanonicalJSON.text(json()) }

    public static func json() -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("$schema", "https://json-schema.org/draft/2020-12/schema")
        o.add("$id", id)
        o.add("title", "cem workbook, format version \(Workbook.formatVersion)")
        o.add("description", "A CEM seven-step gap-analysis workbook (*.cem.json).")
        for (key, value) in members(of: "root", keys: WorkbookKeys.root, required: WorkbookKeys.rootRequired) { o.add(key, value) }
        var defs = JSONObjectBuilder()
        defs.add("score", bounded(.score))
        defs.add("spread", bounded(.spread))
        defs.add("kpiFigure", bounded(.kpiFigure))
        defs.add("text", type("string"))
        defs.add("date", dateSchema)
        defs.add("scale", object("scale", keys: WorkbookKeys.scale, required: WorkbookKeys.scale))
        defs.add("brand", object("brand", keys: WorkbookKeys.brand, required: []))
        defs.add("factor", object("factor", keys: WorkbookKeys.factor, required: WorkbookKeys.factorRequired))
        defs.add("surveyStat", object("surveyStat", keys: WorkbookKeys.surveyStat, required: WorkbookKeys.surveyStatRequired))
        defs.add("pollStat", object("pollStat", keys: WorkbookKeys.pollStat, required: WorkbookKeys.pollStatRequired))
        defs.add("requirement", object("requirement", keys: WorkbookKeys.requirement, required: WorkbookKeys.requirementRequired))
        defs.add("alignment", object("alignment", keys: WorkbookKeys.alignment, required: []))
        defs.add("kpi", object("kpi", keys: WorkbookKeys.kpi, required: WorkbookKeys.kpiRequired))
        defs.add("cycle", object("cycle", keys: WorkbookKeys.cycle, required: WorkbookKeys.cycleRequired))
        for (name, value) in encounterDefinitions() { defs.add(name, value) }
        o.add("$defs", defs.value)
        return o.value
    }

    /// Keys of `WorkbookKeys` that `property(_:of:)` has no schema for, as `object.key`: empty unless
    /// the reader gained a key and this generator was not told.
    public static func keysWithoutSchema() -> [String] {
        let objects: [(String, [String])] = [
            ("root", WorkbookKeys.root), ("scale", WorkbookKeys.scale), ("brand", WorkbookKeys.brand),
            ("factor", WorkbookKeys.factor), ("surveyStat", WorkbookKeys.surveyStat), ("pollStat", WorkbookKeys.pollStat),
            ("requirement", WorkbookKeys.requirement),
            ("alignment", WorkbookKeys.alignment), ("kpi", WorkbookKeys.kpi), ("cycle", WorkbookKeys.cycle),
            ("encounter", WorkbookKeys.encounter), ("moment", WorkbookKeys.moment), ("experiment", WorkbookKeys.experiment),
            ("experimentGroup", WorkbookKeys.experimentGroup),
        ]
        return objects.flatMap { name, keys in keys.filter { property($0, of: name) == nil }.map { name + "." + $0 } }
    }

    // MARK: Building blocks

    static func type(_ name: String) -> JSONValue { .object([JSONMember("type", .string(name))]) }
    static func ref(_ name: String) -> JSONValue { .object([JSONMember("$ref", .string("#/$defs/" + name))]) }
    static func arrayOf(_ items: JSONValue, unique: Bool = false) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("type", "array")
        o.add("items", items)
        if unique { o.add("uniqueItems", .bool(true)) }
        return o.value
    }
    static func choice(_ values: [String]) -> JSONValue {
        .object([JSONMember("enum", .array(values.map { JSONNode(.string($0)) } + [JSONNode(.null)]))])
    }
    static func pattern(_ regex: String) -> JSONValue {
        .object([JSONMember("type", .string("string")), JSONMember("pattern", .string(regex))])
    }
    /// A whole number in the domain of `quantity`.
    static func wholeNumber(_ quantity: NumericDomain.Quantity) -> JSONValue {
        let range = NumericDomain.range(quantity)
        return .object([JSONMember("type", .string("integer")), JSONMember("minimum", .number(range.lowerBound)),
                        JSONMember("maximum", .number(range.upperBound))])
    }
    /// A number (or null) in the domain of `quantity`.
    static func bounded(_ quantity: NumericDomain.Quantity, nullable: Bool = true) -> JSONValue {
        let range = NumericDomain.range(quantity)
        let types = nullable ? JSONValue.array([JSONNode(.string("number")), JSONNode(.string("null"))]) : .string("number")
        return .object([JSONMember("type", types), JSONMember("minimum", .number(range.lowerBound)),
                        JSONMember("maximum", .number(range.upperBound))])
    }

    /// `YYYY-MM-DD` with a month 01–12 and a day that month can have (29 February always allowed).
    static let dateSchema: JSONValue = pattern(
        "^[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-9])|(?:0[13-9]|1[0-2])-30|(?:0[13578]|1[02])-31)$")

    static func object(_ name: String, keys: [String], required: [String]) -> JSONValue {
        var o = JSONObjectBuilder()
        for (key, value) in members(of: name, keys: keys, required: required) { o.add(key, value) }
        return o.value
    }

    /// `type`, `properties` (in the reader's key order), `required` and `additionalProperties: false`.
    static func members(of name: String, keys: [String], required: [String]) -> [(String, JSONValue)] {
        var properties = JSONObjectBuilder()
        for key in keys {
            // A key the reader knows but this generator does not is accepted as anything (never rejected
            // wrongly) and listed by `keysWithoutSchema`, which a test requires to be empty.
            properties.add(key, property(key, of: name) ?? .object([]))
        }
        var result: [(String, JSONValue)] = [("type", .string("object")), ("properties", properties.value)]
        if !required.isEmpty { result.append(("required", .array(required.map { JSONNode(.string($0)) }))) }
        result.append(("additionalProperties", .bool(false)))
        return result
    }

    /// The schema of one key of one object; nil for a key this generator does not know.
    static func property(_ key: String, of object: String) -> JSONValue? {
        if ScoreField(rawValue: key) != nil && (object == "factor") { return ref("score") }
        if let schema = encounterProperty(key, of: object) { return schema }
        switch (object, key) {
        case ("root", "format"): return .object([JSONMember("const", .string(Workbook.format))])
        case ("root", "formatVersion"): return .object([JSONMember("const", .number(Double(Workbook.formatVersion)))])
        case ("root", "title"): return ref("text")
        case ("root", "language"): return choice(Language.allCases.map(\.rawValue))
        case ("root", "cycle"), ("cycle", "cycle"): return wholeNumber(.cycle)
        case ("root", "scale"), ("root", "importanceScale"): return ref("scale")
        case ("root", "brand"), ("cycle", "brand"): return ref("brand")
        case ("root", "factors"), ("cycle", "factors"): return arrayOf(ref("factor"))
        case ("root", "requirements"), ("cycle", "requirements"): return arrayOf(ref("requirement"))
        case ("root", "history"): return arrayOf(ref("cycle"))
        case ("scale", "min"), ("scale", "max"): return bounded(.score, nullable: false)
        case ("brand", "statement"): return ref("text")
        case ("factor", "id"): return pattern("^[a-z0-9][a-z0-9-]*$")
        case ("factor", "name"), ("factor", "description"), ("factor", "notes"): return ref("text")
        case ("factor", "survey"):
            var o = JSONObjectBuilder()
            o.add("type", "object")
            o.add("propertyNames", .object([JSONMember("enum", .array((ScoreField.allCases.map(\.rawValue) + [WorkbookKeys.surveySatisfaction])
                .map { JSONNode(.string($0)) }))]))
            o.add("additionalProperties", ref("surveyStat"))
            return o.value
        case ("factor", "poll"):
            var o = JSONObjectBuilder()
            o.add("type", "object")
            o.add("propertyNames", .object([JSONMember("enum", .array(ScoreField.allCases.map { JSONNode(.string($0.rawValue)) }))]))
            o.add("additionalProperties", ref("pollStat"))
            return o.value
        case ("pollStat", "n"): return wholeNumber(.count)
        case ("pollStat", "mean"), ("pollStat", "min"), ("pollStat", "max"): return ref("score")
        case ("pollStat", "sd"): return ref("spread")
        case ("surveyStat", "n"): return wholeNumber(.count)
        case ("surveyStat", "effectiveN"): return bounded(.count, nullable: false)
        case ("surveyStat", "mean"): return ref("score")
        case ("surveyStat", "sd"): return ref("spread")
        case ("requirement", "id"), ("kpi", "id"): return pattern("^[A-Za-z0-9-]+$")
        case ("requirement", "title"): return ref("text")
        case ("requirement", "factors"): return arrayOf(type("string"), unique: true)
        case ("requirement", "targetExperience"): return ref("score")
        case ("requirement", "owner"): return ref("text")
        case ("requirement", "due"): return .object([JSONMember("anyOf", .array([JSONNode(ref("date")), JSONNode(type("null"))]))])
        case ("requirement", "status"): return choice(ActionStatus.allCases.map(\.rawValue))
        case ("requirement", "cost"): return ref("kpiFigure")
        case ("requirement", "alignment"): return ref("alignment")
        case ("requirement", "kpis"): return arrayOf(ref("kpi"))
        case ("alignment", "strategyFit"): return ref("score")
        case ("alignment", "people"), ("alignment", "process"), ("alignment", "technology"):
            return choice(Capability.allCases.map(\.rawValue))
        case ("alignment", "decision"): return choice(Decision.allCases.map(\.rawValue))
        case ("alignment", "rationale"): return ref("text")
        case ("kpi", "metric"), ("kpi", "unit"): return ref("text")
        case ("kpi", "better"): return choice(Better.allCases.map(\.rawValue))
        case ("kpi", "baseline"), ("kpi", "target"), ("kpi", "actual"): return ref("kpiFigure")
        case ("kpi", "measuredOn"), ("cycle", "closedOn"):
            return .object([JSONMember("anyOf", .array([JSONNode(ref("date")), JSONNode(type("null"))]))])
        default: return nil
        }
    }
}

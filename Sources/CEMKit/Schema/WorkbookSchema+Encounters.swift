// The schema of interactions (`encounters`) and experiments, from the same key lists the reader uses.
// What only `cem validate` checks: links to existing factors, requirements and interactions, unique ids,
// and `successes` no more than `n`.

extension WorkbookSchema {
    static func encounterDefinitions() -> [(String, JSONValue)] {
        [
            ("encounter", object("encounter", keys: WorkbookKeys.encounter, required: WorkbookKeys.encounterRequired)),
            ("moment", object("moment", keys: WorkbookKeys.moment, required: WorkbookKeys.momentRequired)),
            ("experiment", object("experiment", keys: WorkbookKeys.experiment, required: WorkbookKeys.experimentRequired)),
            ("experimentGroup", experimentGroupSchema),
            ("duration", bounded(.duration)),
        ]
    }

    /// A group is a mean (`n`, `mean`, optional `sd`) or a proportion (`n`, `successes`), never both.
    static var experimentGroupSchema: JSONValue {
        var o = JSONObjectBuilder()
        for (key, value) in members(of: "experimentGroup", keys: WorkbookKeys.experimentGroup,
                                    required: WorkbookKeys.experimentGroupRequired) { o.add(key, value) }
        let shapes: [JSONValue] = [
            .object([JSONMember("required", .array([JSONNode(.string("mean"))])),
                     JSONMember("not", .object([JSONMember("required", .array([JSONNode(.string("successes"))]))]))]),
            .object([JSONMember("required", .array([JSONNode(.string("successes"))])),
                     JSONMember("not", .object([JSONMember("anyOf", .array([
                         JSONNode(.object([JSONMember("required", .array([JSONNode(.string("mean"))]))])),
                         JSONNode(.object([JSONMember("required", .array([JSONNode(.string("sd"))]))])),
                     ]))]))]),
        ]
        o.add("oneOf", .array(shapes.map { JSONNode($0) }))
        return o.value
    }

    static func nullable(_ schema: JSONValue) -> JSONValue {
        .object([JSONMember("anyOf", .array([JSONNode(schema), JSONNode(type("null"))]))])
    }

    static func encounterProperty(_ key: String, of object: String) -> JSONValue? {
        switch (object, key) {
        case ("root", "encounters"): return arrayOf(ref("encounter"))
        case ("root", "experiments"): return arrayOf(ref("experiment"))
        case ("encounter", "id"), ("moment", "id"), ("experiment", "id"): return pattern("^[A-Za-z0-9-]+$")
        case ("encounter", "name"), ("encounter", "notes"), ("moment", "name"): return ref("text")
        case ("encounter", "factors"), ("encounter", "requirements"): return arrayOf(type("string"), unique: true)
        case ("encounter", "repeats"), ("moment", "choice"), ("moment", "fixed"): return type("boolean")
        case ("encounter", "samePerson"): return .object([JSONMember("type", .array([JSONNode(.string("boolean")), JSONNode(.string("null"))]))])
        case ("encounter", "everyDays"), ("moment", "minutes"): return ref("duration")
        case ("encounter", "moments"): return arrayOf(ref("moment"))
        case ("moment", "feeling"):
            return .object([JSONMember("type", .array([JSONNode(.string("integer")), JSONNode(.string("null"))])),
                            JSONMember("minimum", .number(Double(Feeling.range.lowerBound))),
                            JSONMember("maximum", .number(Double(Feeling.range.upperBound)))])
        case ("experiment", "title"), ("experiment", "metric"), ("experiment", "unit"), ("experiment", "notes"): return ref("text")
        case ("experiment", "better"): return choice(Better.allCases.map(\.rawValue))
        case ("experiment", "requirement"), ("experiment", "encounter"): return nullable(type("string"))
        case ("experiment", "test"), ("experiment", "control"): return nullable(ref("experimentGroup"))
        case ("experimentGroup", "n"), ("experimentGroup", "successes"): return wholeNumber(.count)
        case ("experimentGroup", "mean"): return ref("kpiFigure")
        case ("experimentGroup", "sd"): return ref("spread")
        default: return nil
        }
    }
}

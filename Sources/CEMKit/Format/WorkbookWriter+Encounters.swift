// Interactions and experiments in canonical form: every key in the order of WorkbookKeys.

extension WorkbookWriter {
    static func json(_ e: Encounter) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("id", e.id)
        o.add("name", e.name)
        o.add("factors", strings: e.factors)
        o.add("requirements", strings: e.requirements)
        o.add("repeats", .bool(e.repeats))
        o.add("everyDays", e.everyDays)
        o.add("samePerson", e.samePerson.map(JSONValue.bool) ?? .null)
        o.add("moments", objects: e.moments.map(json))
        o.add("notes", e.notes)
        return o.value
    }

    static func json(_ m: Moment) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("id", m.id)
        o.add("name", m.name)
        o.add("feeling", m.feeling.map(Double.init))
        o.add("minutes", m.minutes)
        o.add("choice", .bool(m.choice))
        o.add("fixed", .bool(m.fixed))
        return o.value
    }

    static func json(_ x: Experiment) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("id", x.id)
        o.add("title", x.title)
        o.add("metric", x.metric)
        o.add("unit", x.unit)
        o.add("better", x.better.rawValue)
        o.add("requirement", x.requirement)
        o.add("encounter", x.encounter)
        o.add("test", x.test.map(json) ?? .null)
        o.add("control", x.control.map(json) ?? .null)
        o.add("notes", x.notes)
        return o.value
    }

    static func json(_ g: ExperimentGroup) -> JSONValue {
        var o = JSONObjectBuilder()
        switch g {
        case .mean(let n, let mean, let sd):
            o.add("n", .number(Double(n)))
            o.add("mean", mean)
            o.add("sd", sd)
        case .proportion(let n, let successes):
            o.add("n", .number(Double(n)))
            o.add("successes", .number(Double(successes)))
        }
        return o.value
    }
}

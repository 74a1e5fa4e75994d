// Interactions and experiments in `cem report --format json` and `cem compare --format json`: added
// fields, present only when the workbook has them; missing figures are null.

public enum BehaviourJSON {
    /// `encounters` and `experiments` members, or nil when the workbook has neither.
    static func members(_ w: Workbook) -> [JSONMember]? {
        guard !w.encounters.isEmpty || !w.experiments.isEmpty else { return nil }
        return [JSONMember("encounters", .array(w.encounters.map { JSONNode(encounter($0)) })),
                JSONMember("experiments", .array(w.experiments.map { JSONNode(experiment($0)) }))]
    }

    public static func encounter(_ e: Encounter) -> JSONValue {
        let check = EncounterCheck(e)
        let m = check.measures
        var o = JSONObjectBuilder()
        o.add("id", e.id)
        o.add("name", e.name)
        o.add("principles", objects: check.principles.map { p in
            var x = JSONObjectBuilder()
            x.add("principle", p.principle.rawValue)
            x.add("verdict", p.verdict.rawValue)
            return x.value
        })
        var measures = JSONObjectBuilder()
        measures.add("painCentre", m.painCentre)
        measures.add("painBlocks", .number(Double(m.painBlocks)))
        measures.add("pleasureBlocks", .number(Double(m.pleasureBlocks)))
        measures.add("end", m.end?.id)
        measures.add("endFeeling", m.end?.feeling.map(Double.init))
        measures.add("peak", m.peak?.id)
        measures.add("peakFeeling", m.peak?.feeling.map(Double.init))
        measures.add("choices", .number(Double(m.choices)))
        measures.add("minutes", m.minutes)
        o.add("measures", measures.value)
        if let proposal = ProposedOrder(e) { o.add("proposedOrder", strings: proposal.ids) } else { o.add("proposedOrder", .null) }
        return o.value
    }

    public static func experiment(_ x: Experiment) -> JSONValue {
        let r = ExperimentResult(x)
        var e = JSONObjectBuilder()
        e.add("id", x.id)
        e.add("metric", x.metric)
        e.add("unit", x.unit)
        e.add("requirement", x.requirement)
        e.add("encounter", x.encounter)
        e.add("kind", r.kind?.rawValue)
        e.add("test", r.test)
        e.add("control", r.control)
        e.add("difference", r.difference)
        e.add("standardError", r.standardError)
        e.add("degreesOfFreedom", r.degreesOfFreedom)
        e.add("low", r.low)
        e.add("high", r.high)
        e.add("pValue", r.pValue)
        e.add("significant", r.significant.map(JSONValue.bool) ?? .null)
        e.add("improved", r.improved.map(JSONValue.bool) ?? .null)
        return e.value
    }
}

// Writing a workbook in canonical form (DESIGN §3). Every key of the format is written, in the
// order of WorkbookKeys, so that a diff shows only what changed; `survey` and `poll` only when present.

public enum WorkbookWriter {
    /// The canonical text of a workbook, ending in a newline.
    public static func text(_ workbook: Workbook) -> String {
        CanonicalJSON.text(json(workbook))
    }

    public static func bytes(_ workbook: Workbook) -> [UInt8] { Array(text(workbook).utf8) }

    public static func json(_ w: Workbook) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("format", Workbook.format)
        o.add("formatVersion", .number(Double(Workbook.formatVersion)))
        o.add("title", w.title)
        o.add("language", w.language?.rawValue)
        o.add("cycle", .number(Double(w.cycle)))
        o.add("scale", json(w.scale))
        o.add("importanceScale", json(w.importanceScale))
        o.add("brand", brand(w.brandStatement))
        o.add("factors", objects: w.factors.map(json))
        o.add("requirements", objects: w.requirements.map(json))
        // Interactions and experiments only when there are some, so a file without them reads and writes as before.
        if !w.encounters.isEmpty { o.add("encounters", objects: w.encounters.map(json)) }
        if !w.experiments.isEmpty { o.add("experiments", objects: w.experiments.map(json)) }
        o.add("history", objects: w.history.map(json))
        return o.value
    }

    static func json(_ s: Scale) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("min", .number(s.min))
        o.add("max", .number(s.max))
        return o.value
    }

    static func brand(_ statement: String) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("statement", statement)
        return o.value
    }

    static func json(_ f: Factor) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("id", f.id)
        o.add("name", f.name)
        o.add("description", f.description)
        for field in ScoreField.allCases { o.add(field.rawValue, f[score: field]) }
        o.add("notes", f.notes)
        if !f.survey.isEmpty || f.surveySatisfaction != nil {
            var survey = JSONObjectBuilder()
            func add(_ key: String, _ stat: SurveyStat) {
                var s = JSONObjectBuilder()
                s.add("n", .number(Double(stat.n)))
                if let effective = stat.effectiveN { s.add("effectiveN", .number(effective)) }
                s.add("mean", stat.mean)
                s.add("sd", stat.sd)
                survey.add(key, s.value)
            }
            for (measure, stat) in f.survey { add(measure.rawValue, stat) }
            // Paired satisfaction after the measures, only when imported.
            if let stat = f.surveySatisfaction { add(WorkbookKeys.surveySatisfaction, stat) }
            o.add("survey", survey.value)
        }
        if !f.poll.isEmpty {
            var poll = JSONObjectBuilder()
            for (measure, stat) in f.poll {
                var s = JSONObjectBuilder()
                s.add("n", .number(Double(stat.n)))
                s.add("mean", stat.mean)
                s.add("sd", stat.sd)
                s.add("min", stat.min)
                s.add("max", stat.max)
                poll.add(measure.rawValue, s.value)
            }
            o.add("poll", poll.value)
        }
        return o.value
    }

    static func json(_ r: Requirement) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("id", r.id)
        o.add("title", r.title)
        o.add("factors", strings: r.factors)
        o.add("targetExperience", r.targetExperience)
        // The action-plan keys only when set, so a file without them reads and writes as before.
        if let owner = r.owner { o.add("owner", owner) }
        if let due = r.due { o.add("due", due) }
        if let status = r.status { o.add("status", status.rawValue) }
        if let cost = r.cost { o.add("cost", cost) }
        var a = JSONObjectBuilder()
        a.add("strategyFit", r.alignment.strategyFit)
        a.add("people", r.alignment.people?.rawValue)
        a.add("process", r.alignment.process?.rawValue)
        a.add("technology", r.alignment.technology?.rawValue)
        a.add("decision", r.alignment.decision?.rawValue)
        a.add("rationale", r.alignment.rationale)
        o.add("alignment", a.value)
        o.add("kpis", objects: r.kpis.map(json))
        return o.value
    }

    static func json(_ k: KPI) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("id", k.id)
        o.add("metric", k.metric)
        o.add("unit", k.unit)
        o.add("better", k.better.rawValue)
        o.add("baseline", k.baseline)
        o.add("target", k.target)
        o.add("actual", k.actual)
        o.add("measuredOn", k.measuredOn)
        return o.value
    }

    static func json(_ c: Cycle) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("cycle", .number(Double(c.cycle)))
        o.add("closedOn", c.closedOn)
        o.add("brand", brand(c.brandStatement))
        o.add("factors", objects: c.factors.map(json))
        o.add("requirements", objects: c.requirements.map(json))
        return o.value
    }
}

// The analysis as JSON for other programs (DESIGN §5). Field names are a contract:
// change them only by adding fields. Missing figures are null.

public enum JSONReport {
    public static func text(_ workbook: Workbook, _ analysis: Analysis) -> String {
        CanonicalJSON.text(json(workbook, analysis))
    }

    /// The analysis, and with history `progressSinceLastCycle` (an added field; null when the
    /// current cycle has no scores yet) and `trend` (each cycle's indexes and KPIs).
    public static func text(_ document: ReportDocument) -> String {
        var json = json(document.workbook, document.analysis)
        if let comparison = document.comparison, case .object(var members) = json {
            members.append(JSONMember("progressSinceLastCycle", comparison.sinceLastCycle.map { CycleComparisonReport.json($0) } ?? .null))
            // Every closed cycle and the current one, as `cem compare --format json` writes a cycle (an added field).
            if let trend = document.trend { members.append(JSONMember("trend", .array(trend.cycles.map { JSONNode(CycleComparisonReport.json($0)) }))) }
            json = .object(members)
        }
        if case .object(var members) = json, let behaviour = BehaviourJSON.members(document.workbook) {
            members += behaviour
            json = .object(members)
        }
        return CanonicalJSON.text(json)
    }

    /// A figure as JSON: a number, or null when missing or not finite (JSON has no `inf` or `NaN`).
    static func number(_ value: Double?) -> Double? { value.flatMap { $0.isFinite ? $0 : nil } }

    public static func json(_ workbook: Workbook, _ a: Analysis) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("title", workbook.title)
        o.add("cycle", .number(Double(workbook.cycle)))
        o.add("factors", objects: a.factors.map { f in
            var e = JSONObjectBuilder()
            e.add("id", f.id)
            e.add("name", f.name)
            for column in DerivedFigure.columns { e.add(column.key, number(column.value(f))) }
            e.add("quadrant", f.quadrant?.rawValue)
            return e.value
        })
        o.add("brandValueDrivers", strings: a.brandValueDrivers)
        o.add("keyExperiences", strings: a.keyExperiences)
        o.add("largestGap", a.largestGap)
        var indexes = JSONObjectBuilder()
        indexes.add("meanSatisfaction", number(a.meanSatisfaction))
        indexes.add("weightedSatisfactionIndex", number(a.weightedSatisfactionIndex))
        o.add("indexes", indexes.value)
        var ipa = JSONObjectBuilder()
        ipa.add("method", a.ipa.method.name)
        ipa.add("experienceCut", number(a.ipa.experienceCut))
        ipa.add("importanceCut", number(a.ipa.importanceCut))
        // Which variant placed the quadrants (`--quadrant`): experience or satisfaction × importance.
        ipa.add("variant", a.ipa.variant.rawValue)
        ipa.add("satisfactionCut", number(a.ipa.satisfactionCut))
        o.add("ipa", ipa.value)
        o.add("requirements", objects: a.requirements.map { r in
            var e = JSONObjectBuilder()
            e.add("id", r.id)
            e.add("title", r.title)
            e.add("factors", strings: r.factors)
            e.add("targetExperience", number(r.targetExperience))
            e.add("priority", number(r.priority))
            e.add("strategyFit", number(r.alignment.strategyFit))
            e.add("people", r.alignment.people?.rawValue)
            e.add("process", r.alignment.process?.rawValue)
            e.add("technology", r.alignment.technology?.rawValue)
            e.add("decision", r.alignment.decision?.rawValue)
            return e.value
        })
        o.add("kpis", objects: a.kpis.map { k in
            var e = JSONObjectBuilder()
            e.add("requirement", k.requirement)
            e.add("id", k.kpi.id)
            e.add("metric", k.kpi.metric)
            e.add("unit", k.kpi.unit)
            e.add("better", k.kpi.better.rawValue)
            e.add("baseline", number(k.kpi.baseline))
            e.add("target", number(k.kpi.target))
            e.add("actual", number(k.kpi.actual))
            e.add("measuredOn", k.kpi.measuredOn)
            e.add("deviation", number(k.deviation))
            e.add("met", k.met.map { JSONValue.bool($0) } ?? .null)
            return e.value
        })
        o.add("warnings", objects: a.warnings.map { w in
            var e = JSONObjectBuilder()
            switch w {
            case .keyExperienceWithoutRequirement(let id):
                e.add("kind", "key-experience-without-requirement")
                e.add("factor", id)
            case .shortfallWithoutRequirement(let id):
                e.add("kind", "shortfall-without-requirement")
                e.add("factor", id)
            }
            return e.value
        })
        o.add("improvedFactors", strings: a.improvedFactors)
        o.add("steps", objects: a.steps.map { s in
            var e = JSONObjectBuilder()
            e.add("number", .number(Double(s.number)))
            e.add("complete", .bool(s.complete))
            return e.value
        })
        return o.value
    }
}

// `cem compare` shows the current cycle's experiments after the KPI results: each with what it tests,
// both groups, the difference and its 95% interval (the report's table), in text, Markdown and JSON.

extension CycleComparisonReport {
    var experiments: [Experiment] { comparison.current.workbook.experiments }

    var experimentTable: ReportTable { ReportDocument.experimentTable(experiments, strings(language)) }

    var experimentsHeading: String { strings(language).experimentsHeading(cycle: comparison.current.cycle) }

    /// The text lines (empty without experiments).
    func experimentText() -> [String] {
        guard !experiments.isEmpty else { return [] }
        let table = experimentTable
        var text = TextTable(table.columns)
        table.rows.forEach { text.add($0) }
        return ["", experimentsHeading] + text.render(maxWidth: width)
    }

    func experimentMarkdown() -> [String] {
        guard !experiments.isEmpty else { return [] }
        let table = experimentTable
        return ["", "## " + Self.escape(experimentsHeading), ""] + Self.markdownTable(table.headers, table.rows)
    }

    /// `experiments` in the JSON, only when there are some (an added field).
    func addExperiments(to o: inout JSONObjectBuilder) {
        guard !experiments.isEmpty else { return }
        o.add("experiments", objects: experiments.map { x in
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
        })
    }
}

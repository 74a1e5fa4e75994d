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
        o.add("experiments", objects: experiments.map(BehaviourJSON.experiment))
    }
}

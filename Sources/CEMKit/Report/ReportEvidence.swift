// Survey evidence in step 2 beyond the n and interval of each score: stated importance beside the
// importance in use, when `cem import --importance derived` (or a hand edit) replaced the stated mean.

extension ReportSections {
    /// Nothing unless some factor's importance differs from its stated survey mean (kept inside the scale,
    /// as `cem import` writes it): then a table of stated and in-use importance for every surveyed factor.
    func statedAndDerivedImportance() -> [ReportBlock] {
        let words = reportStrings(strings.language)
        let scale = workbook.importanceScale
        let surveyed = workbook.factors.compactMap { f -> (Factor, SurveyStat, Double)? in
            guard let stat = f.surveyStat(.importance), let mean = stat.mean else { return nil }
            return (f, stat, roundFigure(min(scale.max, max(scale.min, mean))))
        }
        let differing = surveyed.filter { f, _, stated in f.importance.map(roundFigure) != stated }
        guard !differing.isEmpty else { return [] }
        let rows = surveyed.map { f, stat, stated -> [String] in
            let interval = stat.confidenceInterval.map { displayNumber($0.low) + "–" + displayNumber($0.high) } ?? "—"
            return [f.name, displayNumber(stated), String(stat.n), interval, displayNumber(f.importance),
                    displayNumber(difference(f.importance, stated))]
        }
        let table = ReportTable(
            [.init(strings.factor), .init(words.statedImportance, alignRight: true), .init("n", alignRight: true),
             .init(words.confidenceInterval, alignRight: true), .init(words.importanceInUse, alignRight: true),
             .init(words.inUseMinusStated, alignRight: true)],
            rows: rows)
        return [.text(words.importanceNotStated(list(differing.map { $0.0.name }))), .table(table),
                .text(words.derivedDetailsNotStored("cem import SURVEY.csv --into FILE --importance derived --dry-run"))]
    }
}

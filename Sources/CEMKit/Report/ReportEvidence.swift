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

/// `cem report --survey SURVEY.csv`: derived importance beside stated importance, as `cem import` computes
/// it (an import of the survey into the workbook, never written), with R², n and the import's warnings.
public enum SurveyEvidence {
    public static func part(_ result: SurveyImport, file: String, language: Language) -> ReportPart {
        let words = reportStrings(language), s = surveyStrings(language)
        let workbook = result.workbook, summary = result.summary
        func name(_ id: String) -> String { workbook.factor(id: id)?.name ?? id }
        var blocks: [ReportBlock] = []
        if let drivers = result.keyDrivers {
            let heading = drivers.pairwiseRange.map {
                s.driversHeadingPairwise(low: $0.low, high: $0.high, rSquared: displayNumber(drivers.rSquared))
            } ?? s.driversHeading(n: drivers.n, rSquared: displayNumber(drivers.rSquared))
            let rows = workbook.factors.compactMap { factor -> [String]? in
                guard let d = drivers.driver(factor.id) else { return nil }
                return [factor.name, displayNumber(summary.stat(factor: factor.id, measure: .importance)?.mean),
                        displayNumber(d.correlation), displayNumber(d.weight), d.share.map { displayNumber($0 * 100) + "%" } ?? "—",
                        displayNumber(drivers.importance(factor.id, on: workbook.importanceScale)),
                        d.weight == nil ? "—" : d.inflation.map(displayNumber) ?? "∞"]
            }
            let table = ReportTable(
                [.init(words.factor), .init(s.statedImportance, alignRight: true), .init(s.correlation, alignRight: true),
                 .init(s.relativeWeight, alignRight: true), .init(words.shareOfRSquared, alignRight: true),
                 .init(s.derivedImportance, alignRight: true), .init(s.inflation, alignRight: true)],
                rows: rows)
            blocks += [.text(heading), .table(table), .text(s.driversNote)]
        } else {
            blocks.append(.text(words.noDriversInSurvey))
        }
        blocks += result.warnings.map { .warning(s.warning($0, name: name)) }
        return ReportPart(title: words.surveyEvidenceHeading(file), blocks: blocks)
    }
}

// `cem report --segments SURVEY.csv --by COLUMN`: the segments `cem segments` prints, as report tables:
// per segment (all respondents first, then by value, blank last) each factor's experience and expectation
// with n, satisfaction from the engine, and each segment's experience against the rest (Welch), all read
// from the survey library's `segmentFactors`, so the report and `cem segments` show the same figures.

public enum SegmentEvidence {
    public static func part(_ summary: SurveySummary, by column: String, workbook: Workbook, file: String,
                            language: Language) -> ReportPart {
        let words = reportStrings(language), s = surveyStrings(language)
        var blocks: [ReportBlock] = []
        for group in summary.segmentGroups {
            let heading = group.value.map { s.segmentHeading(column, $0.isEmpty ? s.blankSegment : $0, n: group.respondents) }
                ?? s.allRespondents(summary.respondents)
            let factors = summary.segmentFactors(group, workbook: workbook)
            let segment = group.value != nil
            let rows = factors.map { f in
                [f.name, displayNumber(f.experience?.mean), f.experience.map { String($0.n) } ?? "—",
                 displayNumber(f.expectation?.mean), f.expectation.map { String($0.n) } ?? "—",
                 displayNumber(f.satisfaction)]
                    + (segment ? [f.experienceTest.map { SurveyText.versusRest($0, number: displayNumber) }.map(trimmed) ?? "—"] : [])
            }
            let tones: [[CellTone]] = factors.map { f in
                Array(repeating: .plain, count: 5) + [(f.satisfaction ?? 0) < 0 ? .bad : .plain]
                    + (segment ? [.plain] : [])
            }
            let table = ReportTable(
                [.init(words.factor), .init(words.scoreName(.experience), alignRight: true), .init(s.n, alignRight: true),
                 .init(words.scoreName(.expectation), alignRight: true), .init(s.n, alignRight: true),
                 .init(words.satisfaction, alignRight: true)]
                    + (segment ? [.init(s.versusRest, alignRight: true)] : []),
                rows: rows, tones: tones)
            blocks += [.text(heading), .table(table)]
        }
        blocks.append(.text(words.segmentsNote))
        if !summary.segments.isEmpty { blocks.append(.text(words.segmentsVersusRestNote(file: file, by: column))) }
        return ReportPart(title: words.segmentsHeading(column, file: file), blocks: blocks)
    }

    /// `cem segments` pads a figure without a star so that the columns line up; a report cell needs no padding.
    private static func trimmed(_ cell: String) -> String {
        var cell = cell
        while cell.hasSuffix(" ") { cell.removeLast() }
        return cell
    }
}

// `cem report --segments SURVEY.csv --by COLUMN`: the segments `cem segments` prints, as report tables:
// per segment (all respondents first, then by value, blank last) each factor's experience and expectation
// with n, and satisfaction from the engine over a workbook of that segment's means.

public enum SegmentEvidence {
    public static func part(_ summary: SurveySummary, by column: String, workbook: Workbook, file: String,
                            language: Language) -> ReportPart {
        let words = reportStrings(language), s = surveyStrings(language)
        let surveyed = Set(summary.slots.compactMap(\.factor))
        let factors = workbook.factors.filter { surveyed.contains($0.id) }
        let segments = summary.segments.sorted { a, b in a.value.isEmpty != b.value.isEmpty ? !a.value.isEmpty : a.value < b.value }
        let groups = [(s.allRespondents(summary.respondents), summary.moments)]
            + segments.map { (s.segmentHeading(column, $0.value.isEmpty ? s.blankSegment : $0.value, n: $0.respondents), $0.moments) }
        var blocks: [ReportBlock] = []
        for (heading, moments) in groups {
            func stat(_ id: String, _ measure: ScoreField) -> SurveyStat? {
                summary.slots.firstIndex { $0.factor == id && $0.measure == measure }.map { moments[$0].stat(within: summary.slots[$0].scale) }
            }
            let means = factors.map { f in
                Factor(id: f.id, name: f.name, experience: stat(f.id, .experience)?.mean, expectation: stat(f.id, .expectation)?.mean)
            }
            let analysis = Analysis(Workbook(scale: workbook.scale, importanceScale: workbook.importanceScale, factors: means))
            let rows = means.map { f in
                [f.name, displayNumber(f.experience), stat(f.id, .experience).map { String($0.n) } ?? "—",
                 displayNumber(f.expectation), stat(f.id, .expectation).map { String($0.n) } ?? "—",
                 displayNumber(analysis.factor(f.id)?.satisfaction)]
            }
            let table = ReportTable(
                [.init(words.factor), .init(words.scoreName(.experience), alignRight: true), .init(s.n, alignRight: true),
                 .init(words.scoreName(.expectation), alignRight: true), .init(s.n, alignRight: true),
                 .init(words.satisfaction, alignRight: true)],
                rows: rows, tones: analysis.factors.map { f in Array(repeating: .plain, count: 5) + [(f.satisfaction ?? 0) < 0 ? .bad : .plain] })
            blocks += [.text(heading), .table(table)]
        }
        blocks.append(.text(words.segmentsNote))
        return ReportPart(title: words.segmentsHeading(column, file: file), blocks: blocks)
    }
}

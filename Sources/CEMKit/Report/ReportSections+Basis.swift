// Where each score came from (a workshop poll, a survey, or one person's judgement) and the polled scores
// on which participants disagree: a mark in the step-2 table, a legend, and a table of the bases.

extension ReportSections {
    /// " !" after a step-2 score whose poll shows disagreement (sd above the threshold of its scale).
    func disagreementMark(_ id: String, _ field: ScoreField) -> String {
        guard let stat = workbook.factor(id: id)?.pollStat(field), PollBasis.disagrees(stat, scale: workbook.scale(for: field)) else { return "" }
        return " !"
    }

    /// The legend under the step-2 table when a score there is marked, naming each disagreement.
    func disagreementLegend() -> [ReportBlock] {
        let step2: Set<ScoreField> = [.experience, .expectation, .importance]
        let items = PollBasis.disagreements(in: workbook).filter { step2.contains($0.measure) }
        guard !items.isEmpty else { return [] }
        return items.map { d in
            let f = workbook.factor(id: d.factor)
            return .warning(strings.pollDisagreement(f?.name ?? d.factor, strings.scoreName(d.measure),
                                                     sd: n(d.stat.sd), range: n(d.stat.min) + "–" + n(d.stat.max),
                                                     threshold: n(d.threshold)))
        }
    }

    /// The basis of every score (poll with its n, survey with its n, or judgement), when any score has
    /// a poll or a survey behind it; nothing when all are judgement.
    func scoreBasis() -> [ReportBlock] {
        guard workbook.factors.contains(where: { !$0.poll.isEmpty || !$0.survey.isEmpty }) else { return [] }
        let rows = workbook.factors.map { f in
            [f.name] + ScoreField.allCases.map { field -> String in
                if let stat = f.pollStat(field) {
                    return strings.basisPoll(stat.n) + disagreementMark(f.id, field)
                }
                if let stat = f.surveyStat(field) { return strings.basisSurvey(stat.n) }
                return f[score: field] == nil ? "—" : strings.basisJudgement
            }
        }
        return [.text(strings.scoreBasisIntro),
                .table(ReportTable([.init(strings.factor)] + ScoreField.allCases.map { .init(strings.scoreName($0)) }, rows: rows))]
    }

    private func n(_ value: Double?) -> String { displayNumber(value) }
}

// The minutes of a session (`minutes [FILE]`): a Markdown record of what changed, the decisions of
// step 6 with their rationale, the open questions (scores still missing) and disagreements from polls.

/// The minutes of a session, read from the session as it stands.
struct SessionMinutes {
    var session: Session

    var t: SessionWords { session.t }
    var r: ReportWords { session.r }
    var workbook: Workbook { session.workbook }

    /// The poll disagreements of the workbook (`PollBasis`, the list the session and reports flag), one line each.
    static func disagreements(in workbook: Workbook, words t: SessionWords, report r: ReportWords) -> [String] {
        PollBasis.disagreements(in: workbook).map { d in
            t.minutesDisagreement(workbook.factor(id: d.factor)?.name ?? d.factor, r.scoreName(d.measure), n: d.stat.n,
                                  sd: displayNumber(d.stat.sd), range: displayNumber(d.stat.min) + "–" + displayNumber(d.stat.max),
                                  threshold: displayNumber(d.threshold))
        }
    }

    var markdown: String {
        let m = Markup.markdown
        let title = workbook.title.isEmpty ? r.documentTitle : workbook.title
        var lines = ["# " + t.minutesTitle(m(title)), ""]
        var meta: [String] = []
        if let date = session.today { meta.append("\(reportStrings(session.language).date) \(date)") }
        meta.append("\(r.cycle) \(workbook.cycle)")
        if let path = session.path { meta.append("`\(path.replacingOccurrences(of: "`", with: "'"))`") }
        lines += [meta.joined(separator: " · "), ""]

        lines += ["## " + t.minutesChanges, ""]
        // Each change whole: long answers are shortened on the terminal, never in the minutes.
        let changes = session.undoStack.map { $0.record ?? $0.description }
        lines += changes.isEmpty ? [t.minutesNoChanges] : changes.map { "- " + m($0) }
        lines.append("")

        lines += ["## " + t.minutesDecisions, ""]
        let decided = workbook.requirements.filter { $0.alignment.decision != nil }
        if decided.isEmpty {
            lines.append(t.minutesNoDecisions)
        } else {
            for q in decided {
                let decision = q.alignment.decision.map(r.decision) ?? "—"
                let rationale = q.alignment.rationale.isEmpty ? nil : m(q.alignment.rationale)
                lines.append("- " + t.minutesDecision("**\(m(q.id))** \(m(q.title))", m(decision), rationale: rationale))
            }
        }
        let undecided = workbook.requirements.filter { $0.alignment.decision == nil }.map(\.id)
        if !undecided.isEmpty { lines += ["", t.minutesUndecided(undecided.map(m).joined(separator: r.listSeparator))] }
        lines.append("")

        lines += ["## " + t.minutesOpen, ""]
        var open: [String] = []
        if workbook.brandStatement.isEmpty { open.append("- " + t.brandStatementLabel) }
        for f in workbook.factors {
            let missing = ScoreField.allCases.filter { f[score: $0] == nil }.map { r.scoreName($0) }
            if !missing.isEmpty { open.append("- " + t.minutesMissing(m(f.name), missing.joined(separator: r.listSeparator))) }
        }
        lines += open.isEmpty ? [t.minutesNothingOpen] : open
        lines.append("")

        lines += ["## " + t.minutesDisagreements, ""]
        let disagreements = Self.disagreements(in: workbook, words: t, report: r)
        lines += disagreements.isEmpty ? [t.minutesNoDisagreements] : disagreements.map { "- " + m($0) }
        return lines.joined(separator: "\n") + "\n"
    }
}

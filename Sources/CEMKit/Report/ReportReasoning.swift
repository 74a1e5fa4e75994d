// The reasoning a consultant wrote down, in every document format (not only CSV): factor descriptions
// and notes, the rationale of each decision, and the method-and-glossary appendix.

extension ReportSections {
    /// Step 1: the factors that have a description or notes, with them.
    func factorNotes() -> [ReportBlock] {
        let words = reportStrings(strings.language)
        let rows = workbook.factors.filter { !$0.description.isEmpty || !$0.notes.isEmpty }.map {
            [$0.name, $0.description.isEmpty ? "—" : $0.description, $0.notes.isEmpty ? "—" : $0.notes]
        }
        guard !rows.isEmpty else { return [] }
        return [.text(words.factorNotesHeading),
                .table(ReportTable([.init(strings.factor), .init(words.description), .init(words.notes)], rows: rows))]
    }

    /// Step 6: why each decision was taken, where the workbook says.
    func decisionRationale() -> [ReportBlock] {
        let words = reportStrings(strings.language)
        let rows = analysis.requirements.filter { !$0.alignment.rationale.isEmpty }.map { r in
            [r.id, r.alignment.decision.map(strings.decision) ?? "—", r.alignment.rationale]
        }
        guard !rows.isEmpty else { return [] }
        return [.text(words.decisionRationaleHeading),
                .table(ReportTable([.init(strings.requirement), .init(strings.decisionHeader), .init(words.rationale)], rows: rows))]
    }
}

extension ReportSections {
    /// Step 7: the action plan (owner, due, status, cost, KPIs) once any requirement has one of its keys.
    func actionPlan() -> [ReportBlock] {
        let words = reportStrings(strings.language)
        let planned = workbook.requirements.contains { $0.owner != nil || $0.due != nil || $0.status != nil || $0.cost != nil }
        guard planned else { return [] }
        let rows = workbook.requirements.map { r in
            [r.id, r.title, r.owner ?? "—", r.due ?? "—", r.status.map(words.actionStatus) ?? "—", displayGrouped(r.cost),
             r.kpis.isEmpty ? "—" : r.kpis.map { "\($0.id) \($0.metric)" }.joined(separator: strings.listSeparator)]
        }
        return [.text(words.actionPlanHeading),
                .table(ReportTable([.init(strings.requirement), .init(strings.title), .init(words.owner), .init(words.due),
                                    .init(words.status), .init(words.cost, alignRight: true), .init(words.kpisHeader)], rows: rows))]
    }
}

extension ReportDocument {
    /// The method and glossary: the seven steps with their formulas, the sign conventions, the IPA cut rule.
    public var methodAppendix: ReportPart {
        let words = self.words
        let blocks: [ReportBlock] = words.methodSteps.map { .text($0) }
            + [.text(words.signConventions), .text(words.ipaRule(analysis.ipa.method.name)), .text(words.quadrantVariantsRule),
               .text(words.roundingRule)]
        return ReportPart(title: words.methodHeading, blocks: blocks)
    }
}

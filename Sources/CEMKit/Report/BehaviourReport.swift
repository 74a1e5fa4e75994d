// The report part on interactions and experiments: each interaction as a strip of moments coloured by
// feeling (the current order beside the proposed one), its principle checklist and measures, and the
// experiments with their 95% intervals. Every format renders it as it renders any part.

extension ReportDocument {
    /// Nil when the workbook has neither interactions nor experiments.
    public var behaviourPart: ReportPart? {
        guard !workbook.encounters.isEmpty || !workbook.experiments.isEmpty else { return nil }
        let s = strings
        var blocks: [ReportBlock] = []
        for e in workbook.encounters {
            let check = EncounterCheck(e)
            blocks.append(.text(s.encounterIntro(e)))
            blocks.append(.table(momentStrip(e)))
            blocks.append(.table(checklist(e, check)))
            blocks.append(.text(s.measuresLine(check.measures)))
        }
        if !workbook.experiments.isEmpty { blocks.append(.table(Self.experimentTable(workbook.experiments, s))) }
        return ReportPart(title: s.behaviourHeading, blocks: blocks)
    }

    static func tone(_ feeling: Int?) -> CellTone {
        guard let feeling else { return .plain }
        return feeling > 0 ? .good : feeling < 0 ? .bad : .plain
    }

    /// One row per place: the moment there now and the one the proposed order puts there, toned by feeling.
    func momentStrip(_ e: Encounter) -> ReportTable {
        let s = strings
        let proposal = ProposedOrder(e)
        let showProposal = proposal.map { !$0.unchanged } ?? false
        var rows: [[String]] = [], tones: [[CellTone]] = []
        for (k, m) in e.moments.enumerated() {
            var row = [String(k + 1), s.momentCell(m)]
            var tone: [CellTone] = [.plain, Self.tone(m.feeling)]
            if showProposal, let proposal, let p = e.moments.first(where: { $0.id == proposal.ids[k] }) {
                row.append(s.momentCell(p))
                tone.append(Self.tone(p.feeling))
            }
            rows.append(row)
            tones.append(tone)
        }
        var columns: [TextTable.Column] = [.init("#", alignRight: true), .init(s.currentOrderHeader)]
        if showProposal { columns.append(.init(s.proposedOrderHeader)) }
        return ReportTable(columns, rows: rows, tones: tones)
    }

    func checklist(_ e: Encounter, _ check: EncounterCheck) -> ReportTable {
        let s = strings
        let rows = check.principles.enumerated().map { n, p in
            ["\(n + 1)", s.principleName(p.principle), s.verdictName(p.verdict), s.reason(p.reason, count: e.moments.count)]
        }
        let tones = check.principles.map { p -> [CellTone] in
            [.plain, .plain, p.verdict == .holds ? .good : p.verdict == .fallsShort ? .bad : .plain, .plain]
        }
        return ReportTable([.init("#", alignRight: true), .init(s.principleHeader), .init(s.verdictHeader), .init(s.reasonHeader)],
                           rows: rows, tones: tones)
    }

    /// One row per experiment: what it tests, both groups, the difference, its 95% interval, significance.
    public static func experimentTable(_ experiments: [Experiment], _ s: ReportWords) -> ReportTable {
        var rows: [[String]] = [], tones: [[CellTone]] = []
        for x in experiments {
            let r = ExperimentResult(x)
            let pp = r.kind == .proportions
            func figure(_ v: Double?) -> String { v.map { displayNumber($0) + (pp ? "%" : "") } ?? "—" }
            let difference = r.difference.map { ($0 > 0 ? "+" : "") + displayNumber($0) + (pp ? s.percentagePoints : "") } ?? "—"
            let interval = r.low.flatMap { low in r.high.map { "[\(displayNumber(twoDecimals(low))), \(displayNumber(twoDecimals($0)))]" } }
                .map { $0 + (pp ? s.intervalUnit(x, proportions: true, short: true) : "") } ?? "—"
            let link = [x.encounter, x.requirement].compactMap { $0 }.joined(separator: s.listSeparator)
            rows.append([x.id, x.unit.isEmpty || pp ? x.metric : s.metricWithUnit(x.metric, x.unit), link.isEmpty ? "—" : link,
                         figure(r.test), figure(r.control), difference, interval, r.significant.map(s.yesNo) ?? "—"])
            let tone: CellTone = r.significant == true ? (r.improved == true ? .good : .bad) : .plain
            tones.append([.plain, .plain, .plain, .plain, .plain, tone, .plain, tone])
        }
        return ReportTable([.init(s.experimentHeader), .init(s.metricHeader), .init(s.testsHeader), .init(s.testGroupHeader, alignRight: true),
                            .init(s.controlGroupHeader, alignRight: true), .init(s.differenceHeader, alignRight: true),
                            .init(s.intervalHeader, alignRight: true), .init(s.significantHeader)], rows: rows, tones: tones)
    }

    /// A figure at 2 decimals, as labels and intervals show derived means; whole numbers stay whole, and a
    /// number too large to scale is left as it is.
    static func twoDecimals(_ x: Double) -> Double { (x * 100).isFinite ? roundFigure((x * 100).rounded() / 100) : x }
}

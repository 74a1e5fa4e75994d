// The content of the seven steps as a document model: per step a title, tables and conclusions.
// Text, Markdown and HTML render the same model, so every format says the same thing.
// It reads the Analysis; it computes nothing of its own.

/// A table: columns (header, alignment) and rows of cells already formatted for display.
public struct ReportTable: Sendable, Equatable {
    public var headers: [String]
    /// Per column: true for figures (right-aligned).
    public var alignRight: [Bool]
    public var rows: [[String]]
    /// Per row and column, whether a figure is good or bad news (for colour); empty when none says.
    public var tones: [[CellTone]]
    /// Per column: true for cells that are read whole and never wrapped in text (see `TextTable.Column`).
    public var keepWhole: [Bool]

    public init(_ columns: [TextTable.Column], rows: [[String]], tones: [[CellTone]] = []) {
        headers = columns.map(\.header)
        alignRight = columns.map(\.alignRight)
        keepWhole = columns.map(\.keepWhole)
        self.rows = rows
        self.tones = tones
    }

    /// The tone of a cell; `.plain` where none is given.
    public func tone(row: Int, column: Int) -> CellTone {
        row < tones.count && column < tones[row].count ? tones[row][column] : .plain
    }

    public var columns: [TextTable.Column] {
        headers.indices.map { TextTable.Column(headers[$0], alignRight: alignRight[$0], keepWhole: $0 < keepWhole.count && keepWhole[$0]) }
    }
}

/// Whether a figure is good or bad news, said by its meaning (a KPI's `better`), not by its sign.
public enum CellTone: Sendable, Equatable {
    case plain, good, bad
}

/// One piece of a step: a table, a conclusion in words, or a warning to act on.
public enum ReportBlock: Sendable, Equatable {
    case table(ReportTable)
    case text(String)
    case warning(String)
}

/// One step of the method as a document section.
public struct ReportSection: Sendable, Equatable {
    public var number: Int
    /// "Step 3 · Identify the key experiences".
    public var title: String
    public var complete: Bool
    public var blocks: [ReportBlock]
}

/// Builds the seven sections from a workbook's analysis.
public struct ReportSections: Sendable {
    public var workbook: Workbook
    public var analysis: Analysis
    public var strings: ReportWords

    public init(workbook: Workbook, analysis: Analysis, strings: ReportWords) {
        self.workbook = workbook
        self.analysis = analysis
        self.strings = strings
    }

    public var all: [ReportSection] { (1...7).map(section) }

    public func section(_ number: Int) -> ReportSection {
        let blocks: [ReportBlock]
        switch number {
        case 1: blocks = step1()
        case 2: blocks = step2()
        case 3: blocks = step3()
        case 4: blocks = step4()
        case 5: blocks = step5()
        case 6: blocks = step6()
        default: blocks = step7()
        }
        return ReportSection(number: number, title: "\(strings.stepLabel(number)) · \(strings.stepTitle(number))",
                             complete: analysis.isComplete(step: number), blocks: blocks + tooLarge(step: number))
    }

    private func n(_ value: Double?) -> String { displayNumber(value) }

    /// A derived figure below zero is a shortfall (experience under expectation or ideal): bad news by its meaning.
    private func shortfall(_ value: Double?) -> CellTone { (value ?? 0) < 0 ? .bad : .plain }

    private var words: ReportWords { ReportWords(strings.language) }

    /// The header of a derived figure, from the one list of them.
    private func label(_ figure: DerivedFigure) -> String { figure.label(strings.language) }

    /// Why figures of this step show as missing though their inputs are there.
    func tooLarge(step: Int) -> [ReportBlock] {
        analysis.tooLarge.filter { $0.step == step }.map { t in
            let figure = DerivedFigure.all.first { $0.key == t.figure }.map(label) ?? {
                switch t.figure {
                case "meanSatisfaction": return words.meanSatisfactionLabel
                case "weightedSatisfactionIndex": return words.weightedSatisfactionIndexLabel
                default: return words.deviationLabel
                }
            }()
            let subject = t.subject == "indexes" ? words.overall : analysis.factor(t.subject)?.name ?? t.subject
            return .warning(words.tooLarge(figure, of: subject))
        }
    }

    /// The display name of a factor id.
    public func name(_ id: String) -> String { analysis.factor(id)?.name ?? id }

    public func list(_ items: [String]) -> String {
        items.isEmpty ? strings.none : items.joined(separator: strings.listSeparator)
    }

    private func table(_ columns: [TextTable.Column], _ rows: [[String]], tones: [[CellTone]] = []) -> ReportBlock {
        .table(ReportTable(columns, rows: rows, tones: tones))
    }

    func step1() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.text(strings.brandStatement(workbook.brandStatement))]
        blocks.append(table([.init(strings.factor), .init(strings.scoreName(.brandValue), alignRight: true)],
                            analysis.factors.map { [$0.name, n($0.brandValue)] }))
        if analysis.brandValueDrivers.isEmpty {
            blocks.append(.text(strings.noBrandValueDrivers))
        } else {
            blocks.append(.text(strings.brandValueDrivers(list(analysis.brandValueDrivers.map {
                strings.named(name($0), n(analysis.factor($0)?.brandValue))
            }))))
        }
        return blocks + factorNotes()
    }

    func step2() -> [ReportBlock] {
        [table([.init(strings.factor), .init(strings.scoreName(.experience), alignRight: true),
                .init(strings.scoreName(.expectation), alignRight: true), .init(label(.satisfaction), alignRight: true),
                .init(strings.scoreName(.importance), alignRight: true)],
               analysis.factors.map { [$0.name, n($0.experience) + disagreementMark($0.id, .experience),
                                       n($0.expectation) + disagreementMark($0.id, .expectation), n($0.satisfaction),
                                       n($0.importance) + disagreementMark($0.id, .importance)] },
               tones: analysis.factors.map { [.plain, .plain, .plain, shortfall($0.satisfaction), .plain] }),
         .text(strings.indexes(mean: n(analysis.meanSatisfaction), weighted: n(analysis.weightedSatisfactionIndex)))]
            + disagreementLegend() + surveyBasis() + statedAndDerivedImportance() + scoreBasis()
    }

    /// Where `cem import` wrote survey statistics: n, mean and the 95% interval behind each step-2 score.
    func surveyBasis() -> [ReportBlock] {
        let words = reportStrings(strings.language)
        let rows = workbook.factors.flatMap { f in
            [ScoreField.experience, .expectation, .importance].compactMap { field -> [String]? in
                guard let stat = f.surveyStat(field) else { return nil }
                let interval = stat.confidenceInterval.map { n($0.low) + "–" + n($0.high) } ?? "—"
                return [f.name, strings.scoreName(field), String(stat.n), n(stat.mean), interval]
            } + (f.surveySatisfaction.map { stat in  // paired satisfaction, where an import wrote it
                [[f.name, SurveyWords(strings.language).pairedSatisfaction, String(stat.n), n(stat.mean),
                  stat.confidenceInterval.map { n($0.low) + "–" + n($0.high) } ?? "—"]]
            } ?? [])
        }
        guard !rows.isEmpty else { return [] }
        return [.text(words.surveyBasis),
                table([.init(strings.factor), .init(words.measure), .init("n", alignRight: true),
                       .init(words.mean, alignRight: true), .init(words.confidenceInterval, alignRight: true)], rows)]
    }

    func step3() -> [ReportBlock] {
        // The quadrant's own inputs (experience, importance) stand beside it, so a reader sees why.
        var blocks = [table(
            [.init(strings.factor), .init(strings.scoreName(.importance), alignRight: true),
             .init(label(.satisfaction), alignRight: true), .init(label(.weightedSatisfaction), alignRight: true),
             .init(strings.scoreName(.experience), alignRight: true), .init(strings.quadrant)],
            analysis.factors.map {
                [$0.name, n($0.importance), n($0.satisfaction), n($0.weightedSatisfaction), n($0.experience),
                 $0.quadrant.map(strings.quadrantName) ?? "—"]
            },
            tones: analysis.factors.map {
                [.plain, .plain, shortfall($0.satisfaction), shortfall($0.weightedSatisfaction), .plain, .plain]
            })]
        if analysis.keyExperiences.isEmpty {
            blocks.append(.text(analysis.isComplete(step: 3) ? strings.noKeyExperience : strings.keyExperiencesPending))
        } else {
            blocks.append(.text(strings.keyExperiences(list(analysis.keyExperiences.map {
                strings.named(name($0), n(analysis.factor($0)?.weightedSatisfaction))
            }))))
        }
        // Which quadrant variant the table uses (the classic one's explanation says so).
        guard analysis.ipa.variant == .experience else { return blocks + satisfactionQuadrantLines }
        // No cut line yet (no factor has both experience and importance): the IPA lines would say nothing.
        guard analysis.ipa.experienceCut != nil || analysis.ipa.importanceCut != nil else { return blocks }
        blocks.append(.text(strings.ipaCuts(experience: n(analysis.ipa.experienceCut), importance: n(analysis.ipa.importanceCut),
                                            method: analysis.ipa.method.name)))
        blocks.append(.text(words.quadrantExplained(keepUp: strings.quadrantName(.keepUpTheGoodWork))))
        return blocks
    }

    func step4() -> [ReportBlock] {
        var blocks = [table(
            [.init(strings.factor), .init(strings.scoreName(.experience), alignRight: true),
             .init(strings.scoreName(.ideal), alignRight: true), .init(label(.gap), alignRight: true),
             .init(strings.scoreName(.importance), alignRight: true), .init(label(.weightedGap), alignRight: true)],
            analysis.factors.map { [$0.name, n($0.experience), n($0.ideal), n($0.gap), n($0.importance), n($0.weightedGap)] },
            tones: analysis.factors.map { [.plain, .plain, .plain, shortfall($0.gap), .plain, shortfall($0.weightedGap)] })]
        if let id = analysis.largestGap {
            blocks.append(.text(strings.largestGap(name(id), weightedGap: n(analysis.factor(id)?.weightedGap))))
        } else {
            let known = analysis.factors.allSatisfy { $0.weightedGap != nil }
            blocks.append(.text(known ? strings.noGap : strings.gapPending))
        }
        return blocks
    }

    /// Requirements by priority, highest first; missing priorities last; ties in workbook order.
    public var rankedRequirements: [RequirementAnalysis] {
        analysis.requirements.enumerated().sorted { a, b in
            let pa = a.element.priority ?? -.infinity, pb = b.element.priority ?? -.infinity
            return pa != pb ? pa > pb : a.offset < b.offset
        }.map(\.element)
    }

    func step5() -> [ReportBlock] {
        guard !analysis.requirements.isEmpty else { return [.text(strings.noRequirements)] + warnings() }
        var blocks = [table(
            [.init(strings.requirement), .init(strings.title), .init(strings.factors),
             .init(strings.target, alignRight: true), .init(strings.priority, alignRight: true)],
            analysis.requirements.map { r in
                [r.id, r.title, r.factors.isEmpty ? "—" : r.factors.map(name).joined(separator: strings.listSeparator),
                 n(r.targetExperience), n(r.priority)]
            })]
        blocks.append(.text(strings.priorities(list(rankedRequirements.map { strings.named($0.id, n($0.priority)) }))))
        let warned = warnings()
        blocks += warned.isEmpty ? [.text(strings.everyGapCovered)] : warned
        return blocks
    }

    private func warnings() -> [ReportBlock] {
        analysis.warnings.map { warning in
            switch warning {
            case .keyExperienceWithoutRequirement(let id): return .warning(strings.keyExperienceWithoutRequirement(name(id)))
            case .shortfallWithoutRequirement(let id): return .warning(strings.shortfallWithoutRequirement(name(id)))
            }
        }
    }

    func step6() -> [ReportBlock] {
        guard !analysis.requirements.isEmpty else { return [.text(strings.noRequirements)] }
        let table = table(
            [.init(strings.requirement), .init(strings.title), .init(strings.priority, alignRight: true),
             .init(strings.strategyFit, alignRight: true), .init(strings.people), .init(strings.process),
             .init(strings.technology), .init(strings.decisionHeader)],
            analysis.requirements.map { r in
                let a = r.alignment
                return [r.id, r.title, n(r.priority), n(a.strategyFit), a.people.map(strings.capability) ?? "—",
                        a.process.map(strings.capability) ?? "—", a.technology.map(strings.capability) ?? "—",
                        a.decision.map(strings.decision) ?? "—"]
            })
        func ids(_ decision: Decision?) -> String {
            list(analysis.requirements.filter { $0.alignment.decision == decision }.map(\.id))
        }
        return [table, .text(strings.decisions(pursue: ids(.pursue), defer: ids(.defer), drop: ids(.drop), open: ids(nil)))]
            + decisionRationale()
    }

    func step7() -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        if !analysis.kpis.isEmpty {
            blocks.append(table(
                [.init(strings.requirement), .init(strings.kpi), .init(strings.metric), .init(strings.better),
                 .init(strings.baseline, alignRight: true), .init(strings.target, alignRight: true),
                 .init(strings.actual, alignRight: true), .init(strings.deviation, alignRight: true), .init(strings.met),
                 .init(words.measuredOn)],
                analysis.kpis.map { k in
                    [k.requirement, k.kpi.id, k.kpi.unit.isEmpty ? k.kpi.metric : "\(k.kpi.metric) (\(k.kpi.unit))",
                     strings.better(k.kpi.better), displayGrouped(k.kpi.baseline), displayGrouped(k.kpi.target),
                     displayGrouped(k.kpi.actual), deviation(k),
                     k.met.map(strings.yesNo) ?? "—", k.kpi.measuredOn ?? "—"]
                },
                tones: analysis.kpis.map { k in
                    let tone: CellTone = k.deviation == nil || k.deviation == 0 || k.met == nil ? .plain : k.met == true ? .good : .bad
                    return Array(repeating: .plain, count: 7) + [tone, .plain, .plain]
                }))
        }
        let measured = analysis.kpis.filter { $0.met != nil }
        if measured.isEmpty {
            blocks.append(.text(strings.noKPI))
        } else {
            blocks.append(.text(words.kpiStatus(met: measured.filter { $0.met == true }.count, of: analysis.kpis.count,
                                                unmeasured: analysis.kpis.count - measured.count)))
        }
        if analysis.isComplete(step: 7), !analysis.improvedFactors.isEmpty {
            blocks.append(.text(strings.nextCycle(list(analysis.improvedFactors.map(name)))))
        }
        return blocks + actionPlan()
    }

    /// The deviation of a KPI; for a lower-is-better one with words too, since there a negative number is good.
    func deviation(_ k: KPIAnalysis) -> String {
        guard k.kpi.better == .lower, let deviation = k.deviation, deviation != 0 else { return displayGrouped(k.deviation) }
        return words.deviation(displayGrouped(deviation), good: deviation < 0)
    }
}

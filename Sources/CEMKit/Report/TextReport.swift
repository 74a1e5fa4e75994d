// The seven-step analysis as terminal text: per step a title, a table and the conclusion in words.
// It reads the Analysis; it computes nothing of its own.

public struct TextReport: Sendable {
    public var workbook: Workbook
    public var analysis: Analysis
    public var strings: any Strings
    /// Tables wider than this shorten their text columns.
    public var width: Int
    /// ANSI bold titles and highlighted warnings; only on a terminal, never with NO_COLOR.
    public var color: Bool

    public init(workbook: Workbook, analysis: Analysis, strings: any Strings, width: Int = 80, color: Bool = false) {
        self.workbook = workbook
        self.analysis = analysis
        self.strings = strings
        self.width = width
        self.color = color
    }

    /// The whole report, or one step, as text ending in a newline.
    public func render(step: Int? = nil) -> String {
        var lines: [String] = []
        if step == nil {
            let heading = [workbook.title.isEmpty ? nil : workbook.title, "\(strings.cycle) \(workbook.cycle)"]
                .compactMap { $0 }.joined(separator: " · ")
            lines.append(bold(heading))
            lines.append("")
        }
        for number in step.map({ [$0] }) ?? Array(1...7) {
            lines += section(number)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The title line, table and conclusion of one step.
    public func section(_ number: Int) -> [String] {
        var title = "\(strings.stepLabel(number)) · \(strings.stepTitle(number))"
        if !analysis.isComplete(step: number) { title += " (\(strings.incomplete))" }
        var lines = [bold(title)]
        switch number {
        case 1: lines += step1()
        case 2: lines += step2()
        case 3: lines += step3()
        case 4: lines += step4()
        case 5: lines += step5()
        case 6: lines += step6()
        default: lines += step7()
        }
        return lines
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func warn(_ text: String) -> String { color ? "\u{1B}[33m\(text)\u{1B}[0m" : text }
    private func n(_ value: Double?) -> String { displayNumber(value) }

    private func name(_ id: String) -> String { analysis.factor(id)?.name ?? id }

    private func list(_ items: [String]) -> String {
        items.isEmpty ? strings.none : items.joined(separator: strings.listSeparator)
    }

    private func table(_ columns: [TextTable.Column], _ rows: [[String]]) -> [String] {
        var table = TextTable(columns)
        rows.forEach { table.add($0) }
        return table.render(maxWidth: width)
    }

    func step1() -> [String] {
        var lines = [strings.brandStatement(workbook.brandStatement)]
        lines += table([.init(strings.factor), .init(strings.scoreName(.brandValue), alignRight: true)],
                       analysis.factors.map { [$0.name, n($0.brandValue)] })
        if analysis.brandValueDrivers.isEmpty {
            lines.append(strings.noBrandValueDrivers)
        } else {
            lines.append(strings.brandValueDrivers(list(analysis.brandValueDrivers.map { strings.named(name($0), n(analysis.factor($0)?.brandValue)) })))
        }
        return lines
    }

    func step2() -> [String] {
        var lines = table(
            [.init(strings.factor), .init(strings.scoreName(.experience), alignRight: true),
             .init(strings.scoreName(.expectation), alignRight: true), .init(strings.satisfaction, alignRight: true),
             .init(strings.scoreName(.importance), alignRight: true)],
            analysis.factors.map { [$0.name, n($0.experience), n($0.expectation), n($0.satisfaction), n($0.importance)] })
        lines.append(strings.indexes(mean: n(analysis.meanSatisfaction), weighted: n(analysis.weightedSatisfactionIndex)))
        return lines
    }

    func step3() -> [String] {
        var lines = table(
            [.init(strings.factor), .init(strings.scoreName(.importance), alignRight: true),
             .init(strings.satisfaction, alignRight: true), .init(strings.weightedSatisfaction, alignRight: true),
             .init(strings.quadrant)],
            analysis.factors.map {
                [$0.name, n($0.importance), n($0.satisfaction), n($0.weightedSatisfaction), $0.quadrant.map(strings.quadrantName) ?? "—"]
            })
        if analysis.keyExperiences.isEmpty {
            lines.append(analysis.isComplete(step: 3) ? strings.noKeyExperience : strings.keyExperiencesPending)
        } else {
            lines.append(strings.keyExperiences(list(analysis.keyExperiences.map {
                strings.named(name($0), n(analysis.factor($0)?.weightedSatisfaction))
            })))
        }
        lines.append(strings.ipaCuts(experience: n(analysis.ipa.experienceCut), importance: n(analysis.ipa.importanceCut),
                                     method: analysis.ipa.method.name))
        return lines
    }

    func step4() -> [String] {
        var lines = table(
            [.init(strings.factor), .init(strings.scoreName(.experience), alignRight: true),
             .init(strings.scoreName(.ideal), alignRight: true), .init(strings.gap, alignRight: true),
             .init(strings.scoreName(.importance), alignRight: true), .init(strings.weightedGap, alignRight: true)],
            analysis.factors.map { [$0.name, n($0.experience), n($0.ideal), n($0.gap), n($0.importance), n($0.weightedGap)] })
        if let id = analysis.largestGap {
            lines.append(strings.largestGap(name(id), weightedGap: n(analysis.factor(id)?.weightedGap)))
        } else {
            let known = analysis.factors.allSatisfy { $0.weightedGap != nil }
            lines.append(known ? strings.noGap : strings.gapPending)
        }
        return lines
    }

    func step5() -> [String] {
        guard !analysis.requirements.isEmpty else { return [strings.noRequirements] + warnings() }
        var lines = table(
            [.init(strings.requirement), .init(strings.title), .init(strings.factors),
             .init(strings.target, alignRight: true), .init(strings.priority, alignRight: true)],
            analysis.requirements.map { r in
                [r.id, r.title, r.factors.isEmpty ? "—" : r.factors.map(name).joined(separator: strings.listSeparator),
                 n(r.targetExperience), n(r.priority)]
            })
        let ranked = analysis.requirements.enumerated().sorted { a, b in
            let pa = a.element.priority ?? -.infinity, pb = b.element.priority ?? -.infinity
            return pa != pb ? pa > pb : a.offset < b.offset
        }.map(\.element)
        lines.append(strings.priorities(list(ranked.map { strings.named($0.id, n($0.priority)) })))
        let warned = warnings()
        lines += warned.isEmpty ? [strings.everyGapCovered] : warned
        return lines
    }

    private func warnings() -> [String] {
        analysis.warnings.map { warning in
            switch warning {
            case .keyExperienceWithoutRequirement(let id): return warn(strings.keyExperienceWithoutRequirement(name(id)))
            case .shortfallWithoutRequirement(let id): return warn(strings.shortfallWithoutRequirement(name(id)))
            }
        }
    }

    func step6() -> [String] {
        guard !analysis.requirements.isEmpty else { return [strings.noRequirements] }
        var lines = table(
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
        lines.append(strings.decisions(pursue: ids(.pursue), defer: ids(.defer), drop: ids(.drop), open: ids(nil)))
        return lines
    }

    func step7() -> [String] {
        var lines: [String] = []
        if !analysis.kpis.isEmpty {
            lines += table(
                [.init(strings.requirement), .init(strings.kpi), .init(strings.metric), .init(strings.better),
                 .init(strings.baseline, alignRight: true), .init(strings.target, alignRight: true),
                 .init(strings.actual, alignRight: true), .init(strings.deviation, alignRight: true), .init(strings.met)],
                analysis.kpis.map { k in
                    [k.requirement, k.kpi.id, k.kpi.unit.isEmpty ? k.kpi.metric : "\(k.kpi.metric) (\(k.kpi.unit))",
                     strings.better(k.kpi.better), n(k.kpi.baseline), n(k.kpi.target), n(k.kpi.actual), n(k.deviation),
                     k.met.map(strings.yesNo) ?? "—"]
                })
        }
        let measured = analysis.kpis.filter { $0.met != nil }
        if measured.isEmpty {
            lines.append(strings.noKPI)
        } else {
            lines.append(strings.kpiStatus(met: measured.filter { $0.met == true }.count, of: measured.count))
        }
        if analysis.isComplete(step: 7), !analysis.improvedFactors.isEmpty {
            lines.append(strings.nextCycle(list(analysis.improvedFactors.map(name))))
        }
        return lines
    }
}

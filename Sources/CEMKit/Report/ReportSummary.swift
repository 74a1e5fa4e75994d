// The one-paragraph executive summary of a report: brand-value drivers, key experience, largest gap,
// pursued requirements and KPI status, read from the Analysis. Every figure carries its name and
// derivation; what is not measured is said, ties and the survey's margin of error are named.

public enum ReportSummary {
    public static func text(workbook: Workbook, analysis: Analysis, strings: ReportWords) -> String {
        let sections = ReportSections(workbook: workbook, analysis: analysis, strings: strings)
        let words = reportStrings(strings.language)
        let n = displayNumber
        let drivers = analysis.brandValueDrivers.isEmpty ? nil : sections.list(analysis.brandValueDrivers.map {
            strings.named(sections.name($0), words.brandValueFigure(n(analysis.factor($0)?.brandValue)))
        })
        let pursued = analysis.pursued.isEmpty ? nil : sections.list(analysis.pursued.map { $0.title.isEmpty ? $0.id : "\($0.id) \($0.title)" })
        let measured = analysis.kpis.filter { $0.met != nil }
        // Counted over every KPI: `2 of 4`, never `2 of 2` while two are not measured yet.
        let kpis = measured.isEmpty ? nil : (met: measured.filter { $0.met == true }.count, of: analysis.kpis.count)
        var parts = words.summaryParts(title: workbook.title, drivers: drivers, keyExperience: nil, largestGap: nil,
                                       pursued: pursued, kpis: kpis)
        // The two middle sentences are made here, where the figures' derivations are known.
        parts[1] = keyExperienceSentence(workbook: workbook, analysis: analysis, sections: sections, words: words)
        parts[2] = largestGapSentence(analysis: analysis, sections: sections, words: words)
        let text = parts.joined(separator: separator(words))
        let total = analysis.factors.count
        let unscored = analysis.factors.filter { f in
            [f.brandValue, f.experience, f.expectation, f.importance, f.ideal].contains { $0 == nil }
        }.count
        if total == 0 { return words.nothingMeasured + separator(words) + text }
        if unscored > 0 { return words.partlyScored(missing: unscored, of: total) + separator(words) + text }
        return text
    }

    static func separator(_ words: ReportWords) -> String { words.language.pick(zh: "", en: " ") }

    static func keyExperienceSentence(workbook: Workbook, analysis: Analysis, sections: ReportSections, words: ReportWords) -> String {
        guard let first = analysis.keyExperiences.first, let f = analysis.factor(first) else {
            let missing = analysis.factors.filter { $0.weightedSatisfaction == nil }.count
            if missing > 0 || analysis.factors.isEmpty {
                return words.keyExperienceNotMeasured(missing: missing, of: analysis.factors.count)
            }
            return words.language.pick(zh: "没有加权满意度为负的因素，因此没有关键体验。",
                                       en: "No factor has a negative weighted satisfaction, so there is no key experience.")
        }
        let n = distinguishing(f.weightedSatisfaction, from: analysis.keyExperiences.dropFirst().first.flatMap(analysis.factor)?.weightedSatisfaction)
        let figure = words.weightedSatisfactionDerivation(n(f.weightedSatisfaction), importance: n(f.importance),
                                                          satisfaction: n(f.satisfaction))
        let tied = analysis.keyExperiences.filter { analysis.factor($0)?.weightedSatisfaction == f.weightedSatisfaction }
        if tied.count > 1 {
            let shown = words.language.pick(zh: "加权满意度均为 \(n(f.weightedSatisfaction))",
                                            en: "weighted satisfaction \(n(f.weightedSatisfaction)) each")
            return words.keyExperienceTie(sections.list(tied.map(sections.name)), figure: shown)
        }
        var sentence = words.language.pick(zh: "需要改善的关键体验是\(f.name)（\(figure)）。",
                                           en: "The key experience to improve is \(f.name) (\(figure)).")
        if analysis.keyExperiences.count > 1, let second = analysis.factor(analysis.keyExperiences[1]),
           withinMargin(f, second, workbook: workbook) {
            sentence += separator(words) + words.withinMargin(second.name)
        }
        return sentence
    }

    /// Whether two factors' weighted satisfactions lie inside each other's survey interval: the interval
    /// of importance × (experience − expectation) taken from the 95% interval of experience.
    /// How to print a figure named as the first of a ranking: at 2 decimals, unless the runner-up differs
    /// yet prints the same, then with as many decimals as tell them apart (so "the key one" reads true).
    static func distinguishing(_ value: Double?, from next: Double?) -> (Double?) -> String {
        var decimals = 2
        if let value, let next, value != next {
            while decimals < 9, decimalText(value, decimals: decimals) == decimalText(next, decimals: decimals) { decimals += 1 }
        }
        return { decimalText($0, decimals: decimals) }
    }

    static func withinMargin(_ a: FactorAnalysis, _ b: FactorAnalysis, workbook: Workbook) -> Bool {
        func interval(_ f: FactorAnalysis) -> ClosedRange<Double>? {
            guard let factor = workbook.factors.first(where: { $0.id == f.id }),
                  let ci = factor.surveyStat(.experience)?.confidenceInterval,
                  let expectation = f.expectation, let importance = f.importance else { return nil }
            let ends = [importance * (ci.low - expectation), importance * (ci.high - expectation)].map(roundFigure)
            guard let low = ends.min(), let high = ends.max(), low.isFinite, high.isFinite else { return nil }
            return low...high
        }
        guard let wa = a.weightedSatisfaction, let wb = b.weightedSatisfaction else { return false }
        return interval(a).map { $0.contains(wb) } == true || interval(b).map { $0.contains(wa) } == true
    }

    static func largestGapSentence(analysis: Analysis, sections: ReportSections, words: ReportWords) -> String {
        let n = displayNumber
        guard let id = analysis.largestGap, let f = analysis.factor(id) else {
            let missing = analysis.factors.filter { $0.weightedGap == nil }.count
            if missing > 0 || analysis.factors.isEmpty {
                return words.gapNotMeasured(missing: missing, of: analysis.factors.count)
            }
            return words.language.pick(zh: "没有因素低于理想体验。", en: "No factor falls short of its ideal.")
        }
        let figure = words.weightedGapDerivation(n(f.weightedGap), importance: n(f.importance), gap: n(f.gap))
        return words.language.pick(zh: "与理想体验差距最大的是\(f.name)（\(figure)）。",
                                   en: "The largest gap to the ideal is \(f.name) (\(figure)).")
    }
}

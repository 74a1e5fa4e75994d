// The one-paragraph executive summary of a report: brand-value drivers, key experience, largest gap,
// pursued requirements and KPI status, read from the Analysis.

public enum ReportSummary {
    public static func text(workbook: Workbook, analysis: Analysis, strings: ReportWords) -> String {
        let sections = ReportSections(workbook: workbook, analysis: analysis, strings: strings)
        let n = displayNumber
        let drivers = analysis.brandValueDrivers.isEmpty ? nil : sections.list(analysis.brandValueDrivers.map {
            strings.named(sections.name($0), n(analysis.factor($0)?.brandValue))
        })
        let key = analysis.keyExperience.map { strings.named(sections.name($0), n(analysis.factor($0)?.weightedSatisfaction)) }
        let gap = analysis.largestGap.map { strings.named(sections.name($0), n(analysis.factor($0)?.weightedGap)) }
        let pursued = analysis.pursued.isEmpty ? nil : sections.list(analysis.pursued.map { $0.title.isEmpty ? $0.id : "\($0.id) \($0.title)" })
        let measured = analysis.kpis.filter { $0.met != nil }
        // Counted over every KPI: `2 of 4`, never `2 of 2` while two are not measured yet.
        let kpis = measured.isEmpty ? nil : (met: measured.filter { $0.met == true }.count, of: analysis.kpis.count)
        return reportStrings(strings.language).summary(title: workbook.title, drivers: drivers, keyExperience: key,
                                                       largestGap: gap, pursued: pursued, kpis: kpis)
    }
}

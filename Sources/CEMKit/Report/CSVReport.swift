// One row per factor with every input and derived figure, for a spreadsheet: UTF-8 with a byte-order
// mark (so Excel opens Chinese correctly), CRLF line ends, headers in the workbook's language, numbers
// in plain ASCII (`-1`, empty when missing), and text that could run as a formula neutralised.

public enum CSVReport {
    public static func text(workbook: Workbook, analysis: Analysis, strings: ReportWords) -> String {
        let words = reportStrings(strings.language)
        let headers = [words.id, words.name, words.description, strings.scoreName(.brandValue), strings.scoreName(.experience),
                       strings.scoreName(.expectation), strings.satisfaction, strings.scoreName(.importance),
                       strings.weightedSatisfaction, strings.scoreName(.ideal), strings.gap, strings.weightedGap,
                       strings.quadrant, words.keyExperienceRank, words.brandValueDriver, words.notes]
        var lines = [headers.map { Markup.csv(text: $0) }.joined(separator: ",")]
        let number = Markup.csv(number:)
        for f in analysis.factors {
            let source = workbook.factor(id: f.id)
            let rank = analysis.keyExperiences.firstIndex(of: f.id).map { Double($0 + 1) }
            let cells = [Markup.csv(text: f.id), Markup.csv(text: f.name), Markup.csv(text: source?.description ?? ""),
                         number(f.brandValue), number(f.experience), number(f.expectation), number(f.satisfaction),
                         number(f.importance), number(f.weightedSatisfaction), number(f.ideal), number(f.gap),
                         number(f.weightedGap), Markup.csv(text: f.quadrant.map(strings.quadrantName) ?? ""),
                         number(rank), Markup.csv(text: strings.yesNo(analysis.brandValueDrivers.contains(f.id))),
                         Markup.csv(text: source?.notes ?? "")]
            lines.append(cells.joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}

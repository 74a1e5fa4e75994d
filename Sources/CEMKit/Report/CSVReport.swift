// One row per factor with every input and derived figure, for a spreadsheet: UTF-8 with a byte-order
// mark (so Excel opens Chinese correctly), CRLF line ends, headers in the workbook's language, numbers
// in plain ASCII (`-1`, empty when missing), and text that could run as a formula neutralised.

public enum CSVReport {
    public static func text(_ document: ReportDocument) -> String {
        text(workbook: document.workbook, analysis: document.analysis, strings: document.strings)
    }

    public static func text(workbook: Workbook, analysis: Analysis, strings: ReportWords) -> String {
        let words = reportStrings(strings.language)
        let columns = DerivedFigure.columns
        let headers = [words.id, words.name, words.description]
            + columns.map { column -> String in
                switch column {
                case .input(let field): return strings.scoreName(field)
                case .derived(let figure): return figure.label(strings.language)
                }
            }
            + [strings.quadrant, words.keyExperienceRank, words.brandValueDriver, words.notes]
        var lines = [headers.map { Markup.csv(text: $0) }.joined(separator: ",")]
        let number = Markup.csv(number:)
        for f in analysis.factors {
            let source = workbook.factor(id: f.id)
            let rank = analysis.keyExperiences.firstIndex(of: f.id).map { Double($0 + 1) }
            let cells = [Markup.csv(text: f.id), Markup.csv(text: f.name), Markup.csv(text: source?.description ?? "")]
                + columns.map { number($0.value(f)) }
                + [Markup.csv(text: f.quadrant.map(strings.quadrantName) ?? ""),
                         number(rank), Markup.csv(text: strings.yesNo(analysis.brandValueDrivers.contains(f.id))),
                         Markup.csv(text: source?.notes ?? "")]
            lines.append(cells.joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}

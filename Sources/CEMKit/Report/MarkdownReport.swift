// The seven steps as Markdown for a git host: a title block, the executive summary, then per step
// its pipe table and conclusions. User text is escaped; no raw HTML is needed.

public enum MarkdownReport {
    /// `date` (YYYY-MM-DD) goes into the title block when given.
    public static func text(workbook: Workbook, analysis: Analysis, strings: ReportWords, date: String? = nil) -> String {
        let words = reportStrings(strings.language)
        let e = Markup.markdown
        var lines = ["# " + e(workbook.title.isEmpty ? words.documentTitle : workbook.title), ""]
        var meta = ["\(strings.cycle) \(workbook.cycle)"]
        if let date { meta.append("\(words.date) \(date)") }
        if !workbook.title.isEmpty { meta.insert(words.documentTitle, at: 0) }
        lines += [meta.map(e).joined(separator: " · "), ""]
        lines += ["## " + words.executiveSummary, "", e(ReportSummary.text(workbook: workbook, analysis: analysis, strings: strings)), ""]
        for section in ReportSections(workbook: workbook, analysis: analysis, strings: strings).all {
            var title = "## " + e(section.title)
            if !section.complete { title += " (\(e(strings.incomplete)))" }
            lines += [title, ""]
            for block in section.blocks {
                switch block {
                case .table(let table): lines += self.table(table) + [""]
                case .text(let text): lines += [e(text), ""]
                case .warning(let text): lines += ["> **" + e(text) + "**", ""]
                }
            }
        }
        lines.append("_" + e(words.generatedBy) + "_")
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ table: ReportTable) -> [String] {
        func row(_ cells: [String]) -> String {
            "| " + table.headers.indices.map { i in
                let cell = i < cells.count ? Markup.markdown(cells[i]) : ""
                return cell.isEmpty ? " " : cell
            }.joined(separator: " | ") + " |"
        }
        return [row(table.headers), "|" + table.alignRight.map { $0 ? " ---: |" : " --- |" }.joined()]
            + table.rows.map(row)
    }
}

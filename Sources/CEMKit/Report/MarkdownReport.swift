// The report document as Markdown for a git host: a title block, the executive summary, then per step
// its pipe table and conclusions, then the progress since the last cycle. User text is escaped; no raw HTML.

public enum MarkdownReport {
    /// `date` (YYYY-MM-DD) goes into the title block when given.
    public static func text(workbook: Workbook, analysis: Analysis, strings: ReportWords, date: String? = nil) -> String {
        text(ReportDocument(workbook: workbook, analysis: analysis, strings: strings, date: date, cuts: analysis.ipa.method))
    }

    public static func text(_ document: ReportDocument) -> String {
        let strings = document.strings
        let words = reportStrings(strings.language)
        let e = Markup.markdown
        var lines = ["# " + e(document.heading), ""]
        var meta = document.meta
        if !document.workbook.title.isEmpty { meta.insert(words.documentTitle, at: 0) }
        lines += [meta.map(e).joined(separator: " · "), ""]
        lines += ["## " + words.executiveSummary, "", e(document.summary), ""]
        for section in document.sections {
            var title = "## " + e(section.title)
            if !section.complete { title += " (\(e(strings.incomplete)))" }
            lines += [title, ""] + section.blocks.flatMap(block)
        }
        for part in document.parts() {
            lines += ["## " + e(part.title), ""] + part.blocks.flatMap(block)
        }
        lines.append("_" + e(words.generatedBy) + "_")
        return lines.joined(separator: "\n") + "\n"
    }

    static func block(_ block: ReportBlock) -> [String] {
        switch block {
        case .table(let table): return self.table(table) + [""]
        case .text(let text): return [Markup.markdown(text), ""]
        case .warning(let text): return ["> **" + Markup.markdown(text) + "**", ""]
        }
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

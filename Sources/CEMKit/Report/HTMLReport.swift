// The report a client reads: one self-contained HTML file (inline CSS and SVG, no script, no
// network) that prints to A4. Title block, executive summary, then the seven steps with their
// tables, conclusions and charts. Written as well-formed XHTML-compatible markup; user text escaped.

public enum HTMLReport {
    /// `date` (YYYY-MM-DD) goes into the title block when given.
    public static func text(workbook: Workbook, analysis: Analysis, strings: ReportWords, date: String? = nil) -> String {
        text(ReportDocument(workbook: workbook, analysis: analysis, strings: strings, date: date, cuts: analysis.ipa.method))
    }

    /// The document, with its "progress since last cycle" part when the workbook has history.
    public static func text(_ document: ReportDocument) -> String {
        let progress = document.progress()
        let strings = document.strings
        let words = reportStrings(strings.language)
        let x = Markup.xml
        let heading = document.heading
        let meta = document.meta
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"\(strings.htmlLanguage)\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(x(heading))</title>",
            "<style>\n\(css)\n\(pageBoxes(words))\n</style>",
            "</head>",
            "<body>",
            "<main>",
            "<header class=\"title-block\">",
            "<p class=\"kicker\">\(x(words.documentTitle))</p>",
            "<h1>\(x(heading))</h1>",
            "<p class=\"meta\">\(x(meta.joined(separator: " · ")))</p>",
        ]
        // The brand statement is said once, where the method puts it: step 1.
        out += ["</header>",
                "<section class=\"summary\">",
                "<h2>\(x(words.executiveSummary))</h2>",
                "<p>\(x(document.summary))</p>",
                "<p class=\"legend\"><span class=\"swatch good\"></span><span class=\"swatch neg\"></span>\(x(words.colourLegend))</p>",
                "</section>"]
        for section in document.sections { out += self.section(section, of: document, omitEmptyCharts: true) }
        let trend = document.trend
        let parts: [(String, ReportPart)] = [progress.map { ("progress", $0) }, trend.map { ("trend", $0.part(strings.language)) }]
            .compactMap { $0 } + [document.surveyEvidence, document.segments].compactMap { $0.map { ("survey", $0) } }
            + document.appendices.map { ("appendix", $0) }
        for (kind, part) in parts {
            out.append("<section class=\"\(kind)\">")
            out.append("<h2>\(x(part.title))</h2>")
            out += blocks(part.blocks)
            if kind == "trend", let trend {
                out += ["<figure class=\"chart chart-trend\">", TrendChart.svg(trend, title: document.workbook.title, language: strings.language), "</figure>"]
            }
            out.append("</section>")
        }
        out += ["<footer>\(x(words.generatedBy))</footer>", "</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The blocks of a section; a line of text followed by a table is its caption, and the two are
    /// kept on one page so a caption never ends a page alone.
    static func blocks(_ blocks: [ReportBlock]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < blocks.count {
            if case .text(let caption) = blocks[i], i + 1 < blocks.count, case .table(let table) = blocks[i + 1] {
                out += [table.rows.count > longTable ? "<div class=\"captioned long\">" : "<div class=\"captioned\">", "<p class=\"caption\">\(Markup.xml(caption))</p>", self.table(table), "</div>"]
                i += 2
            } else {
                out.append(block(blocks[i]))
                i += 1
            }
        }
        return out
    }

    /// The charts each step draws under its tables.
    public static let charts: [Int: [ChartKind]] = [2: [.expectation], 3: [.weighted, .ipa], 4: [.gaps], 7: [.kpis]]

    /// One step of the document: its title, tables, conclusions and charts, as the report shows them
    /// (the projector view of the session shows one step alone).
    public static func section(_ number: Int, of document: ReportDocument) -> [String] {
        section(document.section(number), of: document)
    }

    /// `omitEmptyCharts`: the printed report leaves out a chart with nothing to draw (its step's table
    /// already shows the missing figures); the projector view keeps it, to show where the chart will be.
    static func section(_ section: ReportSection, of document: ReportDocument, omitEmptyCharts: Bool = false) -> [String] {
        let parts = sectionParts(section, of: document, omitEmptyCharts: omitEmptyCharts)
        return ["<section class=\"step\" id=\"step-\(section.number)\">", parts.heading] + parts.blocks + parts.figures + ["</section>"]
    }

    /// A step's pieces, for a page that lays them out itself: the `<h2>`, the tables and conclusions, the charts.
    public static func sectionParts(_ number: Int, of document: ReportDocument) -> (heading: String, blocks: [String], figures: [String]) {
        sectionParts(document.section(number), of: document)
    }

    static func sectionParts(_ section: ReportSection, of document: ReportDocument,
                             omitEmptyCharts: Bool = false) -> (heading: String, blocks: [String], figures: [String]) {
        let x = Markup.xml
        var title = x(section.title)
        if !section.complete { title += " <span class=\"incomplete\">\(x(document.strings.incomplete))</span>" }
        // A long chart comes in pieces that each fit a page, one figure each (never cut by a page break).
        let figures = (charts[section.number] ?? []).flatMap { kind in
            SVGChart.pieces(kind, workbook: document.workbook, analysis: document.analysis, strings: document.strings,
                            options: document.charts)
                .filter { !omitEmptyCharts || !$0.contains(x(document.strings.nothingToDraw)) }
                .flatMap { ["<figure class=\"chart chart-\(kind.rawValue)\">", $0, "</figure>"] }
        }
        return ("<h2>\(title)</h2>", blocks(section.blocks), figures)
    }

    /// One block of a section: a table, a conclusion or a warning.
    static func block(_ block: ReportBlock) -> String {
        switch block {
        case .table(let table): return self.table(table)
        case .text(let text): return "<p>\(Markup.xml(text))</p>"
        case .warning(let text): return "<p class=\"warning\">\(Markup.xml(text))</p>"
        }
    }

    /// More rows than this and a table may break across pages.
    static let longTable = 15

    static func table(_ table: ReportTable) -> String {
        func cell(_ tag: String, _ text: String, _ i: Int, tone: CellTone = .plain) -> String {
            var classes: [String] = []
            if i < table.alignRight.count, table.alignRight[i] {
                classes.append("num")
            } else if DisplayWidth.of(text) <= 10, !text.contains(where: \.isWhitespace) {
                // A short word (`推行`, `需要调整`, `2025-09-30`) never breaks between its characters in a narrow column.
                classes.append("short")
            }
            // Only a figure's tone, said by its meaning, decides its colour; never its sign (an improvement
            // from −2 to 0 or a negative NPS baseline is not bad news).
            switch tone {
            case .good: classes.append("good")
            case .bad: classes.append("neg")
            case .plain: break
            }
            let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
            return "<\(tag)\(attribute)>\(Markup.xml(text))</\(tag)>"
        }
        // A long table may break between rows (the header repeats on the next page) rather than leave the
        // page before it mostly empty; a short one stays whole.
        let tag = table.rows.count > longTable ? "<table class=\"long\">" : "<table>"
        var lines = [tag, "<thead><tr>" + table.headers.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead>", "<tbody>"]
        for (r, row) in table.rows.enumerated() {
            lines.append("<tr>" + table.headers.indices.map { cell("td", $0 < row.count ? row[$0] : "", $0, tone: table.tone(row: r, column: $0)) }.joined() + "</tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines.joined(separator: "\n")
    }

    /// Print: page numbers and a running header of the document's kind (fixed words, never user text in CSS).
    static func pageBoxes(_ words: ReportWords) -> String {
        let kind = words.documentTitle.filter { $0 != "\"" && $0 != "\\" && $0 != "<" && $0 != ">" }
        return """
        @page { @top-left { content: "\(kind)"; font-family: \(reportFontStack); font-size: 8pt; color: #616e7c; } \
        @bottom-right { content: counter(page) " / " counter(pages); font-family: \(reportFontStack); font-size: 8pt; color: #616e7c; } }
        """
    }

    /// Table cells never break inside a word (`overflow-wrap: anywhere` let a column shrink until
    /// `adjust` became `adju/st`): `break-word` keeps each column at least as wide as its longest word,
    /// so only long free text wraps, at spaces or between CJK characters.
    static let css = """
    @page { size: A4; margin: 16mm 14mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; background: #ffffff; color: #1f2933; font-family: \(reportFontStack); font-size: 11pt; line-height: 1.55; }
    main { max-width: 182mm; margin: 0 auto; padding: 12mm 0; }
    .title-block { border-bottom: 3px solid #2f6fb0; padding-bottom: 10px; margin-bottom: 18px; }
    .kicker { margin: 0; color: #2f6fb0; font-size: 10pt; letter-spacing: 0.05em; text-transform: uppercase; }
    h1 { margin: 4px 0 6px; font-size: 22pt; line-height: 1.25; overflow-wrap: anywhere; }
    .meta { margin: 2px 0; color: #616e7c; }
    h2 { font-size: 14pt; margin: 22px 0 8px; padding-bottom: 3px; border-bottom: 1px solid #d9dee4; break-after: avoid; page-break-after: avoid; overflow-wrap: anywhere; }
    .summary p { background: #f4f7fb; border-left: 4px solid #2f6fb0; padding: 10px 14px; margin: 0; }
    .summary p.legend { background: none; border: 0; padding: 4px 0 0; font-size: 9pt; color: #616e7c; }
    .swatch { display: inline-block; width: 9px; height: 9px; margin-right: 4px; vertical-align: baseline; }
    .swatch.good { background: #2e8b57; } .swatch.neg { background: #c0392b; }
    .incomplete { font-size: 9pt; font-weight: normal; color: #b7791f; border: 1px solid #b7791f; border-radius: 3px; padding: 0 5px; vertical-align: middle; }
    p { margin: 6px 0; overflow-wrap: anywhere; }
    .warning { color: #9b2c2c; font-weight: bold; }
    table { border-collapse: collapse; table-layout: auto; width: 100%; margin: 8px 0; font-size: 10pt; break-inside: avoid; page-break-inside: avoid; }
    table.long { break-inside: auto; page-break-inside: auto; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    th, td { border-bottom: 1px solid #d9dee4; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: break-word; word-break: normal; hyphens: manual; }
    th { background: #eef2f6; font-weight: bold; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.short, th.short { white-space: nowrap; }
    td.neg { color: #c0392b; font-weight: bold; }
    td.good { color: #2e8b57; font-weight: bold; }
    h3, p.caption, figcaption { break-after: avoid; page-break-after: avoid; }
    .captioned { break-inside: avoid; page-break-inside: avoid; }
    .captioned.long { break-inside: auto; page-break-inside: auto; }
    figure.chart { margin: 12px 0; break-inside: avoid; page-break-inside: avoid; }
    figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
    figure.chart-ipa svg { max-width: 150mm; }
    footer { margin-top: 28px; color: #616e7c; font-size: 9pt; border-top: 1px solid #d9dee4; padding-top: 6px; }
    @media print { main { padding: 0; max-width: none; } .step { break-before: auto; } }
    """
}

// Paper from the room: `report FORMAT [FILE]`, `chart KIND [FILE]` and `minutes [FILE]` write side files
// beside the workbook (the same bytes `cem report` and `cem chart` write), never replacing one without asking.

/// The default names of the files written from a workbook: beside it, named after it.
public enum ExportNames {
    /// `acme.cem.json` → `acme`; the demo (no file) → `demo`.
    static func stem(_ workbook: String?) -> (folder: String, stem: String) {
        guard let workbook else { return ("", "demo") }
        let folder = workbook.contains("/") ? String(workbook[...workbook.lastIndex(of: "/")!]) : ""
        return (folder, fileStem(workbook))
    }

    /// The file extension of a report format.
    public static func fileExtension(_ format: ReportFormat) -> String {
        switch format {
        case .text: return "txt"
        case .markdown: return "md"
        case .html: return "html"
        case .json: return "json"
        case .csv: return "csv"
        case .slide: return "svg"
        }
    }

    /// `acme.report.html`.
    public static func report(_ format: ReportFormat, beside workbook: String?) -> String {
        let (folder, stem) = stem(workbook)
        return "\(folder)\(stem).report.\(fileExtension(format))"
    }

    /// `acme.ipa.svg`.
    public static func chart(_ kind: ChartKind, beside workbook: String?) -> String {
        chart(named: kind.rawValue, beside: workbook)
    }

    /// `acme.trend.svg`, `acme.summary.svg`: any chart `cem chart --kind` draws, by its name.
    public static func chart(named kind: String, beside workbook: String?) -> String {
        let (folder, stem) = stem(workbook)
        return "\(folder)\(stem).\(kind).svg"
    }

    /// `acme.minutes.md`.
    public static func minutes(beside workbook: String?) -> String {
        let (folder, stem) = stem(workbook)
        return "\(folder)\(stem).minutes.md"
    }

    /// `.acme.present.html`: hidden, beside the workbook.
    public static func present(beside workbook: String) -> String {
        let (folder, stem) = stem(workbook)
        return "\(folder).\(stem).present.html"
    }

    /// A workbook or an exercise (a JSON object whose `format` is `cem-…`): never replaced by a side file.
    public static func looksLikeCemFile(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).filter { !$0.isWhitespace }
        return head.hasPrefix("{") && head.contains("\"format\":\"cem-")
    }
}

extension Session {
    /// The report document of the workbook as it is now, dated today: what `cem report` renders.
    var document: ReportDocument { document(in: language) }

    func document(in language: Language) -> ReportDocument {
        let a = analysis
        return ReportDocument(workbook: workbook, analysis: a, strings: strings(language), date: today, cuts: a.ipa.method)
    }

    /// `report FORMAT [FILE]`: the report `cem report --format FORMAT -o FILE` writes.
    mutating func reportCommand(_ arguments: [String]) {
        let usage = "report \(ReportFormat.allCases.map(\.rawValue).joined(separator: "|")) [FILE]"
        guard let word = arguments.first, let format = ReportFormat(rawValue: Input.normalize(word).lowercased()) else {
            return refuse(t.usage(usage, ""))
        }
        guard let target = fileArgument(arguments.dropFirst(), default: ExportNames.report(format, beside: path)) else {
            return refuse(t.usage(usage, t.exportFileRule))
        }
        // As `cem report -o FILE` in this window: no colour, and the text report's width is the session's
        // (COLUMNS, else the terminal's width, else 80), which is the width `cem report` reads.
        let text = format.render(document, layout: ReportLayout(width: width, color: false, charts: true, unicode: true))
        export(target, Array(text.utf8))
    }

    /// `chart KIND [FILE]`: the SVG of `cem chart --kind KIND -o FILE` (the report's five charts, `trend` and
    /// `summary`, through the same library calls); `chart` alone draws the terminal charts.
    mutating func chartCommand(_ arguments: [String]) {
        guard let word = arguments.first else { return chart() }
        let usage = "chart [\(ChartChoice.names.joined(separator: "|")) [FILE]]"
        let name = Input.normalize(word).lowercased()
        guard let choice = ChartChoice(name) else { return refuse(t.usage(usage, "")) }
        guard let target = fileArgument(arguments.dropFirst(), default: ExportNames.chart(named: name, beside: path)) else {
            return refuse(t.usage(usage, t.exportFileRule))
        }
        guard let svg = choice.svg(document) else { return refuse(t.noTrendYet) }
        export(target, Array(svg.utf8))
    }

    /// `minutes [FILE]`: the Markdown record of this session.
    mutating func minutesCommand(_ arguments: [String]) {
        guard let target = fileArgument(arguments[...], default: ExportNames.minutes(beside: path)) else {
            return refuse(t.usage("minutes [FILE]", t.exportFileRule))
        }
        export(target, Array(SessionMinutes(session: self).markdown.utf8))
    }

    /// The FILE of a side file: none gives the default; else one word (quoted when it has spaces) with an
    /// extension, so that `minutes of the meeting` typed as an answer is never taken for a file name.
    func fileArgument(_ arguments: ArraySlice<String>, default name: String) -> String? {
        guard let file = arguments.first else { return name }
        let base = file.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard arguments.count == 1, base.dropFirst().contains(".") else { return nil }
        return file
    }

    /// Hands a side file to the shell: created only when it does not exist (else `exportExists` asks).
    mutating func export(_ target: String, _ bytes: [UInt8]) {
        if let path, target == path || target.hasSuffix(".cem.json") {
            return refuse(t.exportIsWorkbook(target.inert))
        }
        exports.append(SessionWrite(path: target, bytes: bytes, create: true, done: t.exported(target.inert)))
    }

    /// The shell found the file of a `create` export there already (`existing` is what it holds): asks
    /// whether to replace it, or refuses when it is a workbook.
    public mutating func exportExists(_ export: SessionWrite, existing: [UInt8]) -> [String] {
        begin()
        if ExportNames.looksLikeCemFile(existing) {
            refuse(t.exportIsWorkbook(export.path.inert))
        } else if !interactive {
            // A script cannot be asked: it names another file.
            refuse(t.exportExistsInScript(export.path.inert))
        } else {
            var replacing = export
            replacing.create = false
            replacing.expecting = existing
            pending = .overwrite(replacing)
            out.append(t.exportExists(export.path.inert))
        }
        return reply().lines
    }

    /// The shell could not write a side file: the workbook is untouched; the line counts as refused. The
    /// projector view stops (once), rather than failing again after every change.
    public mutating func exportFailed(_ export: SessionWrite, reason: String) -> [String] {
        refused += 1
        if let room, room.path == export.path {
            self.room = nil
            return wrap(t.roomCannotWrite(export.path.inert, reason), width: width)
        }
        return wrap(t.exportCannotWrite(export.path.inert, reason), width: width)
    }

    mutating func resolveOverwrite(_ raw: String, export: SessionWrite) {
        pending = nil
        if Answer.yes(raw) {
            exports.append(export)
        } else {
            out.append(t.exportKept(export.path.inert))
        }
    }
}

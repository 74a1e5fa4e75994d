// The projector view (`present`): one self-contained HTML page beside the workbook that shows the
// current step as the report renders it, rewritten after every change and reloaded by the browser.

/// The projector view a session keeps up to date.
struct RoomView: Equatable, Sendable {
    /// The page's file.
    var path: String
    /// The step section last written (without the time), to tell a change from a repeat.
    var shown: String = ""
    /// When it last changed (HH:MM:SS from the shell's clock).
    var changedAt: String?
    /// `present N`: the step shown whatever is being asked; nil follows the session.
    var pinned: Int?
    /// The workbook's language (else the session's when the view opened), whatever `lang` shows later.
    var language: Language
}

/// The page of the projector view: 16:9, large type, the report's own section markup and styles.
public enum RoomPage {
    /// The page for `step` of `document`; `changedAt` is shown so that an old page never looks current.
    /// `ended` (the time the session ended) greys the step and says the view no longer follows.
    public static func html(_ document: ReportDocument, step: Int, changedAt: String?, ended: String? = nil,
                            words: SessionWords) -> String {
        let x = Markup.xml
        // The IPA on a smaller plot with the same type: scaled to a 16:9 screen, its labels stay readable.
        var document = document
        document.charts.ipaPlotSize = ipaPlotSize
        document.charts.barWidth = barWidth
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(document.strings.htmlLanguage)\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            // The browser reads the file again every second: a change shows within a second of being written.
            "<meta http-equiv=\"refresh\" content=\"1\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(x(document.heading))</title>",
            "<style>\n\(HTMLReport.css)\n\(css)\n</style>",
            "</head>",
            "<body class=\"room\(ended == nil ? "" : " ended")\">",
            "<header class=\"room-bar\">",
            "<span class=\"room-title\">\(x(document.heading))</span>",
            "<span class=\"room-time\">\(x(changedAt.map(words.roomLastChange) ?? ""))</span>",
            "</header>",
        ]
        if let ended { lines.append("<p class=\"room-ended\">\(x(words.roomEnded(ended)))</p>") }
        // The report's own markup of the step: tables and conclusions on the left, its charts on the right.
        // Beside an IPA (step 3), the other charts go under the table and the IPA has the right column's
        // whole height; a square chart squeezed under a bar chart is too small to read on a projector.
        let parts = HTMLReport.sectionParts(step, of: document)
        let figures = figureGroups(parts.figures)
        let square = figures.filter { $0.first?.contains("chart-ipa") == true }
        let beside = square.isEmpty ? figures : square
        let under = square.isEmpty ? [] : figures.filter { $0.first?.contains("chart-ipa") != true }
        lines += ["<main>", "<section class=\"step\" id=\"step-\(step)\">", parts.heading,
                  "<div class=\"room-columns\(square.isEmpty ? "" : " room-ipa")\">",
                  "<div class=\"room-text\">"] + parts.blocks.prefix(1) + under.flatMap { $0 } + parts.blocks.dropFirst() + ["</div>"]
        if !beside.isEmpty { lines += ["<div class=\"room-charts\">"] + beside.flatMap { $0 } + ["</div>"] }
        lines += ["</div>", "</section>", "</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The IPA's plot in the room: 340 units instead of the report's 560, the type unchanged.
    static let ipaPlotSize = 340.0
    /// The bar charts in the room: 560 units wide instead of the report's 780, the type unchanged, so that
    /// in the charts' column (about 550 px of a 1280 px screen) their 13-unit labels are about 12 px.
    static let barWidth = 560.0

    /// The report's figures as one list of lines, cut into one list per `<figure>`.
    static func figureGroups(_ lines: [String]) -> [[String]] {
        var groups: [[String]] = []
        for line in lines {
            if line.hasPrefix("<figure") || groups.isEmpty { groups.append([line]) } else { groups[groups.count - 1].append(line) }
        }
        return groups
    }

    /// Large type that scales with the width of the screen; tables and conclusions on the left, charts on
    /// the right, all of it within one 16:9 screen.
    static let css = """
    html { font-size: 1.45vw; }
    body.room { font-size: 1rem; line-height: 1.35; background: #ffffff; }
    .room-bar { display: flex; justify-content: space-between; align-items: baseline; gap: 2vw; padding: 1.2vh 3vw; background: #2f6fb0; color: #ffffff; }
    .room-title { font-weight: bold; font-size: 1.1rem; overflow-wrap: anywhere; }
    .room-time { font-size: 0.9rem; white-space: nowrap; }
    .room-ended { margin: 0; padding: 1vh 3vw; background: #fff4e0; color: #9b2c2c; font-weight: bold; font-size: 1.2rem; }
    body.ended main { opacity: 0.45; }
    .room main { max-width: none; margin: 0; padding: 1.5vh 3vw; }
    .room h2 { font-size: 1.6rem; margin: 0 0 1vh; }
    .room-columns { display: flex; gap: 2.5vw; align-items: flex-start; }
    .room-text { flex: 0 1 auto; min-width: 0; max-width: 100%; }
    .room-charts { flex: 1 1 0; min-width: 46%; display: flex; flex-direction: column; gap: 1vh; }
    .room-charts figure.chart { margin: 0; }
    .room table { font-size: 0.95rem; margin: 0 0 1vh; }
    .room th, .room td { padding: 0.25em 0.5em; }
    .room p { font-size: 1.05rem; margin: 0.6vh 0; }
    .room figure.chart svg { max-height: 74vh; width: 100%; }
    .room figure.chart + figure.chart svg, .room figure.chart:has(+ figure.chart) svg { max-height: 37vh; }
    .room .incomplete { font-size: 0.7rem; }
    .room-columns:has(.room-charts) .room-text { flex: 1 1 0; }
    .room-columns:has(.room-charts) .room-text table { font-size: 0.8rem; }
    .room-columns:has(.room-charts) .room-text p { font-size: 0.9rem; }
    .room-ipa .room-charts { flex: 0 1 auto; min-width: 0; }
    .room-ipa .room-charts figure.chart svg { height: 84vh; width: auto; max-width: 100%; }
    .room-ipa .room-text figure.chart { margin: 1vh 0 0; }
    .room-ipa .room-text figure.chart svg { max-height: 40vh; width: 100%; }
    """
}

extension Session {
    /// The step the room sees: the pinned one, else the one being asked, else the last.
    var roomStep: Int {
        if let pinned = room?.pinned { return pinned }
        if case .question(let step, _) = position { return step }
        return 7
    }

    /// `present`: starts the projector view (following the session) and prints its address; `present N`
    /// shows step N whatever is asked (step 3, which has no questions); `present stop` ends it.
    mutating func presentCommand(_ arguments: [String]) {
        let word = arguments.first.map { Input.normalize($0).lowercased() }
        if let word, InputWords.presentStop.contains(word), arguments.count == 1 {
            guard let room else { return refuse(t.roomNotPresenting) }
            exports.append(SessionWrite(path: room.path, bytes: endedPage(room), create: false, done: nil))
            self.room = nil
            out.append(t.roomStopped)
            return
        }
        var pinned: Int?
        if let word {
            guard arguments.count == 1, let n = Int(word), (1...7).contains(n) else { return refuse(t.usage("present [N] | present stop", t.stepRange)) }
            pinned = n
        }
        let file = path.map(ExportNames.present(beside:)) ?? temporaryFolder + "/cem-demo.present.html"
        // Opening says where the page is; once it is open, `present N` and `present` say what it shows.
        let wasPinned = room?.pinned
        if room == nil {
            room = RoomView(path: file, language: workbook.language ?? language)
            out.append(t.roomOpen(fileURL(file)))
        } else if pinned == nil && wasPinned == nil {
            out.append(t.roomOpen(fileURL(file)))
        }
        room?.pinned = pinned
        if let pinned { out.append(t.roomHolds(pinned)) } else if wasPinned != nil { out.append(t.roomFollows) }
    }

    /// The shell stops before the session is over (a script stopped at a refused line): the projector
    /// view says the session has ended.
    public mutating func stopPresenting() -> SessionReply {
        begin()
        if let room {
            exports.append(SessionWrite(path: room.path, bytes: endedPage(room), create: false, done: nil))
            self.room = nil
        }
        return SessionReply(lines: [], write: nil, finished: finished, exports: exports)
    }

    /// Rewrites the projector view when what it shows changed, and says the session ended when it did.
    mutating func refreshRoom() {
        guard var room else { return }
        if finished {
            exports.append(SessionWrite(path: room.path, bytes: endedPage(room), create: false, done: nil))
            self.room = nil
            return
        }
        let document = roomDocument
        let section = HTMLReport.section(roomStep, of: document).joined(separator: "\n") + document.heading
        guard section != room.shown else { return }
        room.shown = section
        room.changedAt = now
        self.room = room
        let page = RoomPage.html(document, step: roomStep, changedAt: room.changedAt, words: SessionWords(room.language))
        exports.append(SessionWrite(path: room.path, bytes: Array(page.utf8), create: false, done: nil))
    }

    /// The room reads the workbook's language, whatever the consultant's `lang` shows in the terminal.
    var roomDocument: ReportDocument { document(in: room?.language ?? language) }

    func endedPage(_ room: RoomView) -> [UInt8] {
        Array(RoomPage.html(roomDocument, step: roomStep, changedAt: room.changedAt, ended: now ?? "", words: SessionWords(room.language)).utf8)
    }

    /// `file:///…` for a path, resolved against the working folder, with unsafe bytes percent-encoded.
    func fileURL(_ file: String) -> String {
        let absolute = file.hasPrefix("/") ? file : (workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/") + file
        let safe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for b in absolute.utf8 {
            if safe.contains(b) { bytes.append(b) } else { bytes += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]] }
        }
        return "file://" + String(decoding: bytes, as: UTF8.self)
    }
}

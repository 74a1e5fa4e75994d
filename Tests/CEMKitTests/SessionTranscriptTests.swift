// Transcript tests: a session replayed from Tests/transcripts/NAME.in against an in-memory disk, its output
// compared with NAME.out (CEM_UPDATE_TRANSCRIPTS=1 rewrites the .out files; review the diff).
//
// Each input line is shown after its prompt, as on a terminal. Lines starting with `!` act on the world:
//   !ctrl-c            Ctrl-C at the prompt          !eof               end of input
//   !disk-title TEXT   someone changes the file's title on disk (a git pull, an editor)
//   !disk-delete       the file is removed on disk   !disk-garbage      the file on disk becomes invalid JSON
//   !write-fails WHY   the next write fails with WHY   !writes-fail WHY   every write fails with WHY from now on
//   !writes-work       writes succeed again

import CEMKit
import Foundation
import Testing

/// A session over an in-memory disk, driven like the shell drives it.
struct SessionReplay {
    enum Start {
        case new(String, Language)
        /// A new file whose template is asked (`cem session NEW` on a terminal).
        case newAskingTemplate(String, Language)
        case open(String, sample: Workbook, Language)
        case demo(Language)
    }

    var session: Session
    var disk: [String: [UInt8]] = [:]
    var transcript: [String] = []
    var failNextWrite: String?
    var failWrites: String?

    /// As on a terminal (questions are asked), or as a script (they are refused).
    init(_ start: Start, interactive: Bool = true) {
        switch start {
        case .new(let path, let language):
            session = Session.creating(path: path, language: language)
        case .newAskingTemplate(let path, let language):
            session = Session.creating(path: path, language: language, template: nil)
        case .open(let path, let workbook, let language):
            let bytes = WorkbookWriter.bytes(workbook)
            disk[path] = bytes
            session = Session(workbook: workbook, mode: .file(path), bytes: bytes, language: language)
        case .demo(let language):
            session = Session(workbook: Samples.workedExample(language), mode: .demo, language: language)
        }
        session.interactive = interactive
        record(session.start())
    }

    mutating func record(_ reply: SessionReply) {
        var lines = reply.lines
        if let write = reply.write {
            if let reason = failNextWrite ?? failWrites {
                failNextWrite = nil
                lines += session.writeFailed(reason)
            } else if write.create && disk[write.path] != nil {
                lines += session.writeFailed("exists", exists: true)
            } else if !write.create, let expecting = write.expecting, disk[write.path] != expecting {
                // As FileAccess.replace: never overwrite what the session did not read.
                lines += session.writeFailed("changed")
            } else {
                disk[write.path] = write.bytes
                if let done = write.done { lines.append(done) }
            }
        }
        // Side files (reports, charts, minutes, the projector view), as the shell writes them.
        for export in reply.exports {
            if export.create, let existing = disk[export.path] {
                lines += session.exportExists(export, existing: existing)
            } else if !export.create, let expecting = export.expecting, disk[export.path] != expecting {
                lines += session.exportFailed(export, reason: "changed")
            } else {
                disk[export.path] = export.bytes
                if let done = export.done { lines.append(done) }
            }
        }
        transcript += lines
    }

    var finished = false

    mutating func feed(_ line: String) {
        guard !finished else { return }
        let path = session.path
        func changeDisk(_ change: (inout Workbook) -> Void) {
            guard let path, let bytes = disk[path], var w = try? WorkbookReader.read(bytes) else { return }
            change(&w)
            disk[path] = WorkbookWriter.bytes(w)
        }
        let input: SessionInput
        switch line {
        case "!ctrl-c": input = .interrupt
        case "!eof": input = .end
        case "!disk-delete":
            if let path { disk[path] = nil }
            transcript.append("# the file was removed on disk")
            return
        case "!disk-garbage":
            if let path { disk[path] = Array("{ not json".utf8) }
            transcript.append("# the file on disk now holds invalid JSON")
            return
        default:
            if line.hasPrefix("!disk-title ") {
                let title = String(line.dropFirst("!disk-title ".count))
                changeDisk { $0.title = title }
                transcript.append("# on disk, the title was changed to \(title)")
                return
            }
            if line.hasPrefix("!writes-fail ") {
                failWrites = String(line.dropFirst("!writes-fail ".count))
                return
            }
            if line == "!writes-work" {
                failWrites = nil
                return
            }
            if line.hasPrefix("!write-fails ") {
                failNextWrite = String(line.dropFirst("!write-fails ".count))
                return
            }
            input = .line(line)
        }
        transcript.append(session.prompt + line)
        let reply = session.handle(input, disk: session.path.flatMap { disk[$0] })
        record(reply)
        finished = session.isOver
    }

    mutating func run(_ lines: [String]) {
        for line in lines { feed(line) }
        if !finished { feed("!eof") }
    }

    var text: String { transcript.joined(separator: "\n") + "\n" }
}

enum Transcripts {
    static let folder = Package.root.appendingPathComponent("Tests/transcripts")

    static func lines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".in"), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Replays NAME.in and compares with NAME.out.
    static func check(_ name: String, _ start: SessionReplay.Start) throws -> SessionReplay {
        var replay = SessionReplay(start)
        replay.run(try lines(name))
        let expectedURL = folder.appendingPathComponent(name + ".out")
        if ProcessInfo.processInfo.environment["CEM_UPDATE_TRANSCRIPTS"] == "1" {
            try replay.text.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        if replay.text != expected {
            let got = replay.text.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
            let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("\(name): transcript differs at line \((first?.offset ?? min(got.count, want.count)) + 1): got «\(first?.element.0 ?? "")», expected «\(first?.element.1 ?? "")»")
        }
        return replay
    }
}

@Suite struct SessionTranscriptTests {
    @Test(arguments: Language.allCases)
    func workedExampleFromAnEmptyRetailWorkbook(language: Language) throws {
        let replay = try Transcripts.check("worked-example.\(language.rawValue)", .new("m.cem.json", language))
        let expected = try Package.bytes("workbooks/" + Samples.workedExampleFileName(language))
        #expect(replay.disk["m.cem.json"] == expected)
        #expect(replay.session.refused == 0)
        #expect(replay.session.position == .done)
    }

    @Test func everyCommand() throws {
        let replay = try Transcripts.check("commands.en", .open("meisu.cem.json", sample: Samples.workedExample(.en), .en))
        let w = try WorkbookReader.read(replay.disk["meisu.cem.json"]!)
        #expect(replay.disk["copy.cem.json"] != nil)
        _ = w
    }

    @Test func refusals() throws {
        let replay = try Transcripts.check("refusals.zh", .new("r.cem.json", .zh))
        let w = try WorkbookReader.read(replay.disk["r.cem.json"]!)
        #expect(replay.session.refused > 0)
        _ = w
    }

    @Test func fileChangedOnDisk() throws {
        _ = try Transcripts.check("conflict.en", .open("c.cem.json", sample: Template.retail.workbook(language: .en, title: "Acme"), .en))
    }

    @Test func undoAndRedoAcrossSteps() throws {
        _ = try Transcripts.check("undo.zh", .new("u.cem.json", .zh))
    }

    @Test func demoIsReadOnlyUntilSavedAs() throws {
        let replay = try Transcripts.check("demo.zh", .demo(.zh))
        #expect(replay.disk.keys.sorted() == ["demo-copy.cem.json"])
    }

    @Test func interrupts() throws {
        _ = try Transcripts.check("interrupt.en", .new("i.cem.json", .en))
    }
}

/// A session a consultant can trust: never say saved when it is not.
@Suite struct SessionUnsavedTests {
    static let hotel = Template.retail.workbook(language: .en, title: "Hotel")

    /// On a terminal: the prompt shows [unsaved]; quit and Ctrl-C twice ask (retry, save as, discard).
    @Test func aReadOnlyWorkbookOnATerminal() throws {
        let replay = try Transcripts.check("unsaved.en", .open("hotel.cem.json", sample: Self.hotel, .en))
        #expect(!replay.text.contains("Saved in hotel.cem.json"))
        #expect(replay.disk["hotel.cem.json"] == WorkbookWriter.bytes(Self.hotel), "the read-only file is as it was")
        let copy = try WorkbookReader.read(try #require(replay.disk["hotel-copy.cem.json"]))
        #expect(copy.factors[0].experience == 8 && copy.factors[0].expectation == 7)
        #expect(replay.session.isOver && !replay.session.lost)
    }

    /// Choosing "2" (save as) at the leaving question asks for the file's name; an empty name goes back.
    @Test func saveAsByNumberAsksForTheName() throws {
        var replay = SessionReplay(.open("hotel.cem.json", sample: Self.hotel, .en), interactive: true)
        replay.run(["!writes-fail read-only", "goto 2", "8", "quit", "2", "  ", "!writes-work", "2", "hotel-copy.cem.json"])
        #expect(replay.transcript.contains("save as (a new file name; Enter goes back):   "))
        #expect(replay.transcript.contains("save as (a new file name; Enter goes back): hotel-copy.cem.json"))
        #expect(replay.transcript.filter { $0.hasPrefix("retry, save as FILE, discard or back: 2") }.count == 2,
                "an empty name goes back to the choice")
        #expect(replay.session.isOver && !replay.session.lost)
        let copy = try WorkbookReader.read(try #require(replay.disk["hotel-copy.cem.json"]))
        #expect(copy.factors[0].experience == 8)
    }

    /// In a script: quit, the end of input and Ctrl-C twice end with the message and exit code 1.
    @Test(arguments: [["quit"], ["!eof"], ["!ctrl-c", "!ctrl-c"]])
    func aReadOnlyWorkbookInAScript(ending: [String]) throws {
        var replay = SessionReplay(.open("hotel.cem.json", sample: Self.hotel, .en), interactive: false)
        replay.run(["!writes-fail read-only", "goto 2", "8"] + ending)
        let tail = Array(replay.transcript.suffix(3))
        #expect(tail == [
            "Not saved: the changes of this session were not written to hotel.cem.json (the",
            "file is read-only) and are lost. Exit code 1.",
            "Nothing more was saved. Goodbye.",
        ])
        #expect(!replay.text.contains("Saved in"))
        #expect(replay.session.lost)
        #expect(replay.disk["hotel.cem.json"] == WorkbookWriter.bytes(Self.hotel))
    }

    /// "Saved" appears only after a write succeeded: a later successful write clears the mark.
    @Test func theMarkGoesOnceAWriteSucceeds() throws {
        var replay = SessionReplay(.open("hotel.cem.json", sample: Self.hotel, .en), interactive: false)
        for line in ["!write-fails disk full", "goto 2", "8"] { replay.feed(line) }
        #expect(replay.session.unsaved)
        #expect(replay.session.prompt == "Product · Expectation (0–10) [—]: ".replacing("Product", with: "[unsaved] Product"))
        replay.run(["7", "quit"])
        #expect(!replay.session.unsaved && !replay.session.lost)
        #expect(replay.transcript.last == "Saved in hotel.cem.json. Goodbye.")
        #expect(try WorkbookReader.read(replay.disk["hotel.cem.json"]!).factors[0].experience == 8)
    }
}

/// An answer is an answer, a command is a command.
@Suite struct SessionLineTests {
    /// On a terminal, a line that starts like a command but is not one is asked about.
    @Test func aTerminalAsksWhichWasMeant() throws {
        let replay = try Transcripts.check("lines.en", .open("h.cem.json", sample: Samples.workedExample(.en), .en))
        let w = try WorkbookReader.read(try #require(replay.disk["h.cem.json"]))
        #expect(w.factors.last?.name == "Breakfast", "factr add Breakfast ran factor add once asked")
        #expect(w.requirements[0].title == "help desk")
        #expect(w.brandStatement == Samples.workedExample(.en).brandStatement, "factr add Breakfast never became the brand statement")
    }

    /// In a script, such a line is refused, never stored: `frobnicate` left R1's title alone.
    @Test(arguments: ["frobnicate", "Help desk training", "Set up a guest-recovery budget", "factr add Breakfast"])
    func aScriptRefusesIt(line: String) throws {
        var replay = SessionReplay(.open("h.cem.json", sample: Samples.workedExample(.en), .en), interactive: false)
        replay.run(["goto 5", line])
        #expect(replay.session.refused == 1)
        #expect(replay.disk["h.cem.json"] == WorkbookWriter.bytes(Samples.workedExample(.en)))
        #expect(replay.text.replacing("\n", with: " ").contains("it was neither stored as the answer nor run."))
    }

    /// A line that parses completely is the command, at any question.
    @Test func aCompleteCommandIsRun() throws {
        var replay = SessionReplay(.open("h.cem.json", sample: Samples.workedExample(.en), .en), interactive: false)
        replay.run(["goto 5", "set title Hotel Riverside", "undo"])
        #expect(replay.session.refused == 0)
        #expect(replay.transcript.contains("Title = Hotel Riverside"))
    }
}

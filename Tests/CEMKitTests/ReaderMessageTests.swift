// The reader's messages that help: the numeric domain with its real bounds, "did you mean" for keys,
// factor ids and choice words, one inert line per problem, and the one date parser.

@testable import CEMKit
import Testing

/// The lines `cem validate` prints for `text` read as `w.cem.json`, in `language`.
func readerLines(_ text: String, _ language: Language = .en) -> [String] {
    do {
        _ = try WorkbookReader.read(text)
        return []
    } catch {
        return error.diagnostics.map { $0.line(file: "w.cem.json", strings: strings(language)) }
    }
}

/// A small workbook with one factor whose members are `factor` and a requirement whose members are `requirement`.
func tinyWorkbook(root: String = "", scale: String = "{\"min\": 0, \"max\": 10}", factor: String = "",
                  requirement: String = "\"id\": \"R1\", \"title\": \"T\", \"factors\": [\"convenience\"]") -> String {
    """
    {
    "format": "cem-workbook", "formatVersion": 1,\(root)
    "scale": \(scale),
    "factors": [{"id": "convenience", "name": "C"\(factor)}],
    "requirements": [{\(requirement)}]
    }
    """
}

@Suite struct NumericDomainTests {
    /// The reproduction: accepted by `validate` before, and `show` crashed on it.
    @Test func aHugeScaleAndScoreAreRefusedWithTheirBounds() throws {
        let text = try String(decoding: Package.bytes("Tests/fixtures/fuzz/huge-scale.cem.json"), as: UTF8.self)
        #expect(readerLines(text) == [
            "w.cem.json:6:12 scale.max: 1e+300 is outside the range cem accepts for a score or scale bound (-1000000 to 1000000); use a number from -1000000 to 1000000",
            "w.cem.json:12:21 factors[0].experience: 1e+300 is outside the range cem accepts for a score or scale bound (-1000000 to 1000000); use a number from -1000000 to 1000000",
        ])
        #expect(readerLines(text, .zh)[0]
            == "w.cem.json:6:12 scale.max: 1e+300 超出了 cem 对分数或量表端点所允许的范围（-1000000 至 1000000）；请写 -1000000 至 1000000 之间的数")
    }

    @Test func kpiFiguresSurveyAndCycles() {
        let kpi = "\"id\": \"R1\", \"title\": \"T\", \"kpis\": [{\"id\": \"K1\", \"metric\": \"m\", \"baseline\": -1e308, \"target\": 1e15, \"actual\": 1.5e15}]"
        #expect(readerLines(tinyWorkbook(requirement: kpi)) == [
            "w.cem.json:5:94 requirements[0].kpis[0].baseline: -1e+308 is outside the range cem accepts for a KPI figure (-1e15 to 1e15); use a number from -1e15 to 1e15",
            "w.cem.json:5:128 requirements[0].kpis[0].actual: 1500000000000000.0 is outside the range cem accepts for a KPI figure (-1e15 to 1e15); use a number from -1e15 to 1e15",
        ])
        let survey = ", \"survey\": {\"experience\": {\"n\": 1000000001, \"mean\": 5, \"sd\": -1}}"
        #expect(readerLines(tinyWorkbook(factor: survey)) == [
            "w.cem.json:4:79 factors[0].survey.experience.n: 1000000001 is outside the range cem accepts for a count (0 to 1e9); use a whole number from 0 to 1e9",
            "w.cem.json:4:108 factors[0].survey.experience.sd: -1 is outside the range cem accepts for a standard deviation (0 to 1000000); use a number from 0 to 1000000",
        ])
        #expect(readerLines(tinyWorkbook(root: " \"cycle\": 1000000000,")) == [
            "w.cem.json:2:56 cycle: 1000000000 is outside the range cem accepts for a cycle number (1 to 1000000); use a whole number from 1 to 1000000",
        ])
        #expect(readerLines(tinyWorkbook(root: " \"cycle\": 1000000,")).isEmpty)
        #expect(readerLines(tinyWorkbook(scale: "{\"min\": -1e6, \"max\": 1e6}", factor: ", \"experience\": -1e6, \"importance\": 10")).isEmpty)
    }

    /// `cycle close` at the last cycle is refused, so no write leaves the domain.
    @Test func theCloserRefusesTheLastCycle() throws {
        var w = Samples.workedExample(.en)
        w.cycle = NumericDomain.cycleLimit
        #expect(CycleCloser.close(w, on: "2025-06-30") == .failure(.lastCycle(cycle: 1_000_000)))
        #expect(teamStrings(.en).refusal(.lastCycle(cycle: 1_000_000))
            == "cycle 1000000 cannot be closed: cycle numbers go up to 1000000, so the next cycle would be outside the workbook format; continue in a new workbook (`cem new FILE`)")
        w.cycle = NumericDomain.cycleLimit - 1
        guard case .success(let closed) = CycleCloser.close(w, on: "2025-06-30") else {
            Issue.record("cycle 999999 must close")
            return
        }
        #expect(try WorkbookReader.read(WorkbookWriter.bytes(closed)).cycle == 1_000_000)
    }

    /// The schema states the same bounds.
    @Test func theSchemaStatesTheBounds() {
        let schema = WorkbookSchema.text()
        #expect(schema.contains("\"score\": {\n      \"type\": [\"number\", \"null\"],\n      \"minimum\": -1000000,\n      \"maximum\": 1000000\n    }"))
        #expect(schema.contains("\"kpiFigure\": {\n      \"type\": [\"number\", \"null\"],\n      \"minimum\": -1000000000000000,\n      \"maximum\": 1000000000000000\n    }"))
        #expect(schema.contains("\"cycle\": {\n          \"type\": \"integer\",\n          \"minimum\": 1,\n          \"maximum\": 1000000\n        }"))
    }
}

@Suite struct ReaderSuggestionTests {
    @Test func unknownKeysFactorsAndChoiceWords() {
        let text = tinyWorkbook(factor: ", \"expectaton\": 5",
                                requirement: "\"id\": \"R1\", \"title\": \"T\", \"factors\": [\"convenince\"], \"alignment\": {\"decision\": \"persue\", \"people\": \"buld\"}, \"kpis\": [{\"id\": \"K1\", \"metric\": \"m\", \"better\": \"lowre\"}]")
        #expect(readerLines(text) == [
            "w.cem.json:4:48 factors[0].expectaton: unknown key \"expectaton\"; did you mean \"expectation\"?",
            "w.cem.json:5:57 requirements[0].factors[0]: the factor \"convenince\" does not exist; did you mean \"convenience\"?",
            "w.cem.json:5:98 requirements[0].alignment.decision: \"persue\" is not allowed here; did you mean \"pursue\"?",
            "w.cem.json:5:118 requirements[0].alignment.people: \"buld\" is not allowed here; did you mean \"build\"?",
            "w.cem.json:5:174 requirements[0].kpis[0].better: \"lowre\" is not allowed here; did you mean \"lower\"?",
        ])
        #expect(readerLines(text, .zh)[2] == "w.cem.json:5:98 requirements[0].alignment.decision: 此处不允许“persue”；是否想写“pursue”？")
        // Far from every word: the list of allowed words, as before.
        #expect(readerLines(tinyWorkbook(requirement: "\"id\": \"R1\", \"title\": \"T\", \"alignment\": {\"decision\": \"maybe\"}")) == [
            "w.cem.json:5:71 requirements[0].alignment.decision: \"maybe\" is not allowed here; use one of: pursue, defer, drop (or null)",
        ])
    }

    /// A newline in an id or key cannot forge a second diagnostic line.
    @Test func userValuesAreInert() {
        let lines = readerLines(tinyWorkbook(root: " \"x\\nw.cem.json:1:1 forged\": 1,",
                                             requirement: "\"id\": \"R\\n1\\u001b[2J\", \"title\": \"T\""))
        #expect(lines == [
            "w.cem.json:2:47 x⏎w.cem.json:1:1 forged: unknown key \"x⏎w.cem.json:1:1 forged\"; remove it or correct its spelling",
            "w.cem.json:5:25 requirements[0].id: \"R⏎1\\u{1B}[2J\" is not a valid requirement id; use ASCII letters, digits and hyphens, e.g. \"R1\"",
        ])
        #expect(ExerciseDiagnostic(.workbook(.badID("a\nb", kind: .factor)), at: nil).line(file: "e\u{1B}.json", strings: strings(.en))
            == "e\\u{1B}.json: \"a⏎b\" is not a valid factor id; use lowercase ASCII letters, digits and hyphens, starting with a letter or digit, e.g. \"brand-image\"")
    }
}

@Suite struct ISODateTests {
    @Test func realCalendarDatesOnly() {
        #expect(ISODate("2024-02-29")?.description == "2024-02-29")
        #expect(ISODate("2000-02-29") != nil)
        for bad in ["2025-02-29", "1900-02-29", "2025-+1-01", "2025-1-01", "2025-00-10", "2025-13-01", "2025-04-31",
                    "２０２５-01-01", "2025-01-01 ", "+025-01-01", "2025/01/01", ""] {
            #expect(ISODate(bad) == nil, "\(bad)")
        }
        #expect(ISODate("2025-06-30")! < ISODate("2025-07-01")!)
    }

    /// The reproduction: `kpi edit R1 K1 measuredOn 2025-+1-01` in a session wrote a file `cem validate` refused.
    @Test func theSessionRefusesWhatTheReaderRefuses() throws {
        let w = Samples.workedExample(.en)
        let bytes = WorkbookWriter.bytes(w)
        var session = Session(workbook: w, mode: .file("w.cem.json"), bytes: bytes, language: .en)
        _ = session.start()
        let reply = session.handle(.line("kpi edit R1 K1 measuredOn 2025-+1-01"), disk: bytes)
        #expect(reply.write == nil)
        #expect(session.refused == 1)
        let good = session.handle(.line("kpi edit R1 K1 measuredOn 2024-02-29"), disk: bytes)
        let written = try #require(good.write)
        #expect(try WorkbookReader.read(written.bytes).requirements[0].kpis[0].measuredOn == "2024-02-29")
    }
}

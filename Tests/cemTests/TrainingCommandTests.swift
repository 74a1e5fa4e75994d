import CEMKit
import Foundation
import Testing

/// `cem train` and `cem validate` on exercise files, through the built binary.
@Suite struct TrainingCommandTests {
    /// A small valid exercise; each test breaks one thing in it.
    static let valid = """
    {
      "format": "cem-exercise",
      "formatVersion": 1,
      "id": "tiny",
      "language": "en",
      "title": "Tiny",
      "industry": "test",
      "level": "beginner",
      "scenario": "Two factors.",
      "workbook": {
        "format": "cem-workbook",
        "formatVersion": 1,
        "factors": [
          {"id": "speed", "name": "Speed", "experience": 4, "expectation": 7, "importance": 8, "ideal": 9},
          {"id": "price", "name": "Price", "experience": 6, "expectation": 6, "importance": 5, "ideal": 6}
        ],
        "requirements": [
          {"id": "R1", "title": "Faster", "factors": ["speed"], "kpis": [{"id": "K1", "metric": "minutes", "better": "lower", "target": 10, "actual": 12}]}
        ]
      },
      "questions": [
        {"id": "q1", "kind": "satisfaction", "factor": "speed"},
        {"id": "q2", "kind": "keyExperience"},
        {"id": "q3", "kind": "kpiMet", "kpi": "K1"}
      ]
    }

    """

    static func write(_ text: String, _ name: String = "ex.exercise.json") throws -> (folder: URL, name: String) {
        let folder = try Cem.temporaryFolder()
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        return (folder, name)
    }

    /// Runs `cem validate` and `cem train` on a broken variant; both must refuse it with exactly `lines`.
    static func expectRefused(_ text: String, _ lines: [String], language: String = "en") throws {
        let (folder, name) = try write(text)
        defer { try? FileManager.default.removeItem(at: folder) }
        let validate = try Cem.call(["validate", name, "--lang", language], in: folder)
        #expect(validate.status == 1)
        #expect(validate.stdout == lines.map { $0 + "\n" }.joined())
        let train = try Cem.call(["train", name, "--lang", language], stdin: "1\n", in: folder)
        #expect(train.status == 1)
        #expect(train.stdout == "")
        #expect(train.stderr == lines.map { $0 + "\n" }.joined())
    }

    @Test func validExerciseValidatesAndRuns() throws {
        let (folder, name) = try Self.write(Self.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        let validate = try Cem.call(["validate", name, "../none.cem.json"], in: folder)
        #expect(validate.stdout.hasPrefix("ex.exercise.json: ok\n"))
        let run = try Cem.call(["train", name], stdin: "-3\nspeed\n2\n", in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Total: 3 / 3"))
        #expect(run.stdout.contains("deviation = actual − target = 12 − 10 = 2; better is lower, so the KPI was not met"))
    }

    @Test func builtInExerciseFilesValidate() throws {
        let files = BuiltInExercises.files.map { "workbooks/exercises/" + $0.name }
        let run = try Cem.call(["validate"] + files + ["workbooks/meisu.zh.cem.json"])
        #expect(run.status == 0)
        #expect(run.stdout == (files + ["workbooks/meisu.zh.cem.json"]).map { $0 + ": ok\n" }.joined())
    }

    @Test func unknownQuestionKindWithSuggestion() throws {
        try Self.expectRefused(Self.valid.replacingOccurrences(of: "\"kind\": \"keyExperience\"", with: "\"kind\": \"keyExperiense\""),
                               ["ex.exercise.json:23:26 questions[1].kind: unknown question kind \"keyExperiense\"; did you mean \"keyExperience\"?"])
    }

    @Test func questionNamingAnUnknownFactor() throws {
        try Self.expectRefused(Self.valid.replacingOccurrences(of: "\"factor\": \"speed\"", with: "\"factor\": \"sped\""),
                               ["ex.exercise.json:22:52 questions[0].factor: the factor \"sped\" does not exist; did you mean \"speed\"?"])
    }

    @Test func questionNamingAnUnknownKPIInChinese() throws {
        try Self.expectRefused(Self.valid.replacingOccurrences(of: "\"kpi\": \"K1\"", with: "\"kpi\": \"K2\""),
                               ["ex.exercise.json:24:43 questions[2].kpi: 工作簿中没有 KPI“K2”；是否想用“K1”？"], language: "zh")
    }

    @Test func missingScenario() throws {
        try Self.expectRefused(Self.valid.replacingOccurrences(of: "  \"scenario\": \"Two factors.\",\n", with: ""),
                               ["ex.exercise.json:1:1: the required key \"scenario\" is missing; add \"scenario\": the situation the learner reads before the questions"])
    }

    @Test func badWorkbookInside() throws {
        let text = Self.valid.replacingOccurrences(of: "\"experience\": 4,", with: "\"experience\": 14,")
            .replacingOccurrences(of: "\"formatVersion\": 1,\n    \"factors\"", with: "\"formatVersion\": 1,\n    \"titel\": \"T\",\n    \"factors\"")
        try Self.expectRefused(text, [
            "ex.exercise.json:13:5 workbook.titel: unknown key \"titel\"; did you mean \"title\"?",
            "ex.exercise.json:15:54 workbook.factors[0].experience: 14 is outside the scale 0–10; use a number from 0 to 10, or null while it is unknown",
        ])
    }

    @Test func duplicateQuestionIDs() throws {
        try Self.expectRefused(Self.valid.replacingOccurrences(of: "{\"id\": \"q3\"", with: "{\"id\": \"q1\""),
                               ["ex.exercise.json:24:12 questions[2].id: the question id \"q1\" is used twice (first on line 22); give each question its own id"])
    }

    @Test func questionWithoutModelAnswerOrTarget() throws {
        let text = Self.valid.replacingOccurrences(of: "\"expectation\": 7,", with: "\"expectation\": null,")
            .replacingOccurrences(of: "{\"id\": \"q3\", \"kind\": \"kpiMet\", \"kpi\": \"K1\"}", with: "{\"id\": \"q3\", \"kind\": \"gap\"}")
        try Self.expectRefused(text, [
            "ex.exercise.json:22:5 questions[0]: the engine gives no answer to this satisfaction question from the workbook (a score it needs is null, or nothing qualifies); fill in the scores this question needs, or ask another question; check with `cem show` on the workbook",
            "ex.exercise.json:23:5 questions[1]: the engine gives no answer to this keyExperience question from the workbook (a score it needs is null, or nothing qualifies); fill in the scores this question needs, or ask another question; check with `cem show` on the workbook",
            "ex.exercise.json:24:5 questions[2]: a gap question needs \"factor\"; add \"factor\": the id it asks about",
        ])
    }

    @Test func cycleThatIsNotInHistory() throws {
        try Self.expectRefused(Self.valid.replacingOccurrences(of: "{\"id\": \"q2\", \"kind\": \"keyExperience\"}", with: "{\"id\": \"q2\", \"kind\": \"keyExperience\", \"cycle\": 3}"),
                               ["ex.exercise.json:23:52 questions[1].cycle: the workbook's history has no cycle 3 (it has none); use a cycle listed in \"workbook.history\", or remove \"cycle\""])
    }

    @Test func listInBothLanguages() throws {
        let en = try Cem.call(["train"])
        #expect(en.status == 0)
        #expect(en.stdout.contains("  meisu        Meisu Electronics: four shops on one street"))
        #expect(en.stdout.contains("  nurse-calls  "))
        let zh = try Cem.call(["train"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stdout.contains("  hospital     医院门诊：等候是关键体验          医疗      1,2,3,4,5,6,7  高级"))
        // From beginner to advanced: the short beginner exercise (steps 1–3) first.
        let rows = zh.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("  ID") && !$0.hasPrefix("  ─") }
        #expect(rows.map { $0.split(separator: " ")[0] } == ["cafe", "bank", "meisu", "government", "hospital", "nurse-calls", "call-order", "call-test"])
        #expect(rows[0].contains("1,2,3 ") && rows[0].hasSuffix("入门") && rows[5].hasSuffix("高级"))
    }

    @Test func unknownExerciseIsAUsageError() throws {
        let run = try Cem.call(["train", "banc"])
        #expect(run.status == 2)
        #expect(run.stderr == "cem train: there is no exercise 'banc' and no such file. Did you mean 'bank'? Run `cem train` for the list.\n")
    }

    @Test func answersForTrainers() throws {
        let run = try Cem.call(["train", "government", "--answers", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Question 1 of 8 · Step 2 [q1]\nWhat is the mean satisfaction over all factors?\n  Answer: −1.6\n  Working: mean satisfaction = ((−2) + (−3) + (−1) + 0 + (−2)) ÷ 5 = −1.6\n"))
        #expect(run.stdout.contains("  Answer: −1.73\n"))
    }

    /// A scripted line that is not understood makes the exit code 1, after the exercise still ran to its end.
    @Test func refusedScriptedLineExitsOne() throws {
        let run = try Cem.call(["train", "bank", "--lang", "en"], stdin: "staff-service\nfour\nquit\n")
        #expect(run.status == 1)
        #expect(run.stdout.contains("answer>\nfour\n'four' is not a number: type a number such as -1.5 (or skip, or quit).\nanswer>\nquit\nYour score\n"))
        let clean = try Cem.call(["train", "bank", "--lang", "en"], stdin: "staff-service\n")
        #expect(clean.status == 0)
        #expect(clean.stdout.hasSuffix("answer>\n\nYour score\nStopped after 1 of 9 questions.\n" + clean.stdout.components(separatedBy: "Stopped after 1 of 9 questions.\n")[1]))
    }
}

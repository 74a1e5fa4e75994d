import CEMKit
import Foundation
import Testing

/// A mock class through the command line: three learners' answer sheets piped to `cem train meisu --exam`
/// (one perfect, one with a sign flip, one in Chinese with a tie and a rounded index), their result files,
/// and `cem train report` over them as text and CSV. Expected outputs are in Tests/transcripts/train/class/;
/// CEM_UPDATE_TRANSCRIPTS=1 rewrites them.
@Suite struct TrainingClassTests {
    static let folder = Cem.root.appendingPathComponent("Tests/transcripts/train/class")
    static let date = ["SOURCE_DATE_EPOCH": "1790000000"]
    static let learners = [("ann", "Ann", Language.en), ("bo", "Bo", .en), ("chen", "陈", .zh)]

    /// Compares `actual` with the expected file, or rewrites it under CEM_UPDATE_TRANSCRIPTS=1.
    static func expectFile(_ name: String, _ actual: String) throws {
        let url = folder.appendingPathComponent(name)
        if TrainingTranscriptTests.update { try Data(actual.utf8).write(to: url) }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(actual == expected, "\(name) differs from its transcript")
    }

    /// Runs the three exams in a fresh folder; returns it with the result files in it.
    static func runClass() throws -> URL {
        let work = try Cem.temporaryFolder()
        for (file, learner, language) in learners {
            let input = try String(contentsOf: folder.appendingPathComponent("\(file).\(language.rawValue).in"), encoding: .utf8)
            let run = try Cem.call(["train", "meisu", "--exam", "--lang", language.rawValue, "--learner", learner,
                                    "--result", "\(file).json"], stdin: input, environment: date, in: work)
            #expect(run.status == 0 && run.stderr == "", "\(file): \(run.stderr)")
            try expectFile("\(file).\(language.rawValue).exam.out", run.stdout)
        }
        return work
    }

    @Test func threeLearnersAndTheirSummary() throws {
        let work = try Self.runClass()
        defer { try? FileManager.default.removeItem(at: work) }
        for (file, _, _) in Self.learners {
            try Self.expectFile("\(file).result.json", try String(contentsOf: work.appendingPathComponent("\(file).json"), encoding: .utf8))
        }
        let bo = try TrainingResult.read(Array(try Data(contentsOf: work.appendingPathComponent("bo.json"))))
        #expect(bo.score == 16 && bo.maxScore == 17 && bo.mode == .exam && bo.date == "2026-09-21" && bo.language == .en)
        #expect(bo.questions[1] == TrainingResult.Question(id: "q2", step: 2, kind: "satisfaction", prompt: "What is the satisfaction of Convenience?",
                                                          given: "2", attempts: 1, points: 0, status: .wrong, rightAnswer: "−2"))
        // Chosen by number, recorded by the option's id.
        #expect(bo.questions[0].given == "brand-image" && bo.questions[0].status == .right)
        let chen = try TrainingResult.read(Array(try Data(contentsOf: work.appendingPathComponent("chen.json"))))
        #expect(chen.score == 16 && chen.questions[5].given == "-0.7" && chen.questions[5].status == .wrong)
        #expect(chen.questions[0].given == "price" && chen.questions[1].status == .right)

        let files = Self.learners.map { "\($0.0).json" }
        let text = try Cem.call(["train", "report"] + files + ["--lang", "en"], in: work)
        #expect(text.status == 0 && text.stderr == "")
        #expect(text.stdout.contains("  Bo       16 / 17   94%  exam  2026-09-21\n"))
        #expect(text.stdout.contains("q2 (Step 2, 2 of 3 right): What is the satisfaction of Convenience? Answer: −2\n  Missed by: Bo (answered 2)\n"))
        #expect(text.stdout.hasSuffix("Class mean: 16.33 / 17 (96%)\n"))
        try Self.expectFile("report.en.out", text.stdout)
        let zh = try Cem.call(["train", "report"] + files + ["--lang", "zh"], in: work)
        #expect(zh.stdout.contains("q6（步骤 3，3 人中 2 人答对）：What is the weighted satisfaction index? 答案：−0.67\n  答错的学员：陈（答 -0.7）\n"))
        try Self.expectFile("report.zh.out", zh.stdout)
        let csv = try Cem.call(["train", "report"] + files + ["--format", "csv", "-o", "class.csv"], in: work)
        #expect(csv.status == 0 && csv.stdout == "")
        let sheet = String(decoding: try Data(contentsOf: work.appendingPathComponent("class.csv")), as: UTF8.self)
        #expect(sheet.hasPrefix("\u{FEFF}Learner,Exercise,Mode,Date,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17,score,maxScore\r\n"))
        #expect(sheet.contains("\r\nBo,meisu,exam,2026-09-21,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,16,17\r\n"))
        try Self.expectFile("report.csv", sheet)
    }

    /// The sheet of the issue, piped to practice mode: marked line by line, so only the sign of the second is wrong.
    @Test func pipedSheetIsMarkedLineByLine() throws {
        let sheet = ["5", "2", "-1", "-0.5", "-18", "-0.67", "4", "1", "4", "-5", "-45", "4", "R1", "0", "R1", "0.2", "yes"]
        let run = try Cem.call(["train", "meisu", "--lang", "en"], stdin: sheet.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Total: 16 / 17 (1 point right first time, ½ after the hint)\nTo revisit: Step 2 Understand current experience and expectations\n"))
        #expect(run.stdout.contains("answer>\n2\n✗ Not quite. The answer is −2.\n  satisfaction of Convenience = experience − expectation = 5 − 7 = −2\n  Your 2 is 7 − 5, the subtraction the wrong way round: satisfaction = experience − expectation.\n\nQuestion 3 of 17"))
        #expect(run.stdout.components(separatedBy: "✓ Right.").count - 1 == 16)
        let zh = try Cem.call(["train", "meisu", "--lang", "zh"], stdin: sheet.joined(separator: "\n") + "\n")
        #expect(zh.stdout.contains("总分：16 / 17（"))
    }

    @Test func badCommandLinesAndFiles() throws {
        let work = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let noLearner = try Cem.call(["train", "meisu", "--result", "r.json"], in: work)
        #expect(noLearner.status == 2 && noLearner.stderr == "cem train: --result needs --learner NAME (whose result it is).\n")
        let noResult = try Cem.call(["train", "meisu", "--learner", "Ann"], in: work)
        #expect(noResult.status == 2 && noResult.stderr == "cem train: --learner needs --result FILE (where to write the result).\n")
        let json = try Cem.call(["train", "meisu", "--format", "json"], in: work)
        #expect(json.status == 2 && json.stderr.hasPrefix("cem train: --format json goes with --answers"))

        // A result is never written over another file, nor over another learner's result: refused before the exercise starts.
        try Data("notes\n".utf8).write(to: work.appendingPathComponent("notes.json"))
        let taken = try Cem.call(["train", "meisu", "--learner", "Ann", "--result", "notes.json"], stdin: "5\n", in: work)
        #expect(taken.status == 1 && taken.stdout == "")
        #expect(taken.stderr == "cem train: notes.json exists and is not a result file of this exercise; to keep it, choose another name or move it away first.\n")
        #expect(try String(contentsOf: work.appendingPathComponent("notes.json"), encoding: .utf8) == "notes\n")
        _ = try Cem.call(["train", "bank", "--learner", "Ann", "--result", "ann.json"], stdin: "quit\n", in: work)
        let other = try Cem.call(["train", "bank", "--learner", "Bo", "--result", "ann.json"], stdin: "quit\n", in: work)
        #expect(other.status == 1 && other.stderr == "cem train: ann.json holds the result of 'Ann'; to keep it, choose another name.\n")
        let again = try Cem.call(["train", "bank", "--learner", "Ann", "--result", "ann.json"], stdin: "staff-service\n", in: work)
        #expect(again.status == 0 && again.stdout.hasSuffix("Result written to ann.json.\n"))
        let partial = try TrainingResult.read(Array(try Data(contentsOf: work.appendingPathComponent("ann.json"))))
        #expect(partial.score == 1 && partial.maxScore == 9 && partial.mode == .practice)
        #expect(partial.questions.map(\.status) == [.right] + Array(repeating: .unanswered, count: 8))

        try Data("{\n  \"format\": \"cem-workbook\"\n}\n".utf8).write(to: work.appendingPathComponent("wb.json"))
        try Data("{\n".utf8).write(to: work.appendingPathComponent("broken.json"))
        let report = try Cem.call(["train", "report", "ann.json", "wb.json", "broken.json"], in: work)
        #expect(report.status == 1 && report.stdout == "")
        #expect(report.stderr == """
            wb.json: not a result file (its format should be "cem-training-result", as cem train --result writes).
            broken.json: not valid JSON at line 2, column 1.

            """)
        _ = try Cem.call(["train", "meisu", "--learner", "Ann", "--result", "meisu.json"], stdin: "quit\n", in: work)
        let mixed = try Cem.call(["train", "report", "ann.json", "meisu.json"], in: work)
        #expect(mixed.status == 1 && mixed.stderr == "cem train report: the results are of different exercises (bank, meisu); summarise one exercise at a time.\n")
        let none = try Cem.call(["train", "report"], in: work)
        #expect(none.status == 2)
    }

    @Test func answerKeyAsJSON() throws {
        let run = try Cem.call(["train", "meisu", "--answers", "--format", "json", "--lang", "en"])
        #expect(run.status == 0)
        let root = try JSONParser.parse(run.stdout)
        guard case .object(let members) = root.value, case .array(let questions)? = members.first(where: { $0.key == "questions" })?.value.value,
              case .object(let q1) = questions[0].value, case .object(let q6) = questions[5].value else {
            Issue.record("not an answer key: \(run.stdout.prefix(200))")
            return
        }
        #expect(questions.count == 17)
        #expect(q1.first { $0.key == "accepted" }?.value.value == .array([JSONNode(.string("brand-image")), JSONNode(.string("price"))]))
        #expect(q6.first { $0.key == "answer" }?.value.value == .number(-0.666666667))
        #expect(q6.first { $0.key == "tolerance" }?.value.value == .number(0.01))
        #expect(run.stdout.hasPrefix("{\n  \"format\": \"cem-answer-key\",\n  \"formatVersion\": 1,\n  \"exercise\": \"meisu\",\n"))
    }

    /// Twenty learners cannot copy: each variant has its own figures, recorded in the result.
    @Test func variantsPerLearner() throws {
        let work = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let one = try Cem.call(["train", "meisu", "--variant", "1", "--answers", "--format", "json", "--lang", "en"])
        let two = try Cem.call(["train", "meisu", "--seed", "2", "--answers", "--format", "json", "--lang", "en"])
        #expect(one.status == 0 && two.status == 0 && one.stdout != two.stdout)
        #expect(one.stdout.contains("\"title\": \"Meisu Electronics: four shops on one street (variant 1)\""))
        let run = try Cem.call(["train", "meisu", "--variant", "2", "--exam", "--learner", "Cy", "--result", "cy.json"], stdin: "quit\n", in: work)
        #expect(run.status == 0)
        let result = try TrainingResult.read(Array(try Data(contentsOf: work.appendingPathComponent("cy.json"))))
        #expect(result.variant == 2)
        let bad = try Cem.call(["train", "meisu", "--variant", "0"])
        #expect(bad.status == 2 && bad.stderr == "cem: '0' is not a valid value for --variant; use 1, 2, 3, ….\n")
    }

    /// An exercise on an interaction's order has no scores to draw: it says so, not "try another number".
    @Test func anExerciseWithoutScoresHasNoVariants() throws {
        let none = try Cem.call(["train", "call-order", "--variant", "2", "--lang", "en"])
        #expect(none.status == 1)
        #expect(none.stderr == "cem train: exercise 'call-order' has no scores to draw, so it has no variants; leave out --variant to practise it as written.\n")
        let zh = try Cem.call(["train", "call-test", "--variant", "1", "--lang", "zh"])
        #expect(zh.status == 1 && zh.stderr.contains("练习“call-test”没有可抽取的分数"))
    }
}

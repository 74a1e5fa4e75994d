import CEMKit
import Foundation
import Testing

/// Questions of judgement: every key experience (multi-select), their order (ranking), open questions with a
/// model answer and a checklist for the trainer (recorded, never marked); the built-ins' progression.
@Suite struct TrainingJudgementTests {
    static func cafe(_ mode: TrainingMode = .practice, _ language: Language = .en) throws -> Trainer {
        try Trainer(exercise: ExerciseCatalogue.exercise("cafe", language: language)!, mode: mode)
    }

    @Test func multiSelectAndRanking() throws {
        let t = try Self.cafe()
        // q5: speed −24, seating −12, price −5 are the key experiences.
        let before = ["coffee, seating", "a sentence", "-3", "-12"]
        for answer in ["price, speed, seating", "3、2、4", "speed and seating and price", "3和2和4"] {
            #expect(TrainingTrainerTests.play(t, before + [answer]).state.points[4] == 1, "\(answer)")
        }
        let (some, _) = TrainingTrainerTests.play(t, before + ["speed, seating"])
        #expect(some.last!.output == "✗ Not quite: Those are right, but you named 2 of 3. Try again.")
        let ranked = before + ["speed, seating, price"]
        #expect(TrainingTrainerTests.play(t, ranked + ["speed, seating, price"]).state.points[5] == 1)
        let (order, _) = TrainingTrainerTests.play(t, ranked + ["seating, speed, price"])
        #expect(order.last!.output == "✗ Not quite: The right factors, in the wrong order: the most negative comes first. Try again.")
        #expect(t.answers[5].answer == "Speed of service (speed), Seating (seating), Price (price)")
    }

    @Test func openQuestionsAreRecordedWithTheirChecklist() throws {
        let t = try Self.cafe()
        let (replies, _) = TrainingTrainerTests.play(t, ["coffee, seating", "Protect the coffee and the seats"])
        #expect(replies[1].output.hasPrefix("Your answer is recorded for your trainer (cem does not mark it).\n  Model answer: Keep the coffee as good and the seats as comfortable: they are why customers come, so faster service must not come from cheaper coffee or fewer seats.\n  Checklist:\n  • names both drivers (coffee quality and seating), not just one\n"))
        let all = ["coffee, seating", "Protect the coffee and the seats", "-3", "-12", "speed, seating, price", "speed, seating, price", "speed"]
        let (end, done) = TrainingTrainerTests.play(t, all)
        #expect(done.finished)
        #expect(end.last!.output.contains("Total: 6 / 6 (1 point right first time, ½ after the hint)\n1 open question for your trainer to read, not in the total.\nFull score: well done."))
        let result = t.result(done, learner: "Ann", date: "2026-01-01")
        #expect(result.maxScore == 6 && result.score == 6)
        #expect(result.questions[1].status == .open && result.questions[1].given == "Protect the coffee and the seats")
        #expect(result.questions[1].checklist.count == 3)
        #expect(result.text.contains("      \"status\": \"open\",\n      \"rightAnswer\": \"Keep the coffee"))
        #expect(try TrainingResult.read(Array(result.text.utf8)) == result)
        // In an exam the answer waits for the end, beside the model answer and checklist.
        let exam = try Self.cafe(.exam, .zh)
        let (examReplies, _) = TrainingTrainerTests.play(exam, all)
        #expect(examReplies.last!.output.contains("你的答案（供培训师评阅）：Protect the coffee and the seats\n答案是 保住咖啡的品质"))
        // The class summary lists it without marks and never as missed.
        let report = ClassReport([result, result], language: .en).text()
        #expect(report.contains("  q2        Step 1      —       —  Keep the coffee"))
        #expect(report.contains("Most missed\nNone: every learner got every question right."))
    }

    @Test func openQuestionKeysAreChecked() throws {
        let base = TrainingMarkingTests.hotel(extra: #", {"id": "q4", "kind": "open", "step": 9, "prompt": "Why?", "checklist": []}, {"id": "q5", "kind": "gap", "factor": "wifi", "modelAnswer": "x"}"#)
        do {
            _ = try ExerciseReader.read(base)
            Issue.record("read")
        } catch {
            let lines = error.diagnostics.map { $0.line(file: "h.json", strings: strings(.en)) }
            #expect(lines.contains { $0.contains("questions[3]") && $0.contains("modelAnswer") })
            #expect(lines.contains { $0.contains("questions[3].step") && $0.contains("9") })
            #expect(lines.contains { $0.contains("questions[3].checklist") })
            #expect(lines.contains { $0.contains("questions[4].modelAnswer: a gap question does not use \"modelAnswer\"") })
        }
    }

    @Test func builtInsGoFromBeginnerToAdvancedWithJudgementOnSteps1567() throws {
        let all = ExerciseCatalogue.all(language: .en)
        #expect(all.map(\.level) == [.beginner, .intermediate, .intermediate, .intermediate, .advanced, .advanced, .advanced, .advanced])
        #expect(all[0].steps == [1, 2, 3] && all[0].questions.count <= 8)
        let judgement = all.flatMap(\.questions).filter { [.open, .keyExperiences, .keyExperienceOrder].contains($0.kind) || $0.ties == .all }
        #expect(Set(judgement.filter { $0.kind == .open }.map(\.step)) == [1, 5, 6, 7])
        for exercise in all.suffix(2) {
            #expect(exercise.questions.contains { $0.kind == .open } && exercise.questions.contains { $0.kind != .open })
        }
    }
}

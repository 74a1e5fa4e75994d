import CEMKit
import Foundation
import Testing

/// Exam mode and a piped sheet as state machines: one attempt per question, no hint, feedback kept for the
/// end in an exam; the result of a run as a value.
@Suite struct TrainingExamTests {
    static let sheet = ["5", "2", "-1", "-0.5", "-18", "-0.67", "4", "1", "4", "-5", "-45", "4", "R1", "0", "R1", "0.2", "yes"]

    static func trainer(mode: TrainingMode = .exam, retries: Bool = true, _ language: Language = .en) throws -> Trainer {
        try Trainer(exercise: ExerciseCatalogue.exercise("meisu", language: language)!, mode: mode, retries: retries)
    }

    @Test func examTakesOneAttemptAndKeepsFeedbackForTheEnd() throws {
        let t = try Self.trainer()
        let (replies, state) = TrainingTrainerTests.play(t, Self.sheet)
        #expect(state.finished && state.points.compactMap { $0 } == [1, 0] + Array(repeating: 1, count: 15))
        // Between questions: only the next question, never a verdict or a hint.
        #expect(replies[1].output == "\nQuestion 3 of 17 · Step 2\nWhat is the satisfaction of Product?\nGive it to 2 decimal places (within ±0.01).")
        for reply in replies.dropLast() { #expect(!reply.output.contains("✗") && !reply.output.contains("✓") && !reply.output.contains("Hint")) }
        let end = replies.last!.output
        #expect(end.contains("Feedback, question by question\n\nQuestion 1 of 17 · Step 1 [q1]\n"))
        #expect(end.contains("Question 2 of 17 · Step 2 [q2]\nWhat is the satisfaction of Convenience?\n✗ You answered 2; the answer is −2. Your 2 is 7 − 5, the subtraction the wrong way round: satisfaction = experience − expectation.\n  satisfaction of Convenience = experience − expectation = 5 − 7 = −2\n"))
        #expect(end.contains("✓ Your answer brand-image is right."))
        #expect(end.hasSuffix("Total: 16 / 17 (exam: one attempt per question, 1 point each)\nTo revisit: Step 2 Understand current experience and expectations"))
    }

    @Test func examSkipAndQuitMarkTheRest() throws {
        let t = try Self.trainer()
        let (replies, state) = TrainingTrainerTests.play(t, ["skip", "-2", "quit"])
        #expect(state.points == [0, 1] + Array(repeating: nil, count: 15))
        #expect(replies[0].output.hasPrefix("\nQuestion 2 of 17"))
        let end = replies[2].output
        #expect(end.contains("[q1]\nWhich factor drives the brand value (the highest brand value)?\nSkipped. The answer is Brand image (brand-image); also right: Price (price).\n"))
        #expect(end.contains("[q3]\nWhat is the satisfaction of Product?\nNot answered. The answer is −1.\n"))
        let result = t.result(state, learner: "Ann", date: "2026-01-02")
        #expect(result.questions.prefix(3).map(\.status) == [.skipped, .right, .unanswered])
        #expect(result.score == 1 && result.maxScore == 17)
    }

    @Test func pipedPracticeMarksLineByLine() throws {
        let t = try Self.trainer(mode: .practice, retries: false)
        let (replies, state) = TrainingTrainerTests.play(t, Self.sheet)
        #expect(state.points.compactMap { $0 }.reduce(0, +) == 16)
        #expect(replies[1].output.hasPrefix("✗ Not quite. The answer is −2.\n  satisfaction of Convenience = experience − expectation = 5 − 7 = −2\n  Your 2 is 7 − 5, the subtraction the wrong way round: satisfaction = experience − expectation.\n\nQuestion 3 of 17"))
        // At a terminal, the same line earns the hint and a second try, so the rest would shift: the old mis-marking.
        let (_, retried) = TrainingTrainerTests.play(try Self.trainer(mode: .practice), Self.sheet)
        #expect(retried.points.compactMap { $0 }.reduce(0, +) < 16)
    }

    @Test func resultAsJSON() throws {
        let t = try Self.trainer(mode: .practice, .zh)
        let (_, state) = TrainingTrainerTests.play(t, ["1", "1", "-2", "quit"])
        let result = t.result(state, learner: "陈", date: "2026-03-04")
        let text = result.text
        #expect(text.hasPrefix("{\n  \"format\": \"cem-training-result\",\n  \"formatVersion\": 1,\n  \"learner\": \"陈\",\n  \"exercise\": \"meisu\",\n  \"title\": \"美苏电器：西洋菜街的四家分店\",\n  \"language\": \"zh\",\n  \"mode\": \"practice\",\n  \"variant\": null,\n  \"date\": \"2026-03-04\",\n"))
        #expect(text.contains("      \"given\": \"product\",\n      \"attempts\": 2,\n      \"points\": 0,\n      \"status\": \"wrong\",\n      \"rightAnswer\": \"品牌形象 (brand-image)；价格 (price) 也对\"\n"))
        #expect(result.questions[0].attempts == 2 && result.questions[0].points == 0 && result.questions[0].status == .wrong)
        #expect(result.questions[1] == TrainingResult.Question(id: "q2", step: 2, kind: "satisfaction", prompt: "“便利性”的满意度是多少？",
                                                              given: "-2", attempts: 1, points: 1, status: .right, rightAnswer: "−2"))
        #expect(text.hasSuffix("  \"score\": 1,\n  \"maxScore\": 17\n}\n"))
        #expect(try TrainingResult.read(Array(text.utf8)) == result)
    }
}

import CEMKit
import Foundation
import Testing

/// Feedback that diagnoses: each common mistake recognised from the learner's own number, with the formula
/// in their numbers, at a terminal (instead of the generic hint) and on a piped sheet (after the worked answer).
@Suite struct TrainingDiagnosisTests {
    /// The reply to `answer` for question `id` of meisu, after right answers to the questions before it.
    static func reply(_ id: String, _ answer: String, _ language: Language = .en, retries: Bool = true) throws -> String {
        let t = try Trainer(exercise: ExerciseCatalogue.exercise("meisu", language: language)!, retries: retries)
        let index = t.answers.firstIndex { $0.question.id == id }!
        let before = t.answers.prefix(index).map { model -> String in
            switch model.expected {
            case .number(let value, _): return CanonicalJSON.number(value)
            case .choice(_, let ids), .allOf(_, let ids), .sequence(_, let ids): return ids[0]
            case .open: return "an answer in words"
            }
        }
        return TrainingTrainerTests.play(t, before + [answer]).replies.last!.output
    }

    @Test func eachMistakeIsNamedInTheLearnersNumbers() throws {
        let cases: [(String, String, String)] = [
            ("q2", "2", "✗ Not quite: Your 2 is 7 − 5, the subtraction the wrong way round: satisfaction = experience − expectation. Try again."),
            ("q2", "-5", "✗ Not quite: Your −5 is 5 − 10: you used the ideal (10) instead of the expectation (7); comparing with the ideal is step 4's gap. Try again."),
            ("q5", "18", "✗ Not quite: Your 18 has the sign flipped: the size is right, the direction is not. Try again."),
            ("q5", "-2", "✗ Not quite: Your −2 is not weighted yet: multiply it by the importance (9). Try again."),
            ("q5", "-45", "✗ Not quite: Your −45 is 9 × (5 − 10): you used the ideal (10) instead of the expectation (7); comparing with the ideal is step 4's gap. Try again."),
            ("q6", "-0.5", "✗ Not quite: Your −0.5 is the plain mean of the satisfactions; the index weights each by its importance: Σ (importance × satisfaction) ÷ Σ importance. Try again."),
            ("q7", "product", "✗ Not quite: Product (weighted satisfaction −6) is a key experience, but Convenience's −18 is more negative: the key experience is the most negative. Try again."),
            ("q10", "5", "✗ Not quite: Your 5 is 10 − 5, the subtraction the wrong way round: gap = experience − ideal. Try again."),
            ("q10", "-2", "✗ Not quite: Your −2 is 5 − 7: you used the expectation (7) instead of the ideal (10); comparing with the expectation is step 2's satisfaction. Try again."),
            ("q11", "-5", "✗ Not quite: Your −5 is not weighted yet: multiply it by the importance (9). Try again."),
            ("q11", "-18", "✗ Not quite: Your −18 is 9 × (5 − 7): you used the expectation (7) instead of the ideal (10); comparing with the expectation is step 2's satisfaction. Try again."),
            ("q16", "-0.2", "✗ Not quite: Your −0.2 has the sign flipped: the size is right, the direction is not. Try again."),
            // Not a known mistake: the generic hint.
            ("q2", "3", "✗ Not quite. Hint: satisfaction = experience − expectation (the triangle law). Look at Convenience's experience and expectation. Try again."),
        ]
        for (id, answer, expected) in cases {
            #expect(try Self.reply(id, answer) == expected, "\(id) \(answer)")
        }
        #expect(try Self.reply("q2", "2", .zh) == "✗ 不对：你的 2 是 7 − 5，减反了：满意度 = 体验 − 期望。请再试一次。")
        // Piped: the worked answer, then the diagnosis.
        #expect(try Self.reply("q2", "2", retries: false).hasPrefix("✗ Not quite. The answer is −2.\n  satisfaction of Convenience = experience − expectation = 5 − 7 = −2\n  Your 2 is 7 − 5, the subtraction the wrong way round: satisfaction = experience − expectation.\n"))
    }

    @Test func sumInsteadOfMaxForAPriority() throws {
        let text = TrainingMarkingTests.hotel(extra: "").replacingOccurrences(
            of: #""factors": [{"id": "wifi""#, with: #""requirements": [{"id": "R1", "title": "Faster check-in and Wi-Fi", "factors": ["wifi", "check-in"]}], "factors": [{"id": "wifi""#)
            .replacingOccurrences(of: #"{"id": "q3", "kind": "brandValueDriver", "ties": "all"}"#, with: #"{"id": "q3", "kind": "requirementPriority", "requirement": "R1"}"#)
        let t = try Trainer(exercise: ExerciseReader.read(text))
        // Wi-Fi: 8 × (4 − 9) = −40; check-in: 8 × (5 − 8) = −24; the priority is 40, not 64.
        #expect(t.answers[2].answer == "40")
        let (replies, _) = TrainingTrainerTests.play(t, ["wifi", "-2.05", "64"])
        #expect(replies[2].output == "✗ Not quite: Your 64 is the sum 40 + 24; the priority is the largest of them, not their sum. Try again.")
    }
}

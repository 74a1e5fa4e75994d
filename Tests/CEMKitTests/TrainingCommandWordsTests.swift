import CEMKit
import Foundation
import Testing

/// What a learner may type instead of an answer (hint, data, back, progress, in both languages), feedback
/// wrapped at word boundaries to the terminal, and the fixed wordings of the nurse-calls exercise.
@Suite struct TrainingCommandWordsTests {
    @Test func hintCostsHalfAPointInPracticeAndIsRefusedInAnExam() throws {
        let t = try TrainingTrainerTests.trainer()
        let (replies, state) = TrainingTrainerTests.play(t, ["5", "hint", "-2"])
        #expect(replies[1].output == "Hint: satisfaction = experience − expectation (the triangle law). Look at Convenience's experience and expectation. (Right after a hint: ½ point.)")
        #expect(!replies[1].refused && state.points[1] == 0.5)
        let zh = try TrainingTrainerTests.trainer("meisu", .zh)
        #expect(TrainingTrainerTests.play(zh, ["提示"]).replies[0].output.hasPrefix("提示：看品牌价值一栏"))
        let exam = try Trainer(exercise: ExerciseCatalogue.exercise("meisu", language: .en)!, mode: .exam)
        let (examReplies, examState) = TrainingTrainerTests.play(exam, ["hint"])
        #expect(examReplies[0].output == "No hints in an exam; the feedback comes at the end." && examState.index == 0)
    }

    @Test func dataProgressAndBack() throws {
        let t = try TrainingTrainerTests.trainer()
        let (replies, state) = TrainingTrainerTests.play(t, ["5", "数据", "progress", "back", "返回"])
        #expect(replies[1].output.hasPrefix("  Factor                       Brand value  Experience  Expectation  Importance  Ideal\n"))
        #expect(replies[1].output.hasSuffix("Question 2 of 17 · Step 2\nWhat is the satisfaction of Convenience?\nGive it to 2 decimal places (within ±0.01)."))
        #expect(replies[2].output == "Question 2 of 17; 1 answered, 1 point so far.")
        #expect(replies[3].output.hasPrefix("Question 1 (marked already, not marked again):\nWhich factor drives the brand value (the highest brand value)?\nThe answer is Brand image (brand-image); also right: Price (price).\n"))
        #expect(state.index == 1 && state.points[0] == 1 && replies.allSatisfy { !$0.refused })
        // In an exam, back changes the earlier answer.
        let exam = try Trainer(exercise: ExerciseCatalogue.exercise("meisu", language: .en)!, mode: .exam)
        let (examReplies, examState) = TrainingTrainerTests.play(exam, ["1", "back", "5", "进度"])
        #expect(examReplies[1].output.hasPrefix("Back one question; answer it again:\nQuestion 1 of 17 · Step 1\n"))
        #expect(examState.index == 1 && examState.points[0] == 1 && examState.given[0] == ["brand-image"])
        #expect(examReplies[3].output == "Question 2 of 17; 1 answered, 1 point so far.")
        #expect(TrainingTrainerTests.play(exam, ["back"]).replies[0].output == "This is the first question; there is none before it.")
    }

    @Test func feedbackWrapsAtWordBoundaries() throws {
        var t = try TrainingTrainerTests.trainer()
        t.width = 40
        let (replies, _) = TrainingTrainerTests.play(t, ["5", "3"])
        let lines = replies[1].output.split(separator: "\n").map(String.init)
        #expect(lines == ["✗ Not quite. Hint: satisfaction =", "experience − expectation (the triangle", "law). Look at Convenience's experience",
                          "and expectation. Try again."])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        // Indented lines keep their indentation.
        let (worked, _) = TrainingTrainerTests.play(t, ["5", "3", "3"])
        #expect(worked[2].output.hasPrefix("✗ Not quite. The answer is −2.\n  satisfaction of Convenience =\n  experience − expectation = 5 − 7 = −2\n"))
    }

    @Test func nurseCallsHintAndKPIWording() throws {
        let en = try Trainer(exercise: ExerciseCatalogue.exercise("nurse-calls", language: .en)!)
        let change = try #require(en.answers.first { $0.question.kind == .satisfactionChange })
        #expect(change.hint == "Work out Nurse call's satisfaction (experience − expectation) now and in cycle 1, then subtract: now − cycle 1.")
        #expect(!en.answerSheet().contains("satisfaction with the"))
        #expect(en.answerSheet().contains("call rating"))
        let zh = try Trainer(exercise: ExerciseCatalogue.exercise("nurse-calls", language: .zh)!)
        #expect(zh.answers.first { $0.question.kind == .satisfactionChange }!.hint.hasSuffix("再相减：现在 − 第 1 期。"))
    }
}

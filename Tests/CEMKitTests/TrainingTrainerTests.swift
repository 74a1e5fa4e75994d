import CEMKit
import Foundation
import Testing

/// The trainer as a state machine: answers checked with tolerance and full-width input, choices by number,
/// id or name, hint then worked answer, skip, quit, end of input, and the score per step.
@Suite struct TrainingTrainerTests {
    static func trainer(_ id: String = "meisu", _ language: Language = .en) throws -> Trainer {
        try Trainer(exercise: ExerciseCatalogue.exercise(id, language: language)!)
    }

    /// Plays lines from the start; returns every reply and the last state.
    static func play(_ trainer: Trainer, _ lines: [String]) -> (replies: [TrainingReply], state: TrainingState) {
        var state = trainer.start().state
        var replies: [TrainingReply] = []
        for line in lines {
            let reply = trainer.respond(to: line, in: state)
            replies.append(reply)
            state = reply.state
        }
        return (replies, state)
    }

    @Test func startShowsScenarioDataAndFirstQuestion() throws {
        let (text, state) = try Self.trainer().start()
        #expect(text.hasPrefix("Exercise: Meisu Electronics: four shops on one street\nIndustry: electronics retail · level: intermediate · steps: 1, 2, 3, 4, 5, 6, 7"))
        #expect(text.contains("  Convenience (convenience)              4           5            7           9     10"))
        #expect(text.hasSuffix("Question 1 of 17 · Step 1\nWhich factor drives the brand value (the highest brand value)?\n  1) Product (product)\n  2) Service (service)\n  3) Relationship (relationship)\n  4) Convenience (convenience)\n  5) Brand image (brand-image)\n  6) Price (price)\nAnswer with the number, the id or the name."))
        // Only inputs are shown: no derived figure gives the answers away.
        #expect(!text.contains("Satisfaction") && !text.contains("−18"))
        #expect(state == TrainingState(questions: 17))
    }

    @Test func choiceByNumberIDOrNameAnyTie() throws {
        let t = try Self.trainer()
        for answer in ["5", "５", "brand-image", "Brand image", "BRAND IMAGE", "price", "6", " Price "] {
            let (replies, state) = Self.play(t, [answer])
            #expect(replies[0].output.hasPrefix("✓ Right. It was a tie: Brand image (brand-image), Price (price) are both right.\n  the highest brand value is 9: Brand image, Price"), "\(answer)")
            #expect(state.index == 1 && state.points[0] == 1)
        }
    }

    @Test func numbersWithToleranceAndFullWidthDigits() throws {
        let t = try Self.trainer()
        // q2 satisfaction of convenience = −2; q6 the weighted satisfaction index = −0.6667.
        for answer in ["-2", "−2", "－２", "-2.0", "-2.01", "－２。００"] {
            let (replies, _) = Self.play(t, ["5", answer])
            #expect(replies[1].output.hasPrefix("✓ Right."), "\(answer)")
        }
        let (wrong, _) = Self.play(t, ["5", "-2.02"])
        #expect(wrong[1].output.hasPrefix("✗ Not quite. Hint:"))
        let (index, _) = Self.play(t, ["5", "-2", "-1", "-0.5", "-18", "-0.67"])
        #expect(index[5].output.hasPrefix("✓ Right."))
    }

    @Test func hintThenWorkedAnswerThenNextQuestion() throws {
        let t = try Self.trainer()
        let (replies, state) = Self.play(t, ["5", "3", "-3"])
        #expect(replies[1].output == "✗ Not quite. Hint: satisfaction = experience − expectation (the triangle law). Look at Convenience's experience and expectation. Try again.")
        #expect(replies[1].state.index == 1 && replies[1].state.wrongAttempts == 1)
        #expect(replies[2].output.hasPrefix("✗ Not quite. The answer is −2.\n  satisfaction of Convenience = experience − expectation = 5 − 7 = −2\n\nQuestion 3 of 17 · Step 2\nWhat is the satisfaction of Product?"))
        #expect(state.index == 2 && state.points[1] == 0)
        // Right after the hint: half a point.
        let (_, half) = Self.play(t, ["5", "3", "-2"])
        #expect(half.points[1] == 0.5)
    }

    @Test func refusedLinesChangeNothing() throws {
        let t = try Self.trainer()
        let (replies, state) = Self.play(t, ["abc", "5", "six"])
        #expect(replies[0].refused && replies[0].state == t.start().state)
        #expect(replies[0].output == "'abc' is not one of the options: type a number from 1 to 6, an id or a name (or skip, or quit).")
        #expect(replies[2].refused)
        #expect(replies[2].output == "'six' is not a number: type a number such as -1.5 (or skip, or quit).")
        #expect(state.index == 1 && state.wrongAttempts == 0)
        let (typo, _) = Self.play(t, ["brand-imag"])
        #expect(typo[0].output.contains("(did you mean 'brand-image'?)"))
        let (empty, _) = Self.play(t, [""])
        #expect(!empty[0].refused && empty[0].output == "")
    }

    @Test func skipShowsTheAnswerAndScoresNothing() throws {
        let t = try Self.trainer()
        let (replies, state) = Self.play(t, ["跳过"])
        #expect(replies[0].output.hasPrefix("Skipped. The answer is Brand image (brand-image); also right: Price (price).\n  the highest brand value is 9: Brand image, Price\n  Why it matters:"))
        #expect(state.points[0] == 0 && state.index == 1)
    }

    @Test func quitShowsTheScoreSoFar() throws {
        let t = try Self.trainer()
        let (replies, state) = Self.play(t, ["5", "-2", "quit"])
        #expect(state.finished)
        let out = replies[2].output
        #expect(out.hasPrefix("Your score\nStopped after 2 of 17 questions.\n"))
        #expect(out.contains("  Step 1 Understand your brand value: why customers come to you          1      1"))
        #expect(out.contains("Total: 2 / 17"))
        #expect(out.contains("To revisit: Step 2 Understand current experience and expectations; Step 3"))
        // Nothing more once finished.
        #expect(t.respond(to: "1", in: state).output == "")
        #expect(t.finish(state) == "")
    }

    @Test func endOfInputGivesTheScore() throws {
        let t = try Self.trainer("bank", .zh)
        let (_, state) = Self.play(t, ["4"])
        #expect(t.finish(state).hasPrefix("得分\n共 9 题，完成 1 题后结束。"))
    }

    @Test func fullScoreAndPerStepScores() throws {
        let t = try Self.trainer("bank")
        let answers = ["staff-service", "-4", "1", "4", "-28", "queueing", "R2", "45", "yes"]
        let (replies, state) = Self.play(t, answers)
        #expect(state.finished && state.points.allSatisfy { $0 == 1 })
        #expect(replies.last!.output.contains("Total: 9 / 9 (1 point right first time, ½ after the hint)\nFull score: well done."))
        #expect(replies.last!.output.contains("  Step 3 Identify the key experiences                                    2      2"))
    }

    @Test func answerSheetInChinese() throws {
        let sheet = try Self.trainer("meisu", .zh).answerSheet()
        #expect(sheet.hasPrefix("参考答案：美苏电器：西洋菜街的四家分店\n\n第 1 题 / 共 17 题 · 步骤 1 [q1]\n"))
        #expect(sheet.contains("  答案：−18\n  算法：“便利性”的加权满意度 = 重要性 ×（体验 − 期望）= 9 × (5 − 7) = 9 × (−2) = −18\n"))
        #expect(sheet.contains("  答案：重点改进 (concentrate-here)\n"))
    }

    @Test func quadrantAcceptsEitherLanguage() throws {
        let t = try Self.trainer("bank")
        for answer in ["concentrate here", "重点改进", "concentrate-here", "1"] {
            let (replies, _) = Self.play(t, ["staff-service", "-4", answer])
            #expect(replies[2].output.hasPrefix("✓ Right."), "\(answer)")
        }
    }
}

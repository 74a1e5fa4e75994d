import CEMKit
import Foundation
import Testing

/// Right answers fairly marked: ties (any of them, or all of them in any order), the precision a numeric
/// question expects and what a less precise answer is told, and the forms a learner types.
@Suite struct TrainingMarkingTests {
    /// A hotel where Wi-Fi and check-in tie as key experience: both −24 with importance 8.
    static func hotel(wifiFirst: Bool = true, ties: String? = nil, extra: String = "") -> String {
        let wifi = #"{"id": "wifi", "name": "Wi-Fi", "brandValue": 5, "experience": 4, "expectation": 7, "importance": 8, "ideal": 9}"#
        let checkIn = #"{"id": "check-in", "name": "入住手续", "brandValue": 5, "experience": 5, "expectation": 8, "importance": 8, "ideal": 8}"#
        let room = #"{"id": "room", "name": "Room", "brandValue": 3, "experience": 7, "expectation": 6, "importance": 5, "ideal": 8}"#
        let factors = (wifiFirst ? [wifi, checkIn] : [checkIn, wifi]) + [room]
        return """
        {
          "format": "cem-exercise",
          "formatVersion": 1,
          "id": "hotel",
          "language": "en",
          "title": "Hotel",
          "scenario": "A tie.",
          "workbook": {"format": "cem-workbook", "formatVersion": 1, "factors": [\(factors.joined(separator: ", "))]},
          "questions": [
            {"id": "q1", "kind": "keyExperience"\(ties.map { #", "ties": "\#($0)""# } ?? "")},
            {"id": "q2", "kind": "weightedSatisfactionIndex"},
            {"id": "q3", "kind": "brandValueDriver", "ties": "all"}\(extra)
          ]
        }
        """
    }

    static func trainer(_ text: String, _ language: Language = .en) throws -> Trainer {
        try Trainer(exercise: ExerciseReader.read(text), language: language)
    }

    @Test func anyTiedAnswerIsRightWhateverTheFileOrder() throws {
        for wifiFirst in [true, false] {
            let t = try Self.trainer(Self.hotel(wifiFirst: wifiFirst, ties: "any"))
            for answer in ["wifi", "Wi-Fi", "check-in", "入住手续"] {
                let (replies, state) = TrainingTrainerTests.play(t, [answer])
                #expect(state.points[0] == 1, "\(answer), Wi-Fi first: \(wifiFirst)")
                let tie = wifiFirst ? "Wi-Fi (wifi), 入住手续 (check-in)" : "入住手续 (check-in), Wi-Fi (wifi)"
                #expect(replies[0].output.hasPrefix("✓ Right. It was a tie: \(tie) are both right.\n"))
            }
            let (wrong, _) = TrainingTrainerTests.play(t, ["room"])
            #expect(wrong[0].output.hasPrefix("✗ Not quite. Hint:"))
        }
        // Without `ties` the tie is still marked fairly; `cem validate` warns the author (TrainingClassTests).
        let plain = try Self.trainer(Self.hotel())
        #expect(TrainingTrainerTests.play(plain, ["wifi"]).state.points[0] == 1)
        #expect(TrainingTrainerTests.play(plain, ["check-in"]).state.points[0] == 1)
        #expect(try ExerciseReader.read(Self.hotel()).unexpectedTies().map(\.index) == [0])
        #expect(try ExerciseReader.read(Self.hotel(ties: "any")).unexpectedTies().isEmpty)
    }

    @Test func allOfThemInAnyOrderAndAnySeparator() throws {
        let t = try Self.trainer(Self.hotel(ties: "all"))
        let start = t.start().output
        #expect(start.contains("Which factor is the key experience? (name all of them, in any order, separated by commas)\n  1) Wi-Fi (wifi)"))
        for answer in ["wifi, check-in", "check-in and wifi", "入住手续、Wi-Fi", "wifi和入住手续", "2,1", "入住手续；wifi"] {
            let (replies, state) = TrainingTrainerTests.play(t, [answer])
            #expect(state.points[0] == 1, "\(answer)")
            #expect(replies[0].output.hasPrefix("✓ Right. It was a tie:"), "\(answer)")
        }
        let (half, _) = TrainingTrainerTests.play(t, ["wifi"])
        #expect(half[0].output == "✗ Not quite: Those are right, but you named 1 of 2. Try again.")
        let (unknown, _) = TrainingTrainerTests.play(t, ["wifi, lobby"])
        #expect(unknown[0].refused && unknown[0].output.hasPrefix("'lobby' is not one of the options"))
        #expect(t.answers[0].answer == "Wi-Fi (wifi), 入住手续 (check-in)")
        // Brand value drivers asked for all: Wi-Fi and check-in both at 5.
        let (drivers, state) = TrainingTrainerTests.play(t, ["wifi, check-in", "-2.05", "check-in, wifi"])
        #expect(state.points[2] == 1 && drivers[2].output.hasPrefix("✓ Right. It was a tie:"))
    }

    @Test func precisionIsStatedAndALessPreciseAnswerIsToldSo() throws {
        let t = try Self.trainer(Self.hotel())
        // Index: (8 × (−3) + 8 × (−3) + 5 × 1) ÷ 21 = −43 ÷ 21 = −2.0476.
        let (replies, _) = TrainingTrainerTests.play(t, ["wifi"])
        #expect(replies[0].output.hasSuffix("What is the weighted satisfaction index?\nGive it to 2 decimal places (within ±0.01)."))
        let (less, _) = TrainingTrainerTests.play(t, ["wifi", "-2.0"])
        #expect(less[1].output == "✗ Not quite: right to one decimal; give two. Try again.")
        let (whole, _) = TrainingTrainerTests.play(t, ["wifi", "-2"])
        #expect(whole[1].output == "✗ Not quite: right as a whole number; give two decimals. Try again.")
        for right in ["-2.05", "−2,05", "负2.05", "–2.048"] {
            #expect(TrainingTrainerTests.play(t, ["wifi", right]).state.points[1] == 1, "\(right)")
        }
        let zh = try Self.trainer(Self.hotel(), .zh)
        let (zhLess, _) = TrainingTrainerTests.play(zh, ["wifi", "-2.0"])
        #expect(zhLess[1].output == "✗ 不对：精确到 1 位小数是对的；请保留 2 位。请再试一次。")
        #expect(Trainer.decimals(for: 0.01) == 2 && Trainer.decimals(for: 0.05) == 1 && Trainer.decimals(for: 0.5) == 0)
        // Piped (no retry): the worked answer, then what the learner's number shows.
        let piped = try Trainer(exercise: ExerciseReader.read(Self.hotel()), mode: .practice, retries: false)
        let (once, _) = TrainingTrainerTests.play(piped, ["wifi", "-2.0"])
        #expect(once[1].output.hasPrefix("✗ Not quite. The answer is −2.05.\n  index = "))
        #expect(once[1].output.contains(" = −2.05\n  right to one decimal; give two.\n"))
    }

    @Test func namesWithChinesePunctuationOrBrackets() throws {
        let t = try TrainingTrainerTests.trainer("meisu", .zh)
        for answer in ["品牌形象（brand-image）", "品牌形象(brand-image)", "“品牌形象”", "品牌形象。", "「价格」", "价格 (price)"] {
            #expect(TrainingTrainerTests.play(t, [answer]).state.points[0] == 1, "\(answer)")
        }
    }

    @Test func tiesKeyIsChecked() throws {
        let bad = Self.hotel(extra: #", {"id": "q4", "kind": "gap", "factor": "wifi", "ties": "any"}, {"id": "q5", "kind": "largestGap", "ties": "some"}"#)
        #expect(throws: ExerciseError.self) { try ExerciseReader.read(bad) }
        do {
            _ = try ExerciseReader.read(bad)
        } catch {
            let lines = error.diagnostics.map { $0.line(file: "hotel.json", strings: strings(.en)) }
            #expect(lines.count == 2)
            #expect(lines[0].hasPrefix("hotel.json:12:116 questions[3].ties: a gap question does not use \"ties\"; remove \"ties\", or change the kind"))
            #expect(lines[1].contains("questions[4].ties:") && lines[1].contains("some"))
        }
    }
}

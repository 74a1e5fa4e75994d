import CEMKit
import Foundation
import Testing

/// `cem validate` warns the author of a question whose answer is a tie it does not expect; the exercise
/// still validates (exit 0), and `cem train` marks any of the tied answers right.
@Suite struct TrainingTieCommandTests {
    @Test func validateWarnsAboutAnUnexpectedTie() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(TrainingMarkingTestsText.hotel(ties: nil).utf8).write(to: folder.appendingPathComponent("hotel.exercise.json"))
        try Data(TrainingMarkingTestsText.hotel(ties: "any").utf8).write(to: folder.appendingPathComponent("fixed.exercise.json"))
        let run = try Cem.call(["validate", "hotel.exercise.json", "fixed.exercise.json", "--lang", "en"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == """
            hotel.exercise.json: ok
            hotel.exercise.json questions[0]: warning: the answer of q1 is a tie (Wi-Fi (wifi), Check-in (check-in)); add "ties": "any" (any of them is right, and the learner is told it was a tie) or "ties": "all" (ask for all of them), or change the data
            fixed.exercise.json: ok

            """)
        let train = try Cem.call(["train", "hotel.exercise.json", "--exam"], stdin: "check-in\n", in: folder)
        #expect(train.stdout.contains("✓ Your answer check-in is right."))
    }
}

/// The hotel of the marking tests, for the command line (Wi-Fi and check-in tie at −24, importance 8).
enum TrainingMarkingTestsText {
    static func hotel(ties: String?) -> String {
        """
        {
          "format": "cem-exercise",
          "formatVersion": 1,
          "id": "hotel",
          "language": "en",
          "title": "Hotel",
          "scenario": "A tie.",
          "workbook": {"format": "cem-workbook", "formatVersion": 1, "factors": [
            {"id": "wifi", "name": "Wi-Fi", "brandValue": 5, "experience": 4, "expectation": 7, "importance": 8, "ideal": 9},
            {"id": "check-in", "name": "Check-in", "brandValue": 4, "experience": 5, "expectation": 8, "importance": 8, "ideal": 8}
          ]},
          "questions": [
            {"id": "q1", "kind": "keyExperience"\(ties.map { #", "ties": "\#($0)""# } ?? "")}
          ]
        }
        """
    }
}

// The exercises on an interaction and an experiment: a question naming a missing experiment or a
// mistyped kind is refused with "did you mean", like every other exercise problem.

import CEMKit
import Foundation
import Testing

@Suite struct TrainingBehaviourTests {
    @Test func aMissingExperimentOrAMistypedKindIsRefused() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("workbooks/exercises/call-test.en.exercise.json")
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "\"experiment\": \"E3\"", with: "\"experiment\": \"E33\"")
            .replacingOccurrences(of: "\"kind\": \"experimentDifference\",", with: "\"kind\": \"experimentDiference\",")
        try TrainingCommandTests.expectRefused(text, [
            "ex.exercise.json:361:15 questions[0].kind: unknown question kind \"experimentDiference\"; did you mean \"experimentDifference\"?",
            "ex.exercise.json:371:15 questions[2].kind: unknown question kind \"experimentDiference\"; did you mean \"experimentDifference\"?",
            "ex.exercise.json:378:21 questions[3].experiment: the experiment \"E33\" does not exist; did you mean \"E3\"?",
        ])
    }
}

import CEMKit
import Foundation
import Testing

/// `cem train --from WORKBOOK`: a client workbook turned into a draft exercise with the standard questions
/// the engine can answer from it; the draft validates and runs.
@Suite struct TrainingDraftTests {
    @Test func draftFromTheWorkedExample() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json"))
        try workbook.write(to: folder.appendingPathComponent("client.cem.json"))
        let run = try Cem.call(["train", "--from", "client.cem.json", "-o", "client.exercise.json"], in: folder)
        #expect(run.status == 0 && run.stderr == "")
        #expect(run.stdout == "Draft exercise (19 questions) written to client.exercise.json. Write its scenario and explanations, then check it with cem validate.\n")
        let exercise = try ExerciseReader.read(Array(try Data(contentsOf: folder.appendingPathComponent("client.exercise.json"))))
        let original = try WorkbookReader.read(Array(workbook))
        #expect(exercise.id == "client" && exercise.workbook == original)
        #expect(exercise.questions.map(\.kind.rawValue) == [
            "brandValueDriver", "satisfaction", "weightedSatisfaction", "meanSatisfaction", "weightedSatisfactionIndex",
            "keyExperiences", "keyExperience", "quadrant", "gap", "weightedGap", "largestGap", "largestGapRequirement",
            "requirementPriority", "requirementPriority", "requirementPriority", "requirementPriority", "topPursuedRequirement",
            "kpiDeviation", "kpiMet"])
        // Brand image and price tie: the draft asks for both.
        #expect(exercise.questions[0].ties == .all)
        let validate = try Cem.call(["validate", "client.exercise.json"], in: folder)
        #expect(validate.status == 0 && validate.stdout == "client.exercise.json: ok\n")
        let train = try Cem.call(["train", "client.exercise.json", "--exam"], stdin: "quit\n", in: folder)
        #expect(train.status == 0 && train.stdout.contains("Question 1 of 19"))

        let stdout = try Cem.call(["train", "--from", "client.cem.json"], in: folder)
        #expect(stdout.stdout.hasPrefix("{\n  \"format\": \"cem-exercise\",\n  \"formatVersion\": 1,\n  \"id\": \"client\",\n"))
        let empty = """
        {"format": "cem-workbook", "formatVersion": 1, "factors": [{"id": "a", "name": "A"}]}

        """
        try Data(empty.utf8).write(to: folder.appendingPathComponent("empty.cem.json"))
        let none = try Cem.call(["train", "--from", "empty.cem.json"], in: folder)
        #expect(none.status == 1 && none.stderr == "cem train: empty.cem.json has too little data for any standard question to have an answer; fill in the scores of steps 1–3 first.\n")
        let misuse = try Cem.call(["train", "meisu", "-o", "x.json"], in: folder)
        #expect(misuse.status == 2)
    }
}

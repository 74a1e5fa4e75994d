import CEMKit
import Foundation
import Testing

/// One exercise file in both languages: every text `{"zh": …, "en": …}`, read in the language asked for,
/// and checked complete (no text in one language only, no language missing).
@Suite struct TrainingBilingualTests {
    static func file(scenario: String = #"{"zh": "两个因素。", "en": "Two factors."}"#) -> String {
        """
        {
          "format": "cem-exercise",
          "formatVersion": 1,
          "id": "duo",
          "language": "zh",
          "title": {"zh": "双语", "en": "Both languages"},
          "scenario": \(scenario),
          "workbook": {"format": "cem-workbook", "formatVersion": 1, "factors": [
            {"id": "speed", "name": "Speed", "experience": 4, "expectation": 7, "importance": 8, "ideal": 9}]},
          "questions": [
            {"id": "q1", "kind": "satisfaction", "factor": "speed", "explanation": {"zh": "慢。", "en": "Slow."}},
            {"id": "q2", "kind": "open", "step": 5, "prompt": {"zh": "写一项需求。", "en": "Write a requirement."},
             "modelAnswer": {"zh": "加快。", "en": "Faster."}, "checklist": [{"zh": "关联速度", "en": "links speed"}]}
          ]
        }
        """
    }

    @Test func readInEitherLanguage() throws {
        let zh = try ExerciseReader.read(Array(Self.file().utf8))
        #expect(zh.language == .zh && zh.title == "双语" && zh.scenario == "两个因素。" && zh.questions[0].explanation == "慢。")
        let en = try ExerciseReader.read(Array(Self.file().utf8), language: .en)
        #expect(en.language == .en && en.title == "Both languages" && en.questions[1].prompt == "Write a requirement.")
        #expect(en.questions[1].modelAnswer == "Faster." && en.questions[1].checklist == ["links speed"])
        let trainer = try Trainer(exercise: en)
        #expect(trainer.start().output.hasPrefix("Exercise: Both languages\n"))
    }

    @Test func bothLanguagesMustBeComplete() throws {
        for (scenario, expected) in [("\"Two factors.\"", "scenario: expected a {\"zh\": …, \"en\": …}, found a string; write a {\"zh\": …, \"en\": …} here"),
                                     (#"{"zh": "两个因素。"}"#, "scenario"), (#"{"zh": "两个因素。", "en": " "}"#, "scenario.en")] {
            do {
                _ = try ExerciseReader.read(Array(Self.file(scenario: scenario).utf8))
                Issue.record("\(scenario) was read")
            } catch {
                let lines = error.diagnostics.map { $0.line(file: "duo.json", strings: strings(.en)) }
                #expect(lines.count == 1 && lines[0].contains(" \(expected)"), "\(lines)")
            }
        }
    }
}

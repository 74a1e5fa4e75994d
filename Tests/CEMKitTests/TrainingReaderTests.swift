import CEMKit
import Foundation
import Testing

/// The exercise reader's own checks, as values.
@Suite struct TrainingReaderTests {
    static func exercise(questions: String, workbookExtra: String = "", root: String = "\"format\": \"cem-exercise\", \"formatVersion\": 1") -> String {
        """
        {\(root), "id": "t", "title": "T", "scenario": "S",
        "workbook": {"format": "cem-workbook", "formatVersion": 1, "factors": [{"id": "a", "name": "A", "experience": 3, "expectation": 5, "importance": 2, "ideal": 6}],
        "requirements": [{"id": "R1", "title": "X", "factors": ["a"], "kpis": [{"id": "K1", "metric": "m", "target": 1, "actual": 2}]},
                         {"id": "R2", "title": "Y", "kpis": [{"id": "K1", "metric": "n", "target": 1, "actual": 0}]}]\(workbookExtra)},
        "questions": [\(questions)]}
        """
    }

    static func problems(_ text: String) -> [ExerciseProblem] {
        do {
            _ = try ExerciseReader.read(text)
            return []
        } catch {
            return error.diagnostics.map(\.problem)
        }
    }

    @Test func ambiguousKPIAndItsQualifiedForm() throws {
        #expect(Self.problems(Self.exercise(questions: #"{"id": "q", "kind": "kpiMet", "kpi": "K1"}"#)) == [.ambiguousKPI("K1", requirements: ["R1", "R2"])])
        let exercise = try ExerciseReader.read(Self.exercise(questions: #"{"id": "q", "kind": "kpiMet", "kpi": "R2/K1"}"#))
        let trainer = try Trainer(exercise: exercise)
        #expect(trainer.answers[0].expected == .choice([ChoiceOption(id: "yes", name: "yes", aliases: ["y", "yes", "是", "是的", "对", "好", "确定", "确认", "达成", "met"]),
                                                         ChoiceOption(id: "no", name: "no", aliases: ["n", "no", "否", "不", "不是", "取消", "未达成", "not met"])], accepted: ["no"]))
    }

    @Test func targetsTheKindDoesNotUse() {
        #expect(Self.problems(Self.exercise(questions: #"{"id": "q", "kind": "keyExperience", "factor": "a"}"#))
            == [.targetNotUsed(kind: "keyExperience", key: "factor")])
        #expect(Self.problems(Self.exercise(questions: #"{"id": "q", "kind": "kpiMet", "kpi": "R1/K1", "cycle": 1}"#))
            == [.cycleNotUsed(kind: "kpiMet")])
        #expect(Self.problems(Self.exercise(questions: #"{"id": "q", "kind": "satisfactionChange", "factor": "a"}"#))
            == [.noSuchCycle(0, available: [])])
        #expect(Self.problems(Self.exercise(questions: #"{"id": "q", "kind": "gap", "factor": "a", "tolerance": -1}"#))
            == [.badTolerance(-1)])
        #expect(Self.problems(Self.exercise(questions: "")) == [.noQuestions])
    }

    @Test func notAnExerciseOrNewer() {
        #expect(Self.problems(Self.exercise(questions: "", root: #""format": "cem-workbook", "formatVersion": 1"#))
            == [.notAnExercise(found: "\"cem-workbook\"")])
        #expect(Self.problems(Self.exercise(questions: "", root: #""format": "cem-exercise", "formatVersion": 2"#))
            == [.workbook(.newerFormatVersion(2, supported: 1))])
        #expect(Self.problems("[1]") == [.notAnExercise(found: "array")])
        #expect(Self.problems("{") == [.workbook(.syntax(.unexpectedEnd))])
    }

    @Test func requirementPriorityOfAShortFactor() throws {
        let exercise = try ExerciseReader.read(Self.exercise(questions: #"{"id": "q", "kind": "requirementPriority", "requirement": "R1"}"#))
        let model = try Trainer(exercise: exercise).answers[0]
        // gap a = 3 − 6 = −3; weighted gap = 2 × −3 = −6; priority 6.
        #expect(model.expected == .number(6, tolerance: 0.01))
        #expect(model.working == "priority = max over its factors of −weighted gap: A −(−6) = 6 → 6")
    }
}

import CEMKit
import Foundation
import Testing

/// The built-in exercises: files, validity, and model answers that are the engine's own figures.
@Suite struct TrainingBuiltInTests {
    /// workbooks/exercises/ holds exactly the embedded exercises (BuiltInExercisesTests generates the Swift file from them).
    @Test func filesEqualTheEmbeddedExercises() throws {
        let folder = Package.workbooks.appendingPathComponent("exercises")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".exercise.json") }.sorted()
        #expect(names == BuiltInExercises.files.map(\.name).sorted())
        for file in BuiltInExercises.files {
            let text = try String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(text == file.text, "\(file.name) differs; regenerate with `CEM_REGENERATE=1 swift test --filter BuiltInExercises`")
        }
    }

    @Test func fiveExercisesInBothLanguages() throws {
        #expect(ExerciseCatalogue.ids == ["cafe", "bank", "meisu", "government", "hospital", "nurse-calls", "call-order", "call-test"])
        for id in ExerciseCatalogue.ids {
            let zh = try #require(ExerciseCatalogue.exercise(id, language: .zh))
            let en = try #require(ExerciseCatalogue.exercise(id, language: .en))
            #expect(zh.language == .zh && en.language == .en)
            #expect(zh.questions.map(\.kind) == en.questions.map(\.kind))
            #expect(zh.questions.map(\.target) == en.questions.map(\.target))
            // Same case in both languages: same model answers.
            let a = try Trainer(exercise: zh).answers.map(\.expected), b = try Trainer(exercise: en).answers.map(\.expected)
            for (x, y) in zip(a, b) {
                switch (x, y) {
                case (.number(let p, _), .number(let q, _)): #expect(p == q)
                case (.choice(_, let p), .choice(_, let q)), (.allOf(_, let p), .allOf(_, let q)), (.sequence(_, let p), .sequence(_, let q)):
                    #expect(p == q)
                case (.open(let p), .open(let q)): #expect(p.count == q.count && !p.isEmpty)
                default: Issue.record("\(id): kinds differ")
                }
            }
        }
        #expect(ExerciseCatalogue.exercise("meisu", language: .en)!.steps == [1, 2, 3, 4, 5, 6, 7])
    }

    /// Numbers in exercises 2–5 are illustrative, and the texts say so.
    @Test func illustrativeExercisesSaySo() throws {
        for id in ["hospital", "government", "bank", "nurse-calls"] {
            #expect(ExerciseCatalogue.exercise(id, language: .en)!.scenario.contains("illustrative"))
            #expect(ExerciseCatalogue.exercise(id, language: .zh)!.scenario.contains("仅作示意"))
        }
    }

    /// Every model answer equals the figure `Analysis` gives for the exercise's workbook, looked up here
    /// independently of the solver.
    @Test func everyModelAnswerIsTheEnginesFigure() throws {
        var checked = 0
        for exercise in ExerciseCatalogue.all(language: .en) + ExerciseCatalogue.all(language: .zh) {
            let trainer = try Trainer(exercise: exercise)
            for model in trainer.answers {
                let q = model.question
                let w = try #require(Solver.workbook(exercise.workbook, cycle: q.kind == .satisfactionChange ? nil : q.cycle))
                let a = Analysis(w)
                let f = q.target.flatMap { a.factor($0) }
                let kpi = a.kpis.first { $0.kpi.id == q.target }
                var number: Double?
                var accepted: [String]?
                switch q.kind {
                case .satisfaction: number = f?.satisfaction
                case .weightedSatisfaction: number = f?.weightedSatisfaction
                case .gap: number = f?.gap
                case .weightedGap: number = f?.weightedGap
                case .meanSatisfaction: number = a.meanSatisfaction
                case .weightedSatisfactionIndex: number = a.weightedSatisfactionIndex
                case .requirementPriority: number = a.requirements.first { $0.id == q.target }?.priority
                case .kpiDeviation: number = kpi?.deviation
                case .satisfactionChange:
                    let before = Analysis(Solver.workbook(exercise.workbook, cycle: q.cycle ?? exercise.workbook.history.last!.cycle)!)
                    number = roundFigure(f!.satisfaction! - before.factor(q.target!)!.satisfaction!)
                case .brandValueDriver: accepted = a.brandValueDrivers
                case .keyExperience: accepted = [a.keyExperience!]
                case .largestGap: accepted = [a.largestGap!]
                case .quadrant: accepted = [f!.quadrant!.rawValue]
                case .largestGapRequirement:
                    accepted = a.requirements.filter { $0.factors.contains(a.largestGap!) && $0.alignment.decision != .drop }.map(\.id)
                case .topPursuedRequirement:
                    let top = a.pursued.compactMap(\.priority).max()
                    accepted = a.pursued.filter { $0.priority == top }.map(\.id)
                case .kpiMet: accepted = [kpi!.met! ? "yes" : "no"]
                case .keyExperiences, .keyExperienceOrder: accepted = a.keyExperiences
                case .open: accepted = []
                case .proposedOrder: accepted = ProposedOrder(w.encounter(id: q.target!)!)!.ids
                case .experimentDifference: number = ExperimentResult(w.experiment(id: q.target!)!).difference
                case .experimentSignificant: accepted = [ExperimentResult(w.experiment(id: q.target!)!).significant! ? "yes" : "no"]
                }
                switch model.expected {
                case .number(let value, let tolerance):
                    #expect(value == number, "\(exercise.id) \(q.id)")
                    #expect(tolerance == 0.01)
                case .open:
                    #expect(accepted == [])
                case .choice(_, let ids), .allOf(_, let ids), .sequence(_, let ids):
                    #expect(ids == accepted, "\(exercise.id) \(q.id)")
                }
                checked += 1
            }
        }
        #expect(checked == 2 * (7 + 9 + 17 + 8 + 15 + 10 + 2 + 6))
    }

    /// The worked example's answers are the figures of DESIGN §2.
    @Test func workedExampleAnswers() throws {
        let trainer = try Trainer(exercise: ExerciseCatalogue.exercise("meisu", language: .en)!)
        let byID = Dictionary(uniqueKeysWithValues: trainer.answers.map { ($0.question.id, $0) })
        func number(_ id: String) -> Double? {
            if case .number(let v, _) = byID[id]!.expected { return v }
            return nil
        }
        func accepted(_ id: String) -> [String] {
            if case .choice(_, let ids) = byID[id]!.expected { return ids }
            return []
        }
        #expect(accepted("q1") == ["brand-image", "price"])
        #expect(number("q2") == -2)
        #expect(number("q3") == -1)
        #expect(number("q4") == -0.5)
        #expect(number("q5") == -18)
        #expect(number("q6") == -0.666666667)
        #expect(accepted("q7") == ["convenience"])
        #expect(accepted("q8") == ["concentrate-here"])
        #expect(accepted("q9") == ["possible-overkill"])
        #expect(number("q10") == -5)
        #expect(number("q11") == -45)
        #expect(accepted("q12") == ["convenience"])
        #expect(accepted("q13") == ["R1"])
        #expect(number("q14") == 0)
        #expect(accepted("q15") == ["R1"])
        #expect(number("q16") == 0.2)
        #expect(accepted("q17") == ["yes"])
        #expect(byID["q5"]!.working == "weighted satisfaction of Convenience = importance × (experience − expectation) = 9 × (5 − 7) = 9 × (−2) = −18")
        #expect(byID["q6"]!.working.hasSuffix("= −24 ÷ 36 = −0.67"))
        #expect(byID["q16"]!.working == "deviation = actual − target = 4.2 − 4 = 0.2")
    }

    /// Exercise 5: satisfaction before (cycle 1) and after, about 7 points better for the call and 8 for the company.
    @Test func nurseCallsBeforeAndAfter() throws {
        let trainer = try Trainer(exercise: ExerciseCatalogue.exercise("nurse-calls", language: .en)!)
        let values = trainer.answers.map { model -> String in
            switch model.expected {
            case .number(let v, _): return displayNumber(v)
            case .choice(_, let ids), .allOf(_, let ids), .sequence(_, let ids): return ids.joined(separator: "|")
            case .open: return "open"
            }
        }
        #expect(values == ["−10", "control", "−3", "7", "8", "R1|R2|R3", "105", "yes", "no", "open"])
    }
}

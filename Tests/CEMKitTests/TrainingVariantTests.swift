import CEMKit
import Foundation
import Testing

/// Variants: different numbers per learner from the exercise's ranges, the same for the same N, every
/// answer the engine's figure for the drawn scores.
@Suite struct TrainingVariantTests {
    @Test func variantsDrawWithinTheRangesAndRecomputeTheAnswers() throws {
        let meisu = try #require(ExerciseCatalogue.exercise("meisu", language: .en))
        let one = try #require(meisu.variant(1)), again = try #require(meisu.variant(1)), two = try #require(meisu.variant(2))
        #expect(one == again && one.workbook != two.workbook && one.workbook != meisu.workbook)
        #expect(one.title == "Meisu Electronics: four shops on one street (variant 1)" && one.variantNumber == 1)
        for (a, b) in zip(one.workbook.factors, meisu.workbook.factors) {
            #expect(abs(a.experience! - b.experience!) <= 1 && abs(a.expectation! - b.expectation!) <= 1)
            #expect(a.importance == b.importance && a.ideal == b.ideal && a.brandValue == b.brandValue)
            #expect((0...10).contains(a.experience!) && (0...10).contains(a.expectation!))
        }
        // Every answer is the engine's figure for the variant's own scores.
        let trainer = try Trainer(exercise: one)
        let analysis = Analysis(one.workbook)
        let q2 = trainer.answers[1]
        #expect(q2.expected == .number(analysis.factor("convenience")!.satisfaction!, tolerance: 0.01))
        #expect(trainer.answers[5].expected == .number(analysis.weightedSatisfactionIndex!, tolerance: 0.01))
        #expect(trainer.answers.allSatisfy { $0.question.explanation.isEmpty })
        // Each built-in has variants.
        // (The exercises on an interaction and an experiment have no factor scores to vary, and say so.)
        for exercise in ExerciseCatalogue.all(language: .zh) {
            #expect(exercise.hasVariants == exercise.workbook.encounters.isEmpty, "\(exercise.id)")
            #expect((exercise.variant(3) != nil) == exercise.hasVariants, "\(exercise.id)")
        }
    }

    @Test func theExercisesOwnRanges() throws {
        let text = TrainingMarkingTests.hotel().replacingOccurrences(of: "\"scenario\": \"A tie.\",", with: "\"scenario\": \"A tie.\",\n  \"variants\": {\"importance\": 2},")
        let hotel = try ExerciseReader.read(text)
        #expect(hotel.variants == [.importance: 2])
        let drawn = try #require(hotel.variant(7))
        for (a, b) in zip(drawn.workbook.factors, hotel.workbook.factors) {
            #expect(a.experience == b.experience && abs(a.importance! - b.importance!) <= 2)
        }
        let bad = TrainingMarkingTests.hotel().replacingOccurrences(of: "\"scenario\": \"A tie.\",", with: "\"scenario\": \"A tie.\",\n  \"variants\": {\"importence\": 1.5},")
        #expect(throws: ExerciseError.self) { try ExerciseReader.read(bad) }
    }
}

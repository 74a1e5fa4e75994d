import CEMKit
import Foundation
import Testing

/// Every built-in exercise answered right (full score) and wrong (the worked answer at once), in zh and
/// en, by transcript through the built binary: Tests/transcripts/train/ID.LANG.{right,wrong}.in is the
/// learner's input, .out what cem prints. Run with CEM_UPDATE_TRANSCRIPTS=1 to rewrite them after a wording change.
@Suite struct TrainingTranscriptTests {
    static let folder = Cem.root.appendingPathComponent("Tests/transcripts/train")
    static var update: Bool { ProcessInfo.processInfo.environment["CEM_UPDATE_TRANSCRIPTS"] == "1" }

    /// Right answers, given in turn as option number, id and name, and in zh with full-width digits.
    static func rightInput(_ trainer: Trainer, language: Language) -> String {
        trainer.answers.enumerated().map { i, model -> String in
            switch model.expected {
            case .number(let value, _):
                let text = CanonicalJSON.number(value)
                return language == .zh ? Self.fullWidth(text) : text
            case .allOf(_, let required), .sequence(_, let required):
                return required.joined(separator: ", ")
            case .open:
                return language == .zh ? "先在同一条街多开分店" : "Open more shops on the same street"
            case .choice(let options, let accepted):
                let index = options.firstIndex { $0.id == accepted[0] }!
                switch i % 3 {
                case 0: return String(index + 1)
                case 1: return options[index].id
                default: return options[index].name
                }
            }
        }.joined(separator: "\n") + "\n"
    }

    /// One wrong answer per question: a piped sheet is marked line by line, so each earns the worked answer at once
    /// (the hint and the second try are for a learner at a terminal: TrainingTrainerTests).
    static func wrongInput(_ trainer: Trainer) -> String {
        trainer.answers.map { model -> String in
            switch model.expected {
            case .number(let value, _):
                return CanonicalJSON.number(value + 100)
            case .sequence(let options, let order) where options.allSatisfy({ order.contains($0.id) }):
                // Every option belongs in the order (the moments of an interaction): the reverse order is wrong.
                return order.reversed().joined(separator: ", ")
            case .choice(let options, let accepted), .allOf(let options, let accepted), .sequence(let options, let accepted):
                return options.first { !accepted.contains($0.id) }!.id
            case .open:
                return "no idea"
            }
        }.joined(separator: "\n") + "\n"
    }

    static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            ("0"..."9").contains(s) || s == "." || s == "-" ? Unicode.Scalar(s.value + 0xFEE0)! : s
        }))
    }

    static var cases: [(id: String, language: Language, right: Bool)] {
        ExerciseCatalogue.ids.flatMap { id in
            Language.allCases.flatMap { language in [true, false].map { (id, language, $0) } }
        }
    }

    @Test(arguments: 0..<32) func transcript(_ index: Int) throws {
        let all = Self.cases
        #expect(all.count == 32)
        let (id, language, right) = all[index]
        let exercise = try #require(ExerciseCatalogue.exercise(id, language: language))
        #expect(exercise.language == language)
        let trainer = try Trainer(exercise: exercise)
        let base = "\(id).\(language.rawValue).\(right ? "right" : "wrong")"
        let inURL = Self.folder.appendingPathComponent(base + ".in"), outURL = Self.folder.appendingPathComponent(base + ".out")
        if Self.update {
            let input = right ? Self.rightInput(trainer, language: language) : Self.wrongInput(trainer)
            try Data(input.utf8).write(to: inURL)
        }
        let input = try String(contentsOf: inURL, encoding: .utf8)
        let run = try Cem.call(["train", id, "--lang", language.rawValue], stdin: input)
        if Self.update { try Data(run.stdout.utf8).write(to: outURL) }
        let expected = try String(contentsOf: outURL, encoding: .utf8)
        #expect(run.status == 0, "\(base): \(run.stderr)")
        #expect(run.stderr == "")
        #expect(run.stdout == expected, "\(base) differs from its transcript")
        let t = trainingStrings(language)
        // Open questions are recorded for the trainer, never marked.
        let scored = trainer.answers.filter { $0.question.kind != .open }
        let n = scored.count
        if right {
            #expect(run.stdout.contains(t.total("\(n)", of: n)))
            #expect(run.stdout.contains(t.fullScore))
            #expect(run.stdout.components(separatedBy: t.right).count - 1 == n)
        } else {
            #expect(run.stdout.contains(t.total("0", of: n)))
            for model in scored {
                #expect(!run.stdout.contains(t.wrongWithHint(model.hint)))
                #expect(run.stdout.contains(t.wrongWithAnswer(model.answer, working: model.working)))
            }
            #expect(!run.stdout.contains(t.fullScore))
        }
    }
}

// Progress saved when a learner stops with Ctrl-C, so that `cem train ID --resume` carries on where they
// were: the exercise, language and mode, the question ids (to notice a changed exercise), and the state.

public struct TrainingProgress: Equatable, Sendable {
    public static let format = "cem-training-progress"

    public var exercise: String
    public var language: Language
    public var mode: TrainingMode
    public var questions: [String]
    public var state: TrainingState

    /// The file progress is kept in, in the working folder.
    public static func fileName(_ exercise: String) -> String { "\(exercise).progress.json" }

    public var text: String {
        var o = JSONObjectBuilder()
        o.add("format", Self.format)
        o.add("exercise", exercise)
        o.add("language", language.rawValue)
        o.add("mode", mode.rawValue)
        o.add("questions", strings: questions)
        o.add("index", .number(Double(state.index)))
        o.add("points", .array(state.points.map { JSONNode($0.map { JSONValue.number($0) } ?? .null) }))
        o.add("given", .array(state.given.map { JSONNode(.array($0.map { JSONNode(.string($0)) })) }))
        return CanonicalJSON.text(o.value)
    }

    /// The progress in `bytes`, or nil when they are not saved progress of `trainer`'s exercise (other
    /// questions, or not progress at all).
    public static func read(_ bytes: [UInt8], for trainer: Trainer) -> TrainingProgress? {
        guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value else { return nil }
        func value(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value.value }
        func strings(_ value: JSONValue?) -> [String]? {
            guard case .array(let nodes)? = value else { return nil }
            let list = nodes.compactMap { node -> String? in if case .string(let s) = node.value { return s } else { return nil } }
            return list.count == nodes.count ? list : nil
        }
        guard value("format") == .string(format), case .string(let id)? = value("exercise"), id == trainer.exercise.id,
              case .string(let lang)? = value("language"), let language = Language(rawValue: lang),
              case .string(let modeText)? = value("mode"), let mode = TrainingMode(rawValue: modeText),
              let questions = strings(value("questions")), questions == trainer.answers.map(\.question.id),
              case .number(let index)? = value("index"), index >= 0, Int(index) < questions.count,
              case .array(let pointNodes)? = value("points"), pointNodes.count == questions.count,
              case .array(let givenNodes)? = value("given"), givenNodes.count == questions.count else { return nil }
        var state = TrainingState(questions: questions.count)
        state.index = Int(index)
        for (i, node) in pointNodes.enumerated() {
            switch node.value {
            case .number(let p) where p >= 0 && p <= 1: state.points[i] = p
            case .null: state.points[i] = nil
            default: return nil
            }
        }
        for (i, node) in givenNodes.enumerated() {
            guard let list = strings(node.value) else { return nil }
            state.given[i] = list
        }
        return TrainingProgress(exercise: id, language: language, mode: mode, questions: questions, state: state)
    }
}

extension Trainer {
    /// The progress of `state`, to save.
    public func progress(_ state: TrainingState) -> TrainingProgress {
        TrainingProgress(exercise: exercise.id, language: s.language, mode: mode, questions: answers.map(\.question.id), state: state)
    }

    /// Carrying on from saved progress: the case's data again, and the question the learner stopped at.
    public func resume(_ state: TrainingState) -> String {
        var lines = TrainerText.introduction(exercise, s: s, t: t, width: min(width ?? 100, 100))
        lines += ["", t.resuming(question: state.index + 1, of: answers.count), ""]
        lines += question(state.index)
        return fitted(lines.joined(separator: "\n"))
    }
}

// A learner's result of one exercise, as `cem train --result FILE` writes it and `cem train report` reads it:
// who, which exercise, in which language and mode, when, each question (answer given, attempts, points,
// right answer) and the totals as `score` and `maxScore`.

public struct TrainingResult: Equatable, Sendable {
    public static let format = "cem-training-result"
    public static let formatVersion = 1

    /// How a question ended.
    public enum Status: String, Sendable, CaseIterable, Equatable {
        case right, wrong, skipped, unanswered
        /// An open question: the answer is the trainer's to read against the checklist.
        case open
    }

    public struct Question: Equatable, Sendable {
        public var id: String
        public var step: Int
        public var kind: String
        public var prompt: String
        /// The last answer given; nil when skipped or not reached.
        public var given: String?
        public var attempts: Int
        public var points: Double
        public var status: Status
        /// The model answer as shown to the learner.
        public var rightAnswer: String
        /// What the trainer looks for in an open question's answer; empty for the others.
        public var checklist: [String] = []

        public init(id: String, step: Int, kind: String, prompt: String, given: String?, attempts: Int, points: Double,
                    status: Status, rightAnswer: String) {
            self.id = id
            self.step = step
            self.kind = kind
            self.prompt = prompt
            self.given = given
            self.attempts = attempts
            self.points = points
            self.status = status
            self.rightAnswer = rightAnswer
        }
    }

    public var learner: String
    public var exercise: String
    public var title: String
    public var language: Language
    public var mode: TrainingMode
    /// The variant answered (`--variant N`); nil for the exercise as written.
    public var variant: Int? = nil
    public var date: String
    public var questions: [Question]
    public var score: Double
    public var maxScore: Double

    /// The result as written: one JSON object in canonical form.
    public var json: JSONValue {
        var o = JSONObjectBuilder()
        o.add("format", Self.format)
        o.add("formatVersion", .number(Double(Self.formatVersion)))
        o.add("learner", learner)
        o.add("exercise", exercise)
        o.add("title", title)
        o.add("language", language.rawValue)
        o.add("mode", mode.rawValue)
        o.add("variant", variant.map { Double($0) })
        o.add("date", date)
        o.add("questions", objects: questions.map { q in
            var m = JSONObjectBuilder()
            m.add("id", q.id)
            m.add("step", .number(Double(q.step)))
            m.add("kind", q.kind)
            m.add("prompt", q.prompt)
            m.add("given", q.given)
            m.add("attempts", .number(Double(q.attempts)))
            m.add("points", .number(q.points))
            m.add("status", q.status.rawValue)
            m.add("rightAnswer", q.rightAnswer)
            if q.status == .open { m.add("checklist", strings: q.checklist) }
            return m.value
        })
        o.add("score", .number(score))
        o.add("maxScore", .number(maxScore))
        return o.value
    }

    public var text: String { CanonicalJSON.text(json) }
}

/// Why a result file could not be read: what is wrong, and where (a JSON path, a line).
public struct TrainingResultError: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case syntax(line: Int, column: Int)
        /// The file is JSON but not a training result (another `format`, or none).
        case notAResult
        case newerVersion(Int)
        case missing(String)
        case wrongType(String, expected: String)
    }
    public var reason: Reason
}

extension TrainingResult {
    /// Reads a result file's bytes.
    public static func read(_ bytes: [UInt8]) throws(TrainingResultError) -> TrainingResult {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw TrainingResultError(reason: .syntax(line: error.position.line, column: error.position.column))
        }
        guard case .object(let members) = root.value,
              members.first(where: { $0.key == "format" })?.value.value == .string(format) else {
            throw TrainingResultError(reason: .notAResult)
        }
        let top = Fields(members: members, path: "")
        let version = try top.number("formatVersion")
        if Int(version) > formatVersion { throw TrainingResultError(reason: .newerVersion(Int(version))) }
        guard let language = Language(rawValue: try top.string("language")) else {
            throw TrainingResultError(reason: .wrongType("language", expected: "zh|en"))
        }
        guard let mode = TrainingMode(rawValue: try top.string("mode")) else {
            throw TrainingResultError(reason: .wrongType("mode", expected: "practice|exam"))
        }
        var questions: [Question] = []
        for (i, node) in try top.array("questions").enumerated() {
            let path = "questions[\(i)]"
            guard case .object(let list) = node.value else { throw TrainingResultError(reason: .wrongType(path, expected: "object")) }
            let q = Fields(members: list, path: path + ".")
            guard let status = Status(rawValue: try q.string("status")) else {
                throw TrainingResultError(reason: .wrongType(path + ".status", expected: Status.allCases.map(\.rawValue).joined(separator: "|")))
            }
            var question = Question(id: try q.string("id"), step: Int(try q.number("step")), kind: try q.string("kind"),
                                    prompt: try q.string("prompt"), given: try q.optionalString("given"),
                                    attempts: Int(try q.number("attempts")), points: try q.number("points"),
                                    status: status, rightAnswer: try q.string("rightAnswer"))
            if status == .open, case .array(let items)? = list.first(where: { $0.key == "checklist" })?.value.value {
                question.checklist = items.compactMap { if case .string(let text) = $0.value { return text } else { return nil } }
            }
            questions.append(question)
        }
        var variant: Int?
        if case .number(let n)? = members.first(where: { $0.key == "variant" })?.value.value { variant = Int(n) }
        return TrainingResult(learner: try top.string("learner"), exercise: try top.string("exercise"), title: try top.string("title"),
                              language: language, mode: mode, variant: variant, date: try top.string("date"), questions: questions,
                              score: try top.number("score"), maxScore: try top.number("maxScore"))
    }

    /// Typed access to an object's members, failing with the member's path.
    private struct Fields {
        var members: [JSONMember]
        var path: String

        func node(_ key: String) throws(TrainingResultError) -> JSONValue {
            guard let member = members.first(where: { $0.key == key }) else { throw TrainingResultError(reason: .missing(path + key)) }
            return member.value.value
        }
        func string(_ key: String) throws(TrainingResultError) -> String {
            guard case .string(let text) = try node(key) else { throw TrainingResultError(reason: .wrongType(path + key, expected: "string")) }
            return text
        }
        func optionalString(_ key: String) throws(TrainingResultError) -> String? {
            let value = try node(key)
            if value == .null { return nil }
            guard case .string(let text) = value else { throw TrainingResultError(reason: .wrongType(path + key, expected: "string")) }
            return text
        }
        func number(_ key: String) throws(TrainingResultError) -> Double {
            guard case .number(let value) = try node(key), value.isFinite, abs(value) < 1e9 else {
                throw TrainingResultError(reason: .wrongType(path + key, expected: "number"))
            }
            return value
        }
        func array(_ key: String) throws(TrainingResultError) -> [JSONNode] {
            guard case .array(let list) = try node(key) else { throw TrainingResultError(reason: .wrongType(path + key, expected: "array")) }
            return list
        }
    }
}

extension Trainer {
    /// The result of `state` for `learner` on `date` (`YYYY-MM-DD`).
    public func result(_ state: TrainingState, learner: String, date: String) -> TrainingResult {
        let questions = answers.enumerated().map { i, model -> TrainingResult.Question in
            let given = state.given[i]
            let status: TrainingResult.Status
            let isOpen = model.question.kind == .open
            switch state.points[i] {
            case _ where isOpen && !given.isEmpty: status = .open
            case nil: status = .unanswered
            case let points? where points > 0: status = .right
            case _ where given.isEmpty: status = .skipped
            default: status = .wrong
            }
            var question = TrainingResult.Question(id: model.question.id, step: model.question.step, kind: model.question.kind.rawValue,
                                                   prompt: model.prompt, given: given.last, attempts: given.count,
                                                   points: state.points[i] ?? 0, status: status, rightAnswer: model.answer)
            if isOpen { question.checklist = model.question.checklist }
            return question
        }
        return TrainingResult(learner: learner, exercise: exercise.id, title: exercise.title, language: s.language, mode: mode,
                              variant: exercise.variantNumber, date: date, questions: questions, score: questions.map(\.points).reduce(0, +),
                              maxScore: Double(answers.filter { $0.question.kind != .open }.count))
    }
}

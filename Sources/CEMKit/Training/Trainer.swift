// The trainer as a pure state machine: (state, input line) -> (output, new state). It never touches the
// terminal, so a whole exercise replays from a script in a test, and any line source can drive it.

/// Where a learner is in an exercise.
public struct TrainingState: Equatable, Sendable {
    /// The question being asked (equal to the number of questions when all are done).
    public var index = 0
    /// Wrong answers given to the current question so far.
    public var wrongAttempts = 0
    /// Points per question: 1 right first time, 0.5 right after the hint, 0 otherwise; nil while not reached.
    public var points: [Double?]
    /// True after the last question or `quit`.
    public var finished = false
    /// What the learner answered to each question, attempt by attempt (a skip adds nothing).
    public var given: [[String]]
    /// The learner asked for the hint of the current question (right after it: ½ point).
    public var hinted = false

    public init(questions: Int) {
        points = Array(repeating: nil, count: questions)
        given = Array(repeating: [], count: questions)
    }
}

/// How an exercise is run: practice gives feedback after each answer; an exam takes one attempt per
/// question, gives no hint and keeps all feedback for the end.
public enum TrainingMode: String, Sendable, CaseIterable, Equatable {
    case practice, exam
}

/// What one line did.
public struct TrainingReply: Equatable, Sendable {
    public var output: String
    public var state: TrainingState
    /// The line was not understood (not a number, not an option) and changed nothing.
    public var refused: Bool
}

public struct Trainer: Sendable {
    public static let skipWords = InputWords.skipWords
    public static let quitWords = InputWords.quitWords

    public let exercise: Exercise
    /// The model answer of every question, in order, derived from the engine.
    public let answers: [ModelAnswer]
    public let mode: TrainingMode
    /// In practice: whether a first wrong answer earns a hint and a second try (a learner at a terminal),
    /// or each line is one question's answer (a piped answer sheet, marked line by line).
    public let retries: Bool
    /// The terminal's width: prose is wrapped at word boundaries and tables fitted to it; nil leaves lines whole.
    public var width: Int?
    let s: ReportWords
    let t: TrainingWords

    /// A trainer in `language` (default: the exercise's). Fails only for an exercise the reader would refuse.
    public init(exercise: Exercise, language: Language? = nil, mode: TrainingMode = .practice,
                retries: Bool = true) throws(SolveFailure) {
        self.exercise = exercise
        self.mode = mode
        self.retries = retries && mode == .practice
        let language = language ?? exercise.language
        s = strings(language)
        t = trainingStrings(language)
        var answers: [ModelAnswer] = []
        for question in exercise.questions {
            switch Solver.solve(question, in: exercise, strings: s, training: t) {
            case .success(var answer):
                answer.mistakes = Diagnosis.mistakes(answer, in: exercise, s: s, t: t)
                answers.append(answer)
            case .failure(let failure): throw failure
            }
        }
        self.answers = answers
    }

    public var prompt: String { t.prompt }
    /// The language the trainer speaks.
    public var language: Language { s.language }

    // MARK: The state machine

    /// The introduction (scenario and data) and the first question.
    public func start() -> (output: String, state: TrainingState) {
        var lines = TrainerText.introduction(exercise, s: s, t: t, width: min(width ?? 100, 100))
        lines.append("")
        lines += question(0)
        return (fitted(lines.joined(separator: "\n")), TrainingState(questions: answers.count))
    }

    /// The response to one line of input.
    public func respond(to line: String, in state: TrainingState) -> TrainingReply {
        var reply = reply(to: line, in: state)
        reply.output = fitted(reply.output)
        return reply
    }

    /// `text` with each line wrapped to `width` at word boundaries, keeping its indentation.
    func fitted(_ text: String) -> String {
        guard let width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let indent = String(line.prefix { $0 == " " })
            return wrap(String(line.dropFirst(indent.count)), width: width - indent.count).map { indent + $0 }
        }.joined(separator: "\n")
    }

    private func reply(to line: String, in state: TrainingState) -> TrainingReply {
        guard !state.finished, state.index < answers.count else { return TrainingReply(output: "", state: state, refused: false) }
        let text = Input.normalize(line)
        if text.isEmpty { return TrainingReply(output: "", state: state, refused: false) }
        let word = text.lowercased()
        var state = state
        let model = answers[state.index]
        if Trainer.quitWords.contains(word) {
            state.finished = true
            return TrainingReply(output: summary(state), state: state, refused: false)
        }
        if let reply = command(word, in: state) { return reply }
        if Trainer.skipWords.contains(word) {
            state.points[state.index] = 0
            if mode == .exam { return advance(state, nil) }
            return advance(state, t.skipped(model.answer, working: model.working) + explanation(model))
        }
        if case .open(let checklist) = model.expected {
            state.given[state.index].append(text)
            state.points[state.index] = 0
            if mode == .exam { return advance(state, nil) }
            return advance(state, t.openRecorded(model.answer, checklist: checklist.map { "• " + $0 }.joined(separator: "\n  "))
                           + explanation(model))
        }
        let verdict = check(text, against: model)
        if case .refused(let message) = verdict {
            return TrainingReply(output: message, state: state, refused: true)
        }
        state.given[state.index].append(recorded(text, for: model.expected))
        if mode == .exam {
            state.points[state.index] = verdict == .right ? 1 : 0
            return advance(state, nil)
        }
        guard case .wrong(let note) = verdict else {
            state.points[state.index] = state.wrongAttempts == 0 && !state.hinted ? 1 : 0.5
            let tie = model.tie.isEmpty ? "" : " " + t.wasATie(model.tie.joined(separator: s.listSeparator), count: model.tie.count)
            return advance(state, t.right + tie + "\n" + t.working(model.working) + explanation(model))
        }
        if retries && state.wrongAttempts == 0 {
            state.wrongAttempts = 1
            return TrainingReply(output: note.map(t.wrongWithNote) ?? t.wrongWithHint(model.hint), state: state, refused: false)
        }
        state.points[state.index] = 0
        return advance(state, t.wrongWithAnswer(model.answer, working: model.working) + (note.map { "\n  " + $0 } ?? "")
                       + explanation(model))
    }

    /// What to print when input ends before the exercise does: the score so far.
    public func finish(_ state: TrainingState) -> String {
        state.finished ? "" : fitted(summary(state))
    }

    /// The next question (or the end), after `feedback` when there is some.
    private func advance(_ state: TrainingState, _ feedback: String?) -> TrainingReply {
        var state = state
        state.index += 1
        state.wrongAttempts = 0
        state.hinted = false
        var lines = feedback.map { [$0, ""] } ?? [""]
        if state.index < answers.count {
            lines += question(state.index)
        } else {
            state.finished = true
            lines.append(summary(state))
        }
        return TrainingReply(output: lines.joined(separator: "\n"), state: state, refused: false)
    }

    private func explanation(_ model: ModelAnswer) -> String {
        model.question.explanation.isEmpty ? "" : "\n" + t.why(model.question.explanation)
    }

    /// The lines asking question `index`.
    func question(_ index: Int) -> [String] {
        let model = answers[index]
        var lines = [t.questionHeader(number: index + 1, total: answers.count, step: s.stepLabel(model.question.step)), model.prompt]
        switch model.expected {
        case .choice(let options, _), .allOf(let options, _), .sequence(let options, _):
            for (i, option) in options.enumerated() { lines.append("  \(i + 1)) \(option.label)") }
            lines.append(t.optionsNote)
        case .open:
            lines.append(t.openNote)
        case .number(_, let tolerance):
            lines.append(t.precision(Trainer.decimals(for: tolerance), tolerance: decimalText(tolerance, decimals: 9)))
        }
        return lines
    }

    // MARK: Score

    func summary(_ state: TrainingState) -> String {
        let score = TrainerText.summary(exercise: exercise, answers: answers, state: state, mode: mode, s: s, t: t)
        guard mode == .exam else { return score }
        let notes = answers.indices.map { i -> String? in
            guard let given = state.given[i].last, case .wrong(let note) = check(given, against: answers[i]) else { return nil }
            return note
        }
        return TrainerText.review(answers: answers, state: state, notes: notes, s: s, t: t) + "\n\n" + score
    }

    /// Every question with its model answer, working and hint (`cem train ID --answers`).
    public func answerSheet() -> String {
        TrainerText.answerSheet(exercise: exercise, answers: answers, s: s, t: t)
    }
}

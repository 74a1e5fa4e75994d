// The answer key of an exercise for other programs (`cem train ID --answers --format json`): each
// question's model answer as a number with its tolerance, or the ids of the options that count as right.

extension Trainer {
    public func answerKey() -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("format", "cem-answer-key")
        o.add("formatVersion", .number(1))
        o.add("exercise", exercise.id)
        o.add("title", exercise.title)
        o.add("language", s.language.rawValue)
        o.add("questions", objects: answers.map { model in
            var q = JSONObjectBuilder()
            q.add("id", model.question.id)
            q.add("step", .number(Double(model.question.step)))
            q.add("kind", model.question.kind.rawValue)
            q.add("prompt", model.prompt)
            switch model.expected {
            case .number(let value, let tolerance):
                q.add("answer", .number(value))
                q.add("tolerance", .number(tolerance))
            case .open(let checklist):
                q.add("answer", model.answer)
                q.add("select", "open")
                q.add("checklist", strings: checklist)
            case .choice(let options, let accepted), .allOf(let options, let accepted), .sequence(let options, let accepted):
                if case .sequence = model.expected {
                    // Every one of them, in this order.
                    q.add("answer", strings: accepted)
                    q.add("select", "order")
                } else if case .allOf = model.expected {
                    // Every one of them must be named, in any order.
                    q.add("answer", strings: accepted)
                    q.add("select", "all")
                } else {
                    q.add("answer", accepted[0])
                    q.add("accepted", strings: accepted)
                    q.add("select", "one")
                }
                q.add("options", objects: options.map { option in
                    var m = JSONObjectBuilder()
                    m.add("id", option.id)
                    m.add("name", option.name)
                    return m.value
                })
            }
            q.add("answerText", model.answer)
            q.add("working", model.working)
            q.add("hint", model.hint)
            return q.value
        })
        return o.value
    }
}

extension Exercise {
    /// The questions whose right answer is a tie the question does not expect (it has no `ties` key): their
    /// index and the tied answers. Brand-value drivers are "ties included" by the method, so never warned about.
    public func unexpectedTies() -> [(index: Int, tied: [String])] {
        questions.enumerated().compactMap { i, q -> (index: Int, tied: [String])? in
            guard q.ties == nil, q.kind.canTie, q.kind != .brandValueDriver,
                  case .success(let model) = Solver.solve(q, in: self, strings: strings(.en), training: trainingStrings(.en)),
                  !model.tie.isEmpty else { return nil }
            return (i, model.tie)
        }
    }
}

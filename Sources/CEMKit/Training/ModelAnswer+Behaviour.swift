// Model answers of the behavioural questions: an interaction's proposed order (a ranking of its moments),
// an experiment's difference and whether it is significant, from the engine (Behaviour/).

extension Solver {
    /// A numeric model answer: 2 decimals as every figure, or more when the question's tolerance asks for them
    /// (so the answer shown is always one the marking accepts).
    static func answerText(_ value: Double, tolerance: Double) -> String {
        decimalText(value, decimals: max(2, Trainer.decimals(for: tolerance)))
    }

    static func solveBehaviour(_ q: ExerciseQuestion, in w: Workbook, strings s: ReportWords,
                               training t: TrainingWords) -> Result<ModelAnswer, SolveFailure> {
        let n = displayNumber
        switch q.kind {
        case .proposedOrder:
            guard let id = q.target, let e = w.encounter(id: id) else { return .failure(.unknownTarget) }
            guard let proposal = ProposedOrder(e), !e.moments.isEmpty else { return .failure(.noFigure) }
            let options = e.moments.map { ChoiceOption(id: $0.id, name: $0.name) }
            let ordered = proposal.ids.compactMap { id in e.moments.first { $0.id == id } }
            let labels = ordered.map { m in options.first { $0.id == m.id }!.label }
            let refs = ordered.enumerated().map { MomentRef($0.element, position: $0.offset + 1) }
            let working = t.proposedOrderWorking(
                fixed: refs.filter(\.fixed).map(s.moment).joined(separator: s.listSeparator),
                pain: refs.filter { ($0.feeling ?? 0) < 0 && !$0.fixed }.map(s.moment).joined(separator: s.listSeparator),
                last: refs.last { !$0.fixed && ($0.feeling ?? 0) > 0 }.map(s.moment) ?? "—")
            return .success(ModelAnswer(question: q, prompt: q.prompt.isEmpty ? t.behaviourPrompt(q.kind, target: e.name) : q.prompt,
                                        expected: .sequence(options, order: proposal.ids), answer: labels.joined(separator: s.listSeparator),
                                        working: working, hint: t.behaviourHint(q.kind)))
        default:
            guard let id = q.target, let x = w.experiment(id: id) else { return .failure(.unknownTarget) }
            let r = ExperimentResult(x)
            guard let difference = r.difference, let test = r.test, let control = r.control else { return .failure(.noFigure) }
            let prompt = q.prompt.isEmpty ? t.behaviourPrompt(q.kind, target: x.metric) : q.prompt
            let percent = r.kind == .proportions
            let differenceWorking = t.differenceWorking(test: n(test), control: n(control), difference: n(difference), percent: percent)
            if q.kind == .experimentDifference {
                return .success(ModelAnswer(question: q, prompt: prompt, expected: .number(difference, tolerance: q.tolerance),
                                            answer: answerText(difference, tolerance: q.tolerance), working: differenceWorking, hint: t.behaviourHint(q.kind)))
            }
            guard let significant = r.significant, let low = r.low, let high = r.high else { return .failure(.noFigure) }
            let words = InputWords(s.language)
            let options = [ChoiceOption(id: "yes", name: words.yes, aliases: InputWords.yesWords),
                           ChoiceOption(id: "no", name: words.no, aliases: InputWords.noWords)]
            let answer = significant ? words.yes : words.no
            let interval = "[\(n((low * 100).rounded() / 100)), \(n((high * 100).rounded() / 100))]"
                + (percent ? s.intervalUnit(x, proportions: true) : "")
            return .success(ModelAnswer(question: q, prompt: prompt, expected: .choice(options, accepted: [significant ? "yes" : "no"]),
                                        answer: answer, working: differenceWorking + t.intervalWorking(interval, significant: significant),
                                        hint: t.behaviourHint(q.kind)))
        }
    }
}

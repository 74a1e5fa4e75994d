// The trainer's longer texts: the introduction with the case's data, the score, the answer sheet and
// the list of exercises. Only inputs are shown as data; every derived figure is the learner's to find.

enum TrainerText {
    static func introduction(_ exercise: Exercise, s: ReportWords, t: TrainingWords, width: Int = 100) -> [String] {
        let w = exercise.workbook
        var lines = [t.header(title: exercise.title, industry: exercise.industry, level: t.levelName(exercise.level),
                              steps: exercise.steps.map(String.init).joined(separator: s.listSeparator)),
                     "", t.scenarioHeading, exercise.scenario, "", t.dataHeading]
        if !w.brandStatement.isEmpty { lines.append(s.brandStatement(w.brandStatement)) }
        lines += data(exercise, s: s, t: t, width: width)
        lines += ["", t.howToAnswer]
        return lines
    }

    /// The case's data: the factors' scores (and closed cycles'), the requirements and the KPIs, as given.
    static func data(_ exercise: Exercise, s: ReportWords, t: TrainingWords, width: Int = 100) -> [String] {
        let w = exercise.workbook
        var lines = factorTable(w.factors, s: s, width: width)
        for cycle in w.history.sorted(by: { $0.cycle < $1.cycle }) {
            lines += ["", t.closedCycleHeading(cycle.cycle)]
            lines += factorTable(cycle.factors, s: s, width: width)
        }
        if !w.requirements.isEmpty {
            var table = TextTable([.init(s.requirement), .init(s.title), .init(s.factors), .init(s.target, alignRight: true),
                                   .init(s.decisionHeader)])
            for r in w.requirements {
                table.add([r.id, r.title, r.factors.joined(separator: s.listSeparator), displayNumber(r.targetExperience),
                           r.alignment.decision.map(s.decision) ?? "—"])
            }
            lines += ["", t.requirementsHeading] + table.render(maxWidth: width)
        }
        let kpis = w.requirements.flatMap { r in r.kpis.map { (r.id, $0) } }
        if !kpis.isEmpty {
            var table = TextTable([.init(s.requirement), .init(s.kpi), .init(s.metric), .init(s.better),
                                   .init(s.baseline, alignRight: true), .init(s.target, alignRight: true), .init(s.actual, alignRight: true)])
            for (requirement, k) in kpis {
                table.add([requirement, k.id, k.metric + (k.unit.isEmpty ? "" : " (\(k.unit))"), s.better(k.better),
                           displayNumber(k.baseline), displayNumber(k.target), displayNumber(k.actual)])
            }
            lines += ["", t.kpisHeading] + table.render(maxWidth: width)
        }
        return lines
    }

    /// The scores of each factor as given (no derived figure); columns only for scores some factor has.
    static func factorTable(_ factors: [Factor], s: ReportWords, width: Int = 100) -> [String] {
        let fields = ScoreField.allCases.filter { field in factors.contains { $0[score: field] != nil } }
        var table = TextTable([.init(s.factor)] + fields.map { .init(s.scoreName($0), alignRight: true) })
        for f in factors {
            table.add([ChoiceOption(id: f.id, name: f.name).label] + fields.map { displayNumber(f[score: $0]) })
        }
        return table.render(maxWidth: width)
    }

    static func summary(exercise: Exercise, answers: [ModelAnswer], state: TrainingState, mode: TrainingMode,
                        s: ReportWords, t: TrainingWords) -> String {
        var lines = [t.scoreHeading]
        let answered = state.points.compactMap { $0 }.count
        if answered < answers.count { lines.append(t.stoppedEarly(answered: answered, total: answers.count)) }
        var table = TextTable([.init(t.stepColumn), .init(t.questionsColumn, alignRight: true), .init(t.scoreColumn, alignRight: true)])
        var revisit: [String] = []
        // Open questions are the trainer's to mark: counted apart, never in the score.
        let scored = answers.indices.filter { answers[$0].question.kind != .open }
        for step in Array(Set(scored.map { answers[$0].question.step })).sorted() {
            let indices = scored.filter { answers[$0].question.step == step }
            let points = indices.map { state.points[$0] ?? 0 }.reduce(0, +)
            table.add([s.stepLabel(step) + " " + s.stepTitle(step), String(indices.count), displayNumber(points)])
            if points < Double(indices.count) { revisit.append(s.stepLabel(step) + " " + s.stepTitle(step)) }
        }
        lines += table.render(maxWidth: 100)
        let total = scored.compactMap { state.points[$0] }.reduce(0, +)
        lines.append(mode == .exam ? t.examTotal(displayNumber(total), of: scored.count) : t.total(displayNumber(total), of: scored.count))
        if scored.count < answers.count { lines.append(t.openCount(answers.count - scored.count)) }
        lines.append(revisit.isEmpty ? t.fullScore : t.revisit(revisit.joined(separator: s.clauseSeparator)))
        return lines.joined(separator: "\n")
    }

    /// The end of an exam: each question with the answer given, whether it was right, and the worked answer.
    static func review(answers: [ModelAnswer], state: TrainingState, notes: [String?], s: ReportWords, t: TrainingWords) -> String {
        var lines = [t.reviewHeading]
        for (i, model) in answers.enumerated() {
            lines.append("")
            lines.append(t.questionHeader(number: i + 1, total: answers.count, step: s.stepLabel(model.question.step)) + " [\(model.question.id)]")
            lines.append(model.prompt)
            let given = state.given[i].last
            if case .open = model.expected, let given {
                lines.append(t.openAnswered(given))
                lines.append(t.earlierAnswer(model.answer))
                lines.append(t.working(model.working))
                continue
            }
            switch (state.points[i], given) {
            case (nil, _): lines.append(t.notReached(model.answer))
            case (let points?, let given?) where points > 0: lines.append(t.examRight(given))
            case (_, let given?): lines.append(t.examWrong(given, answer: model.answer) + (notes[i].map { t.sentenceGap + $0 } ?? ""))
            case (_, nil): lines.append(t.examSkipped(model.answer))
            }
            lines.append(t.working(model.working))
            if !model.question.explanation.isEmpty { lines.append(t.why(model.question.explanation)) }
        }
        return lines.joined(separator: "\n")
    }

    static func answerSheet(exercise: Exercise, answers: [ModelAnswer], s: ReportWords, t: TrainingWords) -> String {
        var lines = [t.answersHeading(exercise.title), ""]
        for (i, model) in answers.enumerated() {
            lines.append(t.questionHeader(number: i + 1, total: answers.count, step: s.stepLabel(model.question.step)) + " [\(model.question.id)]")
            lines.append(model.prompt)
            let colon = s.labelSeparator
            lines.append("  " + t.answerLabel + colon + model.answer)
            lines.append("  " + t.workingLabel + colon + model.working)
            lines.append("  " + t.hintLabel + colon + model.hint)
            if !model.question.explanation.isEmpty { lines.append("  " + t.whyLabel + colon + model.question.explanation) }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func list(_ exercises: [Exercise], t: TrainingWords) -> String {
        var table = TextTable([.init(t.idColumn), .init(t.titleColumn), .init(t.industryColumn), .init(t.stepsColumn), .init(t.levelColumn)])
        for e in exercises {
            table.add([e.id, e.title, e.industry, e.steps.map(String.init).joined(separator: ","), t.levelName(e.level)])
        }
        return (table.render(maxWidth: 120) + ["", t.listFooter]).joined(separator: "\n")
    }
}

extension Trainer {
    /// The list of exercises for `cem train`, in the order given.
    public static func list(_ exercises: [Exercise], language: Language) -> String {
        TrainerText.list(exercises, t: trainingStrings(language))
    }
}

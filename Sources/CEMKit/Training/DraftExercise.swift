// `cem train --from WORKBOOK`: a client workbook (real or anonymised) turned into a draft exercise with
// the standard questions — those the engine can answer from it — for a trainer to word and explain.

public enum DraftExercise {
    /// The draft exercise for `workbook`, with id `id`; nil when no standard question has an answer.
    public static func make(from workbook: Workbook, id: String, language fallback: Language = .en) -> Exercise? {
        let analysis = Analysis(workbook)
        var candidates: [ExerciseQuestion] = []
        func add(_ kind: QuestionKind, _ target: String? = nil, ties: TieRule? = nil) {
            candidates.append(ExerciseQuestion(id: "q\(candidates.count + 1)", kind: kind, target: target, ties: ties))
        }
        add(.brandValueDriver, ties: analysis.brandValueDrivers.count > 1 ? .all : nil)
        let key = analysis.keyExperience
        if let key {
            add(.satisfaction, key)
            add(.weightedSatisfaction, key)
        }
        add(.meanSatisfaction)
        add(.weightedSatisfactionIndex)
        add(.keyExperiences)
        add(.keyExperience, ties: .any)
        if let key { add(.quadrant, key) }
        if let largest = analysis.largestGap {
            add(.gap, largest)
            add(.weightedGap, largest)
        }
        add(.largestGap, ties: .any)
        add(.largestGapRequirement)
        for r in analysis.requirements where r.priority != nil { add(.requirementPriority, r.id) }
        add(.topPursuedRequirement, ties: .any)
        for k in analysis.kpis where k.deviation != nil {
            let unique = analysis.kpis.filter { $0.kpi.id == k.kpi.id }.count == 1
            let reference = unique ? k.kpi.id : "\(k.requirement)/\(k.kpi.id)"
            add(.kpiDeviation, reference)
            if k.met != nil { add(.kpiMet, reference) }
        }
        let language = workbook.language ?? fallback
        let t = trainingStrings(language), s = strings(language)
        var shell = Exercise(id: id, language: language, title: workbook.title.isEmpty ? id : workbook.title,
                             industry: "", level: .intermediate, scenario: t.draftScenario, workbook: workbook, questions: [])
        var kept: [ExerciseQuestion] = []
        for q in candidates {
            shell.questions = [q]
            if case .success = Solver.solve(q, in: shell, strings: s, training: t) {
                var numbered = q
                numbered.id = "q\(kept.count + 1)"
                kept.append(numbered)
            }
        }
        guard !kept.isEmpty else { return nil }
        shell.questions = kept
        return shell
    }

    /// The exercise as a file: keys in the order of `ExerciseKeys`, the workbook in canonical form.
    public static func text(_ exercise: Exercise) -> String {
        var o = JSONObjectBuilder()
        o.add("format", Exercise.format)
        o.add("formatVersion", .number(Double(Exercise.formatVersion)))
        o.add("id", exercise.id)
        o.add("language", exercise.language.rawValue)
        o.add("title", exercise.title)
        o.add("industry", exercise.industry)
        o.add("level", exercise.level.rawValue)
        o.add("scenario", exercise.scenario)
        o.add("workbook", WorkbookWriter.json(exercise.workbook))
        o.add("questions", objects: exercise.questions.map { q in
            var m = JSONObjectBuilder()
            m.add("id", q.id)
            m.add("kind", q.kind.rawValue)
            switch q.kind.target {
            case .factor: m.add("factor", q.target)
            case .requirement: m.add("requirement", q.target)
            case .kpi: m.add("kpi", q.target)
            case .encounter: m.add("encounter", q.target)
            case .experiment: m.add("experiment", q.target)
            case .none: break
            }
            if q.tolerance != Exercise.defaultTolerance { m.add("tolerance", .number(q.tolerance)) }
            if let ties = q.ties { m.add("ties", ties.rawValue) }
            return m.value
        })
        return CanonicalJSON.text(o.value)
    }
}

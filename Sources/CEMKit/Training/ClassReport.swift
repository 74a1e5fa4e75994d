// The summary of a class: several learners' results of one exercise, per learner, per question and per
// step, with the questions most missed — as text tables for the trainer and as CSV for a gradebook.

public struct ClassReport: Sendable {
    public var results: [TrainingResult]
    let t: TrainingWords
    let s: ReportWords

    /// The results must be of one exercise (`exerciseIDs` tells the caller when they are not).
    public init(_ results: [TrainingResult], language: Language) {
        self.results = results
        t = trainingStrings(language)
        s = strings(language)
    }

    /// The distinct exercise ids among the results, in order of first appearance.
    public static func exerciseIDs(_ results: [TrainingResult]) -> [String] {
        var ids: [String] = []
        for r in results where !ids.contains(r.exercise) { ids.append(r.exercise) }
        return ids
    }

    /// Per question (in the first result's order): how many learners got it right, and the points.
    public struct QuestionSummary: Equatable, Sendable {
        public var id: String
        public var step: Int
        public var prompt: String
        public var rightAnswer: String
        public var right: Int
        public var points: Double
        public var learners: Int
        /// An open question: answers for the trainer to read, not marked.
        public var open = false
        /// The learners who missed it, with the answer each gave (nil when skipped or not reached).
        public var missedBy: [(learner: String, given: String?)]

        public static func == (a: QuestionSummary, b: QuestionSummary) -> Bool {
            a.id == b.id && a.right == b.right && a.points == b.points && a.learners == b.learners
                && a.missedBy.map(\.learner) == b.missedBy.map(\.learner) && a.missedBy.map(\.given) == b.missedBy.map(\.given)
        }
    }

    public var questions: [QuestionSummary] {
        guard let first = results.first else { return [] }
        return first.questions.map { q in
            let entries = results.compactMap { r in r.questions.first { $0.id == q.id }.map { (r.learner, $0) } }
            return QuestionSummary(id: q.id, step: q.step, prompt: q.prompt, rightAnswer: q.rightAnswer,
                                   right: entries.filter { $0.1.status == .right }.count,
                                   points: entries.map(\.1.points).reduce(0, +), learners: entries.count,
                                   open: q.kind == QuestionKind.open.rawValue,
                                   missedBy: entries.filter { $0.1.status != .right }.map { ($0.0, $0.1.given) })
        }
    }

    /// The questions fewer learners got right, most missed first (then in question order); at most `limit`.
    public func mostMissed(limit: Int = 3) -> [QuestionSummary] {
        let missed = questions.enumerated().filter { !$0.element.open && $0.element.right < $0.element.learners }
        return missed.sorted { a, b in
            let ma = a.element.learners - a.element.right, mb = b.element.learners - b.element.right
            return ma == mb ? a.offset < b.offset : ma > mb
        }.prefix(limit).map(\.element)
    }

    static func percent(_ part: Double, of whole: Double) -> String {
        whole > 0 ? "\(Int((part / whole * 100).rounded()))%" : "—"
    }

    public func text(width: Int = 100) -> String {
        guard let first = results.first else { return "" }
        let n = displayNumber
        var lines = [t.classHeading(title: first.title, exercise: first.exercise, learners: results.count), "", t.learnersHeading]
        var learners = TextTable([.init(t.learnerColumn), .init(t.scoreColumn, alignRight: true), .init("%", alignRight: true),
                                  .init(t.modeColumn), .init(t.dateColumn)])
        for r in results {
            learners.add([r.learner.inert, "\(n(r.score)) / \(n(r.maxScore))", Self.percent(r.score, of: r.maxScore), t.modeName(r.mode), r.date])
        }
        lines += learners.render(maxWidth: width)

        lines += ["", t.questionsHeading]
        var table = TextTable([.init(t.questionColumn), .init(t.stepColumn), .init(t.rightColumn, alignRight: true),
                               .init(t.pointsColumn, alignRight: true), .init(t.answerLabel)])
        for q in questions {
            table.add([q.id, s.stepLabel(q.step), q.open ? "—" : "\(q.right) / \(q.learners)", q.open ? "—" : n(q.points), q.rightAnswer])
        }
        lines += table.render(maxWidth: width)

        lines += ["", t.stepsHeading]
        var steps = TextTable([.init(t.stepColumn), .init(t.questionsColumn, alignRight: true), .init(t.scoreColumn, alignRight: true),
                               .init("%", alignRight: true)])
        let all = questions.filter { !$0.open }
        for step in Array(Set(all.map(\.step))).sorted() {
            let inStep = all.filter { $0.step == step }
            let points = inStep.map(\.points).reduce(0, +), most = Double(inStep.map(\.learners).reduce(0, +))
            steps.add([s.stepLabel(step) + " " + s.stepTitle(step), String(inStep.count), "\(n(points)) / \(n(most))",
                       Self.percent(points, of: most)])
        }
        lines += steps.render(maxWidth: width)

        lines += ["", t.mostMissedHeading]
        let missed = mostMissed()
        if missed.isEmpty { lines.append(t.noneMissed) }
        for q in missed {
            lines.append(t.missed(id: q.id, step: s.stepLabel(q.step), right: q.right, of: q.learners, prompt: q.prompt,
                                  answer: q.rightAnswer))
            let given = q.missedBy.map { t.missedBy($0.learner.inert, given: $0.given?.inert) }
            lines.append("  " + t.missedByLabel + s.labelSeparator + given.joined(separator: s.listSeparator))
        }
        let total = results.map(\.score).reduce(0, +), most = results.map(\.maxScore).reduce(0, +)
        let count = Double(results.count)
        lines += ["", t.classMean(n(roundFigure(total / count)), of: n(most / count), percent: Self.percent(total, of: most))]
        return lines.joined(separator: "\n")
    }

    /// One row per learner with the points of each question and the totals: UTF-8 with a byte-order mark,
    /// CRLF line ends, as the workbook CSV report.
    public func csv() -> String {
        let ids = questions.map(\.id)
        let headers = [t.learnerColumn, t.exerciseColumn, t.modeColumn, t.dateColumn] + ids + ["score", "maxScore"]
        var lines = [headers.map { Markup.csv(text: $0) }.joined(separator: ",")]
        for r in results {
            let points = ids.map { id in Markup.csv(number: r.questions.first { $0.id == id }?.points) }
            let cells = [Markup.csv(text: r.learner), Markup.csv(text: r.exercise), Markup.csv(text: r.mode.rawValue),
                         Markup.csv(text: r.date)] + points + [Markup.csv(number: r.score), Markup.csv(number: r.maxScore)]
            lines.append(cells.joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}

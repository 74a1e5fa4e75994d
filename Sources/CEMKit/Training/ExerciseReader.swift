// Reading an exercise file: the same checks as a workbook (size, UTF-8, merge markers, JSON syntax via
// `WorkbookReader.parseDocument`), the embedded workbook through the workbook decoder itself, then the
// exercise's own keys and questions. Every question must have a model answer from the engine.

public enum ExerciseReader {
    /// True when the JSON tree is an object whose `format` is `cem-exercise` (so `cem validate` can tell files apart).
    public static func isExercise(_ root: JSONNode) -> Bool {
        guard case .object(let members) = root.value,
              let format = members.first(where: { $0.key == "format" })?.value.value else { return false }
        return format == .string(Exercise.format)
    }

    /// Reads an exercise from the bytes of a file. Throws every problem found, in file order.
    /// With `language`, a bilingual file is read in that language (else in its `language`).
    public static func read(_ data: [UInt8], language: Language? = nil) throws(ExerciseError) -> Exercise {
        let root: JSONNode
        do {
            root = try WorkbookReader.parseDocument(data)
        } catch {
            throw ExerciseError(error.diagnostics.map { ExerciseDiagnostic(.workbook($0.problem), at: $0.position, path: $0.path) })
        }
        var decoder = ExerciseDecoder()
        decoder.requested = language
        let exercise = decoder.decode(root)
        if let exercise, decoder.diagnostics.isEmpty { return exercise }
        throw ExerciseError(decoder.sorted)
    }

    public static func read(_ text: String) throws(ExerciseError) -> Exercise { try read(Array(text.utf8)) }
}

struct ExerciseDecoder: JSONObjectReader {
    private(set) var diagnostics: [ExerciseDiagnostic] = []
    /// Problems found beyond `Diagnostic.limit`.
    private(set) var dropped = 0
    var suggestionsLeft = suggestionBudget
    /// The language to read a bilingual file in; the language its texts are picked in once `language` is read.
    var requested: Language?
    private var reading = Language.en
    /// Some text is written in both languages (`{"zh": …, "en": …}`): then every text must be.
    private var bilingual = false
    private var plainTexts: [(node: JSONNode, path: String)] = []

    /// A text: a string, or both languages as `{"zh": "…", "en": "…"}` (both present and, with `nonEmpty`, not blank).
    private mutating func text(_ node: JSONNode?, _ path: String, nonEmpty: Bool = false) -> String? {
        guard let node else { return nil }
        guard case .object = node.value else {
            if case .string = node.value { plainTexts.append((node, path)) }
            return string(node, path, nonEmpty: nonEmpty)
        }
        bilingual = true
        guard let m = members(node, path, known: ["zh", "en"], required: ["zh", "en"]) else { return nil }
        let zh = string(m["zh"], path + ".zh", nonEmpty: nonEmpty), en = string(m["en"], path + ".en", nonEmpty: nonEmpty)
        return reading == .zh ? zh : en
    }

    /// The problems in file order, and a last line counting those not listed.
    var sorted: [ExerciseDiagnostic] {
        inFileOrder(diagnostics, position: \.position)
            + (dropped > 0 ? [ExerciseDiagnostic(.workbook(.moreProblems(dropped)), at: nil)] : [])
    }

    mutating func record(_ problem: Problem, at position: SourcePosition?, path: String) {
        append(ExerciseDiagnostic(.workbook(problem), at: position, path: path), to: &diagnostics, dropped: &dropped)
    }

    private mutating func report(_ problem: ExerciseProblem, _ node: JSONNode, _ path: String) {
        append(ExerciseDiagnostic(problem, at: node.position, path: path), to: &diagnostics, dropped: &dropped)
    }

    /// A string; with `nonEmpty`, blank text is a problem too.
    private mutating func string(_ node: JSONNode?, _ path: String, nonEmpty: Bool) -> String? {
        guard let node, let text = string(node, path) else { return nil }
        if nonEmpty, text.trimmingWhitespace.isEmpty { report(.emptyText(path), node, path) }
        return text
    }

    mutating func decode(_ root: JSONNode) -> Exercise? {
        guard case .object = root.value else {
            report(.notAnExercise(found: root.value.typeName), root, "")
            return nil
        }
        guard let m = members(root, "", known: ExerciseKeys.root,
                              required: ["format", "formatVersion", "id", "title", "scenario", "workbook", "questions"]) else { return nil }
        if let node = m["format"], let format = string(node, "format"), format != Exercise.format {
            report(.notAnExercise(found: "\"\(format)\""), node, "format")
            return nil
        }
        if let newer = newerFormatVersion(m["formatVersion"], supported: Exercise.formatVersion) {
            (diagnostics, dropped) = ([ExerciseDiagnostic(.workbook(newer.problem), at: newer.position, path: newer.path)], 0)
            return nil
        }
        let id = string(m["id"], "id") ?? ""
        if let node = m["id"], !id.isEmpty, !IDSyntax.isValidFactorID(id) { report(.workbook(.badID(id, kind: .factor)), node, "id") }
        var language = Language.en
        if let node = m["language"], string(node, "language") != nil, let value = choice(node, "language", as: Language.self) {
            language = value
        }
        var level = ExerciseLevel.beginner
        if let node = m["level"], string(node, "level") != nil, let value = choice(node, "level", as: ExerciseLevel.self) {
            level = value
        }
        reading = requested ?? language
        let title = text(m["title"], "title", nonEmpty: true) ?? ""
        let industry = text(m["industry"], "industry") ?? ""
        let scenario = text(m["scenario"], "scenario", nonEmpty: true) ?? ""

        // The embedded workbook: the workbook reader's own checks and messages, under `workbook`.
        var workbook: Workbook?
        if let node = m["workbook"] {
            var inner = WorkbookDecoder()
            let decoded = inner.decodeWorkbook(node)
            for d in inner.sortedDiagnostics {
                append(ExerciseDiagnostic(.workbook(d.problem), at: d.position ?? node.position,
                                          path: d.path.isEmpty ? "workbook" : "workbook." + d.path), to: &diagnostics, dropped: &dropped)
            }
            if inner.diagnostics.isEmpty { workbook = decoded }
        }

        var questions: [(ExerciseQuestion, JSONNode, String)] = []
        if let node = m["questions"] {
            guard case .array(let elements) = node.value else {
                report(.workbook(.wrongType(expected: "array", found: node.value.typeName)), node, "questions")
                return nil
            }
            if elements.isEmpty { report(.noQuestions, node, "questions") }
            var seen: [String: Int] = [:]
            for (i, element) in elements.enumerated() {
                let path = "questions[\(i)]"
                if let question = decodeQuestion(element, path, seen: &seen) { questions.append((question, element, path)) }
            }
        }
        // `variants`: the spread of each score for `--variant N`, whole numbers from 0 to 100.
        var variants = Exercise.defaultVariants
        if let node = m["variants"] {
            if case .object(let spreads) = node.value {
                variants = [:]
                for member in spreads {
                    let path = "variants." + member.key
                    guard let field = ScoreField(rawValue: member.key) else {
                        report(.workbook(.unknownKey(member.key, suggestion: Suggest.closest(to: member.key, in: ScoreField.allCases.map(\.rawValue)))), member.value, path)
                        continue
                    }
                    if let value = number(member.value, path) {
                        if value == value.rounded(), value >= 0, value <= 100 { variants[field] = Int(value) } else {
                            report(.workbook(.notWholeNumber(value: value, minimum: 0)), member.value, path)
                        }
                    }
                }
            } else {
                report(.workbook(.wrongType(expected: "object", found: node.value.typeName)), node, "variants")
            }
        }
        // A bilingual file is complete: no text in one language only.
        if bilingual {
            for (node, path) in plainTexts where !path.hasSuffix(".zh") && !path.hasSuffix(".en") {
                report(.workbook(.wrongType(expected: "{\"zh\": …, \"en\": …}", found: "string")), node, path)
            }
        }
        guard let workbook else { return nil }
        var exercise = Exercise(id: id, language: bilingual ? reading : language, title: title, industry: industry, level: level,
                                scenario: scenario, workbook: workbook, questions: questions.map(\.0))
        exercise.variants = variants
        for (question, node, path) in questions { check(question, node, path, in: exercise) }
        return diagnostics.isEmpty ? exercise : nil
    }

    private mutating func decodeQuestion(_ node: JSONNode, _ path: String, seen: inout [String: Int]) -> ExerciseQuestion? {
        guard let m = members(node, path, known: ExerciseKeys.question, required: ["id", "kind"]) else { return nil }
        let id = string(m["id"], path + ".id")
        if let id, let idNode = m["id"] {
            if !IDSyntax.isValidItemID(id) {
                report(.workbook(.badID(id, kind: .requirement)), idNode, path + ".id")
            } else if let first = seen[id] {
                report(.duplicateQuestionID(id, firstLine: first), idNode, path + ".id")
            } else {
                seen[id] = idNode.position.line
            }
        }
        var kind: QuestionKind?
        if let kindNode = m["kind"], let text = string(kindNode, path + ".kind") {
            kind = QuestionKind(rawValue: text)
            if kind == nil {
                report(.unknownQuestionKind(text, suggestion: suggest(text, in: QuestionKind.allCases.map(\.rawValue))),
                       kindNode, path + ".kind")
            }
        }
        let targets: [(key: String, target: QuestionTarget)] = [("factor", .factor), ("requirement", .requirement), ("kpi", .kpi),
                                                                ("encounter", .encounter), ("experiment", .experiment)]
        var target: String?
        for (key, kindOfTarget) in targets {
            guard let targetNode = m[key], let value = string(targetNode, "\(path).\(key)") else { continue }
            if let kind, kind.target != kindOfTarget {
                report(.targetNotUsed(kind: kind.rawValue, key: key), targetNode, "\(path).\(key)")
            } else {
                target = value
            }
        }
        if let kind, kind.target != .none, target == nil {
            let key = targets.first { $0.target == kind.target }!.key
            report(.missingTarget(kind: kind.rawValue, key: key), node, path)
            return nil
        }
        var cycle: Int?
        if let cycleNode = m["cycle"], let value = number(cycleNode, path + ".cycle") {
            if value != value.rounded() || value < 1 {
                report(.workbook(.notWholeNumber(value: value, minimum: 1)), cycleNode, path + ".cycle")
            } else if !NumericDomain.contains(value, .cycle) {
                report(.workbook(.outsideDomain(value: value, quantity: .cycle)), cycleNode, path + ".cycle")
            } else if let kind, !kind.allowsCycle {
                report(.cycleNotUsed(kind: kind.rawValue), cycleNode, path + ".cycle")
            } else {
                cycle = Int(value)
            }
        }
        var tolerance = Exercise.defaultTolerance
        if let toleranceNode = m["tolerance"], let value = number(toleranceNode, path + ".tolerance") {
            if value < 0 || value > 1e6 { report(.badTolerance(value), toleranceNode, path + ".tolerance") } else { tolerance = value }
        }
        var ties: TieRule?
        if let tiesNode = m["ties"], let text = string(tiesNode, path + ".ties") {
            if let rule = TieRule(rawValue: text) {
                if let kind, !kind.canTie { report(.targetNotUsed(kind: kind.rawValue, key: "ties"), tiesNode, path + ".ties") } else { ties = rule }
            } else {
                report(.workbook(.notAllowed(value: text, allowed: TieRule.allCases.map(\.rawValue))), tiesNode, path + ".ties")
            }
        }
        let prompt = text(m["prompt"], path + ".prompt") ?? ""
        let explanation = text(m["explanation"], path + ".explanation") ?? ""
        guard let id, let kind else { return nil }
        var question = ExerciseQuestion(id: id, kind: kind, target: target, cycle: cycle, tolerance: tolerance, ties: ties,
                                        prompt: prompt, explanation: explanation)
        // An open question: its step, its prompt, a model answer and a checklist (all required); other kinds use none.
        let openKeys = ["step", "modelAnswer", "checklist"]
        if kind == .open {
            for key in openKeys + ["prompt"] where m[key] == nil { report(.workbook(.missingKey(key)), node, path) }
            if let stepNode = m["step"], let value = number(stepNode, path + ".step") {
                if (1...7).contains(value), value == value.rounded() { question.openStep = Int(value) } else {
                    report(.workbook(.notAllowed(value: decimalText(value, decimals: 9), allowed: (1...7).map(String.init))), stepNode, path + ".step")
                }
            }
            question.modelAnswer = text(m["modelAnswer"], path + ".modelAnswer", nonEmpty: true) ?? ""
            if let listNode = m["checklist"] {
                if case .array(let items) = listNode.value, !items.isEmpty {
                    question.checklist = items.enumerated().compactMap { text($1, "\(path).checklist[\($0)]", nonEmpty: true) }
                } else {
                    report(.workbook(.wrongType(expected: "array", found: listNode.value.typeName)), listNode, path + ".checklist")
                }
            }
            if m["prompt"] != nil && prompt.trimmingWhitespace.isEmpty { report(.emptyText(path + ".prompt"), m["prompt"]!, path + ".prompt") }
        } else {
            for key in openKeys where m[key] != nil { report(.targetNotUsed(kind: kind.rawValue, key: key), m[key]!, "\(path).\(key)") }
        }
        return question
    }

    /// The question's target exists, its cycle too, and the engine gives it a model answer.
    private mutating func check(_ q: ExerciseQuestion, _ node: JSONNode, _ path: String, in exercise: Exercise) {
        let w = exercise.workbook
        let history = w.history.map(\.cycle)
        if let cycle = q.cycle, Solver.workbook(w, cycle: cycle) == nil {
            report(.noSuchCycle(cycle, available: history), field(node, "cycle"), path + ".cycle")
            return
        }
        if q.kind == .satisfactionChange, q.cycle == nil, history.isEmpty {
            report(.noSuchCycle(0, available: []), node, path)
            return
        }
        let base = q.kind == .satisfactionChange ? w : Solver.workbook(w, cycle: q.cycle)!
        if let target = q.target {
            switch q.kind.target {
            case .factor:
                let ids = base.factors.map(\.id)
                if !ids.contains(target) {
                    report(.workbook(.unknownFactor(target, suggestion: suggest(target, in: ids))), field(node, "factor"), path + ".factor")
                    return
                }
            case .requirement:
                let ids = base.requirements.map(\.id)
                if !ids.contains(target) {
                    report(.unknownRequirement(target, suggestion: suggest(target, in: ids)), field(node, "requirement"), path + ".requirement")
                    return
                }
            case .kpi:
                let found = Solver.kpi(target, in: base)
                if found.isEmpty {
                    let ids = base.requirements.flatMap { r in r.kpis.map(\.id) + r.kpis.map { "\(r.id)/\($0.id)" } }
                    report(.unknownKPI(target, suggestion: suggest(target, in: ids)), field(node, "kpi"), path + ".kpi")
                    return
                }
                if found.count > 1 {
                    report(.ambiguousKPI(target, requirements: found.map(\.requirement.id)), field(node, "kpi"), path + ".kpi")
                    return
                }
            case .encounter, .experiment:
                let ids = q.kind.target == .encounter ? base.encounters.map(\.id) : base.experiments.map(\.id)
                if !ids.contains(target) {
                    let key = q.kind.target == .encounter ? "encounter" : "experiment"
                    let problem: BehaviourProblem = q.kind.target == .encounter
                        ? .unknownEncounter(target, suggestion: suggest(target, in: ids))
                        : .unknownExperiment(target, suggestion: suggest(target, in: ids))
                    report(.workbook(.behaviour(problem)), field(node, key), path + "." + key)
                    return
                }
            case .none:
                break
            }
        }
        let en = strings(.en)
        if case .failure = Solver.solve(q, in: exercise, strings: en, training: trainingStrings(.en)) {
            report(.noModelAnswer(kind: q.kind.rawValue), node, path)
        }
    }

    private func field(_ node: JSONNode, _ key: String) -> JSONNode {
        guard case .object(let members) = node.value, let member = members.first(where: { $0.key == key }) else { return node }
        return member.value
    }
}

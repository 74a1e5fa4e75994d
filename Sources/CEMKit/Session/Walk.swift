// Answering the questions of the walk-through, and the text of each question's prompt.

extension Session {
    /// Reads an answer to the current question; a bad one is refused with the reason and asked again.
    mutating func answer(_ raw: String, disk: [UInt8]?) {
        guard let question = currentQuestion else {
            if raw.trimmingWhitespace.isEmpty { return }
            return refuseNotACommand(raw)
        }
        let here = position
        var next = advance(from: here)
        if raw.trimmingWhitespace.isEmpty {
            // After a cycle closed, Enter on an empty score takes the previous cycle's value.
            if case .score(let id, let field) = question, let previous = previousCycleScore(id, field),
               let index = workbook.factors.firstIndex(where: { $0.id == id }) {
                var w = workbook
                w.factors[index][score: field] = previous
                let summary = t.changed(QuestionText(session: self).subject(question), from: "—", to: displayNumber(previous))
                return commit(w, summary, kind: .edit, advanceTo: next, disk: disk, echo: false, question: question)
            }
            position = next
            settle()
            return
        }
        var w = workbook
        let text = QuestionText(session: self)
        let before = text.current(question), wholeBefore = text.current(question, whole: true)
        switch edit(&w, question, raw) {
        case .failure(let refusal):
            refuse(t.refusal(shownChoices(refusal), strings: r) + suggestion(raw))
            return
        case .success(let created):
            if let created { next = created }
        }
        if w == workbook {
            position = next
            settle()
            return
        }
        let afterText = QuestionText(session: withWorkbook(w))
        var summary = t.changed(text.subject(question), from: before, to: afterText.current(question))
        var record = t.changed(text.subject(question), from: wholeBefore, to: afterText.current(question, whole: true))
        if question == .newRequirement, let added = w.requirements.last {
            summary = t.requirementAdded(added.id, added.title.inert)
            record = summary
        } else if case .newKPI(let rid) = question, let added = w.requirements.first(where: { $0.id == rid })?.kpis.last {
            summary = t.kpiAdded(rid, added.id, added.metric.inert)
            record = summary
        }
        commit(w, summary, record: record, kind: .edit, advanceTo: next, disk: disk, echo: false,
               question: question == .newRequirement || { if case .newKPI = question { return true } else { return false } }() ? nil : question)
    }

    /// A bad choice word: the choices as the prompt shows them in this language ("adjust 调整"), so the
    /// Chinese words the prompt offers are named in the Chinese refusal too.
    func shownChoices(_ refusal: Refusal) -> Refusal {
        guard case .notAChoice(let text, let allowed) = refusal, language != .en else { return refusal }
        var labels: [String: String] = [:]
        for c in Capability.allCases { labels[c.rawValue] = r.capability(c) }
        for d in Decision.allCases { labels[d.rawValue] = r.decision(d) }
        for b in Better.allCases { labels[b.rawValue] = r.better(b) }
        return .notAChoice(text, allowed: allowed.map { raw in labels[raw].map { $0 == raw ? raw : "\(raw)（\($0)）" } ?? raw })
    }

    func withWorkbook(_ w: Workbook) -> Session {
        var copy = self
        copy.workbook = w
        return copy
    }

    /// " Did you mean `help`?" when the first word of a refused answer is close to a command.
    func suggestion(_ raw: String) -> String {
        guard let first = tokenize(raw).first, first.count > 1, first.allSatisfy(\.isLetter),
              let close = Suggest.closest(to: first, in: SessionCommands.names) else { return "" }
        return t.didYouMean(close)
    }

    mutating func refuseNotACommand(_ raw: String) {
        let first = tokenize(raw).first ?? raw
        let suggestion = first.count > 1 ? Suggest.closest(to: first, in: SessionCommands.names) : nil
        refuse(t.unknownCommand(first.inert, suggestion: suggestion))
    }

    /// Applies an answer to a copy of the workbook. For a new requirement or KPI, returns the question to go to next.
    func edit(_ w: inout Workbook, _ question: Question, _ raw: String) -> Result<Position?, Refusal> {
        switch question {
        case .brandStatement:
            w.brandStatement = Answer.text(raw)
        case .score(let id, let field):
            guard let i = w.factors.firstIndex(where: { $0.id == id }) else { return .success(nil) }
            switch Answer.number(raw, scale: w.scale(for: field)) {
            case .success(let value): w.factors[i][score: field] = value
            case .failure(let refusal): return .failure(refusal)
            }
        case .requirementTitle(let id):
            let title = Answer.text(raw)
            if title.isEmpty { return .failure(.required) }
            w.requirements[requirement: id]?.title = title
        case .requirementFactors(let id):
            switch Answer.factors(raw, in: w) {
            case .success(let ids): w.requirements[requirement: id]?.factors = ids
            case .failure(let refusal): return .failure(refusal)
            }
        case .requirementTarget(let id):
            switch Answer.number(raw, scale: w.scale) {
            case .success(let value): w.requirements[requirement: id]?.targetExperience = value
            case .failure(let refusal): return .failure(refusal)
            }
        case .newRequirement:
            let title = Answer.text(raw)
            if title.isEmpty { return .success(nil) }
            let id = Identifiers.nextRequirement(in: w)
            w.requirements.append(Requirement(id: id, title: title))
            let index = Question.of(step: 5, in: w).firstIndex(of: .requirementFactors(id)) ?? 0
            return .success(.question(step: 5, index: index))
        case .strategyFit(let id):
            switch Answer.number(raw, scale: w.scale) {
            case .success(let value): w.requirements[requirement: id]?.alignment.strategyFit = value
            case .failure(let refusal): return .failure(refusal)
            }
        case .capability(let id, let area):
            switch Answer.choice(raw, Capability.self, labels: { InputWords.labels($0) }) {
            case .success(let value):
                switch area {
                case .people: w.requirements[requirement: id]?.alignment.people = value
                case .process: w.requirements[requirement: id]?.alignment.process = value
                case .technology: w.requirements[requirement: id]?.alignment.technology = value
                }
            case .failure(let refusal): return .failure(refusal)
            }
        case .decision(let id):
            switch Answer.choice(raw, Decision.self, labels: { InputWords.labels($0) }) {
            case .success(let value): w.requirements[requirement: id]?.alignment.decision = value
            case .failure(let refusal): return .failure(refusal)
            }
        case .rationale(let id):
            w.requirements[requirement: id]?.alignment.rationale = Answer.text(raw)
        case .kpi(let rid, let kid, let field):
            guard let ri = w.requirements.firstIndex(where: { $0.id == rid }),
                  let ki = w.requirements[ri].kpis.firstIndex(where: { $0.id == kid }) else { return .success(nil) }
            switch KPIEdit.apply(field, raw, to: &w.requirements[ri].kpis[ki]) {
            case .success: break
            case .failure(let refusal): return .failure(refusal)
            }
        case .newKPI(let rid):
            let metric = Answer.text(raw)
            if metric.isEmpty { return .success(nil) }
            let kid = Identifiers.nextKPI(in: w)
            w.requirements[requirement: rid]?.kpis.append(KPI(id: kid, metric: metric))
            let index = Question.of(step: 7, in: w).firstIndex(of: .kpi(requirement: rid, kpi: kid, .unit)) ?? 0
            return .success(.question(step: 7, index: index))
        }
        return .success(nil)
    }
}

/// Setting one field of a KPI from typed text (shared by step 7 and `kpi edit`).
enum KPIEdit {
    static func apply(_ field: KPIField, _ raw: String, to kpi: inout KPI) -> Result<Void, Refusal> {
        switch field {
        case .metric:
            let metric = Answer.text(raw)
            if metric.isEmpty { return .failure(.required) }
            kpi.metric = metric
        case .unit:
            kpi.unit = Answer.text(raw)
        case .better:
            switch Answer.choice(raw, Better.self, labels: { InputWords.labels($0) }) {
            case .success(let value): kpi.better = value ?? .higher
            case .failure(let refusal): return .failure(refusal)
            }
        case .baseline, .target, .actual:
            switch Answer.number(raw, scale: nil) {
            case .success(let value):
                if field == .baseline { kpi.baseline = value } else if field == .target { kpi.target = value } else { kpi.actual = value }
            case .failure(let refusal): return .failure(refusal)
            }
        case .measuredOn:
            switch Answer.date(raw) {
            case .success(let value): kpi.measuredOn = value
            case .failure(let refusal): return .failure(refusal)
            }
        }
        return .success(())
    }
}

/// New ids: R1, R2, … and K1, K2, … (one past the highest number in use); factor ids from names.
enum Identifiers {
    static func nextRequirement(in w: Workbook) -> String {
        "R\(next(w.requirements.map(\.id), prefix: "R"))"
    }

    static func nextKPI(in w: Workbook) -> String {
        "K\(next(w.requirements.flatMap(\.kpis).map(\.id), prefix: "K"))"
    }

    /// One past the highest number in use; when that would overflow (an id `R9223372036854775807`), the
    /// smallest number not in use. Total: never traps.
    static func next(_ ids: [String], prefix: String) -> Int {
        let used = Set(ids.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil })
        let highest = used.max() ?? 0
        if highest < Int.max { return max(highest, 0) + 1 }
        var n = 1
        while used.contains(n) { n += 1 }
        return n
    }

    /// A factor id from its name: lower-case ASCII letters and digits joined by `-`; `factor-N` for a name
    /// with none (a Chinese name); made unique with a number.
    static func factor(from name: String, in w: Workbook) -> String {
        var slug = ""
        for c in Input.normalize(name).lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) {
                slug.append(c)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        let taken = Set(w.factors.map(\.id))
        if slug.isEmpty {
            var n = w.factors.count + 1
            while taken.contains("factor-\(n)") { n += 1 }
            return "factor-\(n)"
        }
        var id = slug, n = 2
        while taken.contains(id) {
            id = "\(slug)-\(n)"
            n += 1
        }
        return id
    }
}

extension Array where Element == Requirement {
    subscript(requirement id: String) -> Requirement? {
        get { first { $0.id == id } }
        set {
            guard let i = firstIndex(where: { $0.id == id }) else { return }
            if let newValue { self[i] = newValue } else { remove(at: i) }
        }
    }
}

/// The words of a question: its subject, its current value, its prompt.
struct QuestionText {
    var session: Session
    var w: Workbook { session.workbook }
    var t: SessionWords { session.t }
    var r: ReportWords { session.r }

    func factorName(_ id: String) -> String { (w.factor(id: id)?.name ?? id).inert }
    func requirement(_ id: String) -> Requirement? { w.requirements.first { $0.id == id } }

    func capabilityLabel(_ area: CapabilityArea) -> String {
        switch area {
        case .people: return r.people
        case .process: return r.process
        case .technology: return r.technology
        }
    }

    func kpiLabel(_ field: KPIField) -> String {
        switch field {
        case .metric: return r.metric
        case .unit: return t.unit
        case .better: return r.better
        case .baseline: return r.baseline
        case .target: return r.target
        case .actual: return r.actual
        case .measuredOn: return r.measuredOn
        }
    }

    /// What the question is about, as in "产品 · 体验".
    func subject(_ q: Question) -> String {
        switch q {
        case .brandStatement: return t.brandStatementLabel
        case .score(let id, let field): return "\(factorName(id)) · \(r.scoreName(field))"
        case .requirementTitle(let id): return "\(id) · \(r.title)"
        case .requirementFactors(let id): return "\(id) · \(r.factors)"
        case .requirementTarget(let id): return "\(id) · \(t.targetExperience)"
        case .newRequirement: return t.newRequirementLabel
        case .strategyFit(let id): return "\(id) · \(r.strategyFit)"
        case .capability(let id, let area): return "\(id) · \(capabilityLabel(area))"
        case .decision(let id): return "\(id) · \(r.decisionHeader)"
        case .rationale(let id): return "\(id) · \(t.rationale)"
        case .kpi(let rid, let kid, let field): return "\(rid) \(kid) · \(kpiLabel(field))"
        case .newKPI(let rid): return "\(rid) · \(t.newKPILabel)"
        }
    }

    /// The current value, as shown in brackets: Enter keeps it, so it is shown as it is kept. Long text
    /// is shortened for the terminal; `whole` keeps all of it (the record the minutes read).
    func current(_ q: Question, whole: Bool = false) -> String {
        func n(_ v: Double?) -> String { editedNumber(v) }
        func s(_ text: String) -> String { text.isEmpty ? "—" : whole ? text.inert : DisplayWidth.truncate(text.inert, to: 40) }
        switch q {
        case .brandStatement: return s(w.brandStatement)
        case .score(let id, let field):
            if let previous = session.previousCycleScore(id, field) {
                return t.previousCycleValue(n(previous), cycle: w.cycle - 1)
            }
            return n(w.factor(id: id)?[score: field])
        case .requirementTitle(let id): return s(requirement(id)?.title ?? "")
        case .requirementFactors(let id):
            let ids = requirement(id)?.factors ?? []
            return ids.isEmpty ? "—" : ids.map(factorName).joined(separator: r.listSeparator)
        case .requirementTarget(let id): return n(requirement(id)?.targetExperience)
        case .newRequirement, .newKPI: return ""
        case .strategyFit(let id): return n(requirement(id)?.alignment.strategyFit)
        case .capability(let id, let area):
            let a = requirement(id)?.alignment
            let value = area == .people ? a?.people : area == .process ? a?.process : a?.technology
            return value.map(r.capability) ?? "—"
        case .decision(let id): return requirement(id)?.alignment.decision.map(r.decision) ?? "—"
        case .rationale(let id): return s(requirement(id)?.alignment.rationale ?? "")
        case .kpi(let rid, let kid, let field):
            guard let k = requirement(rid)?.kpis.first(where: { $0.id == kid }) else { return "—" }
            switch field {
            case .metric: return s(k.metric)
            case .unit: return s(k.unit)
            case .better: return r.better(k.better)
            case .baseline: return n(k.baseline)
            case .target: return n(k.target)
            case .actual: return n(k.actual)
            case .measuredOn: return k.measuredOn ?? "—"
            }
        }
    }

    /// How to answer: the scale, or the choices.
    func hint(_ q: Question) -> String? {
        func choices<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ label: (T) -> String) -> String where T.RawValue == String {
            T.allCases.enumerated().map { i, c in
                let l = label(c)
                return l == c.rawValue ? "\(i + 1) \(c.rawValue)" : "\(i + 1) \(c.rawValue) \(l)"
            }.joined(separator: " / ")
        }
        switch q {
        case .score(_, let field): return displayScale(w.scale(for: field))
        case .requirementTarget, .strategyFit: return displayScale(w.scale)
        case .requirementFactors: return t.factorsHint
        case .capability: return choices(Capability.self, r.capability)
        case .decision: return choices(Decision.self, r.decision)
        case .kpi(_, _, .better): return choices(Better.self, r.better)
        case .kpi(_, _, .measuredOn): return "YYYY-MM-DD"
        case .newRequirement, .newKPI: return t.enterWhenDone
        default: return nil
        }
    }

    func prompt(_ q: Question) -> String {
        var text = subject(q)
        if let hint = hint(q) { text += t.parenthesized(hint) }
        switch q {
        case .newRequirement, .newKPI: break
        default: text += t.currentValue(current(q))
        }
        return text + t.promptEnd
    }
}

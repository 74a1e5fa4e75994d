// The editing commands: set, factor, req and kpi. Each builds a changed copy of the workbook and commits it;
// a removal that affects other parts asks for confirmation first, saying what else changes.

extension Session {
    /// An unquoted factor name of several words at the start of the arguments (`value for money ideal 8`):
    /// the arguments with those words joined into one, when they name a factor; else as they are.
    func joiningFactorName(_ a: [String]) -> [String] {
        guard a.count > 2, case .failure = Answer.factor(a[0], in: workbook) else { return a }
        for count in stride(from: a.count - 1, through: 2, by: -1) {
            let name = a.prefix(count).joined(separator: " ")
            if case .success = Answer.factor(name, in: workbook), workbook.factors.contains(where: { $0.name.lowercased() == Input.normalize(name).lowercased() }) {
                return [name] + a.dropFirst(count)
            }
        }
        return a
    }

    /// The refusal for an unknown factor, suggesting a factor whose name is several of the words typed.
    func unknownFactor(_ a: [String], _ refusal: Refusal) -> Refusal {
        guard case .unknownFactor(let word, nil) = refusal, a.count > 1 else { return refusal }
        let names = workbook.factors.map(\.name)
        for count in stride(from: a.count, through: 2, by: -1) {
            if let close = Suggest.closest(to: a.prefix(count).joined(separator: " "), in: names) {
                return .unknownFactor(word, suggestion: close)
            }
        }
        return refusal
    }

    mutating func set(_ arguments: [String], disk: [UInt8]?) {
        let a = joiningFactorName(arguments)
        let usage = "set FACTOR FIELD VALUE"
        guard a.count >= 2 else { return refuse(t.usage(usage, t.setExample)) }
        var w = workbook
        let target = Input.normalize(a[0]).lowercased()
        if InputWords.titleWords.contains(target) {
            w.title = Answer.text(a.dropFirst().joined(separator: " "))
            return commit(w, t.setDone(r.title, w.title.isEmpty ? "—" : w.title.inert), kind: .edit, disk: disk)
        }
        if InputWords.brandWords.contains(target) {
            w.brandStatement = Answer.text(a.dropFirst().joined(separator: " "))
            return commit(w, t.setDone(t.brandStatementLabel, w.brandStatement.isEmpty ? "—" : w.brandStatement.inert), kind: .edit, disk: disk,
                          question: .brandStatement)
        }
        let id: String
        switch Answer.factor(a[0], in: w) {
        case .success(let found): id = found
        case .failure(let refusal): return refuse(t.refusal(unknownFactor(a, refusal), strings: r))
        }
        guard a.count >= 3 else { return refuse(t.usage(usage, t.setExample)) }
        let i = w.factors.firstIndex { $0.id == id }!
        let value = a.dropFirst(2).joined(separator: " ")
        let fieldWord = Input.normalize(a[1]).lowercased()
        let label: String
        let shown: String
        if let field = scoreField(named: a[1]) {
            switch Answer.number(value, scale: w.scale(for: field)) {
            case .success(let number): w.factors[i][score: field] = number
            case .failure(let refusal): return refuse(t.refusal(refusal, strings: r))
            }
            label = r.scoreName(field)
            shown = editedNumber(w.factors[i][score: field])
        } else if InputWords.nameWords.contains(fieldWord) {
            let name = Answer.text(value)
            guard !name.isEmpty else { return refuse(t.refusal(.required, strings: r)) }
            w.factors[i].name = name
            label = t.nameLabel
            shown = name
        } else if InputWords.descriptionWords.contains(fieldWord) {
            w.factors[i].description = Answer.text(value)
            label = t.descriptionLabel
            shown = w.factors[i].description
        } else if InputWords.notesWords.contains(fieldWord) {
            w.factors[i].notes = Answer.text(value)
            label = t.notesLabel
            shown = w.factors[i].notes
        } else {
            let allowed = ScoreField.allCases.map(\.rawValue) + ["name", "description", "notes"]
            return refuse(t.refusal(.unknownField(a[1], allowed: allowed), strings: r))
        }
        commit(w, t.setDone("\(workbook.factors[i].name.inert) · \(label)", shown.isEmpty ? "—" : shown.inert), kind: .edit, disk: disk,
               question: scoreField(named: a[1]).map { .score(factor: id, $0) })
    }

    static let addWords = InputWords.addWords
    static let editWords = InputWords.editWords
    static let removeWords = InputWords.removeWords
    static let renameWords = InputWords.renameWords
    static let moveWords = InputWords.moveWords

    /// Which sub-command a word is, by its list of words.
    func sub(_ word: String?, _ lists: [String]...) -> Int? {
        guard let word else { return nil }
        let key = Input.normalize(word).lowercased()
        return lists.firstIndex { $0.contains(key) }
    }

    mutating func factorCommand(_ a: [String], disk: [UInt8]?) {
        let usage = "factor add NAME | rename ID NAME | remove ID | move ID POS"
        var w = workbook
        switch sub(a.first, Self.addWords, Self.renameWords, Self.removeWords, Self.moveWords) {
        case 0:
            let name = Answer.text(a.dropFirst().joined(separator: " "))
            guard !name.isEmpty else { return refuse(t.usage("factor add NAME", "")) }
            let id = Identifiers.factor(from: name, in: w)
            w.factors.append(Factor(id: id, name: name))
            commit(w, t.factorAdded(name.inert, id: id), kind: .edit, disk: disk)
        case 1:
            guard a.count >= 3 else { return refuse(t.usage("factor rename ID NAME", "")) }
            switch Answer.factor(a[1], in: w) {
            case .failure(let refusal): refuse(t.refusal(refusal, strings: r))
            case .success(let id):
                let i = w.factors.firstIndex { $0.id == id }!
                let old = w.factors[i].name
                w.factors[i].name = Answer.text(a.dropFirst(2).joined(separator: " "))
                commit(w, t.factorRenamed(old.inert, w.factors[i].name.inert), kind: .edit, disk: disk)
                // The old description stayed silently; ask whether it still fits (Enter keeps it).
                if pending == nil { pending = .describe(factor: id) }
            }
        case 2:
            guard a.count == 2 else { return refuse(t.usage("factor remove ID", "")) }
            switch Answer.factor(a[1], in: w) {
            case .failure(let refusal): refuse(t.refusal(refusal, strings: r))
            case .success(let id):
                let name = w.factor(id: id)?.name ?? id
                w.factors.removeAll { $0.id == id }
                let linked = w.requirements.filter { $0.factors.contains(id) }.map(\.id)
                for j in w.requirements.indices { w.requirements[j].factors.removeAll { $0 == id } }
                let description = t.factorRemoved(name.inert)
                if linked.isEmpty {
                    commit(w, description, kind: .edit, disk: disk)
                } else {
                    pending = .confirm(workbook: w, description: description)
                    out.append(t.confirmFactorRemoval(name.inert, requirements: linked.joined(separator: r.listSeparator)))
                }
            }
        case 3:
            guard a.count == 3 else { return refuse(t.usage("factor move ID POS", "")) }
            switch Answer.factor(a[1], in: w) {
            case .failure(let refusal): refuse(t.refusal(refusal, strings: r))
            case .success(let id):
                guard let to = Int(Input.normalize(a[2])), (1...w.factors.count).contains(to) else {
                    return refuse(t.refusal(.badPosition(a[2], count: w.factors.count), strings: r))
                }
                let i = w.factors.firstIndex { $0.id == id }!
                let factor = w.factors.remove(at: i)
                w.factors.insert(factor, at: to - 1)
                commit(w, t.factorMoved(factor.name.inert, to), kind: .edit, disk: disk)
            }
        default:
            refuse(t.usage(usage, ""))
        }
    }

    static let requirementFields = ["title", "factors", "target", "fit", "people", "process", "technology", "decision", "rationale",
                                    "owner", "due", "status", "cost"]

    mutating func requirementCommand(_ a: [String], disk: [UInt8]?) {
        let usage = "req add TITLE | edit ID FIELD VALUE | remove ID"
        var w = workbook
        switch sub(a.first, Self.addWords, Self.editWords, Self.removeWords) {
        case 0:
            let title = Answer.text(a.dropFirst().joined(separator: " "))
            guard !title.isEmpty else { return refuse(t.usage("req add TITLE", "")) }
            let id = Identifiers.nextRequirement(in: w)
            w.requirements.append(Requirement(id: id, title: title))
            commit(w, t.requirementAdded(id, title.inert), kind: .edit, disk: disk)
        case 1:
            guard a.count >= 3 else { return refuse(t.usage("req edit ID FIELD VALUE", Self.requirementFields.joined(separator: r.listSeparator))) }
            let index: Int
            switch Answer.requirement(a[1], in: w) {
            case .failure(let refusal): return refuse(t.refusal(refusal, strings: r))
            case .success(let i): index = i
            }
            let id = w.requirements[index].id
            let field = Input.normalize(a[2]).lowercased()
            let value = a.dropFirst(3).joined(separator: " ")
            if let plan = actionPlanEdit(&w, index: index, field: field, value: value) {
                switch plan {
                case .failure(let message): return refuse(message)
                case .success(let done): return commit(w, done, kind: .edit, disk: disk)
                }
            }
            let question: Question
            switch field {
            case "title", "标题": question = .requirementTitle(id)
            case "factors", "factor", "因素", "相关因素": question = .requirementFactors(id)
            case "target", "目标": question = .requirementTarget(id)
            case "fit", "strategyfit", "策略契合": question = .strategyFit(id)
            case "people", "人员": question = .capability(id, .people)
            case "process", "流程": question = .capability(id, .process)
            case "technology", "技术": question = .capability(id, .technology)
            case "decision", "决定": question = .decision(id)
            case "rationale", "理由": question = .rationale(id)
            default:
                return refuse(t.refusal(.unknownField(a[2], allowed: Self.requirementFields), strings: r))
            }
            if case .failure(let refusal) = edit(&w, question, value.isEmpty ? "-" : value) {
                return refuse(t.refusal(refusal, strings: r))
            }
            let text = QuestionText(session: withWorkbook(w))
            commit(w, t.setDone(text.subject(question), text.current(question)), record: t.setDone(text.subject(question), text.current(question, whole: true)),
                   kind: .edit, disk: disk, question: question)
        case 2:
            guard a.count == 2 else { return refuse(t.usage("req remove ID", "")) }
            switch Answer.requirement(a[1], in: w) {
            case .failure(let refusal): refuse(t.refusal(refusal, strings: r))
            case .success(let i):
                let removed = w.requirements.remove(at: i)
                let description = t.requirementRemoved(removed.id, removed.title.inert)
                if removed.kpis.isEmpty {
                    commit(w, description, kind: .edit, disk: disk)
                } else {
                    pending = .confirm(workbook: w, description: description)
                    out.append(t.confirmRequirementRemoval(removed.id, kpis: removed.kpis.map(\.id).joined(separator: r.listSeparator)))
                }
            }
        default:
            refuse(t.usage(usage, ""))
        }
    }

    mutating func kpiCommand(_ a: [String], disk: [UInt8]?) {
        let usage = "kpi add REQ METRIC | edit REQ KPI FIELD VALUE | remove REQ KPI"
        var w = workbook
        let action = sub(a.first, Self.addWords, Self.editWords, Self.removeWords)
        guard let action, a.count >= 2 else { return refuse(t.usage(usage, "")) }
        let ri: Int
        switch Answer.requirement(a[1], in: w) {
        case .failure(let refusal): return refuse(t.refusal(refusal, strings: r))
        case .success(let i): ri = i
        }
        let rid = w.requirements[ri].id
        if action == 0 {
            let metric = Answer.text(a.dropFirst(2).joined(separator: " "))
            guard !metric.isEmpty else { return refuse(t.usage("kpi add REQ METRIC", "")) }
            let kid = Identifiers.nextKPI(in: w)
            w.requirements[ri].kpis.append(KPI(id: kid, metric: metric))
            return commit(w, t.kpiAdded(rid, kid, metric.inert), kind: .edit, disk: disk)
        }
        guard a.count >= 3 else { return refuse(t.usage(usage, "")) }
        guard let ki = w.requirements[ri].kpis.firstIndex(where: { $0.id.lowercased() == Input.normalize(a[2]).lowercased() }) else {
            return refuse(t.refusal(.unknownKPI(a[2], requirement: rid), strings: r))
        }
        let kid = w.requirements[ri].kpis[ki].id
        if action == 2 {
            w.requirements[ri].kpis.remove(at: ki)
            return commit(w, t.kpiRemoved(rid, kid), kind: .edit, disk: disk)
        }
        let fieldNames = KPIField.allCases.map(\.rawValue)
        guard a.count >= 4 else { return refuse(t.usage("kpi edit REQ KPI FIELD VALUE", fieldNames.joined(separator: r.listSeparator))) }
        let key = Input.normalize(a[3]).lowercased()
        let localized: [String: KPIField] = ["指标": .metric, "单位": .unit, "方向": .better, "基线": .baseline, "目标": .target,
                                              "实际": .actual, "测量日期": .measuredOn, "date": .measuredOn, "日期": .measuredOn]
        guard let field = KPIField.allCases.first(where: { $0.rawValue.lowercased() == key }) ?? localized[key] else {
            return refuse(t.refusal(.unknownField(a[3], allowed: fieldNames), strings: r))
        }
        let value = a.dropFirst(4).joined(separator: " ")
        if case .failure(let refusal) = KPIEdit.apply(field, value.isEmpty ? "-" : value, to: &w.requirements[ri].kpis[ki]) {
            return refuse(t.refusal(refusal, strings: r))
        }
        let question = Question.kpi(requirement: rid, kpi: kid, field)
        let text = QuestionText(session: withWorkbook(w))
        commit(w, t.setDone(text.subject(question), text.current(question)), record: t.setDone(text.subject(question), text.current(question, whole: true)),
               kind: .edit, disk: disk, question: question)
    }
}

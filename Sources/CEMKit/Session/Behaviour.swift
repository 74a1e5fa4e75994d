// The session's `encounter` and `experiment` commands: an interaction and its moments, its check against
// the five principles, the proposed order (applied only on request, undoable), and experiment results.

extension Session {
    /// The interaction a word names: its id, its name, or its number in the list.
    func encounterIndex(_ word: String) -> Int? {
        let key = Input.normalize(word).lowercased()
        if let i = workbook.encounters.firstIndex(where: { $0.id.lowercased() == key || Input.normalize($0.name).lowercased() == key }) { return i }
        if let n = Int(key), n >= 1, n <= workbook.encounters.count { return n - 1 }
        return nil
    }

    mutating func refuseUnknownEncounter(_ word: String) {
        let suggestion = Suggest.closest(to: word, in: workbook.encounters.map(\.id))
        refuse(t.unknownEncounter(word.inert, suggestion: suggestion))
    }

    mutating func encounterCommand(_ a: [String], disk: [UInt8]?) {
        let usage = "encounter add NAME | moment ID NAME FEELING [MINUTES] [fixed] [choice] | check ID | order ID [apply] | edit ID FIELD VALUE | remove ID"
        if a.isEmpty { return listEncounters() }
        var w = workbook
        switch sub(a.first, Self.addWords, InputWords.momentWords, InputWords.checkWords, InputWords.orderWords, Self.editWords, Self.removeWords) {
        case 0:
            let name = Answer.text(a.dropFirst().joined(separator: " "))
            guard !name.isEmpty else { return refuse(t.usage("encounter add NAME", "")) }
            let id = "I\(Identifiers.next(w.encounters.map(\.id), prefix: "I"))"
            w.encounters.append(Encounter(id: id, name: name))
            commit(w, t.encounterAdded(id, name.inert), kind: .edit, disk: disk)
        case 1:
            guard a.count >= 4 else { return refuse(t.usage("encounter moment ID NAME FEELING [MINUTES] [fixed] [choice]", t.momentExample)) }
            guard let i = encounterIndex(a[1]) else { return refuseUnknownEncounter(a[1]) }
            var words = Array(a.dropFirst(2))
            var moment = Moment(id: "", name: "")
            while let last = words.last, let flag = sub(last, InputWords.fixedWords, InputWords.choiceWords) {
                if flag == 0 { moment.fixed = true } else { moment.choice = true }
                words.removeLast()
            }
            let numbers = words.reversed().prefix { Input.number($0) != nil }.count
            guard numbers >= 1, numbers <= 2, words.count > numbers else {
                return refuse(t.usage("encounter moment ID NAME FEELING [MINUTES] [fixed] [choice]", t.momentExample))
            }
            let feelingWord = words[words.count - numbers]
            guard let feeling = Input.number(feelingWord), feeling == feeling.rounded(), Feeling.range ~= Int(max(-9, min(9, feeling))) else {
                return refuse(t.badFeeling(feelingWord.inert))
            }
            moment.feeling = Int(feeling)
            if numbers == 2 {
                let minutesWord = words[words.count - 1]
                guard let minutes = Input.number(minutesWord), NumericDomain.contains(minutes, .duration) else {
                    return refuse(t.badMinutes(minutesWord.inert))
                }
                moment.minutes = minutes
            }
            moment.name = Answer.text(words.dropLast(numbers).joined(separator: " "))
            guard !moment.name.isEmpty else { return refuse(t.refusal(.required, strings: r)) }
            moment.id = "m\(Identifiers.next(w.encounters[i].moments.map(\.id), prefix: "m"))"
            w.encounters[i].moments.append(moment)
            let ref = MomentRef(moment, position: w.encounters[i].moments.count)
            commit(w, t.momentAdded(r.moment(ref), id: moment.id, encounter: w.encounters[i].name.inert, position: ref.position),
                   kind: .edit, disk: disk)
        case 2:
            guard a.count == 2 else { return refuse(t.usage("encounter check ID", "")) }
            guard let i = encounterIndex(a[1]) else { return refuseUnknownEncounter(a[1]) }
            showCheck(w.encounters[i])
        case 3:
            guard a.count == 2 || (a.count == 3 && sub(a[2], InputWords.applyWords) == 0) else {
                return refuse(t.usage("encounter order ID [apply]", ""))
            }
            guard let i = encounterIndex(a[1]) else { return refuseUnknownEncounter(a[1]) }
            let encounter = w.encounters[i]
            guard let proposal = ProposedOrder(encounter) else {
                return refuse(t.noProposal(encounter.moments.filter { $0.feeling == nil }.map { $0.name.inert }))
            }
            if a.count == 2 {
                showOrder(encounter, proposal)
            } else if proposal.unchanged {
                out.append(t.orderAlreadyBest)
            } else {
                w.encounters[i] = proposal.applied(to: encounter)
                commit(w, t.orderApplied(encounter.name.inert), kind: .edit, disk: disk)
            }
        case 4:
            guard a.count >= 4 else { return refuse(t.usage("encounter edit ID FIELD VALUE", t.encounterFields)) }
            guard let i = encounterIndex(a[1]) else { return refuseUnknownEncounter(a[1]) }
            editEncounter(&w, i, field: a[2], value: Array(a.dropFirst(3)), disk: disk)
        case 5:
            guard a.count == 2 else { return refuse(t.usage("encounter remove ID", "")) }
            guard let i = encounterIndex(a[1]) else { return refuseUnknownEncounter(a[1]) }
            let removed = w.encounters.remove(at: i)
            let linked = w.experiments.filter { $0.encounter == removed.id }.map(\.id)
            for j in w.experiments.indices where w.experiments[j].encounter == removed.id { w.experiments[j].encounter = nil }
            let description = t.encounterRemoved(removed.name.inert)
            if linked.isEmpty {
                commit(w, description, kind: .edit, disk: disk)
            } else {
                pending = .confirm(workbook: w, description: description)
                out.append(t.confirmEncounterRemoval(removed.name.inert, experiments: linked.joined(separator: r.listSeparator)))
            }
        default:
            refuse(t.usage(usage, ""))
        }
    }

    mutating func editEncounter(_ w: inout Workbook, _ i: Int, field: String, value: [String], disk: [UInt8]?) {
        let name = w.encounters[i].name.inert
        let text = Answer.text(value.joined(separator: " "))
        switch sub(field, InputWords.nameWords, InputWords.repeatsWords, InputWords.samePersonWords, ["factors", "因素"],
                   ["requirements", "需求"], InputWords.notesWords) {
        case 0:
            guard !text.isEmpty else { return refuse(t.refusal(.required, strings: r)) }
            w.encounters[i].name = text
            commit(w, t.setDone("\(name) · \(t.nameLabel)", text.inert), kind: .edit, disk: disk)
        case 1:
            if sub(text, InputWords.noWords) == 0 {
                (w.encounters[i].repeats, w.encounters[i].everyDays) = (false, nil)
            } else if let days = Input.number(text), days > 0, NumericDomain.contains(days, .duration) {
                (w.encounters[i].repeats, w.encounters[i].everyDays) = (true, days)
            } else {
                return refuse(t.badRepeats(text.inert))
            }
            commit(w, t.setDone("\(name) · \(t.repeatsLabel)", t.repeatsValue(w.encounters[i].everyDays)), kind: .edit, disk: disk)
        case 2:
            if Answer.yes(text) { w.encounters[i].samePerson = true } else if sub(text, InputWords.noWords) == 0 { w.encounters[i].samePerson = false } else {
                return refuse(t.badYesNo(text.inert))
            }
            commit(w, t.setDone("\(name) · \(t.samePersonLabel)", r.yesNo(w.encounters[i].samePerson!)), kind: .edit, disk: disk)
        case 3, 4:
            let items = text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0 == " " }).map(String.init)
            var ids: [String] = []
            for item in items {
                if sub(field, ["factors", "因素"]) == 0 {
                    switch Answer.factor(item, in: w) {
                    case .success(let id): if !ids.contains(id) { ids.append(id) }
                    case .failure(let refusal): return refuse(t.refusal(refusal, strings: r))
                    }
                } else {
                    switch Answer.requirement(item, in: w) {
                    case .success(let j): if !ids.contains(w.requirements[j].id) { ids.append(w.requirements[j].id) }
                    case .failure(let refusal): return refuse(t.refusal(refusal, strings: r))
                    }
                }
            }
            if sub(field, ["factors", "因素"]) == 0 { w.encounters[i].factors = ids } else { w.encounters[i].requirements = ids }
            commit(w, t.setDone("\(name) · \(field.inert)", ids.isEmpty ? "—" : ids.joined(separator: r.listSeparator)), kind: .edit, disk: disk)
        case 5:
            w.encounters[i].notes = text
            commit(w, t.setDone("\(name) · \(t.notesLabel)", text.isEmpty ? "—" : text.inert), kind: .edit, disk: disk)
        default:
            refuse(t.refusal(.unknownField(field.inert, allowed: ["name", "repeats", "same", "factors", "requirements", "notes"]), strings: r))
        }
    }

    mutating func listEncounters() {
        guard !workbook.encounters.isEmpty else { return out.append(t.noEncounters) }
        for (n, e) in workbook.encounters.enumerated() {
            let check = EncounterCheck(e)
            let holding = check.principles.filter { $0.verdict == .holds }.count
            out.append(DisplayWidth.truncate("  \(n + 1). \(e.id) · \(e.name.inert) — " + t.encounterSummary(moments: e.moments.count, holding: holding), to: width))
        }
    }

    mutating func showCheck(_ e: Encounter) {
        let check = EncounterCheck(e)
        out.append(t.checkHeading(e.name.inert, id: e.id, moments: e.moments.count))
        for (n, p) in check.principles.enumerated() {
            out.append(t.principleLine(n + 1, r.principleName(p.principle), verdict: r.verdictName(p.verdict),
                                       mark: p.verdict, reason: r.reason(p.reason, count: e.moments.count).inert))
        }
        out.append(r.measuresLine(check.measures).inert)
    }

    mutating func showOrder(_ e: Encounter, _ proposal: ProposedOrder) {
        let column = max(12, (width - 8) / 2)
        func cell(_ m: Moment?) -> String {
            guard let m else { return "" }
            let text = t.orderCell(m.name.inert, r.feeling(m.feeling)) + (m.fixed ? t.fixedMark : "")
            return DisplayWidth.pad(DisplayWidth.truncate(text, to: column), to: column)
        }
        out.append(t.orderHeading(e.name.inert))
        out.append("  #   " + DisplayWidth.pad(t.currentOrder, to: column) + "  " + t.proposedOrder)
        for (k, m) in e.moments.enumerated() {
            let proposed = e.moments.first { $0.id == proposal.ids[k] }
            out.append(("  " + DisplayWidth.pad(String(k + 1), to: 3) + " " + cell(m) + "  " + cell(proposed)).trimmingTrailingSpaces)
        }
        out.append(proposal.unchanged ? t.orderAlreadyBest : t.orderHowToApply(e.id))
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

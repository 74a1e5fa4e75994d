// The session's `experiment` command (step 7): add an experiment linked to an interaction or a
// requirement, record both groups' results, list them with the difference and its 95% interval.

extension Session {
    mutating func experimentCommand(_ a: [String], disk: [UInt8]?) {
        let usage = "experiment add LINK METRIC | record ID TEST CONTROL | remove ID"
        if a.isEmpty { return listExperiments() }
        var w = workbook
        switch sub(a.first, Self.addWords, InputWords.recordWords, Self.removeWords) {
        case 0:
            guard a.count >= 3 else { return refuse(t.usage("experiment add LINK METRIC", t.experimentAddExample)) }
            var experiment = Experiment(id: "E\(Identifiers.next(w.experiments.map(\.id), prefix: "E"))",
                                        metric: Answer.text(a.dropFirst(2).joined(separator: " ")))
            if let i = encounterIndex(a[1]) {
                experiment.encounter = w.encounters[i].id
                experiment.requirement = w.encounters[i].requirements.count == 1 ? w.encounters[i].requirements[0] : nil
            } else if case .success(let j) = Answer.requirement(a[1], in: w) {
                experiment.requirement = w.requirements[j].id
            } else {
                let suggestion = Suggest.closest(to: a[1], in: w.encounters.map(\.id) + w.requirements.map(\.id))
                return refuse(t.unknownLink(a[1].inert, suggestion: suggestion))
            }
            w.experiments.append(experiment)
            commit(w, t.experimentAdded(experiment.id, experiment.metric.inert, link: experiment.encounter ?? experiment.requirement ?? ""),
                   kind: .edit, disk: disk)
        case 1:
            guard a.count >= 2 else { return refuse(t.usage("experiment record ID TEST CONTROL", t.recordExample)) }
            guard let i = w.experiments.firstIndex(where: { $0.id.lowercased() == Input.normalize(a[1]).lowercased() }) else {
                return refuse(t.unknownExperiment(a[1].inert, suggestion: Suggest.closest(to: a[1], in: w.experiments.map(\.id))))
            }
            guard let (test, control) = groups(Array(a.dropFirst(2))) else {
                return refuse(t.usage("experiment record ID TEST CONTROL", t.recordExample))
            }
            if case .failure(let message) = test { return refuse(message) }
            if case .failure(let message) = control { return refuse(message) }
            if case .success(let g) = test { w.experiments[i].test = g }
            if case .success(let g) = control { w.experiments[i].control = g }
            let x = w.experiments[i]
            commit(w, t.experimentRecorded(x.id, r.experimentLine(x, ExperimentResult(x)).inert), kind: .edit, disk: disk)
        case 2:
            guard a.count == 2 else { return refuse(t.usage("experiment remove ID", "")) }
            guard let i = w.experiments.firstIndex(where: { $0.id.lowercased() == Input.normalize(a[1]).lowercased() }) else {
                return refuse(t.unknownExperiment(a[1].inert, suggestion: Suggest.closest(to: a[1], in: w.experiments.map(\.id))))
            }
            let removed = w.experiments.remove(at: i)
            commit(w, t.experimentRemoved(removed.id, removed.metric.inert), kind: .edit, disk: disk)
        default:
            refuse(t.usage(usage, ""))
        }
    }

    enum GroupAnswer { case success(ExperimentGroup), failure(String) }

    /// Both groups, test first: `N MEAN SD N MEAN SD`, or `SUCCESSES/N SUCCESSES/N`; nil for another shape.
    func groups(_ words: [String]) -> (GroupAnswer, GroupAnswer)? {
        if words.count == 2, words.allSatisfy({ $0.contains("/") }) {
            return (proportion(words[0]), proportion(words[1]))
        }
        guard words.count == 6 else { return nil }
        return (mean(Array(words[0..<3])), mean(Array(words[3..<6])))
    }

    func proportion(_ word: String) -> GroupAnswer {
        let parts = Input.normalize(word).split(separator: "/").map { Input.number(String($0)) }
        guard parts.count == 2, let x = parts[0], let n = parts[1], x == x.rounded(), n == n.rounded(), x >= 0, n >= 1,
              n <= Double(NumericDomain.countLimit), x <= n else { return .failure(t.badProportion(word.inert)) }
        return .success(.proportion(n: Int(n), successes: Int(x)))
    }

    func mean(_ words: [String]) -> GroupAnswer {
        guard let n = Input.number(words[0]), n == n.rounded(), n >= 1, n <= Double(NumericDomain.countLimit) else {
            return .failure(t.badCount(words[0].inert))
        }
        guard let mean = Input.number(words[1]), NumericDomain.contains(mean, .kpiFigure) else { return .failure(t.badMean(words[1].inert)) }
        guard let sd = Input.number(words[2]), NumericDomain.contains(sd, .spread) else { return .failure(t.badSpread(words[2].inert)) }
        return .success(.mean(n: Int(n), mean: mean, sd: sd))
    }

    mutating func listExperiments() {
        guard !workbook.experiments.isEmpty else { return out.append(t.noExperiments) }
        for x in workbook.experiments {
            let link = [x.encounter, x.requirement].compactMap { $0 }.joined(separator: r.listSeparator)
            out.append(t.experimentHeading(x.id, x.metric.inert, link: link))
            out.append(r.experimentLine(x, ExperimentResult(x)).inert)
        }
    }
}

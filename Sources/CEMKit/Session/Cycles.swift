// Closing the loop inside the session: `cycle close` archives the cycle and starts the next
// at step 1, where the previous cycle's scores are offered as defaults; `compare` shows cycle over cycle.
// The work itself is CycleCloser's and CycleComparison's; the session only wires it to its prompt.

extension Session {
    /// The previous cycle's value of a score that is still empty in this cycle, to offer as its default.
    func previousCycleScore(_ id: String, _ field: ScoreField) -> Double? {
        guard !workbook.history.isEmpty, workbook.factor(id: id)?[score: field] == nil else { return nil }
        return workbook.previousScore(factor: id, field)
    }

    mutating func cycleCommand(_ arguments: [String], disk: [UInt8]?) {
        let usage = "cycle close [YYYY-MM-DD] [--force]"
        let words = arguments.map { Input.normalize($0) }
        guard let verb = words.first?.lowercased(), InputWords.closeWords.contains(verb) else {
            return refuse(t.usage(usage, ""))
        }
        var force = false
        var given: String?
        for word in words.dropFirst() {
            if InputWords.forceWords.contains(word.lowercased()) {
                force = true
            } else if given == nil {
                given = word
            } else {
                return refuse(t.usage(usage, ""))
            }
        }
        guard let date = given ?? today else { return refuse(t.cycleCloseNeedsDate) }
        let team = teamStrings(language)
        switch CycleCloser.close(workbook, on: date, force: force) {
        case .failure(let refusal):
            refuse(team.refusal(refusal))
        case .success(let closed):
            let where_ = path ?? "demo"
            let description = team.cycleClosed(where_, cycle: workbook.cycle, on: date, next: closed.cycle)
            // Incomplete steps and KPIs without an actual value are said, and the close is asked about.
            let steps = analysis.steps.filter { !$0.complete }.map(\.number)
            let unmeasured = workbook.requirements.flatMap { r in r.kpis.filter { $0.actual == nil }.map { "\(r.id) \($0.id)" } }
            if steps.isEmpty && unmeasured.isEmpty {
                commit(closed, description, kind: .edit, advanceTo: .question(step: 1, index: 0), disk: disk)
            } else {
                pending = .closeCycle(workbook: closed, description: description)
                out.append(SessionWords(language).closeCycleMissing(steps: steps, unmeasured: unmeasured))
            }
        }
    }

    mutating func resolveCloseCycle(_ raw: String, closed: Workbook, description: String, disk: [UInt8]?) {
        pending = nil
        if Answer.yes(raw) {
            commit(closed, description, kind: .edit, advanceTo: .question(step: 1, index: 0), disk: disk)
        } else {
            out.append(t.cancelled)
        }
    }

    mutating func compare() {
        let report = CycleComparisonReport(CycleComparison(workbook), language: language, width: width)
        out += report.text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

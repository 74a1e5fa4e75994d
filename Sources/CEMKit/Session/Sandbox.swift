// The what-if: a sandbox in which every change stays in memory and is shown against the saved workbook
// in the method's terms (the `cem diff` engine); `keep` applies it as one change, `discard` drops it.

/// A what-if under way: the workbook as it was when it began, and the undo history outside it.
struct Sandbox: Equatable, Sendable {
    var saved: Workbook
    var undoStack: [Change]
    var redoStack: [Change]
}

extension Session {
    /// True while a what-if is under way (the prompt shows it).
    public var inWhatIf: Bool { sandbox != nil }

    mutating func whatIf(_ arguments: [String]) {
        guard arguments.isEmpty else { return refuse(t.usage("what-if", "")) }
        guard sandbox == nil else { return refuse(t.whatIfAlready) }
        sandbox = Sandbox(saved: workbook, undoStack: undoStack, redoStack: redoStack)
        // Undo and redo act within the what-if; the history outside it comes back when it ends.
        undoStack = []
        redoStack = []
        out.append(t.whatIfStarted)
    }

    /// What the what-if changes against the saved workbook, on one line.
    func whatIfDifference() -> String {
        let items = whatIfItems()
        return items.isEmpty ? t.whatIfNoDifference : t.whatIfDifference(teamStrings(language).summaryLine(items))
    }

    /// The what-if's changes in the method's terms, from the `cem diff` engine.
    func whatIfItems() -> [String] {
        guard let sandbox else { return [] }
        return DiffReport(WorkbookDiff(old: sandbox.saved, new: workbook), language: language).summary()
    }

    /// Ends the what-if, putting back the history outside it; returns the workbook it had reached.
    mutating func endWhatIf() -> Workbook? {
        guard let sandbox else { return nil }
        let reached = workbook
        workbook = sandbox.saved
        undoStack = sandbox.undoStack
        redoStack = sandbox.redoStack
        self.sandbox = nil
        return reached
    }

    /// `keep`: the what-if's changes become one change of the workbook (one undo step), written as any other.
    mutating func keepWhatIf(_ arguments: [String], disk: [UInt8]?) {
        guard arguments.isEmpty else { return refuse(t.usage("keep", "")) }
        guard sandbox != nil else { return refuse(t.noWhatIf) }
        let summary = t.whatIfChange(teamStrings(language).summaryLine(whatIfItems()))
        // The question asked in the what-if is asked still (the list of questions may differ outside it).
        let asked = currentQuestion
        guard let reached = endWhatIf() else { return }
        if reached == workbook {
            keepAsking(asked)
            clampPosition()
            out.append(t.whatIfKeptNothing)
            return
        }
        out.append(t.whatIfKept)
        // The change's name for undo and redo: "What-if: Convenience weighted satisfaction −18 → −10; …".
        commit(reached, summary, kind: .edit, disk: disk)
        keepAsking(asked)
    }

    /// `discard`: back to the saved workbook; nothing was written.
    mutating func discardWhatIf(_ arguments: [String]) {
        guard arguments.isEmpty else { return refuse(t.usage("discard", "")) }
        guard sandbox != nil else { return refuse(t.noWhatIf) }
        let asked = currentQuestion
        guard let reached = endWhatIf() else { return }
        out.append(reached == workbook ? t.whatIfEnded : t.whatIfDiscarded)
        keepAsking(asked)
        clampPosition()
        settle()
    }

    /// Leaving inside a what-if: on a terminal with changes, asks (keep, discard, stay) and returns true;
    /// otherwise the what-if ends without being kept (said when it had changes, and the session then ends
    /// with exit code 1) and leaving goes on.
    mutating func leavingWhatIf() -> Bool {
        guard let sandbox else { return false }
        let changed = sandbox.saved != workbook
        if changed && interactive && pending != .quitWhatIf {
            pending = .quitWhatIf
            out.append(t.whatIfLeaving)
            out.append(t.whatIfLeavingChoices)
            return true
        }
        pending = nil
        _ = endWhatIf()
        if changed {
            // Nobody chose to drop them (a script, or end of input at the question): exit code 1.
            out.append(t.whatIfNotKept)
            if !interactive { refused += 1 }
            lost = true
        }
        return false
    }

    mutating func resolveQuitWhatIf(_ raw: String, disk: [UInt8]?) {
        let choice = Input.normalize(raw).lowercased()
        switch choice {
        case "1", "keep", "保留":
            pending = nil
            keepWhatIf([], disk: disk)
            // Leaves once the write succeeded; a conflict is resolved first, a failure asks again.
            if write != nil {
                let goodbye = t.goodbye(path)
                write?.done = goodbye
                finished = true
            } else if pending == nil {
                leave()
            }
        case "2", "discard", "丢弃", "放弃":
            pending = nil
            discardWhatIf([])
            leave()
        case "3", "stay", "back", "留下", "返回", "":
            pending = nil
            out.append(t.backToWhatIf)
        default:
            refuse(t.whatIfLeavingChoices)
        }
    }
}

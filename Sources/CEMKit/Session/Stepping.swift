// The walk through the steps: the current question, entering and settling a step, keeping the position
// when the questions change around it, and the prompt for the next line.

extension Session {
    // MARK: The walk

    var currentQuestion: Question? {
        guard case .question(let step, let index) = position else { return nil }
        let questions = Question.of(step: step, in: workbook)
        return index < questions.count ? questions[index] : nil
    }

    /// Opens a step: its explanation, then its first question (a step without questions shows its result at once).
    mutating func enter(step: Int) {
        out.append("")
        out.append(bold("── \(r.stepLabel(step)) · \(r.stepTitle(step)) ──"))
        out += t.intro(step) + t.behaviourIntro(step)
        if step == 1 {
            // The factors being scored, with what each covers, so the client scores the same thing.
            // Every factor, with the id that commands take (`set ID FIELD VALUE`).
            for f in workbook.factors {
                out.append(DisplayWidth.truncate("  " + t.factorLine(f.name.inert, id: f.id, description: f.description.inert), to: width))
            }
        }
        position = .question(step: step, index: 0)
        settle()
    }

    /// After the last question of a step: its table and conclusion, then the next step.
    mutating func settle() {
        while case .question(let step, let index) = position, index >= Question.of(step: step, in: workbook).count {
            out.append("")
            out += report.section(step)
            if step == 7 {
                position = .done
                out.append("")
                let open = analysis.steps.filter { !$0.complete }.map(\.number)
                out.append(t.walkDone(path: path, demo: mode == .demo, incomplete: open))
                return
            }
            enter(step: step + 1)
            return
        }
    }

    mutating func advance(from position: Position) -> Position {
        guard case .question(let step, let index) = position else { return position }
        return .question(step: step, index: index + 1)
    }

    /// Stays on the question that was being asked when the list of questions changed around it (a factor
    /// added or moved, …).
    mutating func keepAsking(_ question: Question?) {
        guard let question, case .question(let step, _) = position,
              let index = Question.of(step: step, in: workbook).firstIndex(of: question) else { return }
        position = .question(step: step, index: index)
    }

    /// Keeps the position on an existing question after the list of questions changed (a factor removed, …).
    mutating func clampPosition() {
        guard case .question(let step, let index) = position else { return }
        let count = Question.of(step: step, in: workbook).count
        if index > count { position = .question(step: step, index: count) }
    }

    func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    // MARK: Prompt

    /// The prompt for the next line.
    public var prompt: String {
        switch pending {
        case .title: return t.titlePrompt
        case .confirm: return t.confirmPrompt
        case .conflict: return t.conflictPrompt
        case .leaving: return t.leavingPrompt
        case .leavingSaveAs: return t.saveAsFilePrompt
        case .which: return t.whichPrompt
        case .overwrite: return t.confirmPrompt
        case .template: return t.templatePrompt
        case .closeCycle: return t.confirmPrompt
        case .quitWhatIf: return t.whatIfLeavingPrompt
        case .poll(let walk): return (sandbox != nil ? t.whatIfMark : "") + pollPrompt(walk)
        case .reviewOrAdd: return t.reviewOrAddPrompt
        case .describe(let id):
            let f = workbook.factor(id: id)
            return t.describePrompt(f?.name.inert ?? id, current: f.map { $0.description.isEmpty ? "—" : DisplayWidth.truncate($0.description.inert, to: 40) } ?? "—")
        case nil: break
        }
        let mark = (unsaved ? t.unsavedMark : "") + (sandbox != nil ? t.whatIfMark : "")
        guard let question = currentQuestion else { return mark + "cem> " }
        return mark + QuestionText(session: self).prompt(question)
    }
}

// Reading a line: a command only when it parses completely as one; a line that starts like a command
// but is not one is asked about on a terminal and refused in a script. And leaving with changes that
// are not written: retry, save as, discard.

extension Session {
    /// Questions whose answer is free text, where a command word can start a real answer.
    static func takesText(_ question: Question) -> Bool {
        switch question {
        case .brandStatement, .requirementTitle, .newRequirement, .rationale, .newKPI, .kpi(_, _, .metric), .kpi(_, _, .unit):
            return true
        default:
            return false
        }
    }

    /// The subject of the question being asked, for messages ("the question it was answering").
    public var asking: String? {
        guard pending == nil, let question = currentQuestion else { return nil }
        return QuestionText(session: self).subject(question)
    }

    mutating func read(_ raw: String, disk: [UInt8]?) {
        let tokens = tokenize(raw)
        guard let first = tokens.first else { return answer(raw, disk: disk) }
        let arguments = Array(tokens.dropFirst())
        let text = currentQuestion.map(Self.takesText) ?? false
        if let command = SessionCommands.find(first) {
            if command.bare && !arguments.isEmpty {
                // `Help desk training`: not the command help.
                return text ? ambiguous(raw, command: command.name) : answer(raw, disk: disk)
            }
            // A command with arguments parses when it is accepted (a factor it names exists, …).
            var trial = self
            let before = trial.refused
            command.run(&trial, arguments, disk)
            if command.bare || trial.refused == before || !text {
                self = trial
                return
            }
            // `Set up a guest-recovery budget`: the command set refuses it (its reason is shown); it is not
            // silently one or the other.
            return ambiguous(raw, command: command.name, reason: trial.out)
        }
        if text, let close = commandLike(first, tokens: tokens) {
            return ambiguous(raw, command: close.isEmpty ? nil : close)
        }
        answer(raw, disk: disk)
    }

    /// The command a word that is not one looks like: a lower-case word within a few edits of a command
    /// (`factr`), or "" for a line that is one bare lower-case word (`frobnicate`) about to replace a text
    /// that is there (a requirement's title), which reads as a mistyped command rather than a new title.
    func commandLike(_ first: String, tokens: [String]) -> String? {
        guard let initial = first.first, initial.isLowercase, first.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else { return nil }
        if first.count > 2, let close = Suggest.closest(to: first, in: SessionCommands.names.filter { $0.allSatisfy(\.isASCII) }) {
            return close
        }
        if tokens.count == 1, let question = currentQuestion, Self.takesText(question), prefill != nil {
            if case .kpi(_, _, .unit) = question { return nil }
            return ""
        }
        return nil
    }

    mutating func ambiguous(_ raw: String, command: String?, reason: [String] = []) {
        out += reason
        if interactive {
            pending = .which(line: raw, command: command ?? "")
            out.append(t.whichQuestion(raw.inert, command: command))
            out.append(t.whichChoices(command: command))
        } else {
            refuse(t.refusedCommandLike(raw.inert, command: command))
        }
    }

    mutating func resolveWhich(_ raw: String, line: String, command: String, disk: [UInt8]?) {
        let choice = Input.normalize(raw).lowercased().trimmingWhitespace
        switch choice {
        case "1", "answer", "回答":
            pending = nil
            answer(line, disk: disk)
        case "2", "command", "命令":
            guard let found = SessionCommands.find(command) else { return refuse(t.whichChoices(command: nil)) }
            pending = nil
            found.run(&self, found.bare ? [] : Array(tokenize(line).dropFirst()), disk)
        case "", "back", "cancel", "返回", "取消", "3":
            pending = nil
            out.append(t.cancelled)
        default:
            refuse(t.whichChoices(command: command.isEmpty ? nil : command))
        }
    }

    mutating func resolveLeaving(_ raw: String, disk: [UInt8]?) {
        var tokens = tokenize(raw)
        let choice = tokens.first.map { Input.normalize($0).lowercased() } ?? ""
        switch choice {
        case "1", "retry", "重试":
            pending = nil
            guard let path else { return finish() }
            commit(workbook, t.saved(path), kind: .save, disk: disk)
            // Leaves once the write succeeded; a failure asks again (writeFailed).
            if write != nil { finishAfterWrite() } else if pending == nil { pending = .leaving }
        case "2", "save", "另存为":
            tokens.removeFirst()
            if choice == "save", let next = tokens.first, ["as", "为"].contains(next.lowercased()) { tokens.removeFirst() }
            let target = tokens.joined(separator: " ")
            // `2` alone asks for the name; `save as FILE` (or `2 FILE`) gives it at once.
            guard !target.isEmpty else {
                pending = .leavingSaveAs
                return
            }
            pending = nil
            saveAs(target)
            finishAfterWrite()
        case "3", "discard", "放弃":
            pending = nil
            if let path { out.append(t.discarded(path)) }
            unsaved = false
            out.append(t.goodbyeUnsaved)
            finished = true
        case "back", "返回", "4":
            pending = nil
            out.append(t.backToSession)
        default:
            refuse(t.leavingChoices)
        }
    }

    /// Ends the session with the write just issued; writeFailed takes the end back if it fails.
    mutating func finishAfterWrite() {
        if let done = write?.done {
            let goodbye = t.goodbye(path)
            write?.done = done + "\n" + goodbye
        }
        finished = true
    }
}

extension Session {
    /// The full text of the current text question's value, for a line editor to start with (so a long
    /// text can be edited in place rather than retyped); nil when there is none.
    public var prefill: String? {
        guard pending == nil, let question = currentQuestion, Self.takesText(question) else { return nil }
        let value: String
        switch question {
        case .brandStatement: value = workbook.brandStatement
        case .requirementTitle(let id): value = workbook.requirements[requirement: id]?.title ?? ""
        case .rationale(let id): value = workbook.requirements[requirement: id]?.alignment.rationale ?? ""
        case .kpi(let rid, let kid, let field):
            let kpi = workbook.requirements[requirement: rid]?.kpis.first { $0.id == kid }
            value = (field == .metric ? kpi?.metric : kpi?.unit) ?? ""
        default: value = ""
        }
        return value.isEmpty ? nil : value.inert
    }

    /// The prompt when the value is pre-filled in the line editor: without the value in brackets.
    public var editingPrompt: String {
        guard let question = currentQuestion else { return prompt }
        let text = QuestionText(session: self)
        var line = text.subject(question)
        if let hint = text.hint(question) { line += t.parenthesized(hint) }
        return (unsaved ? t.unsavedMark : "") + (sandbox != nil ? t.whatIfMark : "") + line + t.promptEnd
    }

    /// A script stopped at its first refused line: where, at which question, and what was not written.
    public mutating func stopScript(line: Int, question: String?) -> [String] {
        var lines = [t.scriptStopped(line: line, question: question)]
        if unsaved, let path {
            lines.append(t.notWrittenAtEnd(path, unsavedReason))
            lost = true
        }
        finished = true
        return lines.flatMap { wrap($0, width: width) }
    }
}

extension Session {
    /// The first question of a step that adds something (another requirement, a KPI).
    static func isAdding(_ question: Question) -> Bool {
        if case .newRequirement = question { return true }
        if case .newKPI = question { return true }
        return false
    }

    /// Resuming at step 5 or 7 on a terminal, with existing items: rather than re-asking every field of
    /// each, offer to review them or to add. A script keeps walking every question, as before.
    mutating func offerReviewOrAdd(_ step: Int) {
        guard interactive, step == 5 || step == 7, case .question(step, 0) = position else { return }
        let questions = Question.of(step: step, in: workbook)
        guard let first = questions.firstIndex(where: Self.isAdding), first > 0 else { return }
        let count = step == 5 ? workbook.requirements.count : workbook.requirements.flatMap(\.kpis).count
        pending = .reviewOrAdd(step: step)
        out.append(t.reviewOrAdd(step: step, count: count))
    }

    mutating func resolveReviewOrAdd(_ raw: String, step: Int, disk: [UInt8]?) {
        let choice = Input.normalize(raw).lowercased().trimmingWhitespace
        switch choice {
        case "", "1", "add", "添加", "新增":
            pending = nil
            let questions = Question.of(step: step, in: workbook)
            if let first = questions.firstIndex(where: Self.isAdding) { position = .question(step: step, index: first) }
        case "2", "review", "检查", "逐一检查":
            pending = nil
        default:
            // A command (present, set, quit, …) runs; the offer stands while the session is still at it.
            let tokens = tokenize(raw)
            if let first = tokens.first, Input.number(first) == nil, let command = SessionCommands.find(first) {
                pending = nil
                command.run(&self, Array(tokens.dropFirst()), disk)
                if pending == nil, !finished, case .question(step, 0) = position { pending = .reviewOrAdd(step: step) }
                return
            }
            refuse(t.reviewOrAdd(step: step, count: step == 5 ? workbook.requirements.count : workbook.requirements.flatMap(\.kpis).count))
        }
    }
}

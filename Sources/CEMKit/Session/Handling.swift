// The session handling input: the opening lines, each input (a line, Ctrl-C, the end), and a line
// read as an answer to what is pending, a command, or an answer to the current question.

extension Session {
    // MARK: Starting

    /// The opening lines: where the session is and the first step.
    public mutating func start() -> SessionReply {
        begin()
        if presentAtStart { presentCommand([]) }
        if case .template(let path) = pending {
            if interactive { return askTemplate(path) }
            pending = .title(path: path)
        }
        if case .title(let path) = pending {
            out.append(template == .retail ? t.newFile(path) : t.newFile(path, template: template.rawValue, factors: workbook.factors.count))
            return reply()
        }
        out.append(t.welcome(title: workbook.title.inert, path: path?.inert, factors: workbook.factors.count))
        out.append(t.commandsHint)
        if mode == .demo {
            out.append(t.demoReadOnly)
            enter(step: 1)
        } else if let step = analysis.steps.first(where: { !$0.complete })?.number {
            if step > 1 { out.append(t.resuming(step)) }
            enter(step: step)
            offerReviewOrAdd(step)
        } else {
            out.append(t.allComplete)
            position = .done
        }
        return reply()
    }

    // MARK: Handling input

    /// Handles one input. `disk` is the content of the session's file on disk now (nil when missing).
    public mutating func handle(_ input: SessionInput, disk: [UInt8]?) -> SessionReply {
        begin()
        switch input {
        case .end:
            if pending == .leaving || pending == .leavingSaveAs {
                endUnsaved()
            } else {
                leave()
            }
        case .interrupt:
            if pending == .leaving || pending == .leavingSaveAs {
                pending = nil
                out.append(t.backToSession)
            } else if interrupted {
                leave()
            } else {
                interrupted = true
                var conflict = false
                if case .conflict = pending {
                    out.append(t.changeNotWritten)
                    conflict = true
                }
                switch pending { case .title, .template: break; default: pending = nil }
                out.append(conflict ? t.interruptedConflict : unsaved ? t.interruptedUnsaved
                           : mode == .demo ? t.interruptedDemo : t.interrupted)
            }
        case .line(let line):
            interrupted = false
            handle(line: line, disk: disk)
        }
        return reply()
    }

    mutating func begin() {
        out = []
        write = nil
        exports = []
        beforeWrite = nil
    }

    /// Prose is wrapped to the width; indented lines (tables, help) are already fitted.
    mutating func reply() -> SessionReply {
        refreshRoom()
        let lines = out.flatMap { $0.hasPrefix("  ") ? [$0] : wrap($0, width: width) }
        return SessionReply(lines: lines, write: write, finished: finished, exports: exports)
    }

    mutating func refuse(_ text: String) {
        out.append(text)
        refused += 1
    }

    mutating func handle(line raw: String, disk: [UInt8]?) {
        switch pending {
        case .title(let path):
            let title = Answer.text(raw)
            if title.isEmpty && !raw.trimmingWhitespace.isEmpty { return refuse(t.titleRequired) }
            let name = title.isEmpty ? fileStem(path) : title
            pending = nil
            workbook.title = name
            let bytes = WorkbookWriter.bytes(workbook)
            beforeWrite = (mode, nil)
            known = bytes
            write = SessionWrite(path: path, bytes: bytes, create: true, done: nil)
            out.append(t.created(path, title: name))
            out.append(t.commandsHint)
            enter(step: 1)
            return
        case .confirm(let changed, let description):
            pending = nil
            if Answer.yes(raw) {
                commit(changed, description, kind: .edit, disk: disk)
            } else {
                out.append(t.cancelled)
            }
            return
        case .conflict(let commit):
            resolveConflict(raw, commit: commit, disk: disk)
            return
        case .leaving:
            resolveLeaving(raw, disk: disk)
            return
        case .leavingSaveAs:
            let target = Answer.text(raw)
            guard !target.isEmpty else {
                pending = .leaving
                out.append(t.leavingChoices)
                return
            }
            pending = nil
            saveAs(target)
            finishAfterWrite()
            return
        case .closeCycle(let closed, let description):
            resolveCloseCycle(raw, closed: closed, description: description, disk: disk)
            return
        case .reviewOrAdd(let step):
            resolveReviewOrAdd(raw, step: step, disk: disk)
            return
        case .describe(let id):
            pending = nil
            guard !raw.trimmingWhitespace.isEmpty, let i = workbook.factors.firstIndex(where: { $0.id == id }) else { return }
            var w = workbook
            w.factors[i].description = Answer.text(raw)
            commit(w, t.setDone("\(w.factors[i].name.inert) · \(t.descriptionLabel)", w.factors[i].description.isEmpty ? "—" : w.factors[i].description.inert),
                   kind: .edit, disk: disk)
            return
        case .which(let line, let command):
            resolveWhich(raw, line: line, command: command, disk: disk)
            return
        case .quitWhatIf:
            resolveQuitWhatIf(raw, disk: disk)
            return
        case .poll(let walk):
            resolvePoll(raw, walk: walk, disk: disk)
            return
        case .overwrite(let export):
            resolveOverwrite(raw, export: export)
            return
        case .template(let path):
            resolveTemplate(raw, path: path)
            return
        case nil:
            break
        }
        if raw.hasPrefix("\\") {
            return answer(String(raw.dropFirst()), disk: disk)
        }
        read(raw, disk: disk)
    }
}

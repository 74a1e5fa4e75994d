// Committing a change: the check of the file on disk, undo/redo records, the write the shell performs,
// and the resolution of a conflict (reload, overwrite, save as).

extension Session {
    // MARK: Committing changes

    /// Applies a changed workbook: checks the file on disk first, records the change for undo, writes it.
    /// `record` is the description with long text whole, for the minutes (the terminal's is shortened).
    mutating func commit(_ changed: Workbook, _ description: String, record: String? = nil, kind: CommitKind, advanceTo: Position? = nil,
                         disk: [UInt8]?, echo: Bool = true, question: Question? = nil) {
        let changed = kind == .edit ? droppingStalePolls(changed) : changed
        let commit = PendingCommit(workbook: changed, description: description, kind: kind, advanceTo: advanceTo, echo: echo,
                                   question: question, record: record)
        // A what-if writes nothing, so the file on disk is only checked when it is kept.
        if sandbox != nil { return apply(commit) }
        if case .file(let path) = mode, disk != known {
            pending = .conflict(commit)
            out.append(disk == nil ? t.fileGone(path) : t.fileChanged(path))
            out.append(t.conflictChoices)
            return
        }
        apply(commit)
    }

    mutating func apply(_ commit: PendingCommit, create: Bool = false, done: String? = nil) {
        let before = workbook
        let asked = currentQuestion
        switch commit.kind {
        case .edit:
            if commit.workbook != workbook {
                let next = commit.advanceTo ?? position
                undoStack.append(Change(before: workbook, after: commit.workbook, at: position, next: next, description: commit.description,
                                        question: commit.question, record: commit.record))
                redoStack = []
            }
        case .undo:
            if let change = undoStack.popLast() {
                redoStack.append(change)
                position = change.at
            }
        case .redo:
            if let change = redoStack.popLast() {
                undoStack.append(change)
                position = change.next
            }
        case .save:
            break
        }
        workbook = commit.workbook
        if let advanceTo = commit.advanceTo {
            position = advanceTo
        } else if commit.kind == .edit {
            keepAsking(asked)
        }
        clampPosition()
        let confirmation = done ?? (commit.kind == .save ? commit.description : nil)
        if commit.echo && !commit.description.isEmpty && confirmation == nil { out.append(commit.description) }
        if sandbox != nil {
            if before != workbook { out.append(whatIfDifference()) }
        } else if case .file(let path) = mode {
            if before != workbook || commit.kind == .save || create {
                let bytes = WorkbookWriter.bytes(workbook)
                if beforeWrite == nil { beforeWrite = (mode, known) }
                unsavedBeforeWrite = unsaved
                write = SessionWrite(path: path, bytes: bytes, create: create, done: confirmation, expecting: create ? nil : known)
                known = bytes
                unsaved = false
            }
        } else if before != workbook {
            if !demoChanged { out.append(t.demoChangeNotice) }
            demoChanged = true
        }
        settle()
    }

    mutating func resolveConflict(_ raw: String, commit: PendingCommit, disk: [UInt8]?) {
        let words = tokenize(raw)
        let choice = words.first.map { Input.normalize($0).lowercased() } ?? ""
        switch choice {
        case _ where InputWords.reloadWords.contains(choice):
            guard let disk else { return refuse(t.cannotReloadGone) }
            do {
                let reloaded = try WorkbookReader.read(disk)
                pending = nil
                undoStack.append(Change(before: workbook, after: reloaded, at: position, next: position, description: t.reloadedChange))
                redoStack = []
                let asked = currentQuestion
                workbook = reloaded
                known = disk
                keepAsking(asked)
                clampPosition()
                out.append(t.reloaded(commit.description.isEmpty ? nil : commit.description))
            } catch {
                refuse(t.cannotReloadInvalid)
                out += error.diagnostics.map { "  " + $0.line(file: path ?? "", strings: r) }
                out.append(t.conflictChoices)
            }
        case _ where InputWords.overwriteWords.contains(choice):
            pending = nil
            // Overwrite what is on disk now (and only that: another change meanwhile is refused again).
            known = disk
            apply(commit)
        case _ where InputWords.saveAsWords.contains(choice):
            var rest = Array(words.dropFirst())
            if choice == "save", let first = rest.first, InputWords.asWords.contains(first.lowercased()) { rest.removeFirst() }
            let target = rest.joined(separator: " ")
            guard !target.isEmpty else { return refuse(t.saveAsNeedsFile) }
            pending = nil
            beforeWrite = (mode, known)
            mode = .file(target)
            known = nil
            apply(commit, create: true, done: t.savedAs(target))
        default:
            refuse(t.conflictChoices)
        }
    }
}

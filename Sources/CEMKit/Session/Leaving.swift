// Writes that failed and leaving the session: the change stays unsaved (the prompt says so), and quit,
// Ctrl-D or Ctrl-C twice ask what to do on a terminal, or end with exit code 1 in a script.

extension Session {
    /// The shell could not perform the last write: the session says so and keeps the change in memory.
    public mutating func writeFailed(_ reason: String, exists: Bool = false) -> [String] {
        guard let (mode, known) = beforeWrite else { return [] }
        let target = path ?? ""
        let wasSaveAs = self.mode != mode
        self.mode = mode
        self.known = known
        beforeWrite = nil
        refused += 1
        var lines: [String]
        if exists {
            lines = [t.alreadyExists(target)]
        } else {
            lines = [t.cannotWrite(target, reason)]
            // A failed `save as` leaves the session's own file as it was: written, or not.
            if wasSaveAs {
                unsaved = unsavedBeforeWrite
            } else {
                unsaved = true
                unsavedReason = reason
            }
        }
        if finished {
            // The write on the way out failed: ask again.
            finished = false
            if interactive {
                pending = .leaving
                lines.append(t.leavingChoices)
            } else {
                begin()
                endUnsaved()
                lines += out
            }
        }
        return lines.flatMap { $0.hasPrefix("  ") ? [$0] : wrap($0, width: width) }
    }

    /// The session is over: the shell stops reading.
    public var isOver: Bool { finished }

    /// quit, Ctrl-D, Ctrl-C twice: on a terminal, asks what to do with changes not written; in a script,
    /// ends saying what was not written (exit code 1).
    mutating func leave() {
        if case .conflict = pending {
            out.append(t.changeNotWritten)
            if !interactive { refused += 1 }
            pending = nil
            out.append(t.goodbyeUnsaved)
            finished = true
            return
        }
        if leavingWhatIf() { return }
        guard unsaved, let path else { return finish() }
        if interactive {
            pending = .leaving
            out.append(t.leavingUnsaved(path, unsavedReason))
            out.append(t.leavingChoices)
        } else {
            endUnsaved()
        }
    }

    /// Ends with the changes not written: the message names the file and why; a script ends with exit code 1.
    mutating func endUnsaved() {
        pending = nil
        if let path, unsaved {
            out.append(t.notWrittenAtEnd(path, unsavedReason))
            refused += 1
            lost = true
            out.append(t.goodbyeUnsaved)
        } else {
            out.append(t.goodbye(path))
        }
        finished = true
    }

    mutating func finish() {
        if mode == .demo && demoChanged { out.append(t.demoNotSaved) }
        out.append(t.goodbye(path))
        pending = nil
        finished = true
    }
}

// `cem resolve FILE [--ours|--theirs]`: choose, conflict by conflict, and write the canonical workbook.

import CEMKit
import Foundation

enum ResolveCommand {
    static let ours = Flag("--ours", help: TeamWords.resolveOursHelp)
    static let theirs = Flag("--theirs", help: TeamWords.resolveTheirsHelp)

    static let command = CommandDeclaration(
        "resolve", summary: TeamWords.resolveSummary, arguments: [.file()],
        options: [ours.declaration, theirs.declaration], notes: TeamWords.resolveNotes, run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let path = invocation.file
        if invocation[ours] && invocation[theirs] {
            context.err(TeamWords(context.language()).oursOrTheirs(usage: invocation.usage))
            throw .usage
        }
        let bytes: [UInt8]
        do {
            bytes = try Files.readBytes(path, context: context)
        } catch {
            context.err(error.message)
            throw .invalid
        }
        guard let conflicted = ConflictedWorkbook(bytes) else {
            let markers = String(decoding: bytes, as: UTF8.self).split(separator: "\n").contains { $0.hasPrefix("<<<<<<<") }
            if markers {
                context.err(TeamWords(context.language()).unreadableConflict(path.inert))
                throw .invalid
            }
            let workbook = try Files.loadOrExit(path, context: context)
            context.out(TeamWords(context.language(for: workbook)).noConflictMarkers(path.inert))
            return
        }
        let merge = conflicted.merge
        let language = context.language(for: merge.workbook { _ in .ours })
        let words = TeamWords(language)
        var choices: [MergeChoice]
        if invocation[ours] || invocation[theirs] {
            choices = Array(repeating: invocation[ours] ? .ours : .theirs, count: merge.conflicts.count)
        } else {
            choices = try ask(merge, labels: conflicted.labels, language: language, context: context)
        }
        let value = merge.resolved { choices[$0] }
        let workbook: Workbook
        do {
            workbook = try WorkbookReader.read(CanonicalJSON.text(value))
        } catch {
            context.err(words.resolvedInvalid(path.inert))
            let table = strings(language)
            error.diagnostics.forEach { context.err($0.line(file: path.inert, strings: table)) }
            throw .invalid
        }
        try Files.write(WorkbookWriter.bytes(workbook), to: path, context: context)
        context.out(words.resolvedFile(path.inert, count: merge.conflicts.count))
    }

    /// Asks for each conflict in turn: its subject, each side's value with the key experiences it gives,
    /// then one answer. A refused answer is asked again on a terminal and ends the command in a script.
    static func ask(_ merge: TreeMerge, labels: MergeLabels, language: Language, context: Context) throws(ExitCode) -> [MergeChoice] {
        let words = TeamWords(language)
        var choices = Array(repeating: MergeChoice.ours, count: merge.conflicts.count)
        var reader = context.lineReader(context.environment)
        let scripted = !context.interactive
        for (i, conflict) in merge.conflicts.enumerated() {
            context.out(words.conflictHeading(i + 1, of: merge.conflicts.count, subject: merge.subject(i, language: language).inert))
            for (key, label, choice) in [("o", labels.ours, MergeChoice.ours), ("t", labels.theirs, .theirs), ("b", labels.base, .base)] {
                var trial = choices
                trial[i] = choice
                let keys = merge.workbook { trial[$0] }.map { TreeMerge.keyExperiences(Analysis($0), language: language) }
                context.out(words.choiceLine(key: key, label: label.inert,
                                             value: merge.display(conflict.value(choice), conflict: conflict, language: language).inert,
                                             keyExperiences: keys?.inert))
            }
            let typed = acceptsValue(conflict)
            while true {
                let answer: String
                switch reader.read(prompt: words.choicePrompt(newValue: typed)) {
                case .line(let line): answer = line
                case .interrupt, .end:
                    context.err(words.resolveStopped)
                    throw .invalid
                }
                if let choice = parse(answer, for: conflict) {
                    choices[i] = choice
                    break
                }
                context.err(words.badChoice(answer.inert, newValue: typed))
                if scripted {
                    context.err(words.resolveStopped)
                    throw .invalid
                }
            }
        }
        return choices
    }

    /// A new value may be typed for a number or a text, not for a whole item.
    static func acceptsValue(_ conflict: TreeConflict) -> Bool {
        [conflict.ours, conflict.theirs, conflict.base].allSatisfy { value in
            switch value {
            case nil, .null?, .number?, .string?: return true
            default: return false
            }
        } && [conflict.ours, conflict.theirs].contains { $0 != nil }
    }

    /// o, t, b (or their words), else a new value: a number (or `-` for none) where the sides hold
    /// numbers, text where they hold text.
    static func parse(_ answer: String, for conflict: TreeConflict) -> MergeChoice? {
        let word = Input.normalize(answer)
        if let found = TeamWords.choiceWords.first(where: { $0.words.contains(word.lowercased()) }) { return found.choice }
        guard acceptsValue(conflict), !word.isEmpty else { return nil }
        let sides = [conflict.ours, conflict.theirs, conflict.base].compactMap { $0 }
        if sides.contains(where: { if case .string = $0 { return true } else { return false } }) { return .value(.string(word)) }
        if ["-", "—", "null"].contains(word) { return .value(.null) }
        return Input.number(word).map { .value(.number($0)) }
    }
}

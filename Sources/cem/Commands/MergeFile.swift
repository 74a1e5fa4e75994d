// `cem merge-file BASE OURS THEIRS [PATH]`: the git merge driver; merges by meaning and rewrites OURS.

import CEMKit
import Foundation

enum MergeFileCommand {
    static let command = CommandDeclaration(
        "merge-file", summary: TeamWords.mergeFileSummary,
        arguments: [Argument(name: "BASE", completion: .anyFile), Argument(name: "OURS", completion: .anyFile),
                    Argument(name: "THEIRS", completion: .anyFile), Argument(name: "PATH", count: .optional, completion: .anyFile)],
        notes: TeamWords.mergeFileNotes,
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let args = invocation.positionals
        let (basePath, oursPath, theirsPath) = (args[0], args[1], args[2])
        let shown = (args.count > 3 ? args[3] : oursPath).inert
        let base = try read(basePath, context: context), ours = try read(oursPath, context: context)
        let theirs = try read(theirsPath, context: context)
        let language = context.language(for: try? WorkbookReader.read(ours))
        let words = TeamWords(language)
        let merge = WorkbookMerge(base: base.isEmpty ? nil : base, ours: ours, theirs: theirs, labels: labels(context.environment))
        if Array(merge.text.utf8) != ours { try Files.write(Array(merge.text.utf8), to: oursPath, context: context) }
        if merge.isClean {
            context.out(words.mergedClean(shown))
            return
        }
        if let tree = merge.merge {
            if tree.conflicts.isEmpty {
                context.out(words.mergeInvalid(shown))
                let table = strings(language)
                merge.problems.forEach { context.out($0.line(file: shown, strings: table)) }
            } else {
                context.out(words.mergeConflicts(shown, count: tree.conflicts.count))
                tree.lines(labels: merge.labels, language: language).forEach { context.out($0.inert) }
            }
        } else {
            context.out(words.mergeUnreadable(shown, sides: merge.unreadable.map(\.inert), blocks: merge.blocks))
        }
        throw .invalid
    }

    static func read(_ path: String, context: Context) throws(ExitCode) -> [UInt8] {
        do {
            return try Files.readBytes(path, context: context)
        } catch {
            context.err(error.message)
            throw .invalid
        }
    }

    /// `HEAD` and the merged branch's name when git runs the driver for `git merge NAME` (git sets
    /// GITHEAD_<commit>=NAME for it); else ours and theirs.
    static func labels(_ environment: [String: String]) -> MergeLabels {
        let names = environment.filter { $0.key.hasPrefix("GITHEAD_") }.map(\.value).filter { !$0.isEmpty && !$0.contains("\n") }
        guard names.count == 1 else { return MergeLabels() }
        return MergeLabels(ours: "HEAD", base: "base", theirs: names[0])
    }
}

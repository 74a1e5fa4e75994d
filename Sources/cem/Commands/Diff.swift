// `cem diff`.

import CEMKit
import Foundation

enum DiffCommand {
    static let git = Option<String?>("--git", value: "REV",
                                     help: Localized(zh: "把 FILE 与它在 git 版本 REV 中的内容比较（运行 `git show REV:路径`）",
                                                     en: "compare FILE with its version at git revision REV (runs `git show REV:PATH`)"))
    static let format = Shared.format(["text", "json"], help: Localized(zh: "text（默认）或 json（供工具读取）", en: "text (default) or json (for tools)"))

    static let command = CommandDeclaration(
        "diff", summary: Localized(zh: "两个工作簿之间的变化，用方法的语言描述", en: "what changed between two workbooks, in the method's terms"),
        forms: [Form(option: nil, arguments: [.file("OLD"), .file("NEW")]), Form(option: git.declaration, arguments: [.file()])],
        options: [format.declaration, Shared.cuts.declaration],
        notes: Localized(
            zh: """
            列出新增、删除、改名和移动的因素；每个改动的分数及其对满意度、加权满意度和差距的影响；关键体验、最大差距、需求、决定和 KPI 的变化。
            退出码（与 diff 相同）：0 内容相同，1 有不同，2 无法比较（用法错误、文件无效或 git 出错）。
            """,
            en: """
            Lists added, removed, renamed and moved factors; each changed score with its effect on satisfaction, weighted satisfaction and gap; changes in key experiences, largest gap, requirements, decisions and KPIs.
            Exit code (as diff): 0 equivalent, 1 different, 2 trouble (usage, an invalid file, or git failed).
            """),
        run: run)

    static let trouble = ExitCode.usage

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let cuts = invocation[Shared.cuts]
        let old: (label: String, workbook: Workbook), new: (label: String, workbook: Workbook)
        if let revision = invocation[git] {
            let path = invocation.file
            guard let current = load(path, context: context) else { throw trouble }
            guard let before = loadFromGit(revision: revision, path: path, language: context.language(for: current), context: context) else {
                throw trouble
            }
            (old, new) = (before, (path, current))
        } else {
            let a = invocation.positionals[0], b = invocation.positionals[1]
            let x = load(a, context: context), y = load(b, context: context)
            guard let x, let y else { throw trouble }
            (old, new) = ((a, x), (b, y))
        }
        let diff = WorkbookDiff(old: old.workbook, new: new.workbook, cuts: cuts)
        let report = DiffReport(diff, language: context.language(for: new.workbook))
        let (oldLabel, newLabel) = (old.label.inert, new.label.inert)
        context.out(invocation[format] == "json" ? report.jsonText(old: old.label, new: new.label) : report.text(old: oldLabel, new: newLabel))
        if !diff.isEquivalent { throw .invalid }
    }

    static func load(_ path: String, context: Context) -> Workbook? {
        switch Files.load(path, context: context) {
        case .workbook(let workbook, _): return workbook
        case .failed(let messages):
            messages.forEach(context.err)
            return nil
        }
    }

    /// FILE as it was at REVISION, labelled `REVISION:PATH` (PATH relative to the repository's root).
    static func loadFromGit(revision: String, path: String, language: Language, context: Context) -> (label: String, workbook: Workbook)? {
        let team = teamStrings(language)
        let cwd = URL(fileURLWithPath: context.workingDirectory)
        let file = URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL.resolvingSymlinksInPath()
        let folder = file.deletingLastPathComponent().path
        let root: String
        switch Git.root(of: folder) {
        case .failure(let failure):
            _ = GitCommand.report(failure, context: context)
            return nil
        case .success(nil):
            context.err(team.notInRepository(path.inert))
            return nil
        case .success(let found?): root = found
        }
        guard file.path.hasPrefix(root + "/") else {
            context.err(team.notInRepository(path.inert))
            return nil
        }
        let relative = String(file.path.dropFirst(root.count + 1))
        switch Git.run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: root) {
        case .failure(let failure):
            _ = GitCommand.report(failure, context: context)
            return nil
        case .success(let output) where output.status != 0:
            context.err(team.unknownRevision(revision.inert))
            return nil
        case .success: break
        }
        let label = revision + ":" + relative
        switch Git.run(["show", label], in: root) {
        case .failure(let failure):
            _ = GitCommand.report(failure, context: context)
            return nil
        case .success(let output) where output.status != 0:
            context.err(team.notAtRevision(relative.inert, revision: revision.inert))
            return nil
        case .success(let output):
            do {
                return (label, try WorkbookReader.read(output.stdout))
            } catch {
                let table = strings(language)
                error.diagnostics.forEach { context.err($0.line(file: label.inert, strings: table)) }
                return nil
            }
        }
    }
}

// `cem new`.

import CEMKit
import Foundation

enum NewCommand {
    static let usage = "cem new FILE [--template retail|servqual] [--title TEXT]"
    static let command = Command(
        name: "new", usage: usage,
        summary: Localized(zh: "用模板新建工作簿（retail、servqual）", en: "a new workbook from a template (retail, servqual)"),
        details: Localized(
            zh: """
              --template T        retail（方法的六个因素，默认）或 servqual（五个维度）
              --title TEXT        工作簿标题（默认为文件名）
            因素名称使用 --lang 或 LANG 指定的语言。不会覆盖已有文件。
            """,
            en: """
              --template T        retail (the six factors of the method, default) or servqual (five dimensions)
              --title TEXT        the workbook's title (default: the file name)
            Factor names are in the language of --lang or LANG. Never overwrites an existing file.
            """),
        options: [OptionSpec("--template", takesValue: true), OptionSpec("--title", takesValue: true)],
        run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        let path: String
        switch onePath(arguments, usage: usage, context: context) {
        case .success(let one): path = one
        case .failure(let failure): return failure.code
        }
        let name = arguments.value("--template") ?? Template.retail.rawValue
        guard let template = Template(rawValue: name) else {
            context.err(context.cli.badValue("--template", name, allowed: Template.allCases.map(\.rawValue).joined(separator: context.cli.listSeparator)))
            return ExitCode.usage
        }
        if FileManager.default.fileExists(atPath: path) {
            context.err(context.cli.alreadyExists(path))
            return ExitCode.invalid
        }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.hasSuffix(".cem.json") ? String(fileName.dropLast(".cem.json".count))
            : fileName.hasSuffix(".json") ? String(fileName.dropLast(".json".count)) : fileName
        let language = context.language()
        let workbook = template.workbook(language: language, title: arguments.value("--title") ?? stem)
        do {
            try AtomicFile.create(WorkbookWriter.bytes(workbook), at: path)
        } catch {
            context.err(error.reason == "exists" ? context.cli.alreadyExists(path) : context.cli.cannotWrite(path, error.reason))
            return ExitCode.invalid
        }
        context.out(context.cli.created(path, template: template.rawValue, factors: workbook.factors.count))
        return ExitCode.ok
    }
}

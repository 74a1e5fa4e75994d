// `cem new`.

import CEMKit
import Foundation

enum NewCommand {
    static let template = Option<Template>(
        "--template", value: "T",
        help: Localized(zh: "retail（方法的六个因素，默认）或 servqual（五个维度）",
                        en: "retail (the six factors of the method, default) or servqual (five dimensions)"),
        default: .retail)
    static let title = Option<String?>("--title", value: "TEXT",
                                       help: Localized(zh: "工作簿标题（默认为文件名）", en: "the workbook's title (default: the file name)"))

    static let command = CommandDeclaration(
        "new", summary: Localized(zh: "用模板新建工作簿（retail、servqual）", en: "a new workbook from a template (retail, servqual)"),
        arguments: [.file()], options: [template.declaration, title.declaration],
        notes: Localized(zh: "因素名称使用 --lang 或 LANG 指定的语言。不会覆盖已有文件。",
                         en: "Factor names are in the language of --lang or LANG. Never overwrites an existing file."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let path = invocation.file, template = invocation[template]
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.hasSuffix(".cem.json") ? String(fileName.dropLast(".cem.json".count))
            : fileName.hasSuffix(".json") ? String(fileName.dropLast(".json".count)) : fileName
        let workbook = template.workbook(language: context.language(), title: invocation[title] ?? stem)
        do {
            try context.files.create(context.resolve(path), with: WorkbookWriter.bytes(workbook))
        } catch {
            context.err(error.reason == "exists" ? context.cli.alreadyExists(path.inert) : context.cli.cannotWrite(path.inert, error.reason))
            throw .invalid
        }
        context.out(context.cli.created(path.inert, template: template.rawValue, factors: workbook.factors.count))
    }
}

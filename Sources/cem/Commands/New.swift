// `cem new`.

import CEMKit
import Foundation

enum NewCommand {
    static let template = Option<Template>(
        "--template", value: "T",
        help: Localized(zh: "模板：\(CLIWords(.zh).templateChoices)（默认 retail：方法的六个因素）；--list-templates 列出它们的因素",
                        en: "retail (the six factors of the method, default), servqual (five dimensions), or an industry's: hotel, restaurant, bank, insurer-hotline, hospital-outpatient, public-service-window; --list-templates shows their factors"),
        default: .retail)
    static let listTemplates = Flag("--list-templates", help: Localized(
        zh: "列出模板及其因素，不新建文件", en: "list the templates and their factors; creates no file"))
    static let title = Option<String?>("--title", value: "TEXT",
                                       help: Localized(zh: "工作簿标题（默认为文件名）", en: "the workbook's title (default: the file name)"))

    /// `MIN-MAX`, as `1-5`, `0-10` or `-3-3`: two finite numbers, the first below the second.
    static func scale(_ text: String) -> Scale? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard text.count > 2, let dash = text.dropFirst().firstIndex(of: "-"),
              let low = Input.number(String(text[..<dash])), let high = Input.number(String(text[text.index(after: dash)...])),
              low.isFinite, high.isFinite, low < high, abs(low) <= 1_000_000, abs(high) <= 1_000_000 else { return nil }
        return Scale(min: low, max: high)
    }
    static let scale = Option<Scale?>(
        "--scale", value: "MIN-MAX", allowed: "MIN-MAX (1-5, 1-7, 0-10)",
        help: Localized(zh: "体验、期望、理想和品牌价值的量表（默认 0-10），例如与问卷相同的 1-5",
                        en: "the scale of experience, expectation, ideal and brand value (default 0-10), for example the survey's 1-5"),
        parsing: { NewCommand.scale($0) })
    static let importanceScale = Option<Scale?>(
        "--importance-scale", value: "MIN-MAX", allowed: "MIN-MAX, MIN at least 0 (1-5, 0-10)",
        help: Localized(zh: "重要性的量表（默认 0-10；下限不小于 0）", en: "the scale of importance (default 0-10; its minimum is at least 0)"),
        parsing: { NewCommand.scale($0).flatMap { $0.min >= 0 ? $0 : nil } })

    static let command = CommandDeclaration(
        "new", summary: Localized(zh: "用模板新建工作簿（retail、servqual、hotel、bank……）", en: "a new workbook from a template (retail, servqual, hotel, bank, …)"),
        forms: [Form(option: nil, arguments: [.file()]), Form(option: listTemplates.declaration, arguments: [])],
        options: [template.declaration, title.declaration, scale.declaration, importanceScale.declaration],
        notes: Localized(zh: "因素名称使用 --lang 或 LANG 指定的语言。不会覆盖已有文件。",
                         en: "Factor names are in the language of --lang or LANG. Never overwrites an existing file."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        if invocation[listTemplates] { return list(context) }
        let path = invocation.file, template = invocation[template]
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.hasSuffix(".cem.json") ? String(fileName.dropLast(".cem.json".count))
            : fileName.hasSuffix(".json") ? String(fileName.dropLast(".json".count)) : fileName
        var workbook = template.workbook(language: context.language(), title: invocation[title] ?? stem)
        if let scale = invocation[scale] { workbook.scale = scale }
        if let scale = invocation[importanceScale] { workbook.importanceScale = scale }
        do {
            try context.files.create(context.resolve(path), with: WorkbookWriter.bytes(workbook))
        } catch {
            context.err(error.reason == "exists" ? context.cli.alreadyExists(path.inert) : context.cli.cannotWrite(path.inert, error.reason))
            throw .invalid
        }
        context.out(context.cli.created(path.inert, template: template.rawValue, factors: workbook.factors.count))
    }

    /// `cem new --list-templates`: each template, what it is for, and its factors in the language of --lang or LANG.
    static func list(_ context: Context) {
        let language = context.language()
        let separator = language.pick(zh: "、", en: ", ")
        var lines = [context.cli.templatesHeading]
        let width = Template.allCases.map { DisplayWidth.of(context.cli.templateLabel($0)) }.max() ?? 0
        for template in Template.allCases {
            let names = template.factorNames(language)
            let indent = String(repeating: " ", count: width + 4)
            lines.append("  " + DisplayWidth.pad(context.cli.templateLabel(template), to: width) + "  " + template.summary(language)
                         + context.cli.templateFactorCount(names.count))
            lines += LineBreaking.wrap(names.joined(separator: separator), width: max(20, context.width - width - 4)).map { indent + $0 }
        }
        context.out(lines.joined(separator: "\n"))
    }
}

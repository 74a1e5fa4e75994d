// `cem schema`.

import CEMKit
import Foundation

enum SchemaCommand {
    static let usage = "cem schema [-o OUT]"
    static let command = Command(
        name: "schema", usage: usage,
        summary: Localized(zh: "工作簿格式（版本 1）的 JSON Schema（draft 2020-12）", en: "the JSON Schema (draft 2020-12) of the workbook format, version 1"),
        details: Localized(
            zh: """
              -o, --output OUT    写入 OUT（原子写入）；`-` 表示标准输出
            Schema 与 `cem validate` 接受相同的结构和取值；Schema 无法表达的检查（分数是否在工作簿自己的量表内、
            id 是否唯一、需求所链接的因素是否存在）只由 `cem validate` 进行。
            """,
            en: """
              -o, --output OUT    write to OUT (atomically); `-` is standard output
            The schema accepts the structure and values `cem validate` accepts; what a schema cannot express
            (scores inside the workbook's own scales, unique ids, links to existing factors) only `cem validate` checks.
            """),
        options: [OptionSpec("--output", short: "-o", takesValue: true)], run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard arguments.positionals.isEmpty else {
            context.err(context.cli.tooManyArguments(usage: usage))
            return ExitCode.usage
        }
        return Files.output(WorkbookSchema.text(), to: arguments.value("--output"), context: context)
    }
}

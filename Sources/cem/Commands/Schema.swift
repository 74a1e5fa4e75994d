// `cem schema`.

import CEMKit
import Foundation

enum SchemaCommand {
    static let map = Flag("--map", help: Localized(zh: "改为输出问卷列映射文件（cem-survey-map）的 JSON Schema",
                                                   en: "print the JSON Schema of a survey column map (cem-survey-map) instead"))

    static let command = CommandDeclaration(
        "schema", summary: Localized(zh: "工作簿格式（版本 1）的 JSON Schema（draft 2020-12）", en: "the JSON Schema (draft 2020-12) of the workbook format, version 1"),
        options: [map.declaration, Shared.output.declaration, Shared.force.declaration],
        notes: Localized(
            zh: "Schema 与 `cem validate` 接受相同的结构和取值；Schema 无法表达的检查（分数是否在工作簿自己的量表内、id 是否唯一、需求所链接的因素是否存在）只由 `cem validate` 进行。",
            en: "The schema accepts the structure and values `cem validate` accepts; what a schema cannot express (scores inside the workbook's own scales, unique ids, links to existing factors) only `cem validate` checks."),
        run: { context, invocation throws(ExitCode) in
            try Files.output(invocation[map] ? SurveyMap.schema : WorkbookSchema.text(), to: invocation[Shared.output], force: invocation[Shared.force], context: context)
        })
}

// Words of the command line: help, usage errors and file messages.

/// The CLIWords of a language.
public func cliStrings(_ language: Language) -> CLIWords { CLIWords(language) }

extension CLIWords {
    /// Between the items of a list: 、 in Chinese.
    public var listSeparator: String { ReportWords(language).listSeparator }
    public var helpIntro: String {
        language.pick(
            zh: "cem — 客户体验管理（CEM）差距分析：七个步骤，一个工作簿。",
            en: "cem — Customer Experience Management gap analysis, the seven steps in one workbook.")
    }
    public var commandsHeading: String { language.pick(zh: "命令：", en: "Commands:") }
    public var globalOptions: String {
        language.pick(
            zh: """
            所有命令通用的选项：
              --lang zh|en   标签和提示的语言（默认取工作簿的语言，其次为 LANG）
              --no-color     不使用颜色（设置 NO_COLOR 或输出不是终端时亦然）
              --help, -h     命令的帮助
              --version      显示版本
            """,
            en: """
            Options for every command:
              --lang zh|en   language of labels and messages (default: the workbook's, then LANG)
              --no-color     no colour (also when NO_COLOR is set or output is not a terminal)
              --help, -h     help for the command
              --version      print the version
            """)
    }
    public var helpFooter: String {
        language.pick(zh: "运行 `cem help 命令` 查看该命令的选项。", en: "Run `cem help COMMAND` for a command's options.")
    }
    public func unknownCommand(_ name: String, suggestion: String?) -> String {
        language.pick(
            zh: "cem：未知命令“\(name)”。" + (suggestion.map { "是否想用“\($0)”？" } ?? "") + "运行 `cem --help` 查看命令列表。",
            en: "cem: unknown command '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Run `cem --help` for the list.")
    }
    public func unknownOption(_ command: String, _ option: String, suggestion: String?) -> String {
        language.pick(
            zh: "cem \(command)：未知选项“\(option)”。" + (suggestion.map { "是否想用“\($0)”？" } ?? "") + "运行 `cem help \(command)`。",
            en: "cem \(command): unknown option '\(option)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                + " Run `cem help \(command)`.")
    }
    public func missingValue(_ option: String) -> String {
        language.pick(zh: "cem：\(option) 需要一个值。", en: "cem: \(option) needs a value.")
    }
    public func unexpectedValue(_ option: String) -> String {
        language.pick(zh: "cem：\(option) 不接受值。", en: "cem: \(option) takes no value.")
    }
    public func badValue(_ option: String, _ value: String, allowed: String) -> String {
        language.pick(
            zh: "cem：“\(value)”不是 \(option) 的有效值；请用 \(allowed)。",
            en: "cem: '\(value)' is not a valid value for \(option); use \(allowed).")
    }
    public func missingArgument(_ what: String, usage: String) -> String {
        language.pick(zh: "cem：缺少\(what)。用法：\(usage)", en: "cem: missing \(what). Usage: \(usage)")
    }
    public func tooManyArguments(usage: String) -> String {
        language.pick(zh: "cem：参数过多。用法：\(usage)", en: "cem: too many arguments. Usage: \(usage)")
    }
    public func noSuchFile(_ path: String) -> String {
        language.pick(
            zh: "\(path)：文件不存在；请检查路径，或用 `cem new \(path)` 新建",
            en: "\(path): no such file; check the path, or create one with `cem new \(path)`")
    }
    public func isDirectory(_ path: String) -> String {
        language.pick(zh: "\(path)：是文件夹，不是工作簿文件", en: "\(path): is a folder, not a workbook file")
    }
    public func cannotRead(_ path: String, _ reason: String) -> String {
        language.pick(zh: "\(path)：无法读取（\(reason)）", en: "\(path): cannot be read (\(reason))")
    }
    public func cannotWrite(_ path: String, _ reason: String) -> String {
        language.pick(zh: "\(path)：无法写入（\(reason)）；未做任何改动", en: "\(path): cannot be written (\(reason)); nothing was changed")
    }
    public func alreadyExists(_ path: String) -> String {
        language.pick(
            zh: "\(path)：文件已存在；cem new 不会覆盖。请换一个文件名，或先删除该文件。",
            en: "\(path): already exists; cem new never overwrites. Choose another name, or remove the file first.")
    }
    public func created(_ path: String, template: String, factors: Int) -> String {
        language.pick(
            zh: "已用 \(template) 模板新建 \(path)（\(factors) 个因素）。可用 `cem show \(path)` 查看。",
            en: "Created \(path) from the \(template) template (\(factors) factors). See it with `cem show \(path)`.")
    }
    public func valid(_ path: String) -> String { language.pick(zh: "\(path)：有效", en: "\(path): ok") }
    public func notCanonical(_ path: String, line: Int) -> String {
        language.pick(
            zh: "\(path)：不是规范格式（第 \(line) 行起不同）；请运行 `cem fmt \(path)`",
            en: "\(path): not in canonical form (first difference on line \(line)); run `cem fmt \(path)`")
    }
    public func formatted(_ path: String) -> String {
        language.pick(zh: "\(path)：已改写为规范格式", en: "\(path): rewritten in canonical form")
    }
    public func alreadyCanonical(_ path: String) -> String {
        language.pick(zh: "\(path)：已是规范格式", en: "\(path): already canonical")
    }
    public func problemCount(_ problems: Int, files: Int) -> String {
        language.pick(
            zh: "\(files) 个文件中共有 \(problems) 个问题",
            en: "\(problems) problem\(problems == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")")
    }
}

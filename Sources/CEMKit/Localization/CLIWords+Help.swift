// Words of the generated help and of subcommands: headings, footers and usage errors.

extension CLIWords {
    public var argumentsHeading: String { language.pick(zh: "参数：", en: "Arguments:") }
    public var optionsHeading: String { language.pick(zh: "选项：", en: "Options:") }
    public var subcommandsHeading: String { language.pick(zh: "子命令：", en: "Subcommands:") }
    public var globalOptionsHeading: String { language.pick(zh: "所有命令通用的选项：", en: "Options for every command:") }

    public func subcommandFooter(_ command: String) -> String {
        language.pick(zh: "运行 `cem help \(command) 子命令` 查看子命令的选项。",
                      en: "Run `cem help \(command) SUBCOMMAND` for a subcommand's options.")
    }

    public func missingSubcommand(_ command: String, choices: [String]) -> String {
        language.pick(zh: "cem \(command)：缺少子命令；请用 \(choices.joined(separator: "、"))。",
                      en: "cem \(command): missing subcommand; use \(choices.joined(separator: ", ")).")
    }

    public func unknownSubcommand(_ command: String, _ name: String, suggestion: String?) -> String {
        language.pick(
            zh: "cem \(command)：未知子命令“\(name.inert)”。" + (suggestion.map { "是否想用“\($0)”？" } ?? "")
                + "运行 `cem help \(command)`。",
            en: "cem \(command): unknown subcommand '\(name.inert)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                + " Run `cem help \(command)`.")
    }
}

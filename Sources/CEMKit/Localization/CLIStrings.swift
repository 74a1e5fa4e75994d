// Words of the command line: help, usage errors and file messages, one table per language.

public protocol CLIStrings: Sendable {
    var helpIntro: String { get }
    var commandsHeading: String { get }
    var globalOptions: String { get }
    var helpFooter: String { get }
    func summary(_ command: String) -> String
    func details(_ command: String) -> String
    func unknownCommand(_ name: String, suggestion: String?) -> String
    func unknownOption(_ command: String, _ option: String, suggestion: String?) -> String
    func missingValue(_ option: String) -> String
    func unexpectedValue(_ option: String) -> String
    func badValue(_ option: String, _ value: String, allowed: String) -> String
    func missingArgument(_ what: String, usage: String) -> String
    func tooManyArguments(usage: String) -> String
    func noSuchFile(_ path: String) -> String
    func isDirectory(_ path: String) -> String
    func cannotRead(_ path: String, _ reason: String) -> String
    func cannotWrite(_ path: String, _ reason: String) -> String
    func alreadyExists(_ path: String) -> String
    func created(_ path: String, template: String, factors: Int) -> String
    func valid(_ path: String) -> String
    func notCanonical(_ path: String, line: Int) -> String
    func formatted(_ path: String) -> String
    func alreadyCanonical(_ path: String) -> String
    func problemCount(_ problems: Int, files: Int) -> String
}

public func cliStrings(_ language: Language) -> any CLIStrings {
    switch language {
    case .zh: return ChineseCLIStrings()
    case .en: return EnglishCLIStrings()
    }
}

public struct EnglishCLIStrings: CLIStrings {
    public init() {}
    public var helpIntro: String {
        "cem — Customer Experience Management gap analysis, the seven steps in one workbook."
    }
    public var commandsHeading: String { "Commands:" }
    public var globalOptions: String {
        """
        Options for every command:
          --lang zh|en   language of labels and messages (default: the workbook's, then LANG)
          --no-color     no colour (also when NO_COLOR is set or output is not a terminal)
          --help, -h     help for the command
          --version      print the version
        """
    }
    public var helpFooter: String { "Run `cem help COMMAND` for a command's options." }

    public func summary(_ command: String) -> String {
        switch command {
        case "show": return "the seven-step analysis in the terminal"
        case "report": return "the analysis as text or JSON"
        case "new": return "a new workbook from a template (retail, servqual)"
        case "validate": return "check workbooks; exit 1 with precise messages on any problem"
        case "fmt": return "rewrite workbooks in canonical form (--check: only report)"
        case "help": return "help for a command"
        default: return ""
        }
    }

    public func details(_ command: String) -> String {
        switch command {
        case "show":
            return """
              --step N            only step N (1–7)
              --cuts METHOD       IPA cut lines: mean (default), median, midpoint, or X,Y (experience,importance)
            """
        case "report":
            return """
              --format FORMAT     text (what `cem show` prints) or json (the analysis for other programs)
              -o, --output OUT    write to OUT (atomically) instead of standard output; `-` is standard output
              --cuts METHOD       IPA cut lines: mean (default), median, midpoint, or X,Y
            """
        case "new":
            return """
              --template T        retail (the six factors of the method, default) or servqual (five dimensions)
              --title TEXT        the workbook's title (default: the file name)
            Refuses to overwrite an existing file.
            """
        case "validate":
            return """
            Prints one line per problem: file:line:column path: what is wrong; how to fix it.
            Exit code 0 when every file is valid, 1 otherwise.
            """
        case "fmt":
            return """
              --check             change nothing; exit 1 naming each file that is not canonical
            """
        default: return ""
        }
    }

    public func unknownCommand(_ name: String, suggestion: String?) -> String {
        "cem: unknown command '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "") + " Run `cem --help` for the list."
    }
    public func unknownOption(_ command: String, _ option: String, suggestion: String?) -> String {
        "cem \(command): unknown option '\(option)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
            + " Run `cem help \(command)`."
    }
    public func missingValue(_ option: String) -> String { "cem: \(option) needs a value." }
    public func unexpectedValue(_ option: String) -> String { "cem: \(option) takes no value." }
    public func badValue(_ option: String, _ value: String, allowed: String) -> String {
        "cem: '\(value)' is not a valid value for \(option); use \(allowed)."
    }
    public func missingArgument(_ what: String, usage: String) -> String { "cem: missing \(what). Usage: \(usage)" }
    public func tooManyArguments(usage: String) -> String { "cem: too many arguments. Usage: \(usage)" }
    public func noSuchFile(_ path: String) -> String { "\(path): no such file; check the path, or create one with `cem new \(path)`" }
    public func isDirectory(_ path: String) -> String { "\(path): is a folder, not a workbook file" }
    public func cannotRead(_ path: String, _ reason: String) -> String { "\(path): cannot be read (\(reason))" }
    public func cannotWrite(_ path: String, _ reason: String) -> String { "\(path): cannot be written (\(reason)); nothing was changed" }
    public func alreadyExists(_ path: String) -> String {
        "\(path): already exists; cem new never overwrites. Choose another name, or remove the file first."
    }
    public func created(_ path: String, template: String, factors: Int) -> String {
        "Created \(path) from the \(template) template (\(factors) factors). See it with `cem show \(path)`."
    }
    public func valid(_ path: String) -> String { "\(path): ok" }
    public func notCanonical(_ path: String, line: Int) -> String {
        "\(path): not in canonical form (first difference on line \(line)); run `cem fmt \(path)`"
    }
    public func formatted(_ path: String) -> String { "\(path): rewritten in canonical form" }
    public func alreadyCanonical(_ path: String) -> String { "\(path): already canonical" }
    public func problemCount(_ problems: Int, files: Int) -> String {
        "\(problems) problem\(problems == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")"
    }
}

public struct ChineseCLIStrings: CLIStrings {
    public init() {}
    public var helpIntro: String { "cem — 客户体验管理（CEM）差距分析：七个步骤，一个工作簿。" }
    public var commandsHeading: String { "命令：" }
    public var globalOptions: String {
        """
        所有命令通用的选项：
          --lang zh|en   标签和提示的语言（默认取工作簿的语言，其次为 LANG）
          --no-color     不使用颜色（设置 NO_COLOR 或输出不是终端时亦然）
          --help, -h     命令的帮助
          --version      显示版本
        """
    }
    public var helpFooter: String { "运行 `cem help 命令` 查看该命令的选项。" }

    public func summary(_ command: String) -> String {
        switch command {
        case "show": return "在终端显示七个步骤的分析"
        case "report": return "以文本或 JSON 输出分析"
        case "new": return "用模板新建工作簿（retail、servqual）"
        case "validate": return "检查工作簿；有任何问题时给出准确提示并以 1 退出"
        case "fmt": return "把工作簿改写为规范格式（--check：只检查）"
        case "help": return "命令的帮助"
        default: return ""
        }
    }

    public func details(_ command: String) -> String {
        switch command {
        case "show":
            return """
              --step N            只显示第 N 步（1–7）
              --cuts METHOD       IPA 分界线：mean（平均值，默认）、median（中位数）、midpoint（量表中点）或 X,Y（体验,重要性）
            """
        case "report":
            return """
              --format FORMAT     text（即 `cem show` 的输出）或 json（供其他程序读取的分析）
              -o, --output OUT    写入 OUT（原子写入），不写标准输出；`-` 表示标准输出
              --cuts METHOD       IPA 分界线：mean、median、midpoint 或 X,Y
            """
        case "new":
            return """
              --template T        retail（方法的六个因素，默认）或 servqual（五个维度）
              --title TEXT        工作簿标题（默认为文件名）
            不会覆盖已有文件。
            """
        case "validate":
            return """
            每个问题一行：文件:行:列 路径：问题；改正方法。
            全部有效时退出码为 0，否则为 1。
            """
        case "fmt":
            return """
              --check             不做修改；列出每个不是规范格式的文件并以 1 退出
            """
        default: return ""
        }
    }

    public func unknownCommand(_ name: String, suggestion: String?) -> String {
        "cem：未知命令「\(name)」。" + (suggestion.map { "是否想用「\($0)」？" } ?? "") + "运行 `cem --help` 查看命令列表。"
    }
    public func unknownOption(_ command: String, _ option: String, suggestion: String?) -> String {
        "cem \(command)：未知选项「\(option)」。" + (suggestion.map { "是否想用「\($0)」？" } ?? "") + "运行 `cem help \(command)`。"
    }
    public func missingValue(_ option: String) -> String { "cem：\(option) 需要一个值。" }
    public func unexpectedValue(_ option: String) -> String { "cem：\(option) 不接受值。" }
    public func badValue(_ option: String, _ value: String, allowed: String) -> String {
        "cem：「\(value)」不是 \(option) 的有效值；请用 \(allowed)。"
    }
    public func missingArgument(_ what: String, usage: String) -> String { "cem：缺少\(what)。用法：\(usage)" }
    public func tooManyArguments(usage: String) -> String { "cem：参数过多。用法：\(usage)" }
    public func noSuchFile(_ path: String) -> String { "\(path)：文件不存在；请检查路径，或用 `cem new \(path)` 新建" }
    public func isDirectory(_ path: String) -> String { "\(path)：是文件夹，不是工作簿文件" }
    public func cannotRead(_ path: String, _ reason: String) -> String { "\(path)：无法读取（\(reason)）" }
    public func cannotWrite(_ path: String, _ reason: String) -> String { "\(path)：无法写入（\(reason)）；未做任何改动" }
    public func alreadyExists(_ path: String) -> String { "\(path)：文件已存在；cem new 不会覆盖。请换一个文件名，或先删除该文件。" }
    public func created(_ path: String, template: String, factors: Int) -> String {
        "已用 \(template) 模板新建 \(path)（\(factors) 个因素）。可用 `cem show \(path)` 查看。"
    }
    public func valid(_ path: String) -> String { "\(path)：有效" }
    public func notCanonical(_ path: String, line: Int) -> String {
        "\(path)：不是规范格式（第 \(line) 行起不同）；请运行 `cem fmt \(path)`"
    }
    public func formatted(_ path: String) -> String { "\(path)：已改写为规范格式" }
    public func alreadyCanonical(_ path: String) -> String { "\(path)：已是规范格式" }
    public func problemCount(_ problems: Int, files: Int) -> String { "\(files) 个文件中共有 \(problems) 个问题" }
}

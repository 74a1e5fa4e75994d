// The options several commands share, declared once: output, --force, --cuts, --format, and the globals.

import CEMKit

enum Shared {
    /// `-o, --output OUT`.
    static let output = Option<String?>(
        "--output", short: "-o", value: "OUT", completion: .anyFile,
        help: Localized(zh: "写入 OUT（原子写入）；`-` 或省略表示标准输出。不会写入工作簿或输入文件；已有的其他文件只在看来是同一命令同一格式的输出（前两行相同）时才替换，否则需加 --force",
                        en: "write to OUT (atomically); `-` or none is standard output. Never writes over a workbook or the input file; another existing file is replaced only when it looks like this command's output in the same format (the same first two lines), else add --force"))

    /// `--force`: replace an existing OUT that is not this command's earlier output.
    static let force = Flag(
        "--force",
        help: Localized(zh: "替换已有的 OUT，即使它看来不是本命令的输出（工作簿和输入文件始终拒绝）",
                        en: "replace an existing OUT even when it does not look like this command's output (a workbook or the input file is always refused)"))

    /// `--cuts METHOD`: the IPA cut lines.
    static let cuts = Option<IPACutMethod>(
        "--cuts", value: "METHOD", allowed: "mean, median, midpoint, X,Y",
        completion: .words(["mean", "median", "midpoint"]),
        help: Localized(zh: "IPA 分界线：mean（平均值，默认）、median（中位数）、midpoint（量表中点）或 X,Y（体验,重要性，有限的数）",
                        en: "IPA cut lines: mean (default), median, midpoint, or X,Y (experience,importance; finite numbers)"),
        default: .mean, parse: parseCuts)

    static func parseCuts(_ value: String) -> IPACutMethod? {
        switch value {
        case "mean": return .mean
        case "median": return .median
        case "midpoint": return .midpoint
        default:
            let parts = value.split(separator: ",", omittingEmptySubsequences: false)
                .map { finiteNumber(String($0).trimmingCharacters(in: " ")) }
            guard parts.count == 2, let x = parts[0], let y = parts[1] else { return nil }
            return .values(experience: x, importance: y)
        }
    }

    /// A number written in decimal: never `nan`, `inf` or a hexadecimal float.
    static func finiteNumber(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ "0123456789.-+eE".contains($0) }), let value = Double(text),
              value.isFinite else { return nil }
        return value
    }

    /// `--format F` with the formats a command offers; the first is the default.
    static func format(_ formats: [String], help: Localized) -> Option<String> {
        Option("--format", value: "FORMAT", choices: formats, help: help, default: formats[0],
               parse: { formats.contains($0) ? $0 : nil })
    }

    // The global options: accepted by every command, before or after its name.

    static let lang = Option<Language?>(
        "--lang", value: "zh|en", choices: ["zh", "en"],
        help: Localized(zh: "标签和提示的语言（默认取工作簿的语言，其次为 LANG）",
                        en: "language of labels and messages (default: the workbook's, then LANG)"),
        parsing: { Language(rawValue: $0) })
    static let noColor = Flag(
        "--no-color",
        help: Localized(zh: "不使用颜色（设置 NO_COLOR 或输出不是终端时亦然）",
                        en: "no colour (also when NO_COLOR is set or output is not a terminal)"))
    static let help = Flag("--help", short: "-h", help: Localized(zh: "命令的帮助", en: "help for the command"))
    static let version = Flag("--version", help: Localized(zh: "显示版本", en: "print the version"))

    static let globals: [OptionDeclaration] = [lang.declaration, noColor.declaration, help.declaration, version.declaration]
}

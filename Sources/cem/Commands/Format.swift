// `cem fmt`.

import CEMKit
import Foundation

enum FormatCommand {
    static let usage = "cem fmt [--check] FILE..."
    static let command = Command(
        name: "fmt", usage: usage,
        summary: Localized(zh: "把工作簿改写为规范格式（--check：只检查）", en: "rewrite workbooks in canonical form (--check: only report)"),
        details: Localized(
            zh: """
              --check             不做修改；列出每个不是规范格式的文件并以 1 退出
            无效的文件不会被改动。
            """,
            en: """
              --check             change nothing; exit 1 naming each file that is not canonical
            Invalid files are never touched.
            """),
        options: [OptionSpec("--check")], run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard !arguments.positionals.isEmpty else {
            context.err(context.cli.missingArgument("FILE", usage: usage))
            return ExitCode.usage
        }
        let check = arguments.has("--check")
        var failed = false
        for path in arguments.positionals {
            switch Files.load(path, context: context) {
            case .failed(let messages):
                messages.forEach(context.err)
                failed = true
            case .workbook(let workbook, let bytes):
                let canonical = WorkbookWriter.bytes(workbook)
                if canonical == bytes {
                    if !check { context.out(context.cli.alreadyCanonical(path)) }
                    continue
                }
                if check {
                    context.out(context.cli.notCanonical(path, line: firstDifferentLine(bytes, canonical)))
                    failed = true
                    continue
                }
                do {
                    try context.files.replace(path, with: canonical, expecting: bytes)
                    context.out(context.cli.formatted(path))
                } catch {
                    context.err(CLIWords(context.language(for: workbook)).cannotReplace(path, error.reason))
                    failed = true
                }
            }
        }
        return failed ? ExitCode.invalid : ExitCode.ok
    }

    /// The first line (1-based) where two texts differ.
    static func firstDifferentLine(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var line = 1
        for (x, y) in zip(a, b) {
            if x != y { return line }
            if x == 0x0A { line += 1 }
        }
        return line
    }
}

// `cem fmt`.

import CEMKit
import Foundation

enum FormatCommand {
    static let check = Flag("--check", help: Localized(zh: "不做修改；列出每个不是规范格式的文件并以 1 退出",
                                                       en: "change nothing; exit 1 naming each file that is not canonical"))

    static let command = CommandDeclaration(
        "fmt", summary: Localized(zh: "把工作簿改写为规范格式（--check：只检查）", en: "rewrite workbooks in canonical form (--check: only report)"),
        arguments: [.file("FILE", .oneOrMore)], options: [check.declaration],
        notes: Localized(zh: "无效的文件不会被改动。", en: "Invalid files are never touched."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let check = invocation[check]
        var failed = false
        for path in invocation.positionals {
            switch Files.load(path, context: context) {
            case .failed(let messages):
                messages.forEach(context.err)
                failed = true
            case .workbook(let workbook, let bytes):
                let canonical = WorkbookWriter.bytes(workbook)
                if canonical == bytes {
                    if !check { context.out(context.cli.alreadyCanonical(path.inert)) }
                    continue
                }
                if check {
                    context.out(context.cli.notCanonical(path.inert, line: firstDifferentLine(bytes, canonical)))
                    failed = true
                    continue
                }
                do {
                    try Files.write(canonical, to: path, expecting: bytes, context: context)
                    context.out(context.cli.formatted(path.inert))
                } catch {
                    failed = true
                }
            }
        }
        if failed { throw .invalid }
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

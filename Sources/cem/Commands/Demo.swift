// `cem demo`, and the offer of a bare `cem`: new workbook, open a file, or the demo.

import CEMKit
import Foundation

enum DemoCommand {
    static let command = CommandDeclaration(
        "demo", summary: Localized(zh: "引导式演示：从步骤 1 走一遍书中的案例（美苏电器）", en: "guided walk-through of the worked example (Meisu Electronics) from step 1"),
        notes: Localized(
            zh: "案例使用 --lang 或 LANG 指定的语言。只读：改动只保存在内存中，除非用 `save as FILE` 另存。",
            en: "The example is in the language of --lang or LANG. Read-only: changes stay in memory unless `save as FILE`."),
        run: { context, _ throws(ExitCode) in
            Platform.cleanUpOnSignals()
            var reader = context.lineReader(context.environment)
            let code = demo(context: context, reader: &reader)
            if code != 0 { throw ExitCode(code) }
        })

    static func demo(context: Context, reader: inout any LineReader) -> Int32 {
        let language = context.language()
        var session = Session(workbook: Samples.workedExample(language), mode: .demo, language: language,
                              width: context.width, color: context.color)
        session.today = context.today
        session.unicode = TerminalChart.isUTF8(environment: context.environment)
        return SessionCommandLine.drive(&session, context: context, reader: &reader)
    }

    /// `cem` with no command: offers a new workbook, a file to open, or the demo.
    static func offer(_ context: Context) -> Int32 {
        let t = sessionStrings(context.language())
        Platform.cleanUpOnSignals()
        var reader = context.lineReader(context.environment)
        Terminal.write(([t.offerHeading] + t.offerChoices).joined(separator: "\n") + "\n")
        while true {
            guard case .line(let raw) = reader.read(prompt: t.offerPrompt) else { return ExitCode.ok.code }
            let choice = Input.normalize(raw).lowercased()
            switch choice {
            case _ where choice.isEmpty || InputWords.leaveOfferWords.contains(choice): return ExitCode.ok.code
            case _ where InputWords.newWords.contains(choice) || InputWords.openWords.contains(choice):
                let creating = InputWords.newWords.contains(choice)
                guard case .line(let name) = reader.read(prompt: creating ? t.newFilePrompt : t.openFilePrompt) else { return ExitCode.ok.code }
                var path = name.trimmingCharacters(in: " ")
                if path.isEmpty { continue }
                // A new workbook is a `.cem.json` file: added when the name lacks it.
                if creating && !path.hasSuffix(".cem.json") { path += path.hasSuffix(".json") ? "" : ".cem.json" }
                if !creating && !FileManager.default.fileExists(atPath: path) {
                    context.err(context.cli.noSuchFile(path))
                    continue
                }
                if creating && FileManager.default.fileExists(atPath: path) {
                    context.err(context.cli.alreadyExists(path))
                    continue
                }
                if creating {
                    let words = SessionWords(context.language())
                    let separator = context.language().pick(zh: "、", en: ", ")
                    Terminal.write(words.templateList(Template.allCases.map { ($0.rawValue, $0.factorNames(context.language()).joined(separator: separator)) })
                        .map { DisplayWidth.truncate($0, to: context.width) }.joined(separator: "\n") + "\n")
                    var template: Template?
                    while template == nil {
                        guard case .line(let raw) = reader.read(prompt: words.templatePrompt) else { return ExitCode.ok.code }
                        let answer = Input.normalize(raw).lowercased().trimmingCharacters(in: " ")
                        if answer.isEmpty { template = .retail; break }
                        template = Int(answer).flatMap { Template.allCases.indices.contains($0 - 1) ? Template.allCases[$0 - 1] : nil }
                            ?? Template(rawValue: answer)
                        if template == nil { Terminal.write(words.templateRefused(raw.inert, count: Template.allCases.count) + "\n") }
                    }
                    var session = Session.creating(path: path, language: context.language(), width: context.width,
                                                   color: context.color, template: template ?? .retail)
                    session.today = context.today
                    session.unicode = TerminalChart.isUTF8(environment: context.environment)
                    return SessionCommandLine.drive(&session, context: context, reader: &reader)
                }
                return SessionCommandLine.open(path, context: context, reader: &reader)
            case _ where InputWords.demoWords.contains(choice):
                return demo(context: context, reader: &reader)
            default:
                Terminal.write(t.offerRefused(raw) + "\n")
            }
        }
    }
}

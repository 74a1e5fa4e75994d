// Walks every command declaration: what a command accepts is in its help in both languages, nothing in
// help is refused, usage lines are generated (never typed), and help fits the terminal's width.

import CEMKit
import Foundation
import Testing
@testable import cem

@Suite struct DeclarationTests {
    static var leaves: [(path: [String], command: CommandDeclaration)] { Help.leaves(CLI.commands) }

    @Test(arguments: Language.allCases)
    func everyOptionIsInHelpAndNothingInHelpIsRefused(language: Language) throws {
        for (path, command) in Self.leaves {
            let help = try Cem.call(["help"] + path + ["--lang", language.rawValue])
            #expect(help.status == 0)
            let declared = command.forms.compactMap(\.option) + command.options
            for option in declared + Shared.globals {
                #expect(help.stdout.contains("  " + option.helpLabel + " ") || help.stdout.contains("  " + option.helpLabel + "\n"),
                        "\(path): \(option.name) in help (\(language))")
                #expect(!option.help(language).isEmpty)
            }
            // Every option word in the usage line and the option list is one the parser accepts, with every
            // value the usage offers.
            let specs = (declared + Shared.globals).map(\.spec)
            let usage = help.stdout.components(separatedBy: "\n\n")[0]
            let listed = help.stdout.split(separator: "\n").filter { $0.hasPrefix("  -") }.map { String($0.dropFirst(2)) }
            for word in (usage + " " + listed.joined(separator: " ")).split(whereSeparator: { " []()|,".contains($0) })
            where word.hasPrefix("-") && word.count > 1 {
                let name = String(word)
                let spec = try #require(specs.first { $0.name == name || $0.short == name }, "\(path): \(name) is in help but not accepted")
                let arguments = spec.takesValue ? [name, "1"] : [name]
                #expect(throws: Never.self) { try ArgumentParser.parse(arguments, options: specs) }
            }
            for option in declared {
                for choice in option.choices { #expect(option.accepts(choice), "\(path): \(option.name) \(choice)") }
                #expect(usage.contains(option.usageText), "\(path): \(option.usageText) in the usage line")
            }
        }
    }

    @Test func usageLinesAreGeneratedNeverTyped() throws {
        let sources = Cem.root.appendingPathComponent("Sources/cem")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 10)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("static let usage = \""), "\(file) types a usage line")
            #expect(!text.contains("arguments.value(\""), "\(file) reads an option by its name")
        }
        // The options shared by several commands are the same declaration everywhere.
        let cuts = Self.leaves.compactMap { $0.command.options.first { $0.name == "--cuts" } }
        #expect(cuts.count == 5)
        #expect(Set(cuts.map { $0.help(.en) }).count == 1)
        #expect(try Cem.call(["help", "chart"]).stdout.contains("[--cuts METHOD]"))
        #expect(try Cem.call(["help", "compare"]).stdout.contains("[--cuts METHOD]"))
        #expect(try Cem.call(["help", "diff"]).stdout.hasPrefix("cem diff (OLD NEW | --git REV FILE) [--format text|json] [--cuts METHOD]\n"))
        #expect(try Cem.call(["help", "report"]).stdout.hasPrefix("cem report FILE [--format text|markdown|html|json|csv|slide] [-o OUT]\n    [--cuts METHOD] [--quadrant experience|satisfaction] [--ipa-axes data|full]\n    [--survey SURVEY.csv] [--segments SURVEY.csv] [--by COLUMN] [--force]\n"))
    }

    @Test(arguments: [50, 60, 80, 100])
    func helpFitsTheTerminalWidthAndBreaksOnlyBetweenWords(width: Int) throws {
        for language in Language.allCases {
            var pages = [["--help"]] + Self.leaves.map { ["help"] + $0.path } + [["help", "cycle"], ["help", "git"]]
            pages = pages.map { $0 + ["--lang", language.rawValue] }
            for page in pages {
                let narrow = try Cem.call(page, environment: ["COLUMNS": String(width)])
                let wide = try Cem.call(page, environment: ["COLUMNS": "10000"])
                #expect(narrow.status == 0)
                for line in narrow.stdout.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).contains(" ") {
                    #expect(DisplayWidth.of(String(line)) <= width, "\(page) at \(width): \(line)")
                }
                // Wrapping changes only where lines break: no word is cut, nothing is lost.
                #expect(narrow.stdout.filter { !$0.isWhitespace } == wide.stdout.filter { !$0.isWhitespace }, "\(page) at \(width)")
            }
        }
    }

    @Test func wrapBreaksAtSpacesAndBetweenChineseCharacters() {
        #expect(Wrap.lines("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(Wrap.lines("体验与期望（量表）、满意度", width: 10) == ["体验与期望", "（量表）、", "满意度"])
        #expect(Wrap.lines("用 `cem help 命令` 查看", width: 12) == ["用 `cem help", "命令` 查看"])
        #expect(Wrap.lines("averyveryverylongword x", width: 5) == ["averyveryverylongword", "x"])
    }
}

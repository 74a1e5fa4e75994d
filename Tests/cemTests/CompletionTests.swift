// Shell completion: the bash script run for real by bash (when it is installed); the zsh and fish
// scripts checked for their structure (and by `zsh -n` / `fish -n` when those are installed).

import Foundation
import Testing

@Suite struct CompletionTests {
    static let bashInstalled = FileManager.default.isExecutableFile(atPath: "/bin/bash") || FileManager.default.isExecutableFile(atPath: "/usr/bin/bash")

    /// What the bash completion offers for `words` (the last one being completed), run in `folder`.
    static func complete(_ words: [String], script: URL, in folder: URL) throws -> [String] {
        let array = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let program = "source '\(script.path)'; COMP_WORDS=(\(array)); COMP_CWORD=\(words.count - 1); _cem; printf '%s\\n' \"${COMPREPLY[@]}\""
        let run = try Tool.run("bash", ["--norc", "--noprofile", "-c", program], in: folder)
        #expect(run.status == 0, "\(words): \(run.stderr)")
        return run.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test(.enabled(if: bashInstalled)) func bashCompletesCommandsOptionsValuesAndWorkbooks() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try Cem.call(["completion", "bash"])
        #expect(generated.status == 0)
        let script = folder.appendingPathComponent("cem.bash")
        try Data(generated.stdout.utf8).write(to: script)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["a.cem.json", "b.cem.json", "notes.txt", "survey.csv"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        let cases: [([String], [String])] = [
            (["cem", "rep"], ["report"]),
            (["cem", "c"], ["chart", "compare", "completion", "cycle"]),
            (["cem", "report", "a.cem.json", "--f"], ["--force", "--format"]),
            (["cem", "report", "a.cem.json", "--format", ""], ["csv", "html", "json", "markdown", "slide", "text"]),
            (["cem", "compare", "a.cem.json", "--format", ""], ["json", "markdown", "text"]),
            (["cem", "chart", "a.cem.json", "--kind", ""], ["expectation", "gaps", "ipa", "kpis", "summary", "trend", "weighted"]),
            (["cem", "new", "x.cem.json", "--template", ""], ["bank", "hospital-outpatient", "hotel", "insurer-hotline", "public-service-window", "restaurant", "retail", "servqual"]),
            (["cem", "--lang", ""], ["en", "zh"]),
            (["cem", "show", "a.cem.json", "--lang", "z"], ["zh"]),
            (["cem", "show", "a.cem.json", "--cuts", "m"], ["mean", "median", "midpoint"]),
            (["cem", "cycle", ""], ["close"]),
            (["cem", "git", ""], ["setup"]),
            (["cem", "cycle", "close", "--"], ["--force", "--help", "--lang", "--no-color", "--on", "--version"]),
            (["cem", "show", ""], ["a.cem.json", "b.cem.json", "sub"]),
            (["cem", "cycle", "close", "a"], ["a.cem.json"]),
            (["cem", "import", ""], ["sub", "survey.csv"]),
            (["cem", "import", "survey.csv", "--into", ""], ["a.cem.json", "b.cem.json", "sub"]),
            (["cem", "completion", ""], ["bash", "fish", "zsh"]),
            (["cem", "help", "s"], ["schema", "segments", "session", "show", "survey"]),
        ]
        for (words, expected) in cases {
            #expect(try Self.complete(words, script: script, in: folder) == expected, "\(words)")
        }
    }

    @Test func zshAndFishScriptsHaveTheirShape() throws {
        let zsh = try Cem.call(["completion", "zsh"]).stdout
        #expect(zsh.hasPrefix("#compdef cem\n"))
        #expect(zsh.contains("\n_cem() {\n"))
        #expect(zsh.contains("compdef _cem cem"))
        #expect(zsh.contains("                --kind) compadd -- 'expectation' 'weighted' 'ipa' 'gaps' 'kpis' 'trend' 'summary'; return ;;\n"))
        #expect(zsh.contains("_files -g '*.cem.json'"))
        #expect(zsh.contains("        'cycle close')\n"))
        let fish = try Cem.call(["completion", "fish", "--lang", "zh"]).stdout
        #expect(fish.contains("\nfunction __cem_command\n"))
        #expect(fish.contains("complete -c cem -n '__cem_is \\'\\'' -a 'show' -d '在终端显示七个步骤的分析'\n"))
        #expect(fish.contains("complete -c cem -n '__cem_is cycle' -a 'close'"))
        #expect(fish.contains("complete -c cem -n '__cem_is \\'report\\'' -l format -x -a 'text markdown html json csv slide'"))
        #expect(fish.contains("(__fish_complete_suffix .cem.json)"))
        // Balanced blocks: every function, if, for and switch ends.
        let fishOpeners = fish.split(separator: "\n").filter { line in
            ["function ", "if ", "for ", "switch "].contains { line.trimmingCharacters(in: .whitespaces).hasPrefix($0) }
        }.count
        #expect(fishOpeners == fish.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces) == "end" }.count)
        for (shell, text) in [("zsh", zsh), ("fish", fish)] {
            let folder = try Cem.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("cem." + shell)
            try Data(text.utf8).write(to: file)
            let check = try Tool.run(shell, ["-n", file.path], in: folder)
            #expect(check.status == 0 || check.status == 127, "\(shell) -n: \(check.stderr)")
        }
        let bad = try Cem.call(["completion", "tcsh"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "cem: 'tcsh' is not a valid value for SHELL; use bash, zsh, fish.\n")
    }
}

import Foundation
import Testing

@Suite struct TeamGitTests {
    @Test func setupMakesGitDiffShowTheAnalysis() throws {
        let repo = try Tool.repository()
        defer { try? FileManager.default.removeItem(at: repo) }
        let file = repo.appendingPathComponent("meisu.cem.json")
        try Tool.write(try Tool.sample("meisu.en.cem.json"), to: file)
        try Tool.write("*.png binary", to: repo.appendingPathComponent(".gitattributes"))

        let setup = try Cem.run(["git", "setup"], in: repo)
        #expect(setup.status == 0)
        #expect(setup.stdout.hasPrefix("Added '*.cem.json diff=cem merge=cem' to .gitattributes.\nSet in the repository's git config: diff.cem.textconv = "))
        let attributes = String(decoding: try Data(contentsOf: repo.appendingPathComponent(".gitattributes")), as: UTF8.self)
        #expect(attributes == "*.png binary\n*.cem.json diff=cem merge=cem\n")
        let textconv = try Tool.git(["config", "diff.cem.textconv"], in: repo)
        #expect(textconv.hasSuffix("/cem show --plain --\n"))

        // Twice is harmless.
        let again = try Cem.run(["git", "setup", "--lang", "zh"], in: repo)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix(".gitattributes 中已有“*.cem.json diff=cem merge=cem”。"))
        #expect(String(decoding: try Data(contentsOf: repo.appendingPathComponent(".gitattributes")), as: UTF8.self) == attributes)

        try Tool.git(["add", "-A"], in: repo)
        try Tool.git(["commit", "-q", "-m", "cycle 1"], in: repo)
        try Tool.write(try TeamDiffTests.improved(), to: file)
        let diff = try Tool.git(["diff", "--no-color", "--", "meisu.cem.json"], in: repo)
        #expect(diff.contains("@@ -27,22 +27,22 @@ Step 2 · Understand current experience and expectations\n"))
        #expect(diff.contains("-  Convenience            5            7            −2           9\n+  Convenience            8            7             1           9\n"))
        #expect(diff.contains("\n-Key experiences: Convenience (−18), Product (−6)\n"))
        #expect(diff.contains("\n+Key experiences: Product (−6)\n"))
    }

    @Test func plainShowsInvalidFilesAsTheyAre() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "<<<<<<< HEAD\n{}\n=======\n[]\n>>>>>>> other\n"
        try Tool.write(text, to: folder.appendingPathComponent("x.cem.json"))
        let run = try Cem.run(["show", "--plain", "x.cem.json"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == text)
        #expect(run.stderr.hasPrefix("x.cem.json:1:1: the file has git merge-conflict markers"))
        // --plain never cuts a table to the terminal's width, and never colours.
        let wide = try Cem.run(["show", "--plain", "workbooks/meisu.en.cem.json", "--step", "5"], environment: ["COLUMNS": "40"])
        #expect(wide.stdout.contains("  R1    Open more shops on Sai Yeung Choi Street  Convenience"))
        #expect(!wide.stdout.contains("\u{1B}["))
    }

    @Test func outsideARepository() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.run(["git", "setup"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("is not inside a git repository"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".gitattributes").path))
        #expect(try Cem.run(["git", "init"], in: folder).status == 2)
    }

    @Test func conflictMarkersNameBothSides() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Tool.sample("meisu.zh.cem.json").replacing(
            "      \"experience\": 5,\n",
            with: "<<<<<<< HEAD\n      \"experience\": 6,\n=======\n      \"experience\": 7,\n>>>>>>> 调查-2026\n", maxReplacements: 1)
        try Tool.write(text, to: folder.appendingPathComponent("c.cem.json"))
        let run = try Cem.run(["validate", "c.cem.json", "--lang", "zh"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.hasSuffix("\n  冲突于 便利性（convenience） 体验：HEAD 为 6，调查-2026 为 7\n"))
        #expect(run.stderr == "1 个文件中共有 1 个问题\n")
    }
}

import Foundation
import Testing

@Suite struct TeamDiffTests {
    /// The English worked example with convenience's experience raised from 5 to 8.
    static func improved() throws -> String {
        try Tool.sample("meisu.en.cem.json").replacing("\"experience\": 5,", with: "\"experience\": 8,", maxReplacements: 1)
    }

    @Test func exitCodesAsDiff() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Tool.write(try Tool.sample("meisu.en.cem.json"), to: folder.appendingPathComponent("old.cem.json"))
        try Tool.write(try Self.improved(), to: folder.appendingPathComponent("new.cem.json"))
        // The same inputs written differently (not canonical) are equivalent.
        let compact = try Tool.sample("meisu.en.cem.json").replacing("\n", with: "").replacing("  ", with: "")
        try Tool.write(compact, to: folder.appendingPathComponent("compact.cem.json"))

        let same = try Cem.call(["diff", "old.cem.json", "compact.cem.json"], in: folder)
        #expect(same.status == 0)
        #expect(same.stdout == "The two workbooks are equivalent.\n")

        let changed = try Cem.call(["diff", "old.cem.json", "new.cem.json"], in: folder)
        #expect(changed.status == 1)
        #expect(changed.stdout == """
        old.cem.json → new.cem.json

        Scores
          Convenience (convenience): experience 5 → 8 ↑ +3; satisfaction −2 → 1 ↑ +3, weighted satisfaction −18 → 9 ↑ +27, gap −5 → −2 ↑ +3

        Conclusions
          key experiences: Convenience, Product → Product
          mean satisfaction: −0.5 → 0 ↑ +0.5
          weighted satisfaction index: −0.67 → 0.08 ↑ +0.75

        Requirements
          R1 priority: 45 → 18 ↓ −27
          R3 priority: 45 → 18 ↓ −27

        6 differences

        """)

        let json = try Cem.call(["diff", "old.cem.json", "new.cem.json", "--format", "json"], in: folder)
        #expect(json.status == 1)
        #expect(json.stdout.hasPrefix("{\n  \"old\": \"old.cem.json\",\n  \"new\": \"new.cem.json\",\n  \"equivalent\": false,\n"))
        #expect(json.stdout.contains("\"field\": \"keyExperiences\",\n      \"from\": [\"convenience\", \"product\"],\n      \"to\": [\"product\"],"))

        // Trouble is 2, as with diff: a missing file, an invalid one, a usage error.
        let missing = try Cem.call(["diff", "old.cem.json", "nowhere.cem.json"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere.cem.json: no such file"))
        try Tool.write("{\"format\": \"cem-workbook\"}", to: folder.appendingPathComponent("bad.cem.json"))
        #expect(try Cem.call(["diff", "old.cem.json", "bad.cem.json"], in: folder).status == 2)
        #expect(try Cem.call(["diff", "old.cem.json"], in: folder).status == 2)
        #expect(try Cem.call(["diff", "old.cem.json", "new.cem.json", "--format", "xml"], in: folder).status == 2)
    }

    @Test func againstAGitRevision() throws {
        let repo = try Tool.repository()
        defer { try? FileManager.default.removeItem(at: repo) }
        let file = repo.appendingPathComponent("cem/meisu.cem.json")
        try Tool.write(try Tool.sample("meisu.en.cem.json"), to: file)
        try Tool.git(["add", "-A"], in: repo)
        try Tool.git(["commit", "-q", "-m", "cycle 1 as the book has it"], in: repo)
        try Tool.write(try Self.improved(), to: file)
        try Tool.write(try Tool.sample("meisu.zh.cem.json"), to: repo.appendingPathComponent("cem/later.cem.json"))
        try Tool.git(["add", "-A"], in: repo)
        try Tool.git(["commit", "-q", "-m", "more shops: convenience 8"], in: repo)

        // From the root and from the sub-folder, the path at the revision is relative to the repository's root.
        let fromRoot = try Cem.call(["diff", "--git", "HEAD~1", "cem/meisu.cem.json"], in: repo)
        #expect(fromRoot.status == 1)
        #expect(fromRoot.stdout.hasPrefix("HEAD~1:cem/meisu.cem.json → cem/meisu.cem.json\n\nScores\n  Convenience (convenience): experience 5 → 8 ↑ +3;"))
        let fromFolder = try Cem.call(["diff", "--git", "HEAD~1", "meisu.cem.json", "--format", "json"], in: repo.appendingPathComponent("cem"))
        #expect(fromFolder.status == 1)
        #expect(fromFolder.stdout.hasPrefix("{\n  \"old\": \"HEAD~1:cem/meisu.cem.json\",\n  \"new\": \"meisu.cem.json\",\n"))

        let same = try Cem.call(["diff", "--git", "HEAD", "cem/meisu.cem.json"], in: repo)
        #expect(same.status == 0)
        #expect(same.stdout == "The two workbooks are equivalent.\n")

        let unknown = try Cem.call(["diff", "--git", "no-such-branch", "cem/meisu.cem.json"], in: repo)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "unknown revision 'no-such-branch'; use a commit, branch or tag that exists (see `git log --oneline`)\n")

        let notYet = try Cem.call(["diff", "--git", "HEAD~1", "cem/later.cem.json", "--lang", "en"], in: repo)
        #expect(notYet.status == 2)
        #expect(notYet.stderr == "cem/later.cem.json does not exist at HEAD~1; it may have been added later (see `git log --oneline -- cem/later.cem.json`)\n")

        let outside = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        try Tool.write(try Tool.sample("meisu.zh.cem.json"), to: outside.appendingPathComponent("w.cem.json"))
        let notRepo = try Cem.call(["diff", "--git", "HEAD", "w.cem.json"], in: outside)
        #expect(notRepo.status == 2)
        #expect(notRepo.stderr == "w.cem.json 不在 git 仓库中；请在仓库内运行 cem diff --git，或用 `cem diff 旧文件 新文件` 比较两个文件\n")
    }
}

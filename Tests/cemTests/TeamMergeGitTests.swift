// End to end in a temporary git repository: `cem git setup --hooks`, two branches changing different
// fields of one factor merge by themselves; a true conflict is finished with `cem resolve --theirs`.

import Foundation
import Testing

@Suite struct TeamMergeGitTests {
    /// A repository set up with `cem git setup --hooks` and the English worked example committed on main.
    static func setUp() throws -> (repo: URL, file: URL) {
        let repo = try Tool.repository()
        try Tool.git(["checkout", "-q", "-b", "main"], in: repo)
        let file = repo.appendingPathComponent("meisu.cem.json")
        try Tool.write(try Tool.sample("meisu.en.cem.json"), to: file)
        let setup = try Cem.run(["git", "setup", "--hooks"], in: repo)
        try #require(setup.status == 0, "\(setup.stderr)")
        try Tool.git(["add", "-A"], in: repo)
        try Tool.git(["commit", "-q", "-m", "cycle 1"], in: repo)
        return (repo, file)
    }

    /// The file with Convenience's `field` set to `value`, committed with `message`.
    static func set(_ field: String, of factor: String = "convenience", to value: String, in file: URL, repo: URL, message: String) throws {
        var text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        let start = try #require(text.range(of: "\"id\": \"\(factor)\""))
        let line = try #require(text.range(of: "\"\(field)\": ", range: start.upperBound..<text.endIndex))
        let end = try #require(text.range(of: ",", range: line.upperBound..<text.endIndex))
        text.replaceSubrange(line.upperBound..<end.lowerBound, with: value)
        try Tool.write(text, to: file)
        try Tool.git(["commit", "-q", "-a", "-m", message], in: repo)
    }

    static func text(_ file: URL) throws -> String { String(decoding: try Data(contentsOf: file), as: UTF8.self) }

    @Test func differentFieldsOfOneFactorMergeWithoutConflict() throws {
        let (repo, file) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: repo) }
        try Tool.git(["checkout", "-q", "-b", "alice"], in: repo)
        try Self.set("experience", to: "6", in: file, repo: repo, message: "alice: experience 6")
        try Tool.git(["checkout", "-q", "main"], in: repo)
        try Self.set("expectation", to: "8", in: file, repo: repo, message: "bob: expectation 8")

        let merge = try Tool.run("git", ["merge", "--no-edit", "alice"], in: repo, environment: ["LC_ALL": "C"])
        #expect(merge.status == 0, "\(merge.stdout)\(merge.stderr)")
        #expect(merge.stdout.contains("meisu.cem.json: merged by meaning (factor by factor, field by field), no conflict.\n"))
        let merged = try Self.text(file)
        #expect(merged.contains("      \"experience\": 6,\n      \"expectation\": 8,\n      \"importance\": 9,\n"))
        #expect(try Cem.run(["fmt", "--check", "meisu.cem.json"], in: repo).status == 0)
    }

    @Test func aTrueConflictIsResolvedWithTheirsAndCommitted() throws {
        let (repo, file) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: repo) }
        try Tool.git(["checkout", "-q", "-b", "alice"], in: repo)
        try Self.set("experience", to: "6", in: file, repo: repo, message: "alice: experience 6")
        try Tool.git(["checkout", "-q", "main"], in: repo)
        try Self.set("experience", to: "4", in: file, repo: repo, message: "bob: experience 4")
        try Self.set("importance", of: "price", to: "5", in: file, repo: repo, message: "bob: price importance 5")

        let merge = try Tool.run("git", ["merge", "--no-edit", "alice"], in: repo, environment: ["LC_ALL": "C"])
        #expect(merge.status != 0)
        #expect(merge.stdout.contains("""
            meisu.cem.json: 1 conflict: both sides changed the same value differently; the file holds both sides between conflict markers. \
            Choose with `cem resolve meisu.cem.json` (or edit the marked lines), then `git add meisu.cem.json`:
              Convenience experience: base 5, HEAD 4, alice 6 (weighted satisfaction −27 → −9; weighted gap −54 → −36)

            """))
        let conflicted = try Self.text(file)
        #expect(conflicted.contains("<<<<<<< HEAD\n      \"experience\": 4,\n||||||| base\n      \"experience\": 5,\n=======\n      \"experience\": 6,\n>>>>>>> alice\n"))
        let validate = try Cem.run(["validate", "meisu.cem.json"], in: repo)
        #expect(validate.status == 1)
        #expect(validate.stdout.hasSuffix("\n  conflict at Convenience (convenience) experience: HEAD has 4, alice has 6\n"))

        let resolve = try Cem.run(["resolve", "--theirs", "meisu.cem.json"], in: repo)
        #expect(resolve.status == 0)
        #expect(resolve.stdout == "Resolved 1 conflict; wrote meisu.cem.json in canonical form.\nNext: git add meisu.cem.json\n")
        let resolved = try Self.text(file)
        #expect(resolved.contains("      \"experience\": 6,\n      \"expectation\": 7,\n"))
        #expect(resolved.contains("\"id\": \"price\",\n      \"name\": \"Price\",\n      \"description\": \"Price level and price transparency\",\n      \"brandValue\": 9,\n      \"experience\": 7,\n      \"expectation\": 7,\n      \"importance\": 5,\n"))
        try Tool.git(["add", "meisu.cem.json"], in: repo)
        let commit = try Tool.run("git", ["commit", "-q", "--no-edit"], in: repo, environment: ["LC_ALL": "C"])
        #expect(commit.status == 0, "\(commit.stderr)")
        #expect(try Tool.git(["status", "--porcelain"], in: repo) == "")
    }

    @Test func theHookRefusesInvalidAndNonCanonicalWorkbooks() throws {
        let (repo, file) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: repo) }
        let text = try Self.text(file)
        try Tool.write(text.replacing("\"cycle\": 1,", with: "\"cycle\":   1,"), to: file)
        try Tool.git(["add", "-A"], in: repo)
        let refused = try Tool.run("git", ["commit", "-q", "-m", "spaces"], in: repo, environment: ["LC_ALL": "C"])
        #expect(refused.status == 1)
        // git shows a hook's standard output on its standard error.
        #expect(refused.stderr.hasPrefix("meisu.cem.json: not in canonical form (first difference on line 6); run `cem fmt meisu.cem.json`\n"))
        #expect(refused.stderr.hasSuffix("cem pre-commit hook: commit refused. Fix the workbooks above (`cem fmt FILE` rewrites one in canonical form), git add them and commit again; git commit --no-verify skips this check.\n"))

        // The staged version is checked, not the work tree's.
        try Tool.write(text.replacing("\"cycle\": 1,", with: "\"cycle\": 0,"), to: file)
        try Tool.git(["add", "-A"], in: repo)
        try Tool.write(text, to: file)
        let invalid = try Tool.run("git", ["commit", "-q", "-m", "cycle 0"], in: repo, environment: ["LC_ALL": "C"])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.hasPrefix("meisu.cem.json:6:12 cycle: 0 is not a whole number of 1 or more; use a whole number such as 1\n1 problem in 1 file\n"))
        try Tool.git(["add", "-A"], in: repo)
        #expect(try Tool.run("git", ["commit", "-q", "-m", "fine"], in: repo).status == 1)  // nothing to commit: the same as HEAD
    }

    @Test func setupAgainUpgradesAndKeepsAForeignHook() throws {
        let repo = try Tool.repository()
        defer { try? FileManager.default.removeItem(at: repo) }
        try Tool.write("*.png binary\n*.cem.json diff=cem\n", to: repo.appendingPathComponent(".gitattributes"))
        let setup = try Cem.run(["git", "setup", "--hooks"], in: repo)
        #expect(setup.status == 0)
        #expect(try Self.text(repo.appendingPathComponent(".gitattributes")) == "*.png binary\n*.cem.json diff=cem merge=cem\n")
        #expect(try Tool.git(["config", "merge.cem.driver"], in: repo).hasSuffix("/cem merge-file %O %A %B %P\n"))
        #expect(setup.stdout.hasSuffix("\nInstalled the pre-commit hook .git/hooks/pre-commit: before a commit, staged workbooks must pass `cem validate` and `cem fmt --check`.\n"))
        let hook = repo.appendingPathComponent(".git/hooks/pre-commit")
        let mode = try FileManager.default.attributesOfItem(atPath: hook.path)[.posixPermissions] as? Int
        #expect(mode == 0o755)
        #expect(try Cem.run(["git", "setup", "--hooks"], in: repo).status == 0)

        try Tool.write("#!/bin/sh\nexit 0\n", to: hook)
        let refused = try Cem.run(["git", "setup", "--hooks", "--lang", "zh"], in: repo)
        #expect(refused.status == 1)
        #expect(refused.stderr == ".git/hooks/pre-commit 已存在且不是 cem 安装的，未做改动。请把 README“git 中的检查”一节的两条命令加到其中，或把它移走后再运行。\n")
        #expect(try Self.text(hook) == "#!/bin/sh\nexit 0\n")
    }
}

// `cem merge-file` and `cem resolve` in process: outputs, exit codes, scripted answers, and files
// left untouched when nothing can be decided.

import Foundation
import Testing

@Suite struct TeamMergeCommandTests {
    /// A folder with base.cem.json (the worked example), ours and theirs: Convenience's experience set to each value.
    static func folder(ours: String, theirs: String) throws -> URL {
        let folder = try Cem.temporaryFolder()
        let base = try Tool.sample("meisu.en.cem.json")
        try Tool.write(base, to: folder.appendingPathComponent("base.cem.json"))
        try Tool.write(base.replacing("\"experience\": 5,", with: "\"experience\": \(ours),"), to: folder.appendingPathComponent("ours.cem.json"))
        try Tool.write(base.replacing("\"experience\": 5,", with: "\"experience\": \(theirs),"), to: folder.appendingPathComponent("theirs.cem.json"))
        return folder
    }

    static func text(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    @Test func mergeFileWritesTheMergeIntoOurs() throws {
        let folder = try Self.folder(ours: "5", theirs: "6")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.call(["merge-file", "base.cem.json", "ours.cem.json", "theirs.cem.json", "meisu.cem.json"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "meisu.cem.json: merged by meaning (factor by factor, field by field), no conflict.\n")
        #expect(try Self.text(folder, "ours.cem.json") == Self.text(folder, "theirs.cem.json"))
    }

    @Test func mergeFileListsConflictsInTheMethodsTerms() throws {
        let folder = try Self.folder(ours: "7", theirs: "6")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.call(["merge-file", "base.cem.json", "ours.cem.json", "theirs.cem.json", "--lang", "zh"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout == """
            ours.cem.json：双方对同一个值做了不同的修改，共 1 处冲突；文件中冲突标记之间是双方各自的完整内容。请用 `cem resolve ours.cem.json` 逐个选择（或手动编辑标记处），然后 `git add ours.cem.json`：
              Convenience 体验：base 5，ours 7，theirs 6（加权满意度 0 → −9；加权差距 −27 → −36；关键体验 Product（−6） → Convenience（−9）、Product（−6））

            """)
        #expect(try Self.text(folder, "ours.cem.json").contains("<<<<<<< ours\n      \"experience\": 7,\n||||||| base\n      \"experience\": 5,\n=======\n      \"experience\": 6,\n>>>>>>> theirs\n"))
    }

    @Test func mergeFileWithAMissingSideChangesNothing() throws {
        let folder = try Self.folder(ours: "7", theirs: "6")
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.text(folder, "ours.cem.json")
        let run = try Cem.call(["merge-file", "base.cem.json", "ours.cem.json", "gone.cem.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "gone.cem.json: no such file; check the path, or create one with `cem new gone.cem.json`\n")
        #expect(try Self.text(folder, "ours.cem.json") == before)
    }

    /// ours.cem.json after a conflicting merge-file.
    static func conflicted() throws -> URL {
        let folder = try Self.folder(ours: "7", theirs: "6")
        _ = try Cem.call(["merge-file", "base.cem.json", "ours.cem.json", "theirs.cem.json"], in: folder)
        return folder
    }

    @Test func resolveAsksOneConflictAtATime() throws {
        let folder = try Self.conflicted()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.call(["resolve", "ours.cem.json"], stdin: "9\n", in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == """
            Conflict 1 of 1: Convenience experience
              o  ours: 7 — key experiences: Product (−6)
              t  theirs: 6 — key experiences: Convenience (−9), Product (−6)
              b  base: 5 — key experiences: Convenience (−18), Product (−6)
            Choose o, t, b, or type a new value:
            Resolved 1 conflict; wrote ours.cem.json in canonical form.
            Next: git add ours.cem.json

            """)
        #expect(try Self.text(folder, "ours.cem.json") == Self.text(folder, "base.cem.json").replacing("\"experience\": 5,", with: "\"experience\": 9,"))
    }

    @Test func aRefusedAnswerInAScriptWritesNothing() throws {
        let folder = try Self.conflicted()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.text(folder, "ours.cem.json")
        let run = try Cem.call(["resolve", "ours.cem.json"], stdin: "maybe\n", in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == """
            'maybe' is not a choice nor a value for this field; type o (ours), t (theirs) or b (base), or a new value (a number, or - for none).
            Input ended: nothing was written; the conflicts remain.

            """)
        #expect(try Self.text(folder, "ours.cem.json") == before)
        // A value outside the scale makes no valid workbook: nothing written either.
        let outside = try Cem.call(["resolve", "ours.cem.json"], stdin: "11\n", in: folder)
        #expect(outside.status == 1)
        #expect(outside.stderr.hasPrefix("ours.cem.json: the chosen values do not make a valid workbook; nothing was written:\nours.cem.json:"))
        #expect(try Self.text(folder, "ours.cem.json") == before)
        // Ending the input early writes nothing.
        #expect(try Cem.call(["resolve", "ours.cem.json"], in: folder).status == 1)
        #expect(try Self.text(folder, "ours.cem.json") == before)
    }

    @Test func resolveAllOursAndUsage() throws {
        let folder = try Self.conflicted()
        defer { try? FileManager.default.removeItem(at: folder) }
        let both = try Cem.call(["resolve", "--ours", "--theirs", "ours.cem.json"], in: folder)
        #expect(both.status == 2)
        #expect(both.stderr == "cem resolve: --ours and --theirs exclude each other; give one. Usage: cem resolve FILE [--ours] [--theirs]\n")
        let run = try Cem.call(["resolve", "--ours", "ours.cem.json"], in: folder)
        #expect(run.status == 0)
        #expect(try Self.text(folder, "ours.cem.json") == Self.text(folder, "base.cem.json").replacing("\"experience\": 5,", with: "\"experience\": 7,"))
        let again = try Cem.call(["resolve", "ours.cem.json"], in: folder)
        #expect(again.status == 0)
        #expect(again.stdout == "ours.cem.json: no conflict markers; nothing to resolve. `cem validate ours.cem.json` checks it.\n")
    }

    @Test func resolveInChineseAndRefusals() throws {
        let folder = try Self.conflicted()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.call(["resolve", "ours.cem.json", "--lang", "zh"], stdin: "对方\n", in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == """
            冲突 1/1：Convenience 体验
              o  ours：7 —— 关键体验：Product（−6）
              t  theirs：6 —— 关键体验：Convenience（−9）、Product（−6）
              b  base：5 —— 关键体验：Convenience（−18）、Product（−6）
            选择 o、t、b，或输入新值：
            已解决 1 处冲突，ours.cem.json 已按规范格式写入。
            下一步：git add ours.cem.json

            """)
        #expect(try Self.text(folder, "ours.cem.json") == Self.text(folder, "theirs.cem.json"))

        // Markers around something that is not JSON: nothing to decide by meaning; the file is left alone.
        let broken = "<<<<<<< HEAD\n{ \"a\": \n=======\n[\n>>>>>>> alice\n"
        try Tool.write(broken, to: folder.appendingPathComponent("broken.cem.json"))
        let refused = try Cem.call(["resolve", "--theirs", "broken.cem.json"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("broken.cem.json: has conflict markers, but a side is not JSON"))
        #expect(try Self.text(folder, "broken.cem.json") == broken)
        let missing = try Cem.call(["resolve", "gone.cem.json"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr == "gone.cem.json: no such file; check the path, or create one with `cem new gone.cem.json`\n")
    }
}

// A workbook that belongs to another user: the refusal says so and does not advise a chmod the user
// cannot run. Runs the built binary as `nobody` (needs root and runuser; reported skipped otherwise).
import Foundation
import Testing

@Suite struct AnotherUsersFileTests {
    /// Root, runuser, and `nobody` can run the built binary and reach the temporary folder (a clone under
    /// /root cannot be run by nobody: then the test is skipped, not failed).
    static let canRunAsNobody: Bool = {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return false }
        func asNobody(_ arguments: [String]) -> Bool {
            (try? Tool.run("/usr/sbin/runuser", ["-u", "nobody", "--"] + arguments, in: URL(fileURLWithPath: "/"))).map { $0.status == 0 } ?? false
        }
        return asNobody([Cem.binary.path, "--version"]) && asNobody(["/usr/bin/test", "-x", FileManager.default.temporaryDirectory.path])
    }()

    @Test(.enabled(if: canRunAsNobody, "needs root and runuser (to run cem as nobody)"))
    func aWorkbookOfAnotherUserIsRefusedWithoutChmodAdvice() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let workbook = folder.appendingPathComponent("w.cem.json")
        try FileManager.default.copyItem(at: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json"), to: workbook)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: workbook.path)
        try Data("experience.product,overall\n7,8\n9,6\n".utf8).write(to: folder.appendingPathComponent("s.csv"))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent("s.csv").path)
        let before = try Data(contentsOf: workbook)
        let run = try Tool.run("/usr/sbin/runuser", ["-u", "nobody", "--", Cem.binary.path, "import", "s.csv", "--into", "w.cem.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "w.cem.json belongs to another user who has not let you write it; nothing was written. Write elsewhere, or ask its owner for write access.\n")
        #expect(try Data(contentsOf: workbook) == before)
        // Its owner gets the chmod advice for a read-only file.
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: workbook.path)
        let owner = try Cem.call(["import", "s.csv", "--into", "w.cem.json"], in: folder)
        #expect(owner.status == 1)
        #expect(owner.stderr.contains("w.cem.json is read-only; nothing was written. Make it writable first (chmod u+w w.cem.json)"))
    }
}

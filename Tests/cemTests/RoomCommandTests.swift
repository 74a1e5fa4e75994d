// The workshop room from the command line: `cem new --list-templates`, industry templates, and
// `cem session FILE --present` / `--template` with the files the session writes beside the workbook.

import CEMKit
import Foundation
import Testing

@Suite struct RoomCommandTests {
    @Test func listTemplatesShowsEveryTemplateWithItsFactors() throws {
        let run = try Cem.call(["new", "--list-templates", "--lang", "en"])
        #expect(run.status == 0)
        let lines = run.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "Templates (cem new FILE --template NAME):")
        #expect(lines.contains("  hotel                  a hotel, from booking to check-out (7 factors)"))
        #expect(lines.contains("  public-service-window  a government service counter (public service hall) (7 factors)"))
        for template in Template.allCases { #expect(run.stdout.contains("  \(template.rawValue) ")) }
        let zh = try Cem.call(["new", "--list-templates", "--lang", "zh"])
        #expect(zh.stdout.contains("  public-service-window（政务服务窗口）  政务服务窗口（办事大厅）（7 个因素）"))
        #expect(zh.stdout.contains("一次办成、等候时间、办事指引"))
    }

    @Test(arguments: [Template.hotel, .restaurant, .bank, .insurerHotline, .hospitalOutpatient, .publicServiceWindow])
    func newFromAnIndustryTemplate(template: Template) throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.call(["new", "x.cem.json", "--template", template.rawValue, "--lang", "zh"], in: folder)
        #expect(run.status == 0)
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("x.cem.json")))
        #expect(bytes == WorkbookWriter.bytes(template.workbook(language: .zh, title: "x")))
        #expect(try Cem.call(["new", "y.cem.json", "--template", "hotels"], in: folder).status == 2)
    }

    /// A script with --present: the files land beside the workbook, the page ends saying the session ended.
    @Test func aScriptedSessionWithTheProjectorView() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(WorkbookWriter.bytes(Samples.workedExample(.en))).write(to: folder.appendingPathComponent("m.cem.json"))
        let run = try Cem.run(["session", "m.cem.json", "--present"], stdin: "report markdown\nchart kpis\nminutes\nquit\n", in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Wrote m.report.md."))
        #expect(run.stdout.contains("Wrote m.kpis.svg."))
        #expect(run.stdout.contains("Wrote m.minutes.md."))
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(names.isSuperset(of: ["m.report.md", "m.kpis.svg", "m.minutes.md", ".m.present.html"]))
        let page = try String(contentsOf: folder.appendingPathComponent(".m.present.html"), encoding: .utf8)
        #expect(page.contains("The session ended at "))
        // Again: the report exists, and a script never replaces it (exit code 1, the file as it was).
        let before = try Data(contentsOf: folder.appendingPathComponent("m.report.md"))
        let again = try Cem.run(["session", "m.cem.json"], stdin: "report markdown\nquit\n", in: folder)
        #expect(again.status == 1)
        #expect(again.stdout.contains("a script never replaces it"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("m.report.md")) == before)
    }

    /// The session's report and chart are the bytes `cem report` and `cem chart` write, in a folder too.
    @Test func theSameBytesAsTheCommands() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("acme"), withIntermediateDirectories: true)
        try Data(WorkbookWriter.bytes(Samples.workedExample(.zh))).write(to: folder.appendingPathComponent("acme/m.cem.json"))
        let date = ["SOURCE_DATE_EPOCH": "1790000000"]
        let run = try Cem.run(["session", "acme/m.cem.json"], stdin: "report html\nreport csv\nchart weighted\nquit\n", environment: date, in: folder)
        #expect(run.status == 0)
        for (file, arguments) in [("acme/m.report.html", ["report", "acme/m.cem.json", "--format", "html"]),
                                  ("acme/m.report.csv", ["report", "acme/m.cem.json", "--format", "csv"]),
                                  ("acme/m.weighted.svg", ["chart", "acme/m.cem.json", "--kind", "weighted"])] {
            let command = try Cem.run(arguments, environment: date, in: folder)
            // Bytes, not strings: the CSV starts with a byte-order mark that a string read would drop.
            #expect([UInt8](try Data(contentsOf: folder.appendingPathComponent(file))) == Array(command.stdout.utf8), "\(file)")
        }
    }

    /// A script creating a workbook is not asked the template: --template chooses it.
    @Test func sessionTemplateOption() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Cem.run(["session", "b.cem.json", "--template", "bank"], stdin: "Harbour Bank\nquit\n", in: folder)
        #expect(run.status == 0)
        let w = try WorkbookReader.read([UInt8](try Data(contentsOf: folder.appendingPathComponent("b.cem.json"))))
        #expect(w.title == "Harbour Bank")
        #expect(w.factors.first?.id == "branch")
    }
}

// Small defects a consultant meets on the command line, each pinned by the test that found it: the
// Chinese template list names each template, a signal still ends the projector view, and the slide's
// IPA axes follow --ipa-axes.

import CEMKit
import Foundation
import Testing

@Suite struct PolishCommandTests {
    /// In Chinese each template's id (what is typed) has its Chinese name beside it; English is unchanged.
    @Test func theChineseTemplateListNamesEachTemplate() throws {
        let zh = try Cem.call(["new", "--list-templates", "--lang", "zh"])
        #expect(zh.status == 0)
        let lines = zh.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "模板（cem new FILE --template 名称）：")
        #expect(lines[1] == "  retail（零售）                         零售商：方法的六个因素（书中案例）（6 个因素）")
        #expect(lines.contains("  hotel（酒店）                          酒店：从预订到退房（7 个因素）"))
        #expect(lines.contains("  public-service-window（政务服务窗口）  政务服务窗口（办事大厅）（7 个因素）"))
        let en = try Cem.call(["new", "--list-templates", "--lang", "en"])
        #expect(en.stdout.contains("\n  retail                 a retailer: the six factors of the method (the worked example) (6 factors)\n"))
        #expect(!en.stdout.contains("零售）"))
    }
}

@Suite struct SessionEndedBySignalTests {
    /// A session ended by a signal leaves a projector page that says it ended (as `quit` does), and
    /// still ends as the signal would have, with no temporary file left.
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func theProjectorPageSaysTheSessionEnded(signal: Int32) throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(WorkbookWriter.bytes(Samples.workedExample(.en))).write(to: folder.appendingPathComponent("m.cem.json"))
        let live = try LiveSession(["session", "m.cem.json", "--present"], in: folder)
        defer { if live.process.isRunning { kill(live.process.processIdentifier, SIGKILL) } }
        live.send("present 2")
        #expect(live.wait(for: "The projector view holds step 2"))
        let page = folder.appendingPathComponent(".m.present.html")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("id=\"step-2\""))
        usleep(100_000)
        kill(live.process.processIdentifier, signal)
        live.process.waitUntilExit()
        #expect(live.process.terminationReason == .uncaughtSignal)
        #expect(live.process.terminationStatus == signal, "the signal is re-raised after the page is written")
        let ended = try String(contentsOf: page, encoding: .utf8)
        #expect(ended.contains("<body class=\"room ended\">"))
        #expect(ended.contains("The session ended at "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".m.present.html", "m.cem.json", "stdout.txt"])
    }
}

@Suite struct SlideIPAAxesTests {
    /// `cem report --format slide` follows `--ipa-axes`: zoomed to the data by default, the whole scale with `full`.
    @Test func theSlidesAxisCaptionFollowsIPAAxes() throws {
        let data = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "slide", "--ipa-axes", "data"])
        #expect(data.status == 0)
        #expect(data.stdout.contains(">Experience (axis 3 to 8 of 0 to 10)</text>"))
        #expect(data.stdout.contains(">Importance (axis 2 to 10 of 0 to 10)</text>"))
        #expect(data.stdout.contains(">Axes zoomed to the data: experience 3 to 8, importance 2 to 10; --ipa-axes</text>"))
        let byDefault = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "slide"])
        #expect(byDefault.stdout == data.stdout)
        let full = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "slide", "--ipa-axes", "full"])
        #expect(full.status == 0)
        #expect(full.stdout.contains(">Experience</text>"))
        #expect(!full.stdout.contains("(axis 3 to 8 of 0 to 10)"))
        #expect(full.stdout.contains(">Axes on the whole scale: experience 0 to 10, importance 0 to 10.</text>"))
        let zh = try Cem.call(["report", "workbooks/meisu.zh.cem.json", "--format", "slide", "--ipa-axes", "full"])
        #expect(zh.stdout.contains(">坐标轴为完整量表：体验 0 至 10，重要性 0 至 10。</text>"))
    }
}

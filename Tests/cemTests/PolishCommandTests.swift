// Small defects a consultant meets on the command line, each pinned by the test that found it: the
// Chinese template list names each template, and the slide's IPA axes follow --ipa-axes.

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

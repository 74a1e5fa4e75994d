// The help of `--template` in Chinese names each template in Chinese beside its id, with the labels of
// `cem new --list-templates`; English is unchanged.

import CEMKit
import Foundation
import Testing

@Suite struct TemplateHelpTests {
    /// The lines of `--template T` in a command's help, up to the next option.
    func templateHelp(_ command: String, _ language: String) throws -> [String] {
        let help = try Cem.call([command, "--help", "--lang", language])
        #expect(help.status == 0)
        let lines = help.stdout.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("  --template T") }) else { return [] }
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("  -") || $0.isEmpty } ?? lines.count
        return Array(lines[start..<end])
    }

    @Test func newListsTheChineseNames() throws {
        #expect(try templateHelp("new", "zh") == [
            "  --template T        模板：retail（零售）、servqual（服务质量五维度）、hotel",
            "                      （酒店）、restaurant（餐厅）、bank（银行）、",
            "                      insurer-hotline（保险健康热线）、hospital-outpatient（医院",
            "                      门诊）、public-service-window（政务服务窗口）（默认",
            "                      retail：方法的六个因素）；--list-templates 列出它们的因素",
        ])
        #expect(try templateHelp("new", "en").joined(separator: "\n").contains("retail (the six factors of the method, default), servqual"))
    }

    @Test func sessionListsTheChineseNames() throws {
        #expect(try templateHelp("session", "zh") == [
            "  --template T  FILE 不存在时使用的模板：retail（零售）、servqual（服务质量五维",
            "                度）、hotel（酒店）、restaurant（餐厅）、bank（银行）、",
            "                insurer-hotline（保险健康热线）、hospital-outpatient（医院门",
            "                诊）、public-service-window（政务服务窗口）（默认在终端上询问，",
            "                脚本中为 retail）",
        ])
        #expect(try templateHelp("session", "en") == [
            "  --template T  the template when FILE is missing (by default a terminal is",
            "                asked; a script takes retail)",
        ])
    }

    /// One place for the words: each template's label in the list is the label `--list-templates` prints.
    @Test func theChoicesAreTheListsLabels() {
        let zh = CLIWords(.zh)
        #expect(zh.templateChoices == Template.allCases.map(zh.templateLabel).joined(separator: "、"))
        #expect(CLIWords(.en).templateChoices.hasPrefix("retail, servqual, hotel"))
    }
}

import Foundation
import Testing

@Suite struct ReportCommandTests {
    @Test func everyFormatWritesAFileAtomicallyReplacingAnOldOne() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = Cem.root.appendingPathComponent("workbooks/meisu.zh.cem.json").path
        for (format, name) in [("markdown", "r.md"), ("html", "r.html"), ("csv", "r.csv"), ("text", "r.txt"), ("json", "r.json")] {
            let out = folder.appendingPathComponent(name)
            try Data("old".utf8).write(to: out)
            // A file that is not an earlier output of this command is kept unless --force says otherwise.
            let kept = try Cem.call(["report", sample, "--format", format, "-o", out.path], environment: ["SOURCE_DATE_EPOCH": "1751241600"])
            #expect(kept.status == 1)
            #expect(kept.stderr == "\(out.path): already exists and does not look like this command's output in this format; nothing was changed. Choose another name, or add --force to replace it\n")
            #expect(try String(contentsOf: out, encoding: .utf8) == "old")
            let run = try Cem.call(["report", sample, "--format", format, "-o", out.path, "--force"], environment: ["SOURCE_DATE_EPOCH": "1751241600"])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            let text = try String(contentsOf: out, encoding: .utf8)
            #expect(text != "old" && text.contains("便利性"), "\(format)")
            // The same command's earlier output is replaced without --force.
            let again = try Cem.call(["report", sample, "--format", format, "-o", out.path], environment: ["SOURCE_DATE_EPOCH": "1751241600"])
            #expect(again.status == 0, "\(format): \(again.stderr)")
        }
        let md = try String(contentsOf: folder.appendingPathComponent("r.md"), encoding: .utf8)
        #expect(md.contains("客户体验管理报告 · 周期 1 · 日期 2025-06-30"))
        #expect(md.contains("| 便利性 | 5 | 10 | −5 | 9 | −45 |"))
        let html = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"))
        let csv = try Data(contentsOf: folder.appendingPathComponent("r.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        // The text report written to a file has the bar charts in block characters.
        let text = try String(contentsOf: folder.appendingPathComponent("r.txt"), encoding: .utf8)
        #expect(text.contains("◀ 关键体验"))
    }

    @Test func standardOutputForNoOutputOrDash() throws {
        let run = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "csv", "-o", "-"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("\u{FEFF}ID,Name,Description,Brand value,Experience,"))
        #expect(run.stdout.contains("\r\nconvenience,Convenience,"))
        let md = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "markdown", "--lang", "zh"])
        #expect(md.status == 0)
        #expect(md.stdout.contains("## 步骤 3 · 确定关键体验"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let run = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "pdf"])
        #expect(run.status == 2)
        #expect(run.stderr == "cem: 'pdf' is not a valid value for --format; use text, markdown, html, json, csv, slide.\n")
    }

    @Test func chartWritesOneSVG() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for kind in ["expectation", "weighted", "ipa", "gaps", "kpis"] {
            let out = folder.appendingPathComponent("\(kind).svg")
            let run = try Cem.call(["chart", "workbooks/meisu.en.cem.json", "--kind", kind, "-o", out.path])
            #expect(run.status == 0, "\(kind): \(run.stderr)")
            let svg = try String(contentsOf: out, encoding: .utf8)
            #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
            #expect(svg.hasSuffix("</svg>\n"))
        }
        let stdout = try Cem.call(["chart", "workbooks/meisu.zh.cem.json", "--kind", "weighted"])
        #expect(stdout.status == 0)
        #expect(stdout.stdout.contains(">−18 · 关键体验</text>"))
    }

    @Test func chartUsageErrors() throws {
        let missing = try Cem.call(["chart", "workbooks/meisu.en.cem.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "cem: missing --kind KIND. Usage: cem chart FILE --kind KIND [-o OUT] [--cuts METHOD] [--quadrant experience|satisfaction] [--ipa-axes data|full] [--force]\n")
        let bad = try Cem.call(["chart", "workbooks/meisu.en.cem.json", "--kind", "pie"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "cem: 'pie' is not a valid value for --kind; use expectation, weighted, ipa, gaps, kpis, trend, summary.\n")
        let noFile = try Cem.call(["chart", "nope.cem.json", "--kind", "ipa"])
        #expect(noFile.status == 1)
    }

    @Test func showDrawsBarsWithAnASCIIFallback() throws {
        let utf8 = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--step", "3"], environment: ["LANG": "en_US.UTF-8"])
        #expect(utf8.status == 0)
        #expect(utf8.stdout.contains("█│     −18 ◀ key experience\n"))
        let ascii = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--step", "3"], environment: ["LANG": "C"])
        #expect(ascii.stdout.contains("#|     -18 < key experience\n"))
        #expect(!ascii.stdout.contains("█"))
        let step2 = try Cem.call(["show", "workbooks/meisu.zh.cem.json", "--step", "2"])
        #expect(step2.stdout.contains("  █ 体验   ░ 期望\n"))
    }
}

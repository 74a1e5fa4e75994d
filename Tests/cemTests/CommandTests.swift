import Foundation
import Testing

/// show, report, new, fmt and the command-line surface, through the built binary.
@Suite struct CommandTests {
    @Test func showPrintsTheSevenStepsInTheWorkbookLanguage() throws {
        let run = try Cem.call(["show", "workbooks/meisu.zh.cem.json"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let out = run.stdout
        #expect(out.hasPrefix("美苏电器 · 西洋菜街 · 周期 1\n\n步骤 1 · 了解自身的品牌价值\n"))
        for step in ["步骤 2 · 了解目前的客户体验和期望", "步骤 3 · 确定关键体验", "步骤 4 · 就理想与实际体验进行差距分析",
                     "步骤 5 · 制定需求以弥补差距", "步骤 6 · 将需求与企业策略与能力相结合", "步骤 7 · 用于持续改善的回馈机制"] {
            #expect(out.contains("\n\(step)\n"))
        }
        #expect(out.contains("品牌价值驱动因素：品牌形象（9）、价格（9）\n"))
        #expect(out.contains("平均满意度：−0.5；加权满意度指数：−0.67\n"))
        #expect(out.contains("关键体验：便利性（−18）、产品（−6）\n"))
        #expect(out.contains("最大差距：便利性（加权差距 −45）\n"))
        #expect(out.contains("优先级：R1（45）、R3（45）、R2（0）、R4（0）\n"))
        #expect(out.contains("推行：R1、R2；暂缓：R4；放弃：R3\n"))
        #expect(out.contains("KPI 达成：1 / 1\n"))
        #expect(!out.contains("\u{1B}["))  // no colour when not a terminal
    }

    @Test func chineseNamesAlignByDisplayWidth() throws {
        let run = try Cem.call(["show", "workbooks/meisu.zh.cem.json", "--step", "2"])
        let expected = """
        步骤 2 · 了解目前的客户体验和期望
          因素      体验  期望  满意度  重要性
          ────────  ────  ────  ──────  ──────
          产品         6     7      −1       6
          服务         6     6       0       5
          关系         4     4       0       3
          便利性       5     7      −2       9
          品牌形象     7     7       0       7
          价格         7     7       0       6
        平均满意度：−0.5；加权满意度指数：−0.67

          体验与期望（量表 0–10）
        """
        #expect(run.stdout.hasPrefix(expected))
    }

    @Test func langSwitchesEveryLabel() throws {
        let run = try Cem.call(["show", "workbooks/meisu.zh.cem.json", "--step", "3", "--lang", "en"])
        #expect(run.stdout.hasPrefix("Step 3 · Identify the key experiences\n"))
        #expect(run.stdout.contains("Key experiences: 便利性 (−18), 产品 (−6)\n"))
        #expect(run.stdout.contains("concentrate"))  // the quadrant column wraps at 80 columns beside its inputs
        #expect(run.stdout.contains("IPA cut lines (mean): experience 5.83, importance 6\n"))
        // The workbook's language wins over LANG; LANG decides for a workbook without one.
        let lang = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--step", "1"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(lang.stdout.hasPrefix("Step 1 · Understand your brand value: why customers come to you\n"))
    }

    @Test func showOneStepAndBadStep() throws {
        let run = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--step", "4"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Step 4 · Gap analysis: ideal vs actual experience\n"))
        #expect(run.stdout.contains("Largest gap: Convenience (weighted gap −45)\n"))
        #expect(!run.stdout.contains("Step 5"))
        let bad = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--step", "8"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "cem: '8' is not a valid value for --step; use 1–7.\n")
    }

    @Test func reportTextIsWhatShowPrints() throws {
        let show = try Cem.call(["show", "workbooks/meisu.en.cem.json"])
        let report = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "text"])
        #expect(report.status == 0)
        // The report is what show prints, then the method-and-glossary appendix of a document.
        #expect(report.stdout.hasPrefix(show.stdout))
        #expect(report.stdout.dropFirst(show.stdout.count).hasPrefix("\n\nAppendix: method and glossary\nStep 1: rate"))
    }

    @Test func reportJSONHasTheContractFieldNames() throws {
        let run = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "json"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let factors = json["factors"] as! [[String: Any]]
        #expect(Set(factors[0].keys) == ["id", "name", "brandValue", "experience", "expectation", "satisfaction", "importance",
                                         "weightedSatisfaction", "ideal", "gap", "weightedGap", "quadrant"])
        let convenience = factors.first { $0["id"] as? String == "convenience" }!
        #expect(convenience["satisfaction"] as? Double == -2)
        #expect(convenience["weightedSatisfaction"] as? Double == -18)
        #expect(convenience["gap"] as? Double == -5)
        #expect(convenience["weightedGap"] as? Double == -45)
        #expect(convenience["quadrant"] as? String == "concentrate-here")
        #expect(json["brandValueDrivers"] as? [String] == ["brand-image", "price"])
        #expect(json["keyExperiences"] as? [String] == ["convenience", "product"])
        #expect(json["largestGap"] as? String == "convenience")
        let indexes = json["indexes"] as! [String: Double]
        #expect(indexes == ["meanSatisfaction": -0.5, "weightedSatisfactionIndex": -0.666666667])
        let requirements = json["requirements"] as! [[String: Any]]
        #expect(requirements.map { $0["priority"] as? Double } == [45, 0, 45, 0])
        let kpis = json["kpis"] as! [[String: Any]]
        #expect(kpis.count == 1)
        #expect(kpis[0]["deviation"] as? Double == 0.2)
        #expect(kpis[0]["met"] as? Bool == true)
        let steps = json["steps"] as! [[String: Any]]
        #expect(steps.map { $0["number"] as? Int } == [1, 2, 3, 4, 5, 6, 7])
        #expect(steps.allSatisfy { $0["complete"] as? Bool == true })
    }

    @Test func reportJSONWritesNullForMissingFigures() throws {
        let folder = try Cem.temporaryFolder()
        _ = try Cem.call(["new", "x.cem.json"], in: folder)
        let run = try Cem.call(["report", "x.cem.json", "--format", "json", "-o", "out.json"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let text = try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8)
        #expect(text.contains("\"satisfaction\": null,"))
        #expect(text.contains("\"largestGap\": null,"))
        #expect(text.contains("\"meanSatisfaction\": null,"))
        let bad = try Cem.call(["report", "x.cem.json", "--format", "pdf"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("'pdf' is not a valid value for --format"))
    }

    @Test func newWritesACanonicalTemplateAndNeverOverwrites() throws {
        let folder = try Cem.temporaryFolder()
        let run = try Cem.call(["new", "acme.cem.json", "--template", "servqual", "--lang", "zh"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "已用 servqual 模板新建 acme.cem.json（5 个因素）。可用 `cem show acme.cem.json` 查看。\n")
        let url = folder.appendingPathComponent("acme.cem.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\"title\": \"acme\","))
        #expect(text.contains("\"language\": \"zh\","))
        #expect(text.contains("\"name\": \"有形性\","))
        #expect(text.contains("\"experience\": null,"))
        let check = try Cem.call(["fmt", "--check", "acme.cem.json"], in: folder)
        #expect(check.status == 0)
        let again = try Cem.call(["new", "acme.cem.json", "--template", "retail"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr == "acme.cem.json: already exists; cem new never overwrites. Choose another name, or remove the file first.\n")
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }

    @Test func newRetailInEnglishHasTheSixFactors() throws {
        let folder = try Cem.temporaryFolder()
        let run = try Cem.call(["new", "shop.cem.json", "--title", "Shop"], in: folder)
        #expect(run.status == 0)
        let data = try Data(contentsOf: folder.appendingPathComponent("shop.cem.json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let factors = json["factors"] as! [[String: Any]]
        #expect(factors.map { $0["id"] as! String } == ["product", "service", "relationship", "convenience", "brand-image", "price"])
        #expect(factors.map { $0["name"] as! String } == ["Product", "Service", "Relationship", "Convenience", "Brand image", "Price"])
        #expect(json["title"] as? String == "Shop")
        let template = try Cem.call(["new", "y.cem.json", "--template", "hotels"], in: folder)
        #expect(template.status == 2)
        #expect(template.stderr == "cem: 'hotels' is not a valid value for --template; use retail, servqual, hotel, restaurant, bank, insurer-hotline, hospital-outpatient, public-service-window.\n")
    }

    @Test func fmtRewritesAndCheckReports() throws {
        let folder = try Cem.temporaryFolder()
        let messy = "{\"format\":\"cem-workbook\",\"formatVersion\":1,\"title\":\"t\",\"factors\":[{\"id\":\"a\",\"name\":\"甲\",\"experience\":6.50}]}"
        let url = folder.appendingPathComponent("m.cem.json")
        try Data(messy.utf8).write(to: url)
        let check = try Cem.call(["fmt", "--check", "m.cem.json"], in: folder)
        #expect(check.status == 1)
        #expect(check.stdout == "m.cem.json: not in canonical form (first difference on line 1); run `cem fmt m.cem.json`\n")
        #expect(try String(contentsOf: url, encoding: .utf8) == messy)
        let fmt = try Cem.call(["fmt", "m.cem.json"], in: folder)
        #expect(fmt.status == 0)
        #expect(fmt.stdout == "m.cem.json: rewritten in canonical form\n")
        let canonical = try String(contentsOf: url, encoding: .utf8)
        #expect(canonical.contains("      \"experience\": 6.5,\n"))
        #expect(canonical.contains("  \"requirements\": [],\n"))
        let twice = try Cem.call(["fmt", "m.cem.json"], in: folder)
        #expect(twice.stdout == "m.cem.json: already canonical\n")
        #expect(try String(contentsOf: url, encoding: .utf8) == canonical)
        #expect(try Cem.call(["fmt", "--check", "m.cem.json"], in: folder).status == 0)
    }

    @Test func fmtLeavesInvalidFilesUntouchedAndWritesThroughLinks() throws {
        let folder = try Cem.temporaryFolder()
        let broken = "{\"format\": \"cem-workbook\", \"formatVersion\": 1, \"factors\": [{\"id\": \"a\", \"name\": \"x\", \"ideal\": 12}]}"
        try Data(broken.utf8).write(to: folder.appendingPathComponent("bad.cem.json"))
        let run = try Cem.call(["fmt", "bad.cem.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "bad.cem.json:1:94 factors[0].ideal: 12 is outside the scale 0–10; use a number from 0 to 10, or null while it is unknown\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("bad.cem.json"), encoding: .utf8) == broken)

        let target = folder.appendingPathComponent("real.cem.json")
        try Data("{\"format\":\"cem-workbook\",\"formatVersion\":1,\"factors\":[]}".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.cem.json").path, withDestinationPath: "real.cem.json")
        #expect(try Cem.call(["fmt", "link.cem.json"], in: folder).status == 0)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.cem.json").path)
        #expect(link == "real.cem.json")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("{\n  \"format\": \"cem-workbook\",\n"))
        let permissions = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func helpAndVersion() throws {
        let help = try Cem.call(["--help"])
        #expect(help.status == 0)
        for command in ["show", "report", "new", "validate", "fmt", "help"] { #expect(help.stdout.contains("\n  cem \(command) ")) }
        let one = try Cem.call(["help", "fmt"])
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("cem fmt FILE... [--check]\n\nrewrite workbooks in canonical form (--check: only report)\n"))
        #expect(try Cem.call(["fmt", "--help"]).stdout == one.stdout)
        #expect(try Cem.call(["--version"]).stdout == "cem 0.1.0\n")
        let zh = try Cem.call(["--lang", "zh", "--help"])
        #expect(zh.stdout.hasPrefix("cem — 客户体验管理（CEM）差距分析：七个步骤，一个工作簿。\n"))
    }

    @Test func unknownCommandsAndOptionsExitTwoWithASuggestion() throws {
        let command = try Cem.call(["shwo", "x"])
        #expect(command.status == 2)
        #expect(command.stderr == "cem: unknown command 'shwo'. Did you mean 'show'? Run `cem --help` for the list.\n")
        let option = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--stpe", "3"])
        #expect(option.status == 2)
        #expect(option.stderr == "cem show: unknown option '--stpe'. Did you mean '--step'? Run `cem help show`.\n")
        let far = try Cem.call(["frobnicate"])
        #expect(far.status == 2)
        #expect(far.stderr == "cem: unknown command 'frobnicate'. Run `cem --help` for the list.\n")
        let lang = try Cem.call(["show", "workbooks/meisu.en.cem.json", "--lang", "fr"])
        #expect(lang.status == 2)
        #expect(lang.stderr == "cem: 'fr' is not a valid value for --lang; use zh, en.\n")
    }

    @Test func showOfAnInvalidFileExitsOne() throws {
        let run = try Cem.call(["show", "nowhere.cem.json"])
        #expect(run.status == 1)
        #expect(run.stderr == "nowhere.cem.json: no such file; check the path, or create one with `cem new nowhere.cem.json`\n")
        let folder = try Cem.temporaryFolder()
        let dir = try Cem.call(["show", "."], in: folder)
        #expect(dir.status == 1)
        #expect(dir.stderr == ".: is a folder, not a workbook file\n")
    }
}

@Suite struct EmptyWorkbookTests {
    @Test func missingFiguresShowAsDashNeverZero() throws {
        let folder = try Cem.temporaryFolder()
        _ = try Cem.call(["new", "t.cem.json"], in: folder)
        let run = try Cem.call(["show", "t.cem.json", "--step", "2"], in: folder)
        #expect(run.stdout.contains("  Convenience            —            —             —           —\n"))
        #expect(run.stdout.contains("Mean satisfaction: —; weighted satisfaction index: —\n"))
        #expect(run.stdout.hasPrefix("Step 2 · Understand current experience and expectations (incomplete)\n"))
        let three = try Cem.call(["show", "t.cem.json", "--step", "3"], in: folder)
        #expect(three.stdout.contains("Key experiences: — (needs every factor's experience, expectation and importance)\n"))
        let four = try Cem.call(["show", "t.cem.json", "--step", "4"], in: folder)
        #expect(four.stdout.contains("Largest gap: — (needs every factor's ideal and importance)\n"))
        let five = try Cem.call(["show", "t.cem.json", "--step", "5"], in: folder)
        #expect(five.stdout == "Step 5 · Set requirements that close the gaps (incomplete)\nNo requirements yet.\n")
    }
}

import Foundation
import Testing

@Suite struct TeamCycleTests {
    @Test func closeCompareAndReport() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("meisu.cem.json")
        try Tool.write(try Tool.sample("meisu.en.cem.json"), to: file)

        let close = try Cem.call(["cycle", "close", "meisu.cem.json", "--on", "２０２５-０６-３０"], in: folder)
        #expect(close.status == 0)
        #expect(close.stderr == "")
        #expect(close.stdout == "meisu.cem.json: cycle 1 closed on 2025-06-30 and archived in history; cycle 2 starts at step 1 (scores and KPI actual values are empty; the session offers cycle 1's scores as defaults). Compare cycles with `cem compare meisu.cem.json`.\n")
        let closed = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(closed.contains("  \"cycle\": 2,\n"))
        #expect(closed.contains("  \"history\": [\n    {\n      \"cycle\": 1,\n      \"closedOn\": \"2025-06-30\",\n"))
        #expect(try Cem.call(["fmt", "--check", "meisu.cem.json"], in: folder).status == 0)
        #expect(try Cem.call(["validate", "meisu.cem.json"], in: folder).status == 0)

        // Cycle 2 has no KPI actual value yet: closing again is refused, and nothing changes.
        let refused = try Cem.call(["cycle", "close", "meisu.cem.json", "--on", "2025-12-31"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("meisu.cem.json: cycle 2 cannot be closed yet: step 7 has no KPI with an actual value"))
        #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self) == closed)

        // Nothing rated in cycle 2 yet.
        let early = try Cem.call(["compare", "meisu.cem.json"], in: folder)
        #expect(early.status == 0)
        #expect(early.stdout.hasPrefix("Cycle 2 (current) has no scores yet.\n"))

        // Rate cycle 2: convenience experience 5 → 8 and expectation 7 → 8 with the same other scores.
        var text = closed
        let scores = ["product": [6, 7, 7, 6, 7], "service": [5, 6, 6, 5, 6], "relationship": [2, 4, 4, 3, 4],
                      "convenience": [8, 8, 8, 9, 10], "brand-image": [9, 7, 7, 7, 7], "price": [9, 7, 7, 6, 7]]
        let current = text.range(of: "  \"requirements\"")!.lowerBound
        var head = String(text[..<current])
        for id in ["product", "service", "relationship", "convenience", "brand-image", "price"] {
            let start = head.range(of: "\"id\": \"\(id)\"")!.upperBound
            var block = String(head[start...])
            for (field, value) in zip(["brandValue", "experience", "expectation", "importance", "ideal"], scores[id]!) {
                block = block.replacing("\"\(field)\": null", with: "\"\(field)\": \(value)", maxReplacements: 1)
            }
            head = String(head[..<start]) + block
        }
        text = head + text[current...]
        text = text.replacing("\"actual\": null", with: "\"actual\": 5", maxReplacements: 1)
        try Tool.write(text, to: file)

        let compare = try Cem.call(["compare", "meisu.cem.json"], in: folder)
        #expect(compare.status == 0)
        #expect(compare.stdout == """
        Cycle 1 (closed 2025-06-30) → Cycle 2 (current)
          Factor        Experience  Satisfaction  Weighted sat.  Gap
          ────────────  ──────────  ────────────  ─────────────  ────────────
          Product       6 → 7 ↑ +1  −1 → 0 ↑ +1   −6 → 0 ↑ +6    0 → 0 = 0
          Service       6 → 6 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
          Relationship  4 → 4 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
          Convenience   5 → 8 ↑ +3  −2 → 0 ↑ +2   −18 → 0 ↑ +18  −5 → −2 ↑ +3
          Brand image   7 → 7 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
          Price         7 → 7 = 0   0 → 0 = 0     0 → 0 = 0      0 → 0 = 0
        Key experience of cycle 1: Convenience, weighted satisfaction −18 → 0 ↑ +18: improved
        Mean satisfaction −0.5 → 0 ↑ +0.5; weighted satisfaction index −0.67 → 0 ↑ +0.67

        KPI results per cycle
          Cycle  Req.  KPI  Metric                          Target  Actual  Met
          ─────  ────  ───  ──────────────────────────────  ──────  ──────  ───
              1  R1    K1   sales relative to one shop (x)       4     4.2  yes
              2  R1    K1   sales relative to one shop (x)       4       5  yes

        """)

        let markdown = try Cem.call(["compare", "meisu.cem.json", "--format", "markdown", "--lang", "zh"], in: folder)
        #expect(markdown.stdout.contains("## 第 1 周期（2025-06-30 结束） → 第 2 周期（当前）\n\n| 因素 | 体验 | 满意度 | 加权满意度 | 差距 |\n| --- | --- | --- | --- | --- |\n| Product | 6 → 7 ↑ +1 |"))
        #expect(markdown.stdout.contains("- 第 1 周期的关键体验：Convenience，加权满意度 −18 → 0 ↑ +18：已改善\n"))

        let json = try Cem.call(["compare", "meisu.cem.json", "--format", "json", "-o", "compare.json"], in: folder)
        #expect(json.status == 0)
        let written = String(decoding: try Data(contentsOf: folder.appendingPathComponent("compare.json")), as: UTF8.self)
        #expect(written.contains("\"changes\": [\n    {\n      \"from\": 1,\n      \"to\": 2,\n"))

        // Reports gain a progress section; JSON only gains a field.
        let report = try Cem.call(["report", "meisu.cem.json", "--format", "text"], in: folder)
        #expect(report.stdout.contains("\nProgress since last cycle\nCycle 1 (closed 2025-06-30) → Cycle 2 (current)\n"))
        let reportJSON = try Cem.call(["report", "meisu.cem.json", "--format", "json"], in: folder)
        #expect(reportJSON.stdout.contains("  \"progressSinceLastCycle\": {\n    \"from\": 1,\n    \"to\": 2,\n"))
        let plain = try Cem.call(["report", "workbooks/meisu.en.cem.json", "--format", "json"])
        #expect(!plain.stdout.contains("progressSinceLastCycle"))

        // Closing cycle 2 now works; --force was not needed.
        let second = try Cem.call(["cycle", "close", "meisu.cem.json", "--on", "2025-12-31", "--lang", "zh"], in: folder)
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("meisu.cem.json：第 2 周期已于 2025-12-31 结束并存入 history；第 3 周期从步骤 1 开始"))
    }

    @Test func refusalsAndUsage() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("acme.cem.json")
        #expect(try Cem.call(["new", "acme.cem.json", "--lang", "en"], in: folder).status == 0)
        let before = try Data(contentsOf: file)
        let refused = try Cem.call(["cycle", "close", "acme.cem.json"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("enter the KPIs' actual values first, or close anyway with --force"))
        #expect(try Data(contentsOf: file) == before)
        let badDate = try Cem.call(["cycle", "close", "acme.cem.json", "--on", "2025-02-30", "--force"], in: folder)
        #expect(badDate.status == 2)
        #expect(badDate.stderr == "acme.cem.json: '2025-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2025-06-30\n")
        let forced = try Cem.call(["cycle", "close", "acme.cem.json", "--on", "2025-06-30", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(forced.stdout.hasPrefix("Closed with --force: no KPI had an actual value.\n"))
        #expect(try Cem.call(["cycle", "open", "acme.cem.json"], in: folder).status == 2)
        #expect(try Cem.call(["cycle"], in: folder).status == 2)
        #expect(try Cem.call(["compare", "acme.cem.json", "--format", "pdf"], in: folder).status == 2)
    }
}

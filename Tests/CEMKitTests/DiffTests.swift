import CEMKit
import Testing

@Suite struct DiffTests {
    let base = Samples.workedExample(.en)

    func changes(_ edit: (inout Workbook) -> Void) -> WorkbookDiff {
        var new = base
        edit(&new)
        return WorkbookDiff(old: base, new: new)
    }

    @Test func equivalentWorkbooksHaveNoChange() {
        let diff = WorkbookDiff(old: base, new: base)
        #expect(diff.isEquivalent)
        #expect(diff.changes.isEmpty)
        #expect(DiffReport(diff, language: .en).text(old: "a", new: "b") == "The two workbooks are equivalent.\n")
    }

    @Test func addedRemovedRenamedAndMovedFactors() {
        let diff = changes { w in
            w.factors.removeAll { $0.id == "relationship" }
            w.factors.insert(Factor(id: "delivery", name: "Delivery"), at: 2)
            w.factors[0].name = "Products"
            // Price moves from the end to the front.
            w.factors.insert(w.factors.removeLast(), at: 0)
        }
        #expect(!diff.isEquivalent)
        let factors = diff.changes.filter { $0.section == .factors }
        #expect(factors == [
            WorkbookChange(.factors, .added, subject: "delivery", field: "name", to: .text("Delivery")).withPosition(4),
            WorkbookChange(.factors, .removed, subject: "relationship", field: "name", from: .text("Relationship")),
            WorkbookChange(.factors, .renamed, subject: "product", field: "name", from: .text("Product"), to: .text("Products")),
            WorkbookChange(.factors, .moved, subject: "price", field: "position", from: .number(6), to: .number(1)),
        ])
        let text = DiffReport(diff, language: .en).text(old: "old.cem.json", new: "new.cem.json")
        #expect(text.contains("""
        Factors
          added factor Delivery (delivery) at position 4
          removed factor Relationship (relationship)
          renamed product: "Product" → "Products"
          moved factor Price (price) from position 6 to 1
        """))
    }

    @Test func aChangedIDWithTheSameNameIsNotARemovalAndAnAddition() throws {
        let diff = changes { w in
            let i = w.factors.firstIndex { $0.id == "convenience" }!
            w.factors[i].id = "access"
            w.factors[i].experience = 6
            w.requirements[0].factors = ["access"]
            w.requirements[2].factors = ["access"]
        }
        #expect(diff.changes.filter { $0.kind == .added || $0.kind == .removed }.isEmpty)
        #expect(diff.changes.contains(WorkbookChange(.factors, .renamed, subject: "access", field: "id",
                                                     from: .text("convenience"), to: .text("access"))))
        #expect(!diff.changes.contains { $0.field == "factors" || $0.field == "keyExperiences" || $0.kind == .moved })
        #expect(diff.effects["access"]?.weightedSatisfaction == FigureChange(from: -18, to: -9))
        let text = DiffReport(diff, language: .en).text(old: "a", new: "b")
        #expect(text.contains("""
        Factors
          factor id of Convenience changed: convenience → access

        Scores
          Convenience (access): experience 5 → 6 ↑ +1; satisfaction −2 → −1 ↑ +1, weighted satisfaction −18 → −9 ↑ +9, gap −5 → −4 ↑ +1
        """))
    }

    @Test func swappingTwoNeighboursIsOneMove() {
        let diff = changes { w in w.factors.swapAt(0, 1) }
        let moves = diff.changes.filter { $0.kind == .moved }
        #expect(moves.count == 1)
        #expect(diff.changes.count == 1)
    }

    @Test func aScoreChangeCarriesItsEffectFromTheAnalyses() throws {
        let diff = changes { w in
            let i = w.factors.firstIndex { $0.id == "convenience" }!
            w.factors[i].experience = 8
        }
        #expect(diff.changes.first { $0.section == .scores }
            == WorkbookChange(.scores, .changed, subject: "convenience", field: "experience", from: .number(5), to: .number(8)))
        let effect = try #require(diff.effects["convenience"])
        #expect(effect.satisfaction == FigureChange(from: -2, to: 1))
        #expect(effect.weightedSatisfaction == FigureChange(from: -18, to: 9))
        #expect(effect.gap == FigureChange(from: -5, to: -2))
        // Key experiences, largest gap, indexes and priorities follow from the Analyses.
        let text = DiffReport(diff, language: .en).text(old: "HEAD:meisu.cem.json", new: "meisu.cem.json")
        #expect(text == """
        HEAD:meisu.cem.json → meisu.cem.json

        Scores
          Convenience (convenience): experience 5 → 8 ↑ +3; satisfaction −2 → 1 ↑ +3, weighted satisfaction −18 → 9 ↑ +27, gap −5 → −2 ↑ +3

        Conclusions
          key experiences: Convenience, Product → Product
          mean satisfaction: −0.5 → 0 ↑ +0.5
          weighted satisfaction index: −0.67 → 0.08 ↑ +0.75

        Requirements
          R1 priority: 45 → 18 ↓ −27
          R3 priority: 45 → 18 ↓ −27

        6 differences

        """)
    }

    @Test func largestGapAndImportanceInChinese() {
        let zh = Samples.workedExample(.zh)
        var new = zh
        let i = new.factors.firstIndex { $0.id == "convenience" }!
        new.factors[i].ideal = 5
        new.factors[0].ideal = 9
        let text = DiffReport(WorkbookDiff(old: zh, new: new), language: .zh).text(old: "旧", new: "新")
        #expect(text.contains("  产品（product）：理想体验 6 → 9 ↑ +3；差距 0 → −3 ↓ −3\n"))
        #expect(text.contains("  便利性（convenience）：理想体验 10 → 5 ↓ −5；差距 −5 → 0 ↑ +5\n"))
        #expect(text.contains("  最大差距：便利性 → 产品\n"))
        #expect(text.contains("  R1 优先级：45 → 0 ↓ −45\n"))
        #expect(text.contains("  R4 优先级：0 → 18 ↑ +18\n"))
    }

    @Test func requirementsDecisionsAndKPIs() {
        let diff = changes { w in
            w.requirements.removeAll { $0.id == "R3" }
            w.requirements.append(Requirement(id: "R5", title: "Longer opening hours", factors: ["convenience"]))
            w.requirements[0].kpis[0].actual = 3.9
            w.requirements[0].kpis.append(KPI(id: "K2", metric: "footfall"))
        }
        let text = DiffReport(diff, language: .en).text(old: "a", new: "b")
        #expect(text.contains("""
        Requirements
          added requirement R5 "Longer opening hours" at position 4
          removed requirement R3 "Online or phone sales"
        """))
        #expect(text.contains("""
        KPIs
          added KPI R1/K2 "footfall" at position 2
          R1/K1 actual: 4.2 → 3.9 ↓ −0.3
          R1/K1 met: yes → no
        """))
        #expect(!text.contains("R4 decision"))
        let decided = changes { w in w.requirements[3].alignment.decision = .pursue }
        #expect(DiffReport(decided, language: .en).text(old: "a", new: "b").contains("  R4 decision: defer → pursue\n"))
        #expect(DiffReport(decided, language: .zh).text(old: "a", new: "b").contains("  R4 决定：暂缓 → 推行\n"))
    }

    @Test func closingACycleShowsInHistory() throws {
        let closed = try CycleCloser.close(base, on: "2025-06-30").get()
        let diff = WorkbookDiff(old: base, new: closed)
        #expect(diff.changes.contains(WorkbookChange(.history, .added, subject: "1", field: "closedOn", to: .text("2025-06-30"))))
        #expect(diff.changes.contains(WorkbookChange(.workbook, .changed, subject: "", field: "cycle", from: .number(1), to: .number(2))))
        let text = DiffReport(diff, language: .en).text(old: "a", new: "b")
        #expect(text.contains("History\n  cycle 1 closed on 2025-06-30 and archived\n"))
        #expect(text.contains("  cycle: 1 → 2 ↑ +1\n"))
    }

    @Test func textChangesAreNamed() {
        let diff = changes { w in
            w.title = "Meisu 2026"
            w.brandStatement = "Many shops, one street"
            w.factors[3].notes = "Two new shops"
        }
        let text = DiffReport(diff, language: .en).text(old: "a", new: "b")
        #expect(text.contains("""
        Workbook
          title: "Meisu Electronics · Sai Yeung Choi Street" → "Meisu 2026"
          brand statement: "Clearly marked prices and a reliable brand image" → "Many shops, one street"

        Factors
          Convenience (convenience) notes: "Not enough shops" → "Two new shops"
        """))
    }

    @Test func json() throws {
        let diff = changes { w in w.factors[3].importance = 8 }
        let json = DiffReport(diff, language: .en).jsonText(old: "a", new: "b")
        #expect(json.hasPrefix("{\n  \"old\": \"a\",\n  \"new\": \"b\",\n  \"equivalent\": false,\n  \"changes\": [\n"))
        #expect(json.contains("""
            {
              "section": "scores",
              "kind": "changed",
              "subject": "convenience",
              "field": "importance",
              "from": 9,
              "to": 8,
              "position": null,
              "effect": {
                "satisfaction": {
                  "from": -2,
                  "to": -2,
                  "change": 0,
                  "direction": "same"
                },
                "weightedSatisfaction": {
                  "from": -18,
                  "to": -16,
                  "change": 2,
                  "direction": "up"
                },
        """))
        // The key experiences stay convenience, product: no conclusion change is listed for them.
        #expect(!json.contains("\"field\": \"keyExperiences\""))
        #expect(json.contains("\"field\": \"weightedSatisfactionIndex\""))
    }
}

extension WorkbookChange {
    func withPosition(_ position: Int) -> WorkbookChange {
        var copy = self
        copy.position = position
        return copy
    }
}

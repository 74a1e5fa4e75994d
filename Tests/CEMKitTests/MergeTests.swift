// The three-way merge of workbooks by meaning: what merges by itself, what conflicts, and that each
// result is canonical and valid.

import CEMKit
import Testing

/// Merging edits of the worked example (English).
enum Merging {
    static let base = Samples.workedExample(.en)

    static func edited(_ change: (inout Workbook) -> Void) -> Workbook {
        var w = base
        change(&w)
        return w
    }

    static func index(_ w: Workbook, _ id: String) -> Int { w.factors.firstIndex { $0.id == id }! }

    static func merge(_ ours: Workbook, _ theirs: Workbook, base: Workbook = base,
                      labels: MergeLabels = MergeLabels()) -> WorkbookMerge {
        WorkbookMerge(base: WorkbookWriter.bytes(base), ours: WorkbookWriter.bytes(ours), theirs: WorkbookWriter.bytes(theirs), labels: labels)
    }

    /// The merged workbook of a clean merge, checked canonical and valid.
    static func clean(_ ours: Workbook, _ theirs: Workbook, base: Workbook = base) throws -> Workbook {
        let m = merge(ours, theirs, base: base)
        try #require(m.isClean, "conflicts: \(m.merge?.conflicts ?? [])")
        let workbook = try WorkbookReader.read(m.text)
        #expect(WorkbookWriter.text(workbook) == m.text)
        return workbook
    }
}

@Suite struct MergeTests {
    @Test func disjointFieldsOfOneFactor() throws {
        let ours = Merging.edited { $0.factors[Merging.index($0, "convenience")].expectation = 8 }
        let theirs = Merging.edited { $0.factors[Merging.index($0, "convenience")].experience = 6 }
        let merged = try Merging.clean(ours, theirs)
        #expect(merged == Merging.edited {
            $0.factors[Merging.index($0, "convenience")].expectation = 8
            $0.factors[Merging.index($0, "convenience")].experience = 6
        })
    }

    @Test func differentFactorsAndTheSameChangeOnBothSides() throws {
        let ours = Merging.edited {
            $0.factors[Merging.index($0, "product")].ideal = 8
            $0.brandStatement = "Fair prices, close by"
        }
        let theirs = Merging.edited {
            $0.factors[Merging.index($0, "price")].importance = 4
            $0.brandStatement = "Fair prices, close by"
        }
        let merged = try Merging.clean(ours, theirs)
        #expect(merged.factor(id: "product")?.ideal == 8)
        #expect(merged.factor(id: "price")?.importance == 4)
        #expect(merged.brandStatement == "Fair prices, close by")
    }

    @Test func reorderVersusEdit() throws {
        let ours = Merging.edited { $0.factors.insert($0.factors.remove(at: Merging.index($0, "convenience")), at: 0) }
        let theirs = Merging.edited { $0.factors[Merging.index($0, "convenience")].experience = 6 }
        let merged = try Merging.clean(ours, theirs)
        #expect(merged.factors.map(\.id) == ["convenience", "product", "service", "relationship", "brand-image", "price"])
        #expect(merged.factors[0].experience == 6)
        // The other way round: theirs' order is taken when ours kept the base order.
        #expect(try Merging.clean(theirs, ours) == merged)
    }

    @Test func renameVersusEdit() throws {
        let ours = Merging.edited { $0.factors[Merging.index($0, "convenience")].name = "Access" }
        let theirs = Merging.edited { $0.factors[Merging.index($0, "convenience")].experience = 6 }
        let merged = try Merging.clean(ours, theirs)
        #expect(merged.factor(id: "convenience")?.name == "Access")
        #expect(merged.factor(id: "convenience")?.experience == 6)
    }

    @Test func addVersusAddOfTheSameID() throws {
        let delivery = Factor(id: "delivery", name: "Delivery", brandValue: 3, experience: 4, expectation: 6, importance: 5, ideal: 8)
        let ours = Merging.edited { $0.factors.insert(delivery, at: 2) }
        let theirs = Merging.edited { $0.factors.insert(delivery, at: 2) }
        let merged = try Merging.clean(ours, theirs)
        #expect(merged.factors.map(\.id) == ["product", "service", "delivery", "relationship", "convenience", "brand-image", "price"])

        var other = delivery
        other.expectation = 7
        let m = Merging.merge(ours, Merging.edited { $0.factors.insert(other, at: 2) })
        #expect(!m.isClean)
        #expect(m.merge?.lines(labels: MergeLabels(), language: .en) == ["  Delivery expectation: base (absent), ours 6, theirs 7 (weighted satisfaction −10 → −15)"])
    }

    @Test func itemsAddedOnBothSidesKeepTheirPlaces() throws {
        let ours = Merging.edited { $0.factors.append(Factor(id: "parking", name: "Parking")) }
        let theirs = Merging.edited { $0.factors.insert(Factor(id: "staff", name: "Staff"), at: 1) }
        let merged = try Merging.clean(ours, theirs)
        #expect(merged.factors.map(\.id) == ["product", "staff", "service", "relationship", "convenience", "brand-image", "price", "parking"])
    }

    @Test func removeVersusEditIsAConflict() throws {
        let ours = Merging.edited { $0.factors.remove(at: Merging.index($0, "relationship")) }
        let theirs = Merging.edited { $0.factors[Merging.index($0, "relationship")].experience = 2 }
        let m = Merging.merge(ours, theirs)
        #expect(!m.isClean)
        let merge = try #require(m.merge)
        #expect(merge.conflicts.count == 1)
        #expect(merge.conflicts[0].path == [.key("factors"), .item(field: "id", value: .string("relationship"))])
        #expect(merge.lines(labels: MergeLabels(ours: "HEAD", theirs: "alice"), language: .en) == [
            "  Relationship: base (unchanged), HEAD (removed), alice (edited) (weighted satisfaction — → −6; weighted gap — → −6; "
                + "key experiences Convenience (−18), Product (−6) → Convenience (−18), Product (−6), Relationship (−6))",
        ])
        // Removing on both sides removes.
        #expect(try Merging.clean(ours, ours).factor(id: "relationship") == nil)
    }

    @Test func bothSidesClosingACycle() throws {
        let closed = try CycleCloser.close(Merging.base, on: "2025-07-01").get()
        #expect(try Merging.clean(closed, closed) == closed)
        // One side closes, the other retitles a requirement: both kept.
        let retitled = Merging.edited { $0.requirements[1].title = "Close shops in weak districts first" }
        var both = closed
        both.requirements[1].title = "Close shops in weak districts first"
        #expect(try Merging.clean(closed, retitled) == both)
        // One side closes, the other rates the cycle being closed: which cycle the rating belongs to is for a person.
        let rated = Merging.edited { $0.factors[Merging.index($0, "convenience")].experience = 8 }
        #expect(Merging.merge(closed, rated).merge?.lines(labels: MergeLabels(), language: .en) == [
            "  Convenience experience: base 5, ours —, theirs 8",
        ])
        // Closed on different days: the closing date conflicts, nothing else.
        let later = try CycleCloser.close(Merging.base, on: "2025-07-02").get()
        let m = Merging.merge(closed, later)
        #expect(m.merge?.conflicts.map(\.path) == [[.key("history"), .item(field: "cycle", value: .number(1)), .key("closedOn")]])
        #expect(m.merge?.lines(labels: MergeLabels(), language: .en) == ["  Cycle 1 (closed 2025-07-01) closedOn: base (absent), ours 2025-07-01, theirs 2025-07-02"])
    }

    @Test func requirementsAndKPIs() throws {
        let ours = Merging.edited {
            $0.requirements[3].alignment.decision = .pursue
            $0.requirements[3].factors.append("service")
            $0.requirements[0].kpis[0].target = 5
        }
        let theirs = Merging.edited {
            $0.requirements[0].kpis[0].actual = 4.5
            $0.requirements[3].factors.append("price")
            $0.requirements[1].title = "Close shops in weak districts first"
        }
        let merged = try Merging.clean(ours, theirs)
        #expect(merged.requirements[3].alignment.decision == .pursue)
        #expect(merged.requirements[3].factors == ["product", "service", "price"])
        #expect(merged.requirements[0].kpis[0].target == 5)
        #expect(merged.requirements[0].kpis[0].actual == 4.5)
        #expect(merged.requirements[1].title == "Close shops in weak districts first")

        let other = Merging.edited {
            $0.requirements[0].kpis[0].target = 6
            $0.requirements[3].alignment.decision = .drop
        }
        let m = Merging.merge(ours, other)
        #expect(m.merge?.lines(labels: MergeLabels(), language: .en) == [
            "  R1/K1 target: base 4, ours 5, theirs 6", "  R4 decision: base defer, ours pursue, theirs drop",
        ])
    }

    @Test func aConflictNamesItsEffectOnTheAnalysis() throws {
        let ours = Merging.edited { $0.factors[Merging.index($0, "convenience")].experience = 7 }
        let theirs = Merging.edited { $0.factors[Merging.index($0, "convenience")].experience = 6 }
        let m = Merging.merge(ours, theirs, labels: MergeLabels(ours: "HEAD", theirs: "alice"))
        #expect(m.merge?.lines(labels: m.labels, language: .en) == [
            "  Convenience experience: base 5, HEAD 7, alice 6 (weighted satisfaction 0 → −9; weighted gap −27 → −36; "
                + "key experiences Product (−6) → Convenience (−9), Product (−6))",
        ])
        #expect(m.merge?.lines(labels: m.labels, language: .zh) == [
            "  Convenience 体验：base 5，HEAD 7，alice 6（加权满意度 0 → −9；加权差距 −27 → −36；关键体验 Product（−6） → Convenience（−9）、Product（−6））",
        ])
    }

    @Test func theBrandStatementAndArchivedCycles() throws {
        let ours = Merging.edited { $0.brandStatement = "Fair prices" }
        let theirs = Merging.edited { $0.brandStatement = "Close by" }
        #expect(Merging.merge(ours, theirs).merge?.lines(labels: MergeLabels(), language: .en) == [
            "  brand statement: base \"Clearly marked prices and a reliable brand image\", ours \"Fair prices\", theirs \"Close by\"",
        ])
        // A correction to an archived cycle on one side, a new rating on the other: both kept.
        let closed = try CycleCloser.close(Merging.base, on: "2025-07-01").get()
        var corrected = closed
        corrected.history[0].requirements[0].kpis[0].actual = 4.3
        var rated = closed
        rated.factors[0].experience = 7
        let merged = try Merging.clean(corrected, rated, base: closed)
        #expect(merged.history[0].requirements[0].kpis[0].actual == 4.3)
        #expect(merged.factors[0].experience == 7)
        var other = closed
        other.history[0].requirements[0].kpis[0].actual = 4.1
        #expect(Merging.merge(corrected, other, base: closed).merge?.lines(labels: MergeLabels(), language: .en) == [
            "  Cycle 1 (closed 2025-07-01) R1/K1 actual: base 4.2, ours 4.3, theirs 4.1",
        ])
    }
}

// The conflicted file: markers around just the conflicting lines, both sides complete, read back by
// `cem validate` (MergeConflict) and by `cem resolve` (ConflictedWorkbook); the line-by-line fallback.

@testable import CEMKit
import Testing

@Suite struct MergeConflictTextTests {
    static let ours = Merging.edited { $0.factors[Merging.index($0, "convenience")].experience = 7 }
    static let theirs = Merging.edited {
        $0.factors[Merging.index($0, "convenience")].experience = 6
        $0.factors[Merging.index($0, "convenience")].expectation = 8
    }

    @Test func markersAroundJustTheConflictingValue() throws {
        let m = Merging.merge(Self.ours, Self.theirs, labels: MergeLabels(ours: "HEAD", base: "base", theirs: "alice"))
        #expect(m.blocks == 1)
        let expected = WorkbookWriter.text(Merging.edited { $0.factors[Merging.index($0, "convenience")].expectation = 8 }).replacing(
            "      \"experience\": 5,\n      \"expectation\": 8,\n",
            with: "<<<<<<< HEAD\n      \"experience\": 7,\n||||||| base\n      \"experience\": 5,\n=======\n      \"experience\": 6,\n>>>>>>> alice\n"
                + "      \"expectation\": 8,\n", maxReplacements: 1)
        #expect(m.text == expected)
        #expect(m.text != WorkbookWriter.text(Merging.base))

        // `cem validate` explains it with both sides.
        let conflict = try #require(MergeConflict.analyse(Array(m.text.utf8)))
        #expect(conflict.lines(language: .en) == ["  conflict at Convenience (convenience) experience: HEAD has 7, alice has 6"])

        // `cem resolve` finds the same conflict again, with the labels.
        let again = try #require(ConflictedWorkbook(Array(m.text.utf8)))
        #expect(again.labels == MergeLabels(ours: "HEAD", base: "base", theirs: "alice"))
        #expect(again.merge.conflicts == [TreeConflict(path: [.key("factors"), .item(field: "id", value: .string("convenience")), .key("experience")],
                                                       base: .number(5), ours: .number(7), theirs: .number(6))])
        let theirs = try #require(again.merge.workbook { _ in .theirs })
        #expect(theirs == Self.theirs)
        let typed = try #require(again.merge.workbook { _ in .value(.number(9)) })
        #expect(typed.factor(id: "convenience")?.experience == 9)
        #expect(typed.factor(id: "convenience")?.expectation == 8)
    }

    @Test func aRemovedItemIsOneBlockWithTheWholeFactor() throws {
        let ours = Merging.edited { $0.factors.remove(at: Merging.index($0, "price")) }
        let theirs = Merging.edited { $0.factors[Merging.index($0, "price")].experience = 6 }
        let m = Merging.merge(ours, theirs)
        #expect(m.blocks == 1)
        let sides = try #require(LineMerge.sides(of: m.text))
        #expect(try WorkbookReader.read(sides.ours) == ours)
        #expect(try WorkbookReader.read(sides.theirs) == theirs)
        #expect(try WorkbookReader.read(sides.base ?? "") == Merging.base)
        let again = try #require(ConflictedWorkbook(Array(m.text.utf8)))
        #expect(again.merge.workbook { _ in .ours } == ours)
        #expect(again.merge.workbook { _ in .base } == Merging.base)
    }

    @Test func withoutBaseEveryDifferenceConflicts() throws {
        // Markers as plain git writes them (no base part): both sides are read, and what differs is a conflict.
        let text = WorkbookWriter.text(Merging.base).replacing(
            "      \"experience\": 5,\n", with: "<<<<<<< HEAD\n      \"experience\": 7,\n=======\n      \"experience\": 6,\n>>>>>>> alice\n",
            maxReplacements: 1)
        let again = try #require(ConflictedWorkbook(Array(text.utf8)))
        #expect(again.merge.conflicts.map(\.base) == [nil])
        #expect(again.merge.lines(labels: again.labels, language: .en).first?.hasPrefix("  Convenience experience: base (absent), HEAD 7, alice 6") == true)
        #expect(ConflictedWorkbook(WorkbookWriter.bytes(Merging.base)) == nil)
        #expect(ConflictedWorkbook(Array("<<<<<<< a\n{\n=======\n[\n>>>>>>> b\n".utf8)) == nil)
    }

    @Test func filesThatAreNotJSONMergeLineByLine() {
        let base = "a\nb\nc\n", ours = "a\nB\nc\n", theirs = "a\nb\nc\nd\n"
        #expect(LineMerge.merge(base: base, ours: ours, theirs: theirs, labels: MergeLabels()) == ("a\nB\nc\nd\n", 0))
        // Adjacent changes conflict line by line (what the merge by meaning avoids).
        #expect(LineMerge.merge(base: base, ours: ours, theirs: "a\nb\nC\n", labels: MergeLabels()).conflicts == 1)
        let both = LineMerge.merge(base: base, ours: "a\nX\nc\n", theirs: "a\nY\nc\n", labels: MergeLabels())
        #expect(both.text == "a\n<<<<<<< ours\nX\n||||||| base\nb\n=======\nY\n>>>>>>> theirs\nc\n")
        #expect(both.conflicts == 1)
        let m = WorkbookMerge(base: Array(base.utf8), ours: Array("{ broken".utf8), theirs: WorkbookWriter.bytes(Merging.base))
        #expect(!m.isClean)
        #expect(m.merge == nil)
        #expect(m.unreadable == ["ours"])
        #expect(m.text.hasPrefix("<<<<<<< ours\n{ broken\n||||||| base\na\nb\nc\n=======\n{\n"))
    }

    @Test func aCleanMergeThatIsNotAValidWorkbook() {
        // Ours removes a factor; theirs links a requirement to it: no value conflicts, but a dangling link.
        let ours = Merging.edited { $0.factors.remove(at: Merging.index($0, "service")) }
        let theirs = Merging.edited { $0.requirements[3].factors.append("service") }
        let m = Merging.merge(ours, theirs)
        #expect(!m.isClean)
        #expect(m.merge?.conflicts == [])
        #expect(!m.problems.isEmpty)
        #expect(m.text.contains("\"factors\": [\"product\", \"service\"]"))
    }

    @Test func oneBlockWhenTheLinesCannotBeAligned() throws {
        // The fallback: one block from the first to the last line that differs, both sides complete.
        let text = WorkbookMerge.oneBlock(base: "a\nb\nc\nd\n", ours: "a\nB\nc\nD\n", theirs: "a\nb\nC\nd\n", labels: MergeLabels())
        #expect(text == "a\n<<<<<<< ours\nB\nc\nD\n||||||| base\nb\nc\nd\n=======\nb\nC\nd\n>>>>>>> theirs\n")
        let sides = try #require(LineMerge.sides(of: text))
        #expect(sides.ours == "a\nB\nc\nD\n")
        #expect(sides.base == "a\nb\nc\nd\n")
        #expect(sides.theirs == "a\nb\nC\nd\n")
    }
}

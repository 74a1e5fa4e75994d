import CEMKit
import Testing

@Suite struct DiffMergeConflictTests {
    /// The worked example with one line replaced by a conflict block.
    func conflicted(_ language: Language, replacing line: String, ours: String, theirs: String, base: String? = nil) -> [UInt8] {
        let text = WorkbookWriter.text(Samples.workedExample(language))
        var block = "<<<<<<< HEAD\n\(ours)\n"
        if let base { block += "||||||| merged common ancestors\n\(base)\n" }
        block += "=======\n\(theirs)\n>>>>>>> survey-2026\n"
        return Array(text.replacing(line + "\n", with: block, maxReplacements: 1).utf8)
    }

    @Test func namesBothSidesOfEachConflictingScore() throws {
        let bytes = conflicted(.en, replacing: "      \"experience\": 5,", ours: "      \"experience\": 6,", theirs: "      \"experience\": 7,")
        // The reader still refuses the file, naming the marker lines.
        #expect(throws: WorkbookError.self) { try WorkbookReader.read(bytes) }
        let conflict = try #require(MergeConflict.analyse(bytes))
        #expect(conflict.oursLabel == "HEAD")
        #expect(conflict.theirsLabel == "survey-2026")
        #expect(conflict.conflicts == [
            WorkbookChange(.scores, .changed, subject: "convenience", field: "experience", from: .number(6), to: .number(7)),
        ])
        #expect(conflict.lines(language: .en) == ["  conflict at Convenience (convenience) experience: HEAD has 6, survey-2026 has 7"])
    }

    @Test func diff3StyleAndChinese() throws {
        let bytes = conflicted(.zh, replacing: "      \"importance\": 9,", ours: "      \"importance\": 8,",
                               theirs: "      \"importance\": null,", base: "      \"importance\": 9,")
        let conflict = try #require(MergeConflict.analyse(bytes))
        #expect(conflict.lines(language: .zh) == ["  冲突于 便利性（convenience） 重要性：HEAD 为 8，survey-2026 为 —"])
    }

    @Test func aConflictOutsideTheScoresIsSaidToBe() throws {
        let bytes = conflicted(.en, replacing: "        \"decision\": \"defer\",", ours: "        \"decision\": \"pursue\",",
                               theirs: "        \"decision\": \"drop\",")
        let conflict = try #require(MergeConflict.analyse(bytes))
        #expect(conflict.lines(language: .en) == ["  conflict at R4 decision: HEAD has pursue, survey-2026 has drop"])
        let same = conflicted(.en, replacing: "        \"decision\": \"defer\",", ours: "        \"decision\": \"defer\",",
                              theirs: "        \"decision\": \"defer\",")
        #expect(try #require(MergeConflict.analyse(same)).lines(language: .en) == ["  (no conflicting score: the conflict is elsewhere in the file)"])
    }

    @Test func noMarkersOrAnUnreadableSideGiveNothing() {
        #expect(MergeConflict.analyse(WorkbookWriter.bytes(Samples.workedExample(.en))) == nil)
        let broken = conflicted(.en, replacing: "      \"experience\": 5,", ours: "      \"experience\": 6,", theirs: "      \"experience\": ,")
        #expect(MergeConflict.analyse(broken) == nil)
    }
}

// Step 3's words under the table when the quadrants are the gap-based variant (satisfaction × importance).

extension ReportSections {
    /// The cut lines of the variant and which variant the quadrant column uses.
    var satisfactionQuadrantLines: [ReportBlock] {
        let words = reportStrings(strings.language), ipa = analysis.ipa
        return [.text(words.satisfactionCuts(satisfaction: displayNumber(ipa.satisfactionCut), importance: displayNumber(ipa.importanceCut),
                                             method: ipa.method.name)),
                .text(words.quadrantVariant(.satisfaction))]
    }
}

// The groups `cem segments` shows, in the order it shows them (all respondents, then the segments by
// value, blank last), with each factor's figures: one source for the text, JSON and CSV outputs.

/// One group of respondents: all of them (`value` nil) or one value of the `--by` column.
public struct SegmentGroup: Sendable {
    public var value: String?
    /// The position in `SurveySummary.segments` (file order); nil for all respondents.
    public var index: Int?
    public var respondents: Int
    public var moments: [Moments]
}

/// One factor's figures in one group.
public struct SegmentFactor: Sendable {
    public var id: String
    public var name: String
    public var experience: SurveyStat?
    public var expectation: SurveyStat?
    /// Mean experience − mean expectation, from the engine (9 decimals); nil when either is missing.
    public var satisfaction: Double?
    /// A segment against the rest (Welch); nil for all respondents or when there is nothing to test.
    public var experienceTest: WelchTest?
    public var expectationTest: WelchTest?
    /// `--top-box`: the share of experience answers in the scale's top points.
    public var topBox: Double?
}

extension SurveySummary {
    /// All respondents first, then the segments sorted by value, blank last.
    public var segmentGroups: [SegmentGroup] {
        [SegmentGroup(value: nil, index: nil, respondents: respondents, moments: moments)]
            + segments.enumerated().sorted { a, b in
                a.element.value.isEmpty != b.element.value.isEmpty ? !a.element.value.isEmpty : a.element.value < b.element.value
            }.map { SegmentGroup(value: $0.element.value, index: $0.offset, respondents: $0.element.respondents, moments: $0.element.moments) }
    }

    /// The factor ids the file has scores for: in the workbook's order when there is one, else in column order.
    public func segmentFactorIDs(workbook: Workbook?) -> [String] {
        var ids: [String] = []
        for slot in slots { if let f = slot.factor, !ids.contains(f) { ids.append(f) } }
        if let workbook { ids = workbook.factors.map(\.id).filter(ids.contains) }
        return ids
    }

    /// The statistics of a factor's measure within a group.
    public func stat(_ id: String, _ measure: ScoreField, in group: SegmentGroup) -> SurveyStat? {
        slots.firstIndex { $0.factor == id && $0.measure == measure }.map { group.moments[$0].stat(within: slots[$0].scale) }
    }

    /// Welch's test of a factor's measure: the group against the rest of the respondents.
    public func welch(_ id: String, _ measure: ScoreField, in group: SegmentGroup) -> WelchTest? {
        guard group.value != nil, let slot = slots.firstIndex(where: { $0.factor == id && $0.measure == measure }),
              let rest = moments[slot].removing(group.moments[slot]) else { return nil }
        return WelchTest.between(group.moments[slot], rest)
    }

    /// `--top-box`: the scale its points are counted on: detected from the values, else the one experience
    /// was read on; nil when no scale is known (no workbook, no map scale).
    public var topBoxScale: Scale? {
        detected.first { !$0.importance }?.scale ?? topBoxReadScale
    }

    /// The share (0–1) of a group's experience answers of a factor in the scale's top K points, weighted
    /// like the means; nil without `--top-box`, a known scale, or answers.
    public func topBoxShare(_ id: String, in group: SegmentGroup) -> Double? {
        guard let box = topBox, let scale = topBoxScale, let t = box.tops.firstIndex(of: scale.max),
              let slot = slots.firstIndex(where: { $0.factor == id && $0.measure == .experience }),
              let k = box.slots.firstIndex(of: slot) else { return nil }
        let total = group.moments[slot].totalWeight
        guard total > 0 else { return nil }
        let counts = group.index.map { box.segments[$0] } ?? box.all
        return finiteFigure(counts[k * box.tops.count + t] / total)
    }

    /// Each factor's experience, expectation and satisfaction within a group.
    public func segmentFactors(_ group: SegmentGroup, workbook: Workbook?) -> [SegmentFactor] {
        let ids = segmentFactorIDs(workbook: workbook)
        // Satisfaction comes from the engine: a workbook of this group's means, analysed.
        let factors = ids.map { id in
            Factor(id: id, name: workbook?.factor(id: id)?.name ?? id, experience: stat(id, .experience, in: group)?.mean,
                   expectation: stat(id, .expectation, in: group)?.mean)
        }
        let analysis = Analysis(Workbook(factors: factors))
        return factors.map { f in
            SegmentFactor(id: f.id, name: f.name, experience: stat(f.id, .experience, in: group),
                          expectation: stat(f.id, .expectation, in: group), satisfaction: analysis.factor(f.id)?.satisfaction,
                          experienceTest: welch(f.id, .experience, in: group), expectationTest: welch(f.id, .expectation, in: group),
                          topBox: topBoxShare(f.id, in: group))
        }
    }
}

extension SurveyExport {
    static let segmentColumns = ["group", "segment", "respondents", "factor", "name",
                                 "experienceN", "experienceMean", "experienceSd", "experienceLow", "experienceHigh",
                                 "expectationN", "expectationMean", "expectationSd", "expectationLow", "expectationHigh",
                                 "satisfaction", "experienceDifference", "experienceDifferenceLow", "experienceDifferenceHigh",
                                 "experienceP", "experienceSignificant", "experienceTopBox",
                                 "experienceEffectiveN", "expectationEffectiveN", "expectationDifference", "expectationDifferenceLow",
                                 "expectationDifferenceHigh", "expectationP", "expectationSignificant"]

    /// `cem segments --format json`.
    public static func segmentsJSON(_ summary: SurveySummary, file: String, by column: String, workbook: Workbook?) -> String {
        var o = JSONObjectBuilder()
        o.add("file", file)
        o.add("by", column)
        o.add("encoding", summary.encoding.name)
        o.add("rows", .number(Double(summary.rows)))
        o.add("respondents", .number(Double(summary.respondents)))
        o.add("unusableRows", .number(Double(summary.unusableRows)))
        o.add("extraHeaderRows", .number(Double(summary.extraHeaderRows)))
        o.add("weight", summary.weightColumn)
        o.add("topBox", summary.topBox.map { .number(Double($0.k)) } ?? .null)
        o.add("topBoxScale", summary.topBox != nil ? summary.topBoxScale.map(scale) ?? .null : .null)
        o.add("groups", objects: summary.segmentGroups.map { group in
            var g = JSONObjectBuilder()
            g.add("segment", group.value)
            g.add("respondents", .number(Double(group.respondents)))
            g.add("factors", objects: summary.segmentFactors(group, workbook: workbook).map { f in
                var e = JSONObjectBuilder()
                e.add("factor", f.id)
                e.add("name", f.name)
                for (key, stat) in [("experience", f.experience), ("expectation", f.expectation)] {
                    if let stat {
                        var s = JSONObjectBuilder()
                        add(stat, to: &s)
                        e.add(key, s.value)
                    } else {
                        e.add(key, .null)
                    }
                }
                e.add("satisfaction", number(f.satisfaction))
                e.add("experienceTopBox", number(f.topBox))
                for (key, test) in [("experienceVsRest", f.experienceTest), ("expectationVsRest", f.expectationTest)] {
                    guard let test else {
                        e.add(key, .null)
                        continue
                    }
                    var w = JSONObjectBuilder()
                    w.add("difference", test.difference)
                    w.add("low", test.low)
                    w.add("high", test.high)
                    w.add("t", test.t)
                    w.add("df", test.degreesOfFreedom)
                    w.add("p", test.p)
                    w.add("significant", .bool(test.significant))
                    w.add("restMean", test.restMean)
                    w.add("restN", .number(Double(test.restN)))
                    e.add(key, w.value)
                }
                return e.value
            })
            return g.value
        })
        return CanonicalJSON.text(o.value)
    }

    /// `cem segments --format csv`: one row per group and factor; `group` is `all` (first) or `segment`,
    /// and `segment` the value as it is in the file (empty for blank answers).
    public static func segmentsCSV(_ summary: SurveySummary, workbook: Workbook?) -> String {
        var lines = [segmentColumns.joined(separator: ",")]
        for group in summary.segmentGroups {
            for f in summary.segmentFactors(group, workbook: workbook) {
                var cells = [group.value == nil ? "all" : "segment", Markup.csv(text: group.value ?? ""), String(group.respondents), Markup.csv(text: f.id), Markup.csv(text: f.name)]
                for stat in [f.experience, f.expectation] {
                    let interval = stat?.confidenceInterval
                    cells += [stat.map { String($0.n) } ?? "", Markup.csv(number: stat?.mean), Markup.csv(number: stat?.sd),
                              Markup.csv(number: interval?.low), Markup.csv(number: interval?.high)]
                }
                cells.append(Markup.csv(number: f.satisfaction))
                let test = f.experienceTest
                cells += [Markup.csv(number: test?.difference), Markup.csv(number: test?.low), Markup.csv(number: test?.high),
                          Markup.csv(number: test?.p), test.map { $0.significant ? "true" : "false" } ?? "", Markup.csv(number: f.topBox)]
                // Added after the first columns (scripts that read by position keep working): effective n and expectation's test.
                let rest = f.expectationTest
                cells += [Markup.csv(number: f.experience?.effectiveN), Markup.csv(number: f.expectation?.effectiveN),
                          Markup.csv(number: rest?.difference), Markup.csv(number: rest?.low), Markup.csv(number: rest?.high),
                          Markup.csv(number: rest?.p), rest.map { $0.significant ? "true" : "false" } ?? ""]
                lines.append(cells.joined(separator: ","))
            }
        }
        return csvFile(lines)
    }
}

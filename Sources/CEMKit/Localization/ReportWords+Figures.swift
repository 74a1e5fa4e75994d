// Report words for derived figures: their labels (the registry in Engine/DerivedFigure.swift), why a
// figure is missing when it is too large, KPI counts that name the unmeasured, and good/bad deviations.

extension ReportWords {
    /// A figure left out because it is beyond what a number holds, with what to do about it.
    public func tooLarge(_ figure: String, of subject: String) -> String {
        language.pick(zh: "\(subject)的\(figure)太大，无法计算（超出数字所能表示的范围），显示为“—”。请检查量表和分数。",
                      en: "\(figure) of \(subject) is too large to compute (beyond what a number can hold), shown as “—”. Check the scale and the scores.")
    }

    /// The overall figures, as a subject of `tooLarge`.
    public var overall: String { language.pick(zh: "整体", en: "the workbook") }

    /// `KPIs met: 2 of 4 (2 not measured yet)`: the count is over every KPI, never only the measured ones.
    public func kpiStatus(met: Int, of total: Int, unmeasured: Int) -> String {
        let rest = unmeasured == 0 ? "" : language.pick(zh: "（\(unmeasured) 个尚未测量）", en: " (\(unmeasured) not measured yet)")
        return language.pick(zh: "KPI 达成：\(met) / \(total)", en: "KPIs met: \(met) of \(total)") + rest
    }

    /// A deviation of a lower-is-better KPI, said in words, so that a negative number reads as good.
    public func deviation(_ figure: String, good: Bool) -> String {
        good ? language.pick(zh: "\(figure)（较好）", en: "\(figure) (better)")
             : language.pick(zh: "\(figure)（较差）", en: "\(figure) (worse)")
    }

    // MARK: Labels of the derived figures

    public var satisfactionLabel: String { language.pick(zh: "满意度", en: "Satisfaction") }
    public var weightedSatisfactionLabel: String { language.pick(zh: "加权满意度", en: "Weighted sat.") }
    public var gapLabel: String { language.pick(zh: "差距", en: "Gap") }
    public var weightedGapLabel: String { language.pick(zh: "加权差距", en: "Weighted gap") }
    public var meanSatisfactionLabel: String { language.pick(zh: "平均满意度", en: "Mean satisfaction") }
    public var weightedSatisfactionIndexLabel: String { language.pick(zh: "加权满意度指数", en: "Weighted satisfaction index") }
    public var deviationLabel: String { language.pick(zh: "偏差", en: "Deviation") }

    // MARK: The derived figures inside a sentence

    public var satisfactionPhrase: String { language.pick(zh: "满意度", en: "satisfaction") }
    public var weightedSatisfactionPhrase: String { language.pick(zh: "加权满意度", en: "weighted satisfaction") }
    public var gapPhrase: String { language.pick(zh: "差距", en: "gap") }
    public var weightedGapPhrase: String { language.pick(zh: "加权差距", en: "weighted gap") }
}

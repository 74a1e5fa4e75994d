// Words of the charts at real sizes: pieces of long charts, zoomed IPA axes, numbered points, the
// quadrant variant and the survey intervals.

extension ReportWords {
    /// After a chart's title when it is split: "(factors 1–20 of 40)", "(continued, factors 21–40 of 40)".
    public func pieceCaption(from first: Int, to last: Int, of total: Int, continued: Bool, kpis: Bool = false) -> String {
        let what = kpis ? "KPI" : language.pick(zh: "因素", en: "factors")
        return continued
            ? language.pick(zh: "（续，\(what) \(first)–\(last)，共 \(total) 个）", en: " (continued, \(what) \(first)–\(last) of \(total))")
            : language.pick(zh: "（\(what) \(first)–\(last)，共 \(total) 个）", en: " (\(what) \(first)–\(last) of \(total))")
    }

    /// After the IPA's title on a piece that carries on its list of notes.
    public var ipaNotesContinued: String { language.pick(zh: "（续：编号的点与说明）", en: " (continued: numbered points and notes)") }

    /// A range of values: "6 to 9".
    public func range(_ low: String, _ high: String) -> String { language.pick(zh: "\(low) 至 \(high)", en: "\(low) to \(high)") }

    /// After an IPA axis title when the axis is zoomed: "(axis 6 to 9 of 0 to 10)".
    public func zoomedAxis(_ shown: String, of scale: String) -> String {
        language.pick(zh: "（坐标轴 \(shown)，量表 \(scale)）", en: " (axis \(shown) of \(scale))")
    }

    /// Under the IPA chart: what its axes show and how to see the rest.
    public func ipaAxesNote(zoomed: Bool, experience: String, importance: String, xName: String) -> String {
        zoomed
            ? language.pick(zh: "坐标轴按数据缩放：\(xName) \(experience)，重要性 \(importance)；用 --ipa-axes full 显示完整量表。",
                            en: "Axes zoomed to the data: \(xName.lowercased()) \(experience), importance \(importance); --ipa-axes full shows the whole scale.")
            : language.pick(zh: "坐标轴为完整量表：\(xName) \(experience)，重要性 \(importance)。",
                            en: "Axes on the whole scale: \(xName.lowercased()) \(experience), importance \(importance).")
    }

    /// Under the IPA chart, one line per numbered marker: "① Product, Service — experience 7, importance 9".
    public func numberedPoint(_ mark: String, names: String, figures: String) -> String {
        language.pick(zh: "\(mark) \(names)——\(figures)", en: "\(mark) \(names) — \(figures)")
    }

    /// "experience 7, importance 9".
    public func pointFigures(xName: String, x: String, importance: String) -> String {
        language.pick(zh: "\(xName) \(x)，重要性 \(importance)", en: "\(xName.lowercased()) \(x), importance \(importance)")
    }

    /// "Product (experience 7, importance 9)".
    public func nameWithFigures(_ name: String, _ figures: String) -> String {
        language.pick(zh: "\(name)（\(figures)）", en: "\(name) (\(figures))")
    }

    /// Points drawn as one numbered marker because they lie at one spot or closer than a label.
    public var numberedPointsHeading: String {
        language.pick(zh: "编号的点（同一位置或相距太近的因素合为一个标记）：",
                      en: "Numbered points (factors at one spot, or closer than a label, share a marker):")
    }

    /// Which quadrant variant a chart or table uses.
    public func quadrantVariant(_ variant: IPAVariant) -> String {
        switch variant {
        case .experience:
            return language.pick(zh: "象限：体验（表现）× 重要性（经典 IPA；--quadrant satisfaction 改用满意度 × 重要性）。",
                                 en: "Quadrants: experience (performance) × importance, the classic IPA (--quadrant satisfaction uses satisfaction × importance).")
        case .satisfaction:
            return language.pick(zh: "象限：满意度（体验 − 期望）× 重要性；满意度以 0 为分界（达到期望即为高）。",
                                 en: "Quadrants: satisfaction (experience − expectation) × importance; satisfaction is cut at 0 (meeting the expectation counts as high).")
        }
    }

    /// The IPA cut lines of the gap-based variant.
    public func satisfactionCuts(satisfaction: String, importance: String, method: String) -> String {
        let methodName = language.pick(
            zh: ["mean": "平均值", "median": "中位数", "midpoint": "量表中点", "values": "指定值"][method] ?? method, en: method)
        return language.pick(
            zh: "IPA 分界线：满意度 \(satisfaction)，重要性 \(importance)（\(methodName)）",
            en: "IPA cut lines: satisfaction \(satisfaction), importance \(importance) (\(methodName))")
    }

    /// The method appendix: the two variants and their cut rules.
    public var quadrantVariantsRule: String {
        language.pick(
            zh: "IPA 有两种：经典的体验 × 重要性（默认），以及基于差距的满意度 × 重要性（--quadrant satisfaction），后者的满意度分界为 0，即达到期望；用 --cuts X,Y 时 X 为满意度的分界。每张象限图和步骤 3 的表格都注明所用的一种。",
            en: "IPA comes in two variants: the classic experience × importance (the default) and the gap-based satisfaction × importance (--quadrant satisfaction), whose satisfaction cut is 0, meeting the expectation; with --cuts X,Y, X is the satisfaction cut. Every quadrant chart and the step-3 table say which one they use.")
    }

    /// Under a chart with survey intervals.
    public func intervalNote(_ respondents: String) -> String {
        language.pick(zh: "须线为调查平均值的 95% 置信区间（平均值 ± t·sd/√n，\(respondents)）。",
                      en: "Whiskers are the survey's 95% confidence interval of the mean (mean ± t·sd/√n, \(respondents)).")
    }
}

// Words of the diagnosis of a wrong answer: what the learner's own number shows, in their numbers.

extension TrainingWords {
    public var satisfactionFormula: String {
        language.pick(zh: "满意度 = 体验 − 期望", en: "satisfaction = experience − expectation")
    }
    public var gapFormula: String { language.pick(zh: "差距 = 体验 − 理想", en: "gap = experience − ideal") }
    public func signFlipped(_ given: String) -> String {
        language.pick(zh: "你的 \(given) 正负号反了：数值对，方向错。", en: "Your \(given) has the sign flipped: the size is right, the direction is not.")
    }
    public func reversedDifference(_ given: String, _ worked: String, formula: String) -> String {
        language.pick(zh: "你的 \(given) 是 \(worked)，减反了：\(formula)。",
                      en: "Your \(given) is \(worked), the subtraction the wrong way round: \(formula).")
    }
    public func idealForExpectation(_ given: String, _ worked: String, ideal: String, expectation: String) -> String {
        language.pick(zh: "你的 \(given) 是 \(worked)：用了理想（\(ideal)）而不是期望（\(expectation)）；与理想比较的是第 4 步的差距。",
                      en: "Your \(given) is \(worked): you used the ideal (\(ideal)) instead of the expectation (\(expectation)); comparing with the ideal is step 4's gap.")
    }
    public func expectationForIdeal(_ given: String, _ worked: String, ideal: String, expectation: String) -> String {
        language.pick(zh: "你的 \(given) 是 \(worked)：用了期望（\(expectation)）而不是理想（\(ideal)）；与期望比较的是第 2 步的满意度。",
                      en: "Your \(given) is \(worked): you used the expectation (\(expectation)) instead of the ideal (\(ideal)); comparing with the expectation is step 2's satisfaction.")
    }
    public func noWeight(_ given: String, importance: String) -> String {
        language.pick(zh: "你的 \(given) 还没有加权：再乘以重要性（\(importance)）。",
                      en: "Your \(given) is not weighted yet: multiply it by the importance (\(importance)).")
    }
    public func unweightedMean(_ given: String) -> String {
        language.pick(zh: "你的 \(given) 是满意度的简单平均；指数要按重要性加权：Σ（重要性 × 满意度）÷ Σ 重要性。",
                      en: "Your \(given) is the plain mean of the satisfactions; the index weights each by its importance: Σ (importance × satisfaction) ÷ Σ importance.")
    }
    public func sumForMax(_ given: String, terms: String) -> String {
        language.pick(zh: "你的 \(given) 是 \(terms) 的总和；优先级取其中最大的一项，不是相加。",
                      en: "Your \(given) is the sum \(terms); the priority is the largest of them, not their sum.")
    }
    public func notTheFirst(_ name: String, _ figure: String, first: String, _ firstFigure: String, keyExperience: Bool) -> String {
        keyExperience
            ? language.pick(zh: "“\(name)”（加权满意度 \(figure)）是关键体验之一，但“\(first)”的 \(firstFigure) 更负：关键体验是最负的那一个。",
                            en: "\(name) (weighted satisfaction \(figure)) is a key experience, but \(first)'s \(firstFigure) is more negative: the key experience is the most negative.")
            : language.pick(zh: "“\(name)”（加权差距 \(figure)）也有差距，但“\(first)”的 \(firstFigure) 更负：最大差距是最负的那一个。",
                            en: "\(name) (weighted gap \(figure)) falls short too, but \(first)'s \(firstFigure) is more negative: the largest gap is the most negative.")
    }
}

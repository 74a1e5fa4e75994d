// The built-in workbooks: the worked example of DESIGN §2 (the templates are in Templates.swift).
// The files in workbooks/ are these values written canonically; a test keeps them identical.

public enum Samples {
    /// The file name of the worked example in `workbooks/`.
    public static func workedExampleFileName(_ language: Language) -> String { "meisu.\(language.rawValue).cem.json" }

    /// The worked example of DESIGN §2: 美苏电器, four shops on one street, all seven steps filled.
    public static func workedExample(_ language: Language) -> Workbook {
        var workbook = Template.retail.workbook(
            language: language, title: language.pick(zh: "美苏电器 · 西洋菜街", en: "Meisu Electronics · Sai Yeung Choi Street"))
        workbook.brandStatement = language.pick(zh: "明码实价，可靠的品牌形象", en: "Clearly marked prices and a reliable brand image")
        // brandValue, experience, expectation, importance, ideal (DESIGN §2, the table of the worked example).
        let scores: [String: [Double]] = [
            "product": [6, 6, 7, 6, 6],
            "service": [5, 6, 6, 5, 6],
            "relationship": [2, 4, 4, 3, 4],
            "convenience": [4, 5, 7, 9, 10],
            "brand-image": [9, 7, 7, 7, 7],
            "price": [9, 7, 7, 6, 7],
        ]
        let notes: [String: (String, String)] = [
            "product": ("顾客期望更多产品类别", "Customers expect a wider range"),
            "convenience": ("店铺数目不足", "Not enough shops"),
            "price": ("明码实价是吸引顾客的主因", "Clearly marked prices are why customers come"),
        ]
        for i in workbook.factors.indices {
            let id = workbook.factors[i].id
            for (field, value) in zip(ScoreField.allCases, scores[id]!) { workbook.factors[i][score: field] = value }
            if let note = notes[id] { workbook.factors[i].notes = language.pick(zh: note.0, en: note.1) }
        }
        workbook.requirements = [
            Requirement(
                id: "R1", title: language.pick(zh: "在西洋菜街开更多分店", en: "Open more shops on Sai Yeung Choi Street"),
                factors: ["convenience"], targetExperience: 10,
                alignment: Alignment(
                    strategyFit: 9, people: .adjust, process: .adjust, technology: .ready, decision: .pursue,
                    rationale: language.pick(zh: "便利性是关键体验；多开分店延续明码实价的品牌", en: "Convenience is the key experience; more shops carry the clearly-priced brand further")),
                kpis: [KPI(id: "K1", metric: language.pick(zh: "相对一家店的销售额", en: "sales relative to one shop"), unit: "x",
                           better: .higher, baseline: 1, target: 4, actual: 4.2, measuredOn: "2025-06-30")]
            ),
            Requirement(
                id: "R2", title: language.pick(zh: "关闭生意一般区域的分店", en: "Close shops in weak districts"),
                alignment: Alignment(
                    strategyFit: 8, people: .adjust, process: .adjust, technology: .ready, decision: .pursue,
                    rationale: language.pick(zh: "把资源集中到西洋菜街", en: "Concentrate resources on Sai Yeung Choi Street"))
            ),
            Requirement(
                id: "R3", title: language.pick(zh: "互联网或电话销售", en: "Online or phone sales"),
                factors: ["convenience"],
                alignment: Alignment(
                    strategyFit: 3, people: .build, process: .build, technology: .build, decision: .drop,
                    rationale: language.pick(zh: "顾客要到店看货比价，不合品牌；所需能力都要新建", en: "Customers come to see and compare in the shop; off-brand, and every capability would have to be built"))
            ),
            Requirement(
                id: "R4", title: language.pick(zh: "扩充产品类别", en: "A wider product range"),
                factors: ["product"],
                alignment: Alignment(
                    strategyFit: 6, people: .adjust, process: .adjust, technology: .ready, decision: .defer,
                    rationale: language.pick(zh: "资源先用于关键体验（便利性）", en: "Resources go to the key experience (convenience) first"))
            ),
        ]
        return workbook
    }
}

// The built-in workbooks: the worked example of DESIGN §2 and the templates.
// The files in workbooks/ are these values written canonically; a test keeps them identical.

public enum Template: String, Sendable, CaseIterable {
    /// The six factors of the method, for a retailer.
    case retail
    /// The five SERVQUAL dimensions.
    case servqual

    private struct Entry {
        let id: String
        let zh: String
        let en: String
        let zhDescription: String
        let enDescription: String
    }

    private var entries: [Entry] {
        switch self {
        case .retail:
            return [
                Entry(id: "product", zh: "产品", en: "Product", zhDescription: "所售商品的种类、质量与可得性", enDescription: "Range, quality and availability of what is sold"),
                Entry(id: "service", zh: "服务", en: "Service", zhDescription: "店员的帮助、售后与维修", enDescription: "Help from staff, after-sales and repairs"),
                Entry(id: "relationship", zh: "关系", en: "Relationship", zhDescription: "熟客关系、会员与个人联系", enDescription: "Regular customers, membership and personal ties"),
                Entry(id: "convenience", zh: "便利性", en: "Convenience", zhDescription: "位置、营业时间、店铺数目与购买的方便程度", enDescription: "Location, opening hours, number of shops, ease of buying"),
                Entry(id: "brand-image", zh: "品牌形象", en: "Brand image", zhDescription: "顾客心中的品牌印象与信任", enDescription: "What customers think of the brand and how far they trust it"),
                Entry(id: "price", zh: "价格", en: "Price", zhDescription: "价格水平与价格透明度", enDescription: "Price level and price transparency"),
            ]
        case .servqual:
            return [
                Entry(id: "tangibles", zh: "有形性", en: "Tangibles", zhDescription: "设施、设备与员工的外表", enDescription: "Physical facilities, equipment and appearance of staff"),
                Entry(id: "reliability", zh: "可靠性", en: "Reliability", zhDescription: "可靠而准确地履行承诺的服务", enDescription: "Performing the promised service dependably and accurately"),
                Entry(id: "responsiveness", zh: "响应性", en: "Responsiveness", zhDescription: "乐于帮助顾客并提供及时的服务", enDescription: "Willingness to help customers and give prompt service"),
                Entry(id: "assurance", zh: "保证性", en: "Assurance", zhDescription: "员工的知识、礼貌与赢得信任的能力", enDescription: "Knowledge and courtesy of staff and their ability to inspire trust"),
                Entry(id: "empathy", zh: "移情性", en: "Empathy", zhDescription: "关心顾客并给予个别关注", enDescription: "Caring, individual attention to customers"),
            ]
        }
    }

    /// A new workbook with this template's factors and empty scores, named in `language`.
    public func workbook(language: Language, title: String = "") -> Workbook {
        Workbook(
            title: title, language: language,
            factors: entries.map { e in
                Factor(id: e.id, name: language.pick(zh: e.zh, en: e.en),
                       description: language.pick(zh: e.zhDescription, en: e.enDescription))
            }
        )
    }
}

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

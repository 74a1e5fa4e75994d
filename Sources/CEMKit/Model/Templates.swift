// The templates a new workbook starts from: the factors a consultant in that industry would begin with,
// named and described in both languages. The files in workbooks/templates/ are these, written canonically.

public enum Template: String, Sendable, CaseIterable {
    /// The six factors of the method, for a retailer.
    case retail
    /// The five SERVQUAL dimensions.
    case servqual
    case hotel
    case restaurant
    /// Retail banking: branches, the app, advice.
    case bank
    /// The nurse-call programme of an insurer: a health hotline for its policyholders.
    case insurerHotline = "insurer-hotline"
    case hospitalOutpatient = "hospital-outpatient"
    /// 政务服务窗口: a government service counter.
    case publicServiceWindow = "public-service-window"

    /// What the template is for, in a few words (`cem new --list-templates`).
    public var summary: Localized {
        switch self {
        case .retail: return Localized(zh: "零售商：方法的六个因素（书中案例）", en: "a retailer: the six factors of the method (the worked example)")
        case .servqual: return Localized(zh: "SERVQUAL 服务质量的五个维度", en: "the five SERVQUAL dimensions of service quality")
        case .hotel: return Localized(zh: "酒店：从预订到退房", en: "a hotel, from booking to check-out")
        case .restaurant: return Localized(zh: "餐厅：堂食与点餐", en: "a restaurant: eating in and ordering")
        case .bank: return Localized(zh: "零售银行：网点、手机银行与理财", en: "a retail bank: branches, mobile banking and advice")
        case .insurerHotline: return Localized(zh: "保险公司为客户提供的护士健康热线", en: "an insurer's nurse-call line for its policyholders")
        case .hospitalOutpatient: return Localized(zh: "医院门诊：从挂号到取药", en: "a hospital's outpatient clinic, from appointment to pharmacy")
        case .publicServiceWindow: return Localized(zh: "政务服务窗口（办事大厅）", en: "a government service counter (public service hall)")
        }
    }

    /// The factors' names in `language`, in order.
    public func factorNames(_ language: Language) -> [String] {
        entries.map { language.pick(zh: $0.zh, en: $0.en) }
    }

    var entries: [TemplateEntry] {
        switch self {
        case .retail:
            return [
                TemplateEntry(id: "product", zh: "产品", en: "Product", zhDescription: "所售商品的种类、质量与可得性", enDescription: "Range, quality and availability of what is sold"),
                TemplateEntry(id: "service", zh: "服务", en: "Service", zhDescription: "店员的帮助、售后与维修", enDescription: "Help from staff, after-sales and repairs"),
                TemplateEntry(id: "relationship", zh: "关系", en: "Relationship", zhDescription: "熟客关系、会员与个人联系", enDescription: "Regular customers, membership and personal ties"),
                TemplateEntry(id: "convenience", zh: "便利性", en: "Convenience", zhDescription: "位置、营业时间、店铺数目与购买的方便程度", enDescription: "Location, opening hours, number of shops, ease of buying"),
                TemplateEntry(id: "brand-image", zh: "品牌形象", en: "Brand image", zhDescription: "顾客心中的品牌印象与信任", enDescription: "What customers think of the brand and how far they trust it"),
                TemplateEntry(id: "price", zh: "价格", en: "Price", zhDescription: "价格水平与价格透明度", enDescription: "Price level and price transparency"),
            ]
        case .servqual:
            return [
                TemplateEntry(id: "tangibles", zh: "有形性", en: "Tangibles", zhDescription: "设施、设备与员工的外表", enDescription: "Physical facilities, equipment and appearance of staff"),
                TemplateEntry(id: "reliability", zh: "可靠性", en: "Reliability", zhDescription: "可靠而准确地履行承诺的服务", enDescription: "Performing the promised service dependably and accurately"),
                TemplateEntry(id: "responsiveness", zh: "响应性", en: "Responsiveness", zhDescription: "乐于帮助顾客并提供及时的服务", enDescription: "Willingness to help customers and give prompt service"),
                TemplateEntry(id: "assurance", zh: "保证性", en: "Assurance", zhDescription: "员工的知识、礼貌与赢得信任的能力", enDescription: "Knowledge and courtesy of staff and their ability to inspire trust"),
                TemplateEntry(id: "empathy", zh: "移情性", en: "Empathy", zhDescription: "关心顾客并给予个别关注", enDescription: "Caring, individual attention to customers"),
            ]
        case .hotel, .restaurant, .bank, .insurerHotline, .hospitalOutpatient, .publicServiceWindow:
            return industryEntries
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

/// One factor of a template, in both languages.
struct TemplateEntry {
    let id: String
    let zh: String
    let en: String
    let zhDescription: String
    let enDescription: String
}

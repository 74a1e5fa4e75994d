// CLI words a consultant meets in passing: a template's id with its Chinese name (`cem new --list-templates`
// and the session's template question), the id staying what is typed.

extension CLIWords {
    /// "retail（零售）" in Chinese, "retail" in English (the id is already the English name).
    public func templateLabel(_ template: Template) -> String {
        language.pick(zh: template.rawValue + "（" + templateChineseName(template) + "）", en: template.rawValue)
    }

    private func templateChineseName(_ template: Template) -> String {
        switch template {
        case .retail: return "零售"
        case .servqual: return "服务质量五维度"
        case .hotel: return "酒店"
        case .restaurant: return "餐厅"
        case .bank: return "银行"
        case .insurerHotline: return "保险健康热线"
        case .hospitalOutpatient: return "医院门诊"
        case .publicServiceWindow: return "政务服务窗口"
        }
    }
}

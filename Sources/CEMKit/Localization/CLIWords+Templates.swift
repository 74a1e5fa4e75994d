// CLI words of the templates: `cem new --list-templates`.

extension CLIWords {
    public var templatesHeading: String { language.pick(zh: "模板（cem new FILE --template 名称）：", en: "Templates (cem new FILE --template NAME):") }

    public func templateFactorCount(_ count: Int) -> String {
        language.pick(zh: "（\(count) 个因素）", en: " (\(count) factors)")
    }
}

// The templates as the help of `--template` lists them (cem new, cem session), from the same labels as
// `cem new --list-templates`: in Chinese each id has its Chinese name beside it.

extension CLIWords {
    /// Every template's label, in the order of `Template.allCases`: `retail（零售）、servqual（…）` in Chinese.
    public var templateChoices: String { Template.allCases.map(templateLabel).joined(separator: listSeparator) }
}

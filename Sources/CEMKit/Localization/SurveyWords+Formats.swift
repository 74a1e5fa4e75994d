// The words of `--format` for `cem import` and `cem segments`: what it applies to.

extension SurveyWords {
    /// `--format json|csv` with an option that prints no import (`--columns`, `--suggest-map`).
    public func formatOnlyForImport(_ option: String) -> String {
        language.pick(
            zh: "--format 只用于导入本身的输出；\(option) 只输出文本：请去掉 --format",
            en: "--format applies to the import's own output; \(option) prints text only: leave out --format")
    }
}

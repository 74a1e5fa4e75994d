// The words of an option given twice that is not repeatable.

extension CLIWords {
    public func repeatedOption(_ option: String) -> String {
        language.pick(
            zh: "cem：\(option) 只能给一次；请只保留一个值",
            en: "cem: \(option) may be given only once; keep one value")
    }
}

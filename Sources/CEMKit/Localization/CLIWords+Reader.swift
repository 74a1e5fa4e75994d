// Words of the workbook reader's newer messages: numbers outside the format's domain and "did you mean"
// for choice words. The older messages are still in the `Strings` tables.

extension CLIWords {
    /// The name of a quantity of the numeric domain.
    public func quantityName(_ quantity: NumericDomain.Quantity) -> String {
        switch quantity {
        case .score: return language.pick(zh: "分数或量表端点", en: "a score or scale bound")
        case .spread: return language.pick(zh: "标准差", en: "a standard deviation")
        case .duration: return language.pick(zh: "时长", en: "a duration")
        case .kpiFigure: return language.pick(zh: "KPI 数值", en: "a KPI figure")
        case .count: return language.pick(zh: "样本数", en: "a count")
        case .cycle: return language.pick(zh: "周期编号", en: "a cycle number")
        }
    }

    /// What is wrong, for the problems this file words (nil for the others).
    public func readerProblem(_ p: Problem) -> String? {
        switch p {
        case .outsideDomain(let value, let quantity):
            let range = NumericDomain.range(quantity)
            let low = NumericDomain.display(range.lowerBound), high = NumericDomain.display(range.upperBound)
            return language.pick(
                zh: "\(CanonicalJSON.number(value)) 超出了 cem 对\(quantityName(quantity))所允许的范围（\(low) 至 \(high)）",
                en: "\(CanonicalJSON.number(value)) is outside the range cem accepts for \(quantityName(quantity)) (\(low) to \(high))")
        case .moreProblems(let count):
            return language.pick(zh: "另有 \(count) 个问题未列出", en: "\(count) more problem\(count == 1 ? "" : "s") not listed")
        default: return nil
        }
    }

    /// How to fix it, for the problems this file words (nil for the others).
    public func readerFix(_ p: Problem) -> String? {
        switch p {
        case .outsideDomain(_, let quantity):
            let range = NumericDomain.range(quantity)
            let low = NumericDomain.display(range.lowerBound), high = NumericDomain.display(range.upperBound)
            return NumericDomain.isWhole(quantity)
                ? language.pick(zh: "请写 \(low) 至 \(high) 之间的整数", en: "use a whole number from \(low) to \(high)")
                : language.pick(zh: "请写 \(low) 至 \(high) 之间的数", en: "use a number from \(low) to \(high)")
        case .notAllowed(let value, let allowed):
            return Suggest.closest(to: value, in: allowed).map(didYouMean)
        case .moreProblems:
            return language.pick(zh: "请先改正上面列出的问题，再运行 `cem validate`", en: "fix the problems above, then run `cem validate` again")
        default: return nil
        }
    }

    /// "did you mean …?" with the word quoted in the language's way.
    public func didYouMean(_ word: String) -> String {
        language.pick(zh: "是否想写“\(word)”？", en: "did you mean \"\(word)\"?")
    }
}

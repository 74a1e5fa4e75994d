// The factories of the report words, and how numbers and scales are shown in text.

/// The table for a language.
public func strings(_ language: Language) -> ReportWords { ReportWords(language) }

/// A score as it is shown in text: `−0.5`, `4.2`, `5.8333`, `—` when missing.
/// Up to four decimals, trailing zeros dropped; a true minus sign.
public func displayNumber(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    let rounded = abs(value) < 0x1p52 ? (value * 10_000).rounded() / 10_000 : value
    var text = CanonicalJSON.number(rounded == 0 ? 0 : rounded)
    if text.contains("e") { text = String(describing: rounded) }
    return text.hasPrefix("-") ? "−" + text.dropFirst() : text
}

/// A scale as `0–10`.
public func displayScale(_ scale: Scale) -> String {
    displayNumber(scale.min) + "–" + displayNumber(scale.max)
}

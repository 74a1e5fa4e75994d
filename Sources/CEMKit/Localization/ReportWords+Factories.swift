// The factories of the report words, and how numbers and scales are shown in text.

import Foundation

/// The table for a language.
public func strings(_ language: Language) -> ReportWords { ReportWords(language) }

/// A figure as people read it (reports, `cem show`, the session, `cem compare`, the trainer):
/// `−0.5`, `4.2`, `5.83`, `6`, `—` when missing. At most 2 decimals, trailing zeros dropped so integers
/// stay integers; a true minus sign. JSON and CSV never come here: they write the stored figure in full.
public func displayNumber(_ value: Double?) -> String { decimalText(value, decimals: 2) }

/// A figure to at most `decimals` decimals (0–9), trailing zeros dropped, a true minus sign, `—` when
/// missing: for the few places that must tell close values apart (survey statistics, diffs, a tie).
public func decimalText(_ value: Double?, decimals: Int) -> String {
    guard let value, value.isFinite else { return "—" }
    let scale = pow(10, Double(max(0, min(decimals, 9))))
    let rounded = abs(value) < 0x1p52 / scale ? (value * scale).rounded() / scale : value
    var text = CanonicalJSON.number(rounded == 0 ? 0 : rounded)
    if text.contains("e") { text = String(describing: rounded) }
    return text.hasPrefix("-") ? "−" + text.dropFirst() : text
}

/// A value someone typed or is about to keep (a question's current value, a `set` confirmed): up to
/// 4 decimals, so that what Enter keeps is what is shown (6.125 is not shown as 6.13); derived figures
/// use `displayNumber`.
public func editedNumber(_ value: Double?) -> String { decimalText(value, decimals: 4) }

/// A scale as `0–10`.
public func displayScale(_ scale: Scale) -> String {
    displayNumber(scale.min) + "–" + displayNumber(scale.max)
}

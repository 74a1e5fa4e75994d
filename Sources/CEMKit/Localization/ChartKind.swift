// The charts a report draws; their words are in ReportWords+Documents.swift.

/// The five charts a report draws.
public enum ChartKind: String, Sendable, CaseIterable, Equatable {
    case expectation, weighted, ipa, gaps, kpis
}

/// The words of the client documents (the same words as `strings`).
public func reportStrings(_ language: Language) -> ReportWords { ReportWords(language) }


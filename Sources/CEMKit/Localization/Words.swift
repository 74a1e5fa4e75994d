// The one layout of user-facing words: every entry holds its Chinese and its English side by side,
// so the compiler checks that both are there and a reader sees both at once.
//
// A domain's words are a struct holding the language (CLIWords, SessionWords, ReportWords, SurveyWords,
// TeamWords, TrainingWords, InputWords); each entry is a property or a method that returns
// `language.pick(zh: "…", en: "…")`. Text that is data rather than a sentence (a command's help, a
// template's factor names) is a `Localized` value. Chinese text uses 、 between list items, “” for
// quotes and full-width brackets.

/// Text in both languages.
public struct Localized: Sendable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String { language.pick(zh: zh, en: en) }
}

extension Language {
    /// The text of this language; both are always given, side by side.
    public func pick<T>(zh: @autoclosure () -> T, en: @autoclosure () -> T) -> T {
        switch self {
        case .zh: return zh()
        case .en: return en()
        }
    }

    /// The other language: where a word of either language is accepted, or a file falls back.
    public var other: Language { pick(zh: .en, en: .zh) }
}

// The domains. Each file `<Domain>Words*.swift` extends one of these with its entries.

/// The command line: help, usage errors, file messages.
public struct CLIWords: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }
}

/// The guided session.
public struct SessionWords: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }
}

/// Reports, tables and charts: labels and conclusions.
public struct ReportWords: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }
}

/// Survey import and segments.
public struct SurveyWords: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }
}

/// Teams: cycles, diff, compare, git, merge.
public struct TeamWords: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }
}

/// Training exercises.
public struct TrainingWords: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }
}

/// What people type: yes/no words, choice words, punctuation, in both languages.
public struct InputWords: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }
}

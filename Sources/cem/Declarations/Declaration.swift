// The shape of a command, declared once: name, summary, arguments, options and subcommands. Parsing,
// usage lines, `cem help`, `--help` and shell completion are all produced from these values.

import CEMKit

/// How a command ends when it does not end well: thrown by commands, turned into the process's status.
struct ExitCode: Error, Equatable, Sendable {
    var code: Int32
    init(_ code: Int32) { self.code = code }

    static let ok = ExitCode(0)
    /// The input is invalid or a check failed.
    static let invalid = ExitCode(1)
    /// A usage error: unknown command or option, a missing argument or a bad value.
    static let usage = ExitCode(2)
}

/// What completion offers for a value.
enum Completion: Sendable, Equatable {
    case none
    /// These words.
    case words([String])
    /// File names ending with the suffix (and folders).
    case files(suffix: String)
    /// Any file name.
    case anyFile
    /// The names of the commands.
    case commands
}

/// One option as help, completion and the parser see it, whatever the type of its value.
struct OptionDeclaration: Sendable {
    var name: String
    var short: String?
    /// The name of its value in help (`FORMAT`); nil for a flag.
    var valueName: String?
    /// The values it accepts, when they are a closed list (shown in usage as `a|b|c`).
    var choices: [String] = []
    /// Words that describe the accepted values in a bad-value message (`mean, median, midpoint, X,Y`);
    /// nil when they are the choices, listed in the reader's language.
    var allowed: String?
    var completion: Completion = .none
    var help: Localized

    /// The accepted values as a bad-value message lists them.
    func allowedText(_ words: CLIWords) -> String { allowed ?? choices.joined(separator: words.listSeparator) }
    var required = false
    /// Whether it may be given more than once (every value kept); any other option given twice is refused.
    var repeatable = false
    /// Whether a value is acceptable; the parser refuses others with exit code 2.
    var accepts: @Sendable (String) -> Bool = { _ in true }

    var takesValue: Bool { valueName != nil }
    var spec: OptionSpec { OptionSpec(name, short: short, takesValue: takesValue, repeatable: repeatable) }

    /// `--format text|json`, `-o OUT`, `--force`: the option as usage shows it.
    var usageText: String {
        let flag = short ?? name
        guard let valueName else { return flag }
        // A long list of choices (the templates) reads as its value name; the option list says the choices.
        let values = choices.joined(separator: "|")
        return flag + " " + (choices.isEmpty || values.count > 40 ? valueName : values)
    }

    /// `-o, --output OUT`: the option as the option list of help shows it.
    var helpLabel: String {
        (short.map { $0 + ", " } ?? "") + name + (valueName.map { " " + $0 } ?? "")
    }
}

/// An option with a typed value: commands read it as `invocation[option]`.
struct Option<Value: Sendable>: Sendable {
    var declaration: OptionDeclaration
    var defaultValue: Value
    var parse: @Sendable (String) -> Value?

    init(_ name: String, short: String? = nil, value valueName: String, choices: [String] = [], allowed: String? = nil,
         completion: Completion? = nil, required: Bool = false, help: Localized, default defaultValue: Value,
         parse: @escaping @Sendable (String) -> Value?) {
        self.defaultValue = defaultValue
        self.parse = parse
        declaration = OptionDeclaration(
            name: name, short: short, valueName: valueName, choices: choices,
            allowed: allowed,
            completion: completion ?? (choices.isEmpty ? .none : .words(choices)),
            help: help, required: required, accepts: { parse($0) != nil })
    }
}

extension Option where Value == String? {
    /// Free text (a title, a column name, a path).
    init(_ name: String, short: String? = nil, value valueName: String, completion: Completion = .none,
         required: Bool = false, help: Localized) {
        self.init(name, short: short, value: valueName, completion: completion, required: required, help: help,
                  default: nil, parse: { $0 })
    }
}

extension Option {
    /// An option without a default: absent, it reads as nil. `parsing` returns nil for a value it refuses.
    init<Wrapped: Sendable>(_ name: String, short: String? = nil, value valueName: String, choices: [String] = [],
                            allowed: String? = nil, completion: Completion? = nil, required: Bool = false, help: Localized,
                            parsing: @escaping @Sendable (String) -> Wrapped?) where Value == Wrapped? {
        self.init(name, short: short, value: valueName, choices: choices, allowed: allowed, completion: completion,
                  required: required, help: help, default: nil, parse: { text -> Wrapped?? in
                      guard let value = parsing(text) else { return nil }
                      return .some(value)
                  })
    }
}

extension Option where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// One of the cases of an enumeration, by its raw value.
    init(_ name: String, value valueName: String, help: Localized, default defaultValue: Value) {
        self.init(name, value: valueName, choices: Value.allCases.map(\.rawValue), help: help, default: defaultValue,
                  parse: { Value(rawValue: $0) })
    }
}

extension Option {
    /// The same option, accepted more than once: commands read every value as `invocation.all(option)`.
    func repeatable() -> Option {
        var copy = self
        copy.declaration.repeatable = true
        return copy
    }
}

/// An option without a value.
struct Flag: Sendable {
    var declaration: OptionDeclaration

    init(_ name: String, short: String? = nil, help: Localized) {
        declaration = OptionDeclaration(name: name, short: short, valueName: nil, help: help)
    }
}

/// A positional argument.
struct Argument: Sendable {
    enum Count: Sendable { case one, optional, oneOrMore }
    var name: String
    var count: Count = .one
    var completion: Completion = .files(suffix: ".cem.json")
    /// What it is, for the argument list of help; nil when the summary says it all.
    var help: Localized?

    static func file(_ name: String = "FILE", _ count: Count = .one) -> Argument { Argument(name: name, count: count) }

    var usageText: String {
        switch count {
        case .one: return name
        case .optional: return "[\(name)]"
        case .oneOrMore: return name + "..."
        }
    }
}

/// One way of calling a command: its arguments, and the option that selects this form (`diff --git REV FILE`).
struct Form: Sendable {
    var option: OptionDeclaration?
    var arguments: [Argument]
}

/// A command (or a subcommand) of the command line.
struct CommandDeclaration: Sendable {
    typealias Run = @Sendable (Context, Invocation) throws(ExitCode) -> Void

    var name: String
    var summary: Localized
    var forms: [Form]
    var options: [OptionDeclaration]
    /// Paragraphs after the option list in `cem help NAME`.
    var notes: Localized?
    var subcommands: [CommandDeclaration] = []
    var run: Run?

    init(_ name: String, summary: Localized, arguments: [Argument] = [], options: [OptionDeclaration] = [],
         notes: Localized? = nil, run: @escaping Run) {
        self.name = name
        self.summary = summary
        forms = [Form(option: nil, arguments: arguments)]
        self.options = options
        self.notes = notes
        self.run = run
    }

    init(_ name: String, summary: Localized, forms: [Form], options: [OptionDeclaration], notes: Localized? = nil,
         run: @escaping Run) {
        self.name = name
        self.summary = summary
        self.forms = forms
        self.options = options
        self.notes = notes
        self.run = run
    }

    /// A command that only groups subcommands (`cem cycle`, `cem git`).
    init(_ name: String, summary: Localized, subcommands: [CommandDeclaration]) {
        self.name = name
        self.summary = summary
        forms = [Form(option: nil, arguments: [])]
        options = []
        self.subcommands = subcommands
    }

    /// The arguments of the form that applies: the one whose selecting option is given, else the first.
    func form(for parsed: ParsedArguments) -> Form {
        forms.first { $0.option.map { parsed.has($0.name) } ?? false } ?? forms[0]
    }
}

/// A parsed command line as a command reads it: positionals, and typed values of declared options.
struct Invocation: Sendable {
    /// `cem cycle close`: the words that name the command.
    var path: [String]
    var parsed: ParsedArguments
    var usage: String

    var positionals: [String] { parsed.positionals }

    subscript<Value>(_ option: Option<Value>) -> Value {
        guard let text = parsed.value(option.declaration.name) else { return option.defaultValue }
        // The parser has already refused values the option does not accept.
        return option.parse(text) ?? option.defaultValue
    }

    subscript(_ flag: Flag) -> Bool { parsed.has(flag.declaration.name) }

    /// Every value of a repeatable option, in the order given (the parser has refused values it does not accept).
    func all<Value>(_ option: Option<Value>) -> [Value] {
        parsed.allValues(option.declaration.name).compactMap { option.parse($0) }
    }

    /// Whether the option was given at all.
    func has<Value>(_ option: Option<Value>) -> Bool { parsed.value(option.declaration.name) != nil }
}

// A small command-line argument parser: positionals, `--name value`, `--name=value`, short
// aliases, flags, and `--` to end options. Unknown options are errors with a suggestion; an option given
// twice is an error unless it is declared repeatable (then every value is kept, in order).

public struct OptionSpec: Sendable, Equatable {
    public var name: String
    public var short: String?
    public var takesValue: Bool
    /// Whether it may be given more than once (`--where A=1 --where B=2`); values are kept in order.
    public var repeatable: Bool

    public init(_ name: String, short: String? = nil, takesValue: Bool = false, repeatable: Bool = false) {
        self.name = name
        self.short = short
        self.takesValue = takesValue
        self.repeatable = repeatable
    }
}

public struct ParsedArguments: Sendable, Equatable {
    public var positionals: [String] = []
    public var values: [String: String] = [:]
    /// Every value of a repeatable option, in order (`values` holds the last).
    public var repeated: [String: [String]] = [:]
    public var flags: Set<String> = []

    public init() {}

    public func value(_ name: String) -> String? { values[name] }
    public func allValues(_ name: String) -> [String] { repeated[name] ?? values[name].map { [$0] } ?? [] }
    public func has(_ name: String) -> Bool { flags.contains(name) || values[name] != nil }
}

public enum ArgumentError: Error, Equatable, Sendable {
    case unknownOption(String, suggestion: String?)
    case missingValue(String)
    case unexpectedValue(String)
    /// An option that is not repeatable, given twice: neither value is silently dropped.
    case repeatedOption(String)
}

public enum ArgumentParser {
    public static func parse(_ arguments: [String], options: [OptionSpec]) throws(ArgumentError) -> ParsedArguments {
        var result = ParsedArguments()
        var i = 0
        var optionsEnded = false
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") || isNegativeNumber(argument) {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let eq = argument.firstIndex(of: "=") {
                name = String(argument[..<eq])
                inlineValue = String(argument[argument.index(after: eq)...])
            }
            guard let spec = options.first(where: { $0.name == name || ($0.short != nil && $0.short == name) }) else {
                let candidates = options.map(\.name)
                throw .unknownOption(name, suggestion: Suggest.closest(to: name, in: candidates))
            }
            if spec.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if i < arguments.count {
                    value = arguments[i]
                    i += 1
                } else {
                    throw .missingValue(spec.name)
                }
                if result.values[spec.name] != nil && !spec.repeatable { throw .repeatedOption(spec.name) }
                result.values[spec.name] = value
                if spec.repeatable { result.repeated[spec.name, default: []].append(value) }
            } else {
                if inlineValue != nil { throw .unexpectedValue(spec.name) }
                result.flags.insert(spec.name)
            }
        }
        return result
    }

    private static func isNegativeNumber(_ text: String) -> Bool {
        text.count > 1 && Double(text) != nil
    }
}

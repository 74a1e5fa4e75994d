// Marking one answer: numbers within the question's tolerance (and a diagnosis when they are right only at
// a lower precision), options by number, id or name in either script, and "all of them" lists in any order.

extension Trainer {
    enum Verdict: Equatable {
        case right
        /// Wrong, with what the learner's own answer shows when that can be said (else nil: the hint applies).
        case wrong(String?)
        case refused(String)
    }

    func check(_ text: String, against model: ModelAnswer) -> Verdict {
        let verdict = check(text, against: model.expected)
        guard verdict == .wrong(nil) else { return verdict }
        for mistake in model.mistakes {
            switch mistake {
            case .number(let value, let note):
                if let number = Input.number(text), abs(number - value) <= 1e-9 + (model.expected.tolerance ?? 0) { return .wrong(note) }
            case .option(let id, let note):
                if case .choice(let options, _) = model.expected, Trainer.option(text, in: options)?.id == id { return .wrong(note) }
            }
        }
        return verdict
    }

    func check(_ text: String, against expected: Expected) -> Verdict {
        switch expected {
        case .number(let value, let tolerance):
            guard let number = Input.number(text) else { return .refused(t.notANumber(text)) }
            // A hair of slack so that a tolerance of 0.01 accepts −0.67 for −0.6667 and 0.01 off exactly.
            if abs(number - value) <= tolerance + 1e-9 { return .right }
            let wanted = Trainer.decimals(for: tolerance), given = Trainer.decimals(in: text)
            if given < wanted, abs(number - Trainer.round(value, given)) < 1e-9 {
                return .wrong(t.rightToFewerDecimals(given, wanted: wanted))
            }
            return .wrong(nil)
        case .choice(let options, let accepted):
            guard let option = Trainer.option(text, in: options) else { return .refused(refusal(text, options)) }
            return accepted.contains(option.id) ? .right : .wrong(nil)
        case .open:
            return .right
        case .sequence(let options, let order):
            var named: [String] = []
            for part in Trainer.parts(text) {
                guard let option = Trainer.option(part, in: options) else { return .refused(refusal(part, options)) }
                if !named.contains(option.id) { named.append(option.id) }
            }
            if named == order { return .right }
            if Set(named) == Set(order) { return .wrong(t.wrongOrder) }
            if Set(named).isSubset(of: Set(order)) { return .wrong(t.notAllNamed(named.count, of: order.count)) }
            return .wrong(nil)
        case .allOf(let options, let required):
            var named: [String] = []
            for part in Trainer.parts(text) {
                guard let option = Trainer.option(part, in: options) else { return .refused(refusal(part, options)) }
                if !named.contains(option.id) { named.append(option.id) }
            }
            if Set(named) == Set(required) { return .right }
            if Set(named).isSubset(of: Set(required)) { return .wrong(t.notAllNamed(named.count, of: required.count)) }
            return .wrong(nil)
        }
    }

    fileprivate func refusal(_ text: String, _ options: [ChoiceOption]) -> String {
        let words = options.flatMap { [$0.id, $0.name] }
        return t.notAnOption(text, count: options.count, suggestion: Suggest.closest(to: text, in: words))
    }

    /// What a result records: a choice by its option's id (what `2` or a name meant), a list of ids joined
    /// by commas, a number as typed.
    func recorded(_ text: String, for expected: Expected) -> String {
        switch expected {
        case .choice(let options, _): return Trainer.option(text, in: options)?.id ?? text
        case .allOf(let options, _), .sequence(let options, _):
            return Trainer.parts(text).map { Trainer.option($0, in: options)?.id ?? $0 }.joined(separator: ",")
        case .number, .open: return text
        }
    }

    /// The option a learner means: its number (`2`, `２`), its id or its name, in any letter case; Chinese
    /// quotes and a closing full stop around it, full-width or half-width brackets and spaces do not matter.
    public static func option(_ text: String, in options: [ChoiceOption]) -> ChoiceOption? {
        let plain = Input.normalize(text)
        if let number = Int(plain), options.indices.contains(number - 1) { return options[number - 1] }
        let key = comparable(plain)
        return options.first { option in
            ([option.id, option.name, option.label] + option.aliases).contains { comparable($0) == key }
        }
    }

    /// A name reduced for comparison: lower case, without spaces, surrounding quotes and final punctuation,
    /// brackets made half-width.
    static func comparable(_ text: String) -> String {
        var plain = Input.normalize(text).lowercased().replacing("（", with: "(").replacing("）", with: ")")
        plain.removeAll { $0.isWhitespace }
        let quotes: Set<Character> = ["“", "”", "‘", "’", "\"", "'", "「", "」", "『", "』", "《", "》"]
        plain.removeAll { quotes.contains($0) }
        while let last = plain.last, "。.!！".contains(last) { plain.removeLast() }
        return plain
    }

    /// The items of an "all of them" answer: separated by `,` `，` `、` `;` `；` `/`, `and` or `和`.
    static func parts(_ text: String) -> [String] {
        var plain = Input.normalize(text)
        for word in [" and ", " & ", "和", "及", "与"] { plain = plain.replacing(word, with: ",") }
        return plain.split(whereSeparator: { ",，、;；/".contains($0) })
            .map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }

    /// The decimal places a tolerance asks for: the fewest whose rounding error (half a unit) stays within it.
    public static func decimals(for tolerance: Double) -> Int {
        guard tolerance > 0 else { return 9 }
        var places = 0
        while places < 9, 0.5 / pow10(places) > tolerance + 1e-12 { places += 1 }
        return places
    }

    /// The decimal places a learner wrote (`-0.7` → 1, `7,50` → 2, `3` → 0).
    static func decimals(in text: String) -> Int {
        let plain = Input.normalize(text).replacing("。", with: ".").replacing(",", with: ".")
        guard let dot = plain.firstIndex(of: ".") else { return 0 }
        return plain[plain.index(after: dot)...].filter(\.isNumber).count
    }

    static func round(_ value: Double, _ places: Int) -> Double {
        let scale = pow10(places)
        return (value * scale).rounded() / scale
    }

    static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 10 } }
}

extension Expected {
    /// The tolerance of a numeric answer; nil for a choice.
    var tolerance: Double? {
        if case .number(_, let tolerance) = self { return tolerance }
        return nil
    }
}

// One line per problem: `file:line:column path: what is wrong; how to fix it`.

extension Diagnostic {
    /// The problem as one line, in the language of `strings`.
    public func line(file: String, strings: ReportWords) -> String {
        var location = file
        if let position { location += ":\(position.line):\(position.column)" }
        var text = location + (path.isEmpty ? ": " : " \(path): ") + strings.problem(problem)
        if let fix = strings.fix(problem) { text += strings.clauseSeparator + fix }
        return text
    }
}

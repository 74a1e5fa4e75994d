// One line per problem: `file:line:column path: what is wrong; how to fix it`.

extension Diagnostic {
    /// The problem as one line, in the language of `strings`. Every part that comes from the user (the
    /// file name, keys in the path, quoted values) is made inert, so no line can be split or forged.
    public func line(file: String, strings: ReportWords) -> String {
        diagnosticLine(file: file, position: position, path: path, problem: strings.problem(problem),
                       fix: CLIWords(strings.language).readerFix(problem) ?? strings.fix(problem), language: strings.language)
    }
}

// A new workbook on a terminal: which template it starts from (a numbered list, Enter for retail),
// before its title is asked.

extension Session {
    mutating func askTemplate(_ path: String) -> SessionReply {
        out += t.templateList(Template.allCases.map { (cliStrings(language).templateLabel($0), $0.factorNames(language).joined(separator: r.listSeparator)) })
            .map { DisplayWidth.truncate($0, to: width) }
        return reply()
    }

    mutating func resolveTemplate(_ raw: String, path: String) {
        let answer = Input.normalize(raw).lowercased().trimmingWhitespace
        let all = Template.allCases
        // `quit` before any file exists leaves without creating one (it was refused as a template's name).
        if InputWords.quitWords.contains(answer) {
            pending = nil
            finished = true
            return out.append(t.leftWithoutCreating(path.inert))
        }
        let chosen = answer.isEmpty ? .retail
            : Int(answer).flatMap { all.indices.contains($0 - 1) ? all[$0 - 1] : nil } ?? Template(rawValue: answer)
        guard let chosen else { return refuse(t.templateRefused(raw.inert, count: all.count)) }
        template = chosen
        workbook = chosen.workbook(language: language)
        pending = .title(path: path)
        out.append(chosen == .retail ? t.newFile(path.inert) : t.newFile(path.inert, template: chosen.rawValue, factors: workbook.factors.count))
    }
}

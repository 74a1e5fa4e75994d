// Words of the session about lines that start like a command but are not one, and about a script
// stopped at its first refused line.

extension SessionWords {
    public func whichQuestion(_ line: String, command: String?) -> String {
        if let command {
            return language.pick(zh: "“\(line)”像是命令 \(command)，但不是一个完整的命令。你的意思是？",
                                 en: "“\(line)” starts like the command `\(command)` but is not one. Which did you mean?")
        }
        return language.pick(zh: "“\(line)”像是输错的命令。要把它当作回答吗？",
                             en: "“\(line)” looks like a mistyped command. Is it your answer?")
    }

    public func whichChoices(command: String?) -> String {
        if let command {
            return language.pick(zh: "  1 answer 当作回答 · 2 command 执行命令 \(command) · back 都不要",
                                 en: "  1 answer: keep it as the answer · 2 command: run `\(command)` · back: neither")
        }
        return language.pick(zh: "  1 answer 当作回答 · back 不要", en: "  1 answer: keep it as the answer · back: neither")
    }

    public var whichPrompt: String { language.pick(zh: "回答还是命令：", en: "answer or command: ") }

    public func refusedCommandLike(_ line: String, command: String?) -> String {
        let start = command.map { c in language.pick(zh: "“\(line)”像是命令 \(c)，但不是一个完整的命令", en: "“\(line)” starts like the command `\(c)` but does not parse as it") }
            ?? language.pick(zh: "“\(line)”像是输错的命令", en: "“\(line)” looks like a mistyped command")
        return start + language.pick(zh: "；没有当作回答保存，也没有执行。要当作回答，请在前面加 \\（例如 \\\(line)）。",
                                     en: "; it was neither stored as the answer nor run. To give it as an answer, start it with \\ (\\\(line)).")
    }

    /// The rule, in `help`.
    public var commandRule: [String] {
        [language.pick(
            zh: "一行只有在能完整解析为命令时才是命令。以命令词开头（或像输错的命令）却不是完整命令的一行，在终端上会先问你是回答还是命令，在脚本中会被拒绝；以 \\ 开头则一律是回答。",
            en: "A line is a command only when it parses completely as one. A line that starts like a command (or a mistyped one) but is not one is asked about on a terminal and refused in a script; a line starting with \\ is always an answer.")]
    }

    /// A script stopped at its first refused line.
    public func scriptStopped(line: Int, question: String?) -> String {
        if let question {
            return language.pick(zh: "脚本在第 \(line) 行停止（当时的问题：“\(question)”）；其后的行都没有执行。",
                                 en: "The script stopped at line \(line) (the question was “\(question)”); nothing after it was applied.")
        }
        return language.pick(zh: "脚本在第 \(line) 行停止；其后的行都没有执行。",
                             en: "The script stopped at line \(line); nothing after it was applied.")
    }
}

// Exercises for the tools trainers already use (`cem train ID --export moodle-xml|gift`): numeric questions
// with their tolerance, multiple choice for factors, quadrants and requirements (several right answers
// for a tie, partial credit for "all of them"), essays for open and ranking questions with the model answer
// for the grader, and the worked answers as feedback. One question per exercise question, after a
// description with the scenario and the case's data.

public enum ExportFormat: String, Sendable, CaseIterable {
    case moodleXML = "moodle-xml"
    case gift
}

extension Trainer {
    public func export(_ format: ExportFormat) -> String {
        switch format {
        case .gift: return ExportText.gift(self)
        case .moodleXML: return ExportText.moodleXML(self)
        }
    }
}

enum ExportText {
    /// The scenario and the case's data, as the description before the questions.
    static func description(_ trainer: Trainer) -> String {
        ([trainer.exercise.scenario, ""] + TrainerText.data(trainer.exercise, s: trainer.s, t: trainer.t)).joined(separator: "\n")
    }

    static func number(_ value: Double) -> String { CanonicalJSON.number(value) }

    /// A share of the grade as Moodle lists them (`33.33333` for a third).
    static func share(_ count: Int) -> String { number((100 / Double(count) * 100_000).rounded() / 100_000) }

    /// Feedback for the whole question: the worked answer, and why it matters.
    static func feedback(_ model: ModelAnswer, _ t: TrainingWords) -> String {
        [t.earlierAnswer(model.answer), model.working, model.question.explanation].filter { !$0.isEmpty }.joined(separator: "\n")
    }

    // MARK: GIFT

    /// GIFT's special characters escaped with a backslash.
    static func giftEscaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if "~=#{}:\\".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out.replacing("\n", with: "\\n")
    }

    static func gift(_ trainer: Trainer) -> String {
        let e = giftEscaped
        let exercise = trainer.exercise
        var blocks = ["// \(exercise.title) (\(exercise.id)), \(exercise.language.rawValue): cem train \(exercise.id) --export gift",
                      "$CATEGORY: $course$/cem/\(exercise.id)",
                      "::\(e(exercise.id))-0 \(e(trainer.t.scenarioHeading))::\(e(description(trainer)))"]
        for model in trainer.answers {
            let q = model.question
            let head = "::\(e(exercise.id))-\(e(q.id))::\(e(model.prompt)) "
            let general = "####" + e(feedback(model, trainer.t))
            let body: String
            switch model.expected {
            case .number(let value, let tolerance):
                body = "{#\(number(value)):\(number(tolerance))\(general)}"
            case .choice(let options, let accepted):
                let answers = options.map { (accepted.contains($0.id) ? "=" : "~") + e($0.label) }
                body = "{\n\t" + answers.joined(separator: "\n\t") + "\n\t\(general)\n}"
            case .allOf(let options, let required):
                let share = share(required.count)
                let answers = options.map { "~%" + (required.contains($0.id) ? share : "-100") + "%" + e($0.label) }
                body = "{\n\t" + answers.joined(separator: "\n\t") + "\n\t\(general)\n}"
            case .sequence, .open:
                body = "{\(general)}"
            }
            blocks.append(head + body)
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: Moodle XML

    /// The report's XML escaping: it also drops the control characters XML 1.0 does not allow.
    static func xml(_ text: String) -> String { Markup.xml(text) }

    static func text(_ tag: String, _ content: String, indent: String) -> String {
        "\(indent)<\(tag) format=\"plain_text\">\n\(indent)  <text>\(xml(content))</text>\n\(indent)</\(tag)>"
    }

    static func moodleXML(_ trainer: Trainer) -> String {
        let exercise = trainer.exercise
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!-- \(xml(exercise.title).replacing("--", with: "- -")) (\(xml(exercise.id))), exported by cem train -->",
                     "<quiz>",
                     "  <question type=\"category\">", "    <category>", "      <text>$course$/cem/\(xml(exercise.id))</text>", "    </category>",
                     "  </question>",
                     "  <question type=\"description\">", "    <name>", "      <text>\(xml(exercise.id)) · \(xml(trainer.t.scenarioHeading))</text>", "    </name>",
                     text("questiontext", description(trainer), indent: "    "), "  </question>"]
        for model in trainer.answers {
            let q = model.question
            let type: String
            switch model.expected {
            case .number: type = "numerical"
            case .choice, .allOf: type = "multichoice"
            case .sequence, .open: type = "essay"
            }
            lines += ["  <question type=\"\(type)\">", "    <name>", "      <text>\(xml(exercise.id))-\(xml(q.id))</text>", "    </name>",
                      text("questiontext", model.prompt, indent: "    "), text("generalfeedback", feedback(model, trainer.t), indent: "    "),
                      "    <defaultgrade>1</defaultgrade>", "    <penalty>0.5</penalty>", "    <hidden>0</hidden>"]
            switch model.expected {
            case .number(let value, let tolerance):
                lines += ["    <answer fraction=\"100\">", "      <text>\(number(value))</text>", "      <tolerance>\(number(tolerance))</tolerance>",
                          text("feedback", model.working, indent: "      "), "    </answer>"]
            case .choice(let options, let accepted), .allOf(let options, let accepted):
                var all = false
                if case .allOf = model.expected { all = true }
                lines += ["    <single>\(all ? "false" : "true")</single>", "    <shuffleanswers>0</shuffleanswers>", "    <answernumbering>123</answernumbering>"]
                for option in options {
                    let right = accepted.contains(option.id)
                    let fraction = all ? (right ? share(accepted.count) : "-100") : (right ? "100" : "0")
                    lines += ["    <answer fraction=\"\(fraction)\">", "      <text>\(xml(option.label))</text>",
                              text("feedback", right ? trainer.t.right : model.working, indent: "      "), "    </answer>"]
                }
            case .sequence, .open:
                var grader = [model.answer]
                if case .open(let checklist) = model.expected { grader += checklist.map { "• " + $0 } } else { grader.append(model.working) }
                lines += ["    <responseformat>plain</responseformat>", "    <responsefieldlines>5</responsefieldlines>",
                          text("graderinfo", grader.joined(separator: "\n"), indent: "    ")]
            }
            lines.append("  </question>")
        }
        lines.append("</quiz>")
        return lines.joined(separator: "\n") + "\n"
    }
}

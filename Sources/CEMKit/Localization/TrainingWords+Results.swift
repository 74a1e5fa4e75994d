// Words of exams, result files and the class summary (`cem train --exam`, `--result`, `cem train report`).

extension TrainingWords {
    public func examTotal(_ points: String, of: Int) -> String {
        language.pick(zh: "总分：\(points) / \(of)（考试：每题作答一次，答对得 1 分）",
                      en: "Total: \(points) / \(of) (exam: one attempt per question, 1 point each)")
    }
    public var reviewHeading: String { language.pick(zh: "逐题反馈", en: "Feedback, question by question") }
    public func examRight(_ given: String) -> String {
        language.pick(zh: "✓ 你的答案 \(given) 正确。", en: "✓ Your answer \(given) is right.")
    }
    public func examWrong(_ given: String, answer: String) -> String {
        language.pick(zh: "✗ 你的答案是 \(given)，正确答案是 \(answer)。", en: "✗ You answered \(given); the answer is \(answer).")
    }
    public func examSkipped(_ answer: String) -> String {
        language.pick(zh: "已跳过。答案是 \(answer)。", en: "Skipped. The answer is \(answer).")
    }
    public func notReached(_ answer: String) -> String {
        language.pick(zh: "未作答。答案是 \(answer)。", en: "Not answered. The answer is \(answer).")
    }
    public func modeName(_ mode: TrainingMode) -> String {
        switch mode {
        case .practice: return language.pick(zh: "练习", en: "practice")
        case .exam: return language.pick(zh: "考试", en: "exam")
        }
    }
    public func resultWritten(_ path: String) -> String {
        language.pick(zh: "成绩已写入 \(path)。", en: "Result written to \(path).")
    }

    // The class summary.

    public func classHeading(title: String, exercise: String, learners: Int) -> String {
        language.pick(zh: "全班成绩：\(title)（\(exercise)）· \(learners) 名学员",
                      en: "Class summary: \(title) (\(exercise)) · \(learners) learner" + (learners == 1 ? "" : "s"))
    }
    public var learnersHeading: String { language.pick(zh: "学员", en: "Learners") }
    public var learnerColumn: String { language.pick(zh: "学员", en: "Learner") }
    public var exerciseColumn: String { language.pick(zh: "练习", en: "Exercise") }
    public var modeColumn: String { language.pick(zh: "方式", en: "Mode") }
    public var dateColumn: String { language.pick(zh: "日期", en: "Date") }
    public var questionsHeading: String { language.pick(zh: "各题", en: "Questions") }
    public var questionColumn: String { language.pick(zh: "题", en: "Question") }
    public var rightColumn: String { language.pick(zh: "答对人数", en: "Right") }
    public var pointsColumn: String { language.pick(zh: "得分合计", en: "Points") }
    public var stepsHeading: String { language.pick(zh: "各步骤", en: "Steps") }
    public var mostMissedHeading: String { language.pick(zh: "错得最多的题", en: "Most missed") }
    public var noneMissed: String { language.pick(zh: "没有：每题全班都答对。", en: "None: every learner got every question right.") }
    public func missed(id: String, step: String, right: Int, of: Int, prompt: String, answer: String) -> String {
        language.pick(zh: "\(id)（\(step)，\(of) 人中 \(right) 人答对）：\(prompt) 答案：\(answer)",
                      en: "\(id) (\(step), \(right) of \(of) right): \(prompt) Answer: \(answer)")
    }
    public var missedByLabel: String { language.pick(zh: "答错的学员", en: "Missed by") }
    public func missedBy(_ learner: String, given: String?) -> String {
        guard let given else { return language.pick(zh: "\(learner)（未作答）", en: "\(learner) (no answer)") }
        return language.pick(zh: "\(learner)（答 \(given)）", en: "\(learner) (answered \(given))")
    }
    public func classMean(_ points: String, of: String, percent: String) -> String {
        language.pick(zh: "全班平均：\(points) / \(of)（\(percent)）", en: "Class mean: \(points) / \(of) (\(percent))")
    }

    // Problems with the command line or a result file.

    public var resultNeedsLearner: String {
        language.pick(zh: "cem train：--result 需要同时给出 --learner 姓名（写入成绩的学员）。",
                      en: "cem train: --result needs --learner NAME (whose result it is).")
    }
    public var learnerNeedsResult: String {
        language.pick(zh: "cem train：--learner 需要同时给出 --result 文件（成绩写到哪里）。",
                      en: "cem train: --learner needs --result FILE (where to write the result).")
    }
    public var formatNeedsAnswers: String {
        language.pick(zh: "cem train：--format json 只用于 --answers（机器可读的答案）；练习本身在终端进行。",
                      en: "cem train: --format json goes with --answers (a machine-readable answer key); an exercise itself runs in the terminal.")
    }
    public var answersAndResult: String {
        language.pick(zh: "cem train：--answers 只显示答案，不写成绩；请去掉 --result 或 --answers。",
                      en: "cem train: --answers only prints the answers and writes no result; drop --result or --answers.")
    }
    public func resultFileTaken(_ path: String) -> String {
        language.pick(zh: "cem train：\(path) 已存在，且不是本练习的成绩文件；为免覆盖，请换一个文件名或先移走它。",
                      en: "cem train: \(path) exists and is not a result file of this exercise; to keep it, choose another name or move it away first.")
    }
    public func resultOtherLearner(_ path: String, learner: String) -> String {
        language.pick(zh: "cem train：\(path) 是“\(learner)”的成绩；为免覆盖，请换一个文件名。",
                      en: "cem train: \(path) holds the result of '\(learner)'; to keep it, choose another name.")
    }
    public func cannotReadResult(_ path: String, _ error: TrainingResultError) -> String {
        let what: String
        switch error.reason {
        case .syntax(let line, let column):
            what = language.pick(zh: "第 \(line) 行第 \(column) 列不是有效的 JSON", en: "not valid JSON at line \(line), column \(column)")
        case .notAResult:
            what = language.pick(zh: "不是成绩文件（format 应为 \"\(TrainingResult.format)\"，由 cem train --result 写入）",
                                 en: "not a result file (its format should be \"\(TrainingResult.format)\", as cem train --result writes)")
        case .newerVersion(let version):
            what = language.pick(zh: "格式版本 \(version) 比本程序支持的新；请升级 cem",
                                 en: "format version \(version) is newer than this cem reads; upgrade cem")
        case .missing(let key): what = language.pick(zh: "缺少 \(key)", en: "\(key) is missing")
        case .wrongType(let key, let expected):
            what = language.pick(zh: "\(key) 应为 \(expected)", en: "\(key) should be \(expected)")
        }
        return language.pick(zh: "\(path)：\(what)。", en: "\(path): \(what).")
    }
    public func mixedExercises(_ ids: [String]) -> String {
        language.pick(zh: "cem train report：成绩来自不同的练习（\(ids.joined(separator: "、"))）；每次只汇总一个练习。",
                      en: "cem train report: the results are of different exercises (\(ids.joined(separator: ", "))); summarise one exercise at a time.")
    }
}

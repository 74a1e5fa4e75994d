// Words of `cem import` and `cem segments`.

/// The SurveyWords of a language.
public func surveyStrings(_ language: Language) -> SurveyWords { SurveyWords(language) }

extension SurveyWords {
    /// What is wrong with the survey file, and how to fix it (without the file name).
    public func error(_ e: SurveyError) -> String {
        switch e {
        case .emptyFile:
            return language.pick(
                zh: "文件是空的；请导出带标题行、每位受访者一行的问卷数据",
                en: "the file is empty; export the survey with a header row and one row per respondent")
        case .noRespondents: return language.pick(zh: "文件只有标题行，没有受访者数据", en: "the file has a header but no respondent rows")
        case .unterminatedQuote:
            return language.pick(
                zh: "带引号的字段没有结束；请补上结尾的 \"（字段内的引号写作 \"\"）",
                en: "a quoted field is never closed; add the closing \" (a quote inside a field is written \"\")")
        case .fieldTooLong(_, _, let limit):
            return language.pick(
                zh: "字段超过 \(limit / 1_048_576) MiB；多半是引号没有结束，或分隔符不对（--delimiter）",
                en: "a field is longer than \(limit / 1_048_576) MiB; most likely a quote is not closed, or the delimiter is wrong (--delimiter)")
        case .raggedRow(_, let fields, let expected):
            return language.pick(
                zh: "这一行有 \(fields) 个字段，标题行有 \(expected) 个；请检查是否多了或少了分隔符，含分隔符的字段要加引号",
                en: "this row has \(fields) field\(fields == 1 ? "" : "s") but the header has \(expected); check for a missing or extra delimiter, or quote fields that contain one")
        case .duplicateColumn(let name, let first, let second):
            return language.pick(
                zh: "标题行中“\(name)”出现了两次（第 \(first) 列和第 \(second) 列）；请改掉其中一个",
                en: "the header names column '\(name)' twice (columns \(first) and \(second)); rename one of them")
        case .unknownFactor(let column, let id, let suggestion):
            return language.pick(
                zh: "列“\(column)”：工作簿中没有因素“\(id)”"
                    + (suggestion.map { "；是否想用“\($0)”？" } ?? "；请在工作簿中加上该因素，或改列名"),
                en: "column '\(column)': the workbook has no factor '\(id)'"
                    + (suggestion.map { "; did you mean '\($0)'?" } ?? "; add the factor to the workbook, or rename the column"))
        case .unknownMeasure(let column, let measure, let suggestion):
            return language.pick(
                zh: "列“\(column)”：“\(measure)”不是评分项" + (suggestion.map { "；是否想用“\($0)”？" } ?? "")
                    + "（评分项：brandValue、experience、expectation、importance、ideal）",
                en: "column '\(column)': '\(measure)' is not a measure" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                    + " (measures: brandValue, experience, expectation, importance, ideal)")
        case .noScoreColumns:
            return language.pick(
                zh: "没有名为 <评分项>.<因素id> 的列（例如 experience.product）；请修改评分列的列名",
                en: "no column is named <measure>.<factorId> (for example experience.product); rename the score columns")
        case .notANumber(_, _, _, let text):
            return language.pick(
                zh: "“\(text)”不是数字；请更正该单元格，或用 --on-error skip 略过这类单元格",
                en: "'\(text)' is not a number; correct the cell, or use --on-error skip to leave such cells out")
        case .outOfScale(_, _, _, let value, let scale):
            return language.pick(
                zh: "\(surveyNumber(value)) 超出量表 \(displayScale(scale))；请更正该单元格，或用 --on-error skip 略过这类单元格",
                en: "\(surveyNumber(value)) is outside the scale \(displayScale(scale)); correct the cell, or use --on-error skip to leave such cells out")
        case .unknownColumn(let option, let name, let suggestion):
            return language.pick(
                zh: "\(option)：文件中没有列“\(name)”" + (suggestion.map { "；是否想用“\($0)”？" } ?? ""),
                en: "\(option): the file has no column '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
        case .noMatch(let column, let value):
            return language.pick(
                zh: "没有受访者的 \(column) 为“\(value)”；请检查该值（须与单元格完全一致）",
                en: "no respondent has \(column) = '\(value)'; check the value (it must match the cell exactly)")
        case .noMatchAll(let conditions):
            return noMatchAll(conditions)
        case .tooManySegments(let column, let limit):
            return language.pick(
                zh: "列“\(column)”有超过 \(limit) 个不同的值；请选一个分组较少的列",
                en: "column '\(column)' has more than \(limit) different values; choose a column with fewer segments")
        case .needsOverall:
            return language.pick(
                zh: "--importance derived 需要 overall 列（整体满意度）和体验列",
                en: "--importance derived needs an 'overall' column (overall satisfaction) and experience columns")
        case .refused(let reason):
            return self.refusal(reason)
        case .map(let problem):
            return mapProblem(problem)
        case .scaleMismatch(let survey, let workbook, let importance):
            return scaleMismatch(survey: survey, workbook: workbook, importance: importance)
        case .badWeight(_, _, _, let text):
            return badWeight(text)
        case .weightIsScore(let column):
            return weightIsScore(column)
        case .detectedScaleMismatch(let detected, let seen, let workbook, let importance):
            return detectedScaleMismatch(detected, seen: seen, workbook: workbook, importance: importance)
        case .noUsableRows(let rows, let skippedCells):
            return noUsableRows(rows, skippedCells: skippedCells)
        case .nothingImported:
            return nothingImported
        case .cannotDerive(let reason):
            return cannotDerive(reason)
        case .notUTF8:
            return notUTF8
        case .wrongDelimiter(let found):
            return wrongDelimiter(found)
        case .badEncoding(let encoding, let offset):
            return badEncoding(encoding, offset: offset)
        }
    }
    public func respondents(_ used: Int, rows: Int, file: String) -> String {
        language.pick(
            zh: used == rows ? "\(file)：\(used) 位受访者" : "\(file)：\(rows) 位受访者中的 \(used) 位",
            en: used == rows ? "\(file): \(used) respondent\(used == 1 ? "" : "s")"
                : "\(file): \(used) of \(rows) respondents")
    }
    public func filtered(_ column: String, _ value: String) -> String {
        language.pick(zh: "只计 \(column) = \(value) 的受访者", en: "only respondents with \(column) = \(value)")
    }
    public var measure: String { language.pick(zh: "评分项", en: "Measure") }
    public var n: String {
        "n" 
    }
    public var mean: String { ReportWords(language).mean }
    public var sd: String { language.pick(zh: "标准差", en: "SD") }
    public var interval: String { ReportWords(language).confidenceInterval }
    public var score: String { language.pick(zh: "分数", en: "Score") }
    public var overall: String { language.pick(zh: "整体满意度", en: "Overall satisfaction") }
    public func driversHeading(n: Int, rSquared: String) -> String {
        language.pick(
            zh: "推导的重要性（整体满意度的关键驱动因素）：n = \(n)，R² = \(rSquared)",
            en: "Derived importance (key drivers of overall satisfaction): n = \(n), R² = \(rSquared)")
    }
    public var driversNote: String {
        language.pick(
            zh: "r：体验与整体满意度的相关系数；权重：Johnson 相对权重（原始值，各权重之和为 R²）；推导：按比例换算，最强的驱动因素为重要性量表的最高分，权重为其一半的因素为最高分的一半",
            en: "r: correlation of experience with overall; weight: Johnson's relative weight (raw, the weights sum to R²); "
                + "derived: in proportion, the strongest driver at the top of the importance scale and one with half its weight at half the top")
    }
    public var statedImportance: String { language.pick(zh: "陈述", en: "Stated") }
    public var correlation: String {
        "r" 
    }
    public var relativeWeight: String { language.pick(zh: "权重", en: "Weight") }
    public var share: String { language.pick(zh: "占比", en: "Share") }
    public var derivedImportance: String { language.pick(zh: "推导", en: "Derived") }
    public var inflation: String {
        "VIF" 
    }
    public func skipped(_ column: String, _ count: Int) -> String {
        language.pick(
            zh: "列 \(column) 略过了 \(count) 个单元格",
            en: "skipped \(count) cell\(count == 1 ? "" : "s") in column \(column)")
    }
    public func warning(_ w: SurveyWarning, name: (String) -> String) -> String {
        switch w {
        case .smallSample(let n, let minimum, let drivers):
            return language.pick(
                zh: "注意：只有 \(n) 位受访者" + (drivers ? "回答了所有因素的体验和整体满意度" : "")
                    + "；要得到可信的数字至少需要 \(minimum) 位（max(30, 10 × 因素数)）",
                en: "warning: only \(n) respondent\(n == 1 ? "" : "s")" + (drivers ? " answered every factor's experience and overall" : "")
                    + "; at least \(minimum) (max(30, 10 × factors)) are needed for trustworthy figures")
        case .collinear(let factor, let inflation):
            return language.pick(
                zh: "注意：\(name(factor)) 的推导权重建立在高度共线的因素上（VIF " + (inflation.map(surveyNumber) ?? "∞") + "）；请谨慎解读",
                en: "warning: the derived weight of \(name(factor)) rests on strongly collinear factors (VIF "
                    + (inflation.map(surveyNumber) ?? "∞") + "); read it with care")
        case .noAnswers(let factor, let measure):
            return language.pick(
                zh: "注意：\(measure.rawValue).\(factor) 没有任何回答；该分数保持不变",
                en: "warning: no answer for \(measure.rawValue).\(factor); its score was left as it was")
        case .noDerivedWeight(let factor):
            return language.pick(
                zh: "注意：无法推导 \(name(factor)) 的权重（没有体验回答或没有变化）；其重要性保持不变",
                en: "warning: no derived weight for \(name(factor)) (no experience answers, or no variation); its importance was left as it was")
        case .droppedDriver(let dropped, let derived):
            return droppedDriver(dropped, derived: derived, name: name)
        case .constantOverall:
            return constantOverallWarning
        case .fewForDrivers(let n, let minimum, let factors):
            return fewForDrivers(n: n, minimum: minimum, factors: factors)
        case .belowImportanceScale(let factor, let proportional, let minimum):
            return belowImportanceScale(name(factor), proportional: proportional, minimum: minimum)
        }
    }
    public func dryRun(_ changed: Int) -> String {
        language.pick(
            zh: "试运行：将有 \(changed) 个分数改变；没有写入任何文件。",
            en: "Dry run: \(changed) score\(changed == 1 ? "" : "s") would change; nothing was written.")
    }
    public func written(_ path: String, _ changed: Int) -> String {
        language.pick(
            zh: "\(path)：已写入（\(changed) 个分数改变）。可用 `cem show \(path)` 查看。",
            en: "\(path): written (\(changed) score\(changed == 1 ? "" : "s") changed). Check it with `cem show \(path)`.")
    }
    public func segmentHeading(_ column: String, _ value: String, n: Int) -> String {
        language.pick(zh: "\(column) = \(value)（n = \(n)）", en: "\(column) = \(value)  (n = \(n))")
    }
    public var blankSegment: String { language.pick(zh: "（空白）", en: "(blank)") }
    public func allRespondents(_ n: Int) -> String { language.pick(zh: "全部受访者（n = \(n)）", en: "All respondents  (n = \(n))") }
    public func progress(rows: Int, megabytes: Double, perSecond: Double) -> String {
        language.pick(
            zh: "已读 \(rows) 行，\(Int(megabytes)) MB，\(Int(perSecond)) MB/s",
            en: "\(rows) rows read, \(Int(megabytes)) MB, \(Int(perSecond)) MB/s")
    }
}

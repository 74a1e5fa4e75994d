// The words of `cem import --moments`: why a query's result cannot be read, and the options it refuses.

extension SurveyWords {
    /// One line: `file:line:column (name): what is wrong; how to fix it` (as far as the problem has a place).
    public func momentsError(_ problem: SurveyMomentsProblem, file: String) -> String {
        let separator = strings(language).labelSeparator
        switch problem {
        case .survey(let error):
            return SurveyText.error(error, file: file, language: language)
        case .notUTF8(let line), .unterminatedQuote(let line), .raggedRow(let line, _, _), .countAbove(let line, _, _, _, _),
             .minAboveMax(let line, _, _, _):
            return "\(file):\(line)\(separator)" + momentsProblem(problem)
        case .notANumber(let line, let column, let name, _), .notACount(let line, let column, let name, _),
             .negativeCount(let line, let column, let name, _):
            return "\(file):\(line):\(column) (\(name))\(separator)" + momentsProblem(problem)
        default:
            return file + separator + momentsProblem(problem)
        }
    }

    func momentsProblem(_ problem: SurveyMomentsProblem) -> String {
        let again = language.pick(zh: "请用这个列映射重新生成查询（cem survey sql --map）并再次运行", en: "generate the query again from this map (cem survey sql --map) and run it again")
        switch problem {
        case .empty:
            return language.pick(zh: "文件是空的；请导出查询结果时带上标题行", en: "the file is empty; export the query's result with its header line")
        case .notUTF8:
            return language.pick(zh: "不是 UTF-8 文本；请把查询结果导出为 UTF-8 的 CSV", en: "this is not UTF-8 text; export the query's result as UTF-8 CSV")
        case .unterminatedQuote:
            return language.pick(zh: "引号没有闭合；请重新导出查询结果", en: "a quote is never closed; export the query's result again")
        case .raggedRow(_, let fields, let expected):
            return language.pick(zh: "这一行有 \(fields) 个字段，标题行有 \(expected) 个；请重新导出查询结果",
                                 en: "this row has \(fields) field\(fields == 1 ? "" : "s") but the header has \(expected); export the query's result again")
        case .missingColumns(let names):
            let shown = names.prefix(8).joined(separator: language == .zh ? "、" : ", ") + (names.count > 8 ? "…" : "")
            return language.pick(zh: "结果缺少列映射的查询应有的列：\(shown)；它不是由这个列映射生成的查询的结果，\(again)",
                                 en: "the result lacks columns the map's query returns: \(shown); it is not the result of this map's query, so \(again)")
        case .extraScores(let found, let map):
            return language.pick(zh: "结果有 s\(found) 的列，而列映射只有 \(map) 个评分列；它来自另一个列映射，\(again)",
                                 en: "the result has columns of s\(found) but the map names \(map) score column\(map == 1 ? "" : "s"); it comes from another map, so \(again)")
        case .segmentNotInMap:
            return language.pick(
                zh: "结果按 segment_value 分组（查询用了 --by），但列映射没有 segment 列，导入无从得知分组的含义；请把分组列作为 \"segment\" 写进列映射，或不带 --by 重新生成查询",
                en: "the result is grouped by segment_value (a query made with --by) but the map has no segment column, so the import cannot tell what the groups are; add that column to the map as \"segment\", or generate the query again without --by")
        case .noGroups:
            return language.pick(zh: "只有标题行，没有汇总行；请检查查询是否在正确的表上运行", en: "there is a header but no row of sums; check that the query ran on the right table")
        case .notANumber(_, _, _, let text):
            return language.pick(zh: "“\(text.inertClipped())”不是数字；这一列应是查询算出的数字，请重新导出查询结果",
                                 en: "'\(text.inertClipped())' is not a number; this column holds a number the query computed, so export the result again")
        case .notACount(_, _, _, let text):
            return language.pick(zh: "“\(text.inertClipped())”不是计数（非负整数）；请重新导出查询结果",
                                 en: "'\(text.inertClipped())' is not a count (a whole number ≥ 0); export the query's result again")
        case .negativeCount(_, _, _, let text):
            return language.pick(zh: "计数 \(text.inertClipped()) 为负数；这不是查询的结果，请重新运行查询并导出",
                                 en: "the count \(text.inertClipped()) is negative; no query returns that, so run the query and export it again")
        case .countAbove(_, let name, let count, let other, let limit):
            return language.pick(zh: "\(name) 为 \(count)，大于 \(other)（\(limit)）；这不是查询的结果，请重新运行查询并导出",
                                 en: "\(name) is \(count), more than \(other) (\(limit)); no query returns that, so run the query and export it again")
        case .minAboveMax(_, let score, let low, let high):
            return language.pick(zh: "\(score)_min（\(surveyNumber(low))）大于 \(score)_max（\(surveyNumber(high))）；这不是查询的结果，请重新运行查询并导出",
                                 en: "\(score)_min (\(surveyNumber(low))) is above \(score)_max (\(surveyNumber(high))); no query returns that, so run the query and export it again")
        case .outOfScale(let score, let low, let high, let scale):
            return language.pick(
                zh: "\(score) 的答案从 \(surveyNumber(low)) 到 \(surveyNumber(high))，超出量表 \(displayScale(scale))；请在列映射中写明问卷的量表（scale、importanceScale，必要时加 --rescale），或在查询前更正数据",
                en: "\(score)'s answers run from \(surveyNumber(low)) to \(surveyNumber(high)), outside the scale \(displayScale(scale)); state the survey's scale in the map (scale, importanceScale, with --rescale if needed), or correct the data before the query")
        case .tooManySegments(let limit):
            return language.pick(zh: "结果有超过 \(limit) 个不同的 segment_value；请选一个分组较少的列重新生成查询",
                                 en: "the result has more than \(limit) different segment_value values; generate the query again with a column of fewer segments")
        case .survey(let error):
            return surveyStrings(language).error(error)
        case .map(let problem):
            return sqlProblem(problem)
        }
    }

    /// `--moments` without `--map`.
    public var momentsNeedsMap: String {
        language.pick(zh: "--moments 需要生成查询时所用的列映射（--map MAP.json）：结果中的 s1、s2… 由它说明是哪个评分",
                      en: "--moments needs the column map the query was generated from (--map MAP.json): it says which score s1, s2, … are")
    }

    /// An option of raw import that the sums of a query cannot honour.
    public func momentsRefuses(_ option: String) -> String {
        switch option {
        case "--where":
            return language.pick(zh: "--moments 不接受 --where：结果中的汇总已经算好，无法再筛选；请把条件写进列映射的 where，重新生成并运行查询",
                                 en: "--moments does not take --where: the sums are already made and cannot be filtered; put the condition in the map's where, then generate and run the query again")
        case "--weight":
            return language.pick(zh: "--moments 不接受 --weight：查询的汇总不加权；请导入原始问卷文件（cem import SURVEY.csv --weight …）",
                                 en: "--moments does not take --weight: the query's sums are unweighted; import the survey file itself (cem import SURVEY.csv --weight …)")
        case "--missing":
            return language.pick(zh: "--moments 不接受 --missing pairwise：查询只汇总 listwise 的交叉和；请去掉该选项，或导入原始问卷文件",
                                 en: "--moments does not take --missing pairwise: the query sums listwise cross products only; leave it out, or import the survey file itself")
        default:
            return language.pick(zh: "--moments 不接受 \(option)：它只用于读取原始问卷文件；请去掉该选项，或导入原始问卷文件",
                                 en: "--moments does not take \(option): it applies to reading a survey file; leave it out, or import the survey file itself")
        }
    }
}

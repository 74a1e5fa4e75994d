// The words of `cem survey sql`: why no query can be written for a column map.

extension SurveyWords {
    public func sqlProblem(_ problem: SurveySQLProblem) -> String {
        switch problem {
        case .positionalColumn(let key):
            return language.pick(zh: "列映射按列号指定了 \(key)；数据仓库的表按列名读取，请在列映射中写出该列的列名",
                                 en: "the column map names \(key) by position; a warehouse table's columns are read by name, so write that column's name in the map")
        case .noScoreColumns:
            return language.pick(zh: "列映射没有指定任何评分列（<评分项>.<因素id> 或 overall），查询无可汇总；请在 columns 中加入评分列",
                                 en: "the column map names no score column (<measure>.<factorId> or overall), so the query would sum nothing; add score columns to its columns")
        case .nulCharacter(let text):
            return language.pick(zh: "“\(text)”含有 NUL 字符，任何 SQL 方言都无法引用；请改名",
                                 en: "'\(text)' holds a NUL character, which no SQL dialect can quote; rename it")
        case .blankTable:
            return language.pick(zh: "--table 为空；请给出表名（例如 survey.responses）",
                                 en: "--table is blank; give the table's name (for example survey.responses)")
        }
    }
}

// `cem survey sql`: the SQL query that computes a survey's sums inside a warehouse, from a column map.

import CEMKit
import Foundation

enum SurveyCommand {
    static let table = Option<String?>(
        "--table", value: "NAME", required: true,
        help: Localized(zh: "数据所在的表，原样写入 FROM（可带库名，或是表函数，例如 read_csv_auto('survey.csv')）",
                        en: "the table holding the responses, written as given after FROM (it may be qualified, or a table function such as read_csv_auto('survey.csv'))"))
    static let dialect = Option<SQLDialect?>(
        "--dialect", value: "DIALECT", choices: SQLDialect.allCases.map(\.rawValue), required: true,
        help: Localized(zh: "SQL 方言：duckdb、postgres、bigquery 或 spark", en: "the SQL dialect: duckdb, postgres, bigquery or spark"),
        parsing: { SQLDialect(rawValue: $0) })
    static let by = Option<String?>(
        "--by", value: "COLUMN",
        help: Localized(zh: "按该列的值分组，每组一行（默认为列映射的 segment 列）", en: "one row per value of this column (default: the map's segment column)"))
    /// `--map` as `cem import` reads it (`SurveyFile.loadMap`), required here.
    static let map = Option<String?>(
        "--map", value: "MAP.json", completion: .files(suffix: ".json"), required: true,
        help: Localized(zh: "与 cem import 相同的列映射文件（列按列名）", en: "the column map, as for cem import (columns by name)"))

    static let sql = CommandDeclaration(
        "sql", summary: Localized(zh: "打印在数据仓库内计算问卷汇总量（矩）的 SQL 查询", en: "print the SQL query that computes a survey's sums (moments) inside a warehouse"),
        options: [map.declaration, table.declaration, dialect.declaration, by.declaration],
        notes: Localized(
            zh: "查询只返回每组的计数与和（n、Σx、Σx²、最小值、最大值、驱动因素的交叉和、体验减期望），从不返回受访者的行。标签按列映射的 labels（去空格、小写）换算，其他不是数字的单元格视为缺失。输出列见 README“Survey data in a warehouse”。",
            en: "The query returns only counts and sums per group (n, Σx, Σx², min, max, the driver model's cross sums, experience − expectation), never a respondent's row. Labels are read by the map's labels (trimmed, lower case); any other cell that is not a number is missing. The output columns are in the README, \"Survey data in a warehouse\"."),
        run: run)

    static let command = CommandDeclaration(
        "survey", summary: Localized(zh: "数据仓库中的问卷数据", en: "survey data in a warehouse"), subcommands: [sql])

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        guard let map = try SurveyFile.loadMap(invocation, context: context),
              let table = invocation[table], let dialect = invocation[dialect] else {
            context.err(context.cli.missingArgument("--map MAP.json --table NAME --dialect DIALECT", usage: invocation.usage))
            throw .usage
        }
        do {
            context.out(try SurveySQL(map: map, table: table, dialect: dialect, segment: invocation[by]).query())
        } catch {
            context.err(SurveyWords(context.language()).sqlProblem(error))
            throw .invalid
        }
    }
}

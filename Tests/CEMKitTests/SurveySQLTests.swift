// The SQL `cem survey sql` writes: quoting per dialect, labels, conditions and the query's exact shape.

import CEMKit
import Testing

@Suite struct SurveySQLTests {
    static let map = SurveyMap(columns: [("Q1", .score(.experience, factor: "F1")), ("Overall", .overall)],
                               labels: ["Very Good": 5], conditions: [("Finished", "1")])

    @Test func quotesHostileNamesPerDialect() {
        let name = "a\"b`c'd\\e\nf"
        func sql(_ dialect: SQLDialect) -> SurveySQL { SurveySQL(map: SurveySQLTests.map, table: "t", dialect: dialect) }
        #expect(sql(.duckdb).identifier(name) == "\"a\"\"b`c'd\\e\nf\"")
        #expect(sql(.postgres).identifier(name) == "\"a\"\"b`c'd\\e\nf\"")
        #expect(sql(.spark).identifier(name) == "`a\"b``c'd\\e\nf`")
        #expect(sql(.bigquery).identifier(name) == "`a\"b\\`c'd\\\\e\\nf`")
        #expect(sql(.duckdb).literal(name) == "'a\"b`c''d\\e\nf'")
        #expect(sql(.postgres).literal(name) == "'a\"b`c''d\\e\nf'")
        #expect(sql(.spark).literal(name) == "'a\"b`c\\'d\\\\e\\nf'")
        #expect(sql(.bigquery).literal(name) == "'a\"b`c\\'d\\\\e\\nf'")
        #expect(sql(.bigquery).literal("\u{1}") == "'\\u0001'")
    }

    @Test func theWholeQuery() throws {
        let query = try SurveySQL(map: SurveySQLTests.map, table: "cx.responses", dialect: .duckdb).query()
        #expect(query == """
            -- cem survey sql (duckdb): the sums of a survey, one row per group; only sums leave the table.
            -- s1 = experience.F1
            -- s2 = overall
            -- d = rows with s2, s1 all answered
            WITH answers AS (
              SELECT
                CASE LOWER(TRIM(CAST("Q1" AS VARCHAR))) WHEN 'very good' THEN 5.0 ELSE TRY_CAST(TRIM(CAST("Q1" AS VARCHAR)) AS DOUBLE) END AS s1,
                CASE LOWER(TRIM(CAST("Overall" AS VARCHAR))) WHEN 'very good' THEN 5.0 ELSE TRY_CAST(TRIM(CAST("Overall" AS VARCHAR)) AS DOUBLE) END AS s2
              FROM cx.responses
              WHERE TRIM(CAST("Finished" AS VARCHAR)) = '1'
            )
            SELECT
              COUNT(*) AS n_rows,
              (SELECT COUNT(*) FROM cx.responses) AS n_all_rows,
              SUM(CASE WHEN s1 IS NOT NULL OR s2 IS NOT NULL THEN 1 ELSE 0 END) AS n_respondents,
              COUNT(s1) AS s1_n, SUM(s1) AS s1_sum, SUM(s1 * s1) AS s1_sumsq, MIN(s1) AS s1_min, MAX(s1) AS s1_max, SUM(CASE WHEN s1 <> FLOOR(s1) THEN 1 ELSE 0 END) AS s1_fractional,
              COUNT(s2) AS s2_n, SUM(s2) AS s2_sum, SUM(s2 * s2) AS s2_sumsq, MIN(s2) AS s2_min, MAX(s2) AS s2_max, SUM(CASE WHEN s2 <> FLOOR(s2) THEN 1 ELSE 0 END) AS s2_fractional,
              SUM(CASE WHEN s2 IS NOT NULL AND s1 IS NOT NULL THEN 1 ELSE 0 END) AS d_n,
              SUM(CASE WHEN s2 IS NOT NULL AND s1 IS NOT NULL THEN s2 END) AS d_sum_s2,
              SUM(CASE WHEN s2 IS NOT NULL AND s1 IS NOT NULL THEN s1 END) AS d_sum_s1,
              SUM(CASE WHEN s2 IS NOT NULL AND s1 IS NOT NULL THEN s2 * s2 END) AS d_s2_s2,
              SUM(CASE WHEN s2 IS NOT NULL AND s1 IS NOT NULL THEN s2 * s1 END) AS d_s2_s1,
              SUM(CASE WHEN s2 IS NOT NULL AND s1 IS NOT NULL THEN s1 * s1 END) AS d_s1_s1
            FROM answers;

            """)
    }

    @Test func numbersPerDialect() throws {
        let plain = SurveyMap(columns: [("Q1", .score(.experience, factor: "F1"))])
        let postgres = try SurveySQL(map: plain, table: "t", dialect: .postgres).query()
        #expect(postgres.contains("CASE WHEN TRIM(CAST(\"Q1\" AS TEXT)) ~ '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$' THEN CAST(TRIM(CAST(\"Q1\" AS TEXT)) AS DOUBLE PRECISION) END AS s1"))
        #expect(try SurveySQL(map: plain, table: "t", dialect: .bigquery).query().contains("SAFE_CAST(TRIM(CAST(`Q1` AS STRING)) AS FLOAT64) AS s1"))
        #expect(try SurveySQL(map: plain, table: "t", dialect: .spark).query().contains("TRY_CAST(TRIM(CAST(`Q1` AS STRING)) AS DOUBLE) AS s1"))
        // Without overall there is no driver model; without a segment, one row.
        #expect(!postgres.contains("d_n"))
        #expect(!postgres.contains("GROUP BY"))
    }

    @Test func refusals() {
        #expect(throws: SurveySQLProblem.positionalColumn("#3")) {
            try SurveySQL(map: SurveyMap(columns: [("#3", .overall)]), table: "t", dialect: .duckdb).query()
        }
        #expect(throws: SurveySQLProblem.noScoreColumns) {
            try SurveySQL(map: SurveyMap(columns: [("Region", .segment)]), table: "t", dialect: .duckdb).query()
        }
        #expect(throws: SurveySQLProblem.blankTable) { try SurveySQL(map: SurveySQLTests.map, table: "  ", dialect: .duckdb).query() }
        #expect(throws: SurveySQLProblem.nulCharacter("a\u{0}b")) {
            try SurveySQL(map: SurveyMap(columns: [("a\u{0}b", .overall)]), table: "t", dialect: .duckdb).query()
        }
    }
}

// `cem import`: a survey export (one respondent a row) aggregated into a workbook's scores.

import CEMKit
import Foundation

enum ImportCommand {
    static let into = Option<String?>("--into", value: "FILE", completion: .files(suffix: ".cem.json"),
                                      help: Localized(zh: "要写入的工作簿（除 --columns 外必填）；只有整个导入成功才会写入",
                                                      en: "the workbook to write (required but with --columns); written only if the whole import succeeds"))
    static let columns = Flag("--columns", help: Localized(zh: "列出每一列的编号、列名、类型和值，不导入",
                                                           en: "list every column's number, header, type and values; import nothing"))
    static let importance = Option<ImportanceSource>(
        "--importance", value: "MODE",
        help: Localized(zh: "stated（受访者陈述的重要性平均值，默认）或 derived（Johnson 相对权重，按重要性量表换算）",
                        en: "stated (mean of the stated importance, default) or derived (Johnson's relative weights, rescaled to the importance scale)"),
        default: .stated)
    static let missing = Option<SurveyOptions.Missing>(
        "--missing", value: "METHOD",
        help: Localized(zh: "推导重要性使用哪些受访者：listwise（默认：回答了所有因素体验和整体满意度的）或 pairwise（每个相关系数使用同时回答了这两项的；见 README 的注意事项）",
                        en: "respondents derived importance uses: listwise (default: those who answered every factor's experience and overall) or pairwise (each correlation from those who answered both; see README for its caveats)"),
        default: .listwise)
    static let suggestMap = Option<String?>(
        "--suggest-map", value: "MAP.json", completion: .files(suffix: ".json"),
        help: Localized(zh: "按题目文字与 --into 工作簿的因素名称和 id 推荐列映射，写入 MAP.json（已存在则拒绝），不导入",
                        en: "propose a column map from question text matched to the --into workbook's factor names and ids, write it to MAP.json (refused if it exists); import nothing"))
    static let format = Shared.format(
        ["text", "json", "csv"],
        help: Localized(zh: "text（默认，表格）、json（供脚本读取：全部数字按工作簿保存的精度，键的顺序固定）或 csv（每个统计一行，UTF-8 带 BOM）；与 --dry-run 同用亦可",
                        en: "text (the default: tables), json (for scripts: every figure at the precision the workbook stores, keys in a fixed order) or csv (one row per statistic, UTF-8 with BOM); also with --dry-run"))
    static let dryRun = Flag("--dry-run", help: Localized(zh: "只显示将改变什么，不写入", en: "show what would change; write nothing"))
    static let moments = Option<String?>(
        "--moments", value: "RESULT.csv", completion: .files(suffix: ".csv"),
        help: Localized(zh: "不读问卷文件，改读 cem survey sql 的查询在数据仓库中算出的结果（CSV，带标题行）；需要生成查询时所用的 --map，结果与导入同样的行相同",
                        en: "instead of a survey file, read the result of cem survey sql's query as the warehouse exports it (CSV with header); needs the --map the query was generated from, and gives what an import of the same rows gives"))

    static let command = CommandDeclaration(
        "import", summary: Localized(zh: "把问卷数据（每位受访者一行）汇总为工作簿的分数", en: "aggregate respondent scores from a survey CSV into a workbook"),
        forms: [Form(option: nil, arguments: [SurveyFile.argument]), Form(option: moments.declaration, arguments: [])],
        options: [into.declaration, moments.declaration, SurveyFile.filter.declaration, SurveyFile.weight.declaration, importance.declaration, missing.declaration,
                  SurveyFile.onError.declaration,
                  SurveyFile.delimiter.declaration, SurveyFile.encoding.declaration, SurveyFile.map.declaration, SurveyFile.rescale.declaration, suggestMap.declaration, dryRun.declaration,
                  format.declaration, columns.declaration],
        notes: Localized(
            zh: "列名：<评分项>.<因素id>（brandValue、experience、expectation、importance、ideal），可选 overall（整体满意度），其他列可用于 --where。空白单元格表示缺失（不是 0）。SURVEY.csv 为 - 时从标准输入读取。",
            en: "Columns: <measure>.<factorId> (brandValue, experience, expectation, importance, ideal), optional overall (overall satisfaction), any other column for --where. A blank cell is missing, not 0. SURVEY.csv may be - for standard input."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        if let result = invocation[moments] { return try importMoments(result, context: context, invocation: invocation) }
        let survey = invocation.file
        var options = SurveyFile.options(invocation)
        if invocation.has(format), let other = invocation[columns] ? "--columns" : invocation[suggestMap] != nil ? "--suggest-map" : nil {
            context.err(SurveyWords(context.language()).formatOnlyForImport(other))
            throw .usage
        }
        if invocation[columns] { return try listColumns(survey, options: options, context: context) }
        guard let into = invocation[into] else {
            if invocation[suggestMap] != nil { context.err(SurveyWords(context.language()).suggestNeedsWorkbook) }
            context.err(context.cli.missingArgument("--into FILE", usage: invocation.usage))
            throw .usage
        }
        if let target = invocation[suggestMap] {
            let workbook = try Files.loadOrExit(into, context: context)
            return try suggest(survey, to: target, workbook: workbook, options: options, context: context)
        }
        let map = try SurveyFile.loadMap(invocation, context: context)
        if let map { options.apply(map) }
        let (workbook, original) = try loadWorkbook(into, context: context)
        let language = context.language(for: workbook)
        options.keyDrivers = true
        options.missing = invocation[missing]
        if options.weightColumn != nil, options.missing == .pairwise {
            context.err(SurveyWords(language).weightNotPairwise)
            throw .usage
        }
        let summary = try SurveyFile.read(survey, workbook: workbook, options: options, context: context, language: language)
        try apply(summary, from: survey, into: into, workbook: workbook, original: original, options: options, map: map,
                  invocation: invocation, context: context)
    }

    /// The workbook `--into` names and its bytes, or its problems printed and exit code 1.
    static func loadWorkbook(_ into: String, context: Context) throws(ExitCode) -> (Workbook, [UInt8]) {
        switch Files.load(into, context: context) {
        case .workbook(let loaded, let bytes):
            return (loaded, bytes)
        case .failed(let messages):
            messages.forEach(context.err)
            throw .invalid
        }
    }

    /// The survey's figures into the workbook: printed (text, JSON or CSV) and written unless `--dry-run`.
    static func apply(_ summary: SurveySummary, from survey: String, into: String, workbook: Workbook, original: [UInt8],
                      options: SurveyOptions, map: SurveyMap?, invocation: Invocation, context: Context) throws(ExitCode) {
        let language = context.language(for: workbook)
        let result: SurveyImport
        do {
            // Derived importance is O(factors³): with many factors, say which step it is on (terminal only).
            let factors = summary.drivers?.factors.count ?? 0
            let stderr = context.stderr
            let progress: ((Int, Int) -> Void)? = factors >= SurveyFile.progressFactors && context.stderrIsTerminal ? { step, steps in
                stderr.write(Array(("\r" + SurveyWords(language).driversProgress(factors: factors, step: step, of: steps)
                    + "\u{1B}[K").utf8))
            } : nil
            defer { if progress != nil { stderr.write(Array("\r\u{1B}[K".utf8)) } }
            result = try SurveyImport(summary, into: workbook, importance: invocation[importance], progress: progress)
        } catch {
            context.err(SurveyText.error(error.inert, file: survey.inert, language: language))
            throw .invalid
        }
        let strings = surveyStrings(language)
        let changed = result.changes.filter(\.changed).count
        let bytes = WorkbookWriter.bytes(result.workbook)
        let filters = options.filters
        switch invocation[format] {
        case "json", "csv":
            // For scripts: the workbook is written first, so the output says what happened; on a failed
            // write nothing is printed to standard output.
            let dryRun = invocation[dryRun]
            if !dryRun, bytes != original { try Files.write(bytes, to: into, expecting: original, context: context) }
            let outcome = SurveyImportOutcome(workbook: into, dryRun: dryRun, written: !dryRun)
            // Written as is: the CSV ends in CRLF, which `out` would not take for a line end.
            context.stdout.write(Array((invocation[format] == "json"
                ? SurveyExport.importJSON(result, file: survey, filters: filters, outcome: outcome, language: language)
                : SurveyExport.importCSV(result)).utf8))
            return
        default: break
        }
        // Names and values from the file and the command line reach the terminal inert.
        var shown = result
        shown.summary = result.summary.inert
        var report = SurveyText.render(shown, file: survey.inert, filter: nil,
                                       filters: filters.map { ($0.column.inertClipped(), $0.value.inertClipped()) },
                                       language: language, width: context.width)
        if let map, let path = invocation[SurveyFile.map] { report = SurveyFile.sayMapped(report, map: map, path: path, summary: summary, language: language) }
        context.out(report)
        if invocation[dryRun] {
            context.out("\n" + strings.dryRun(changed))
            return
        }
        if bytes != original { try Files.write(bytes, to: into, expecting: original, context: context) }
        context.out("\n" + strings.written(into.inert, changed))
    }
}


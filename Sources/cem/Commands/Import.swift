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

    static let command = CommandDeclaration(
        "import", summary: Localized(zh: "把问卷数据（每位受访者一行）汇总为工作簿的分数", en: "aggregate respondent scores from a survey CSV into a workbook"),
        arguments: [SurveyFile.argument],
        options: [into.declaration, SurveyFile.filter.declaration, SurveyFile.weight.declaration, importance.declaration, missing.declaration,
                  SurveyFile.onError.declaration,
                  SurveyFile.delimiter.declaration, SurveyFile.encoding.declaration, SurveyFile.map.declaration, SurveyFile.rescale.declaration, suggestMap.declaration, dryRun.declaration,
                  format.declaration, columns.declaration],
        notes: Localized(
            zh: "列名：<评分项>.<因素id>（brandValue、experience、expectation、importance、ideal），可选 overall（整体满意度），其他列可用于 --where。空白单元格表示缺失（不是 0）。SURVEY.csv 为 - 时从标准输入读取。",
            en: "Columns: <measure>.<factorId> (brandValue, experience, expectation, importance, ideal), optional overall (overall satisfaction), any other column for --where. A blank cell is missing, not 0. SURVEY.csv may be - for standard input."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
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
        let workbook: Workbook, original: [UInt8]
        switch Files.load(into, context: context) {
        case .workbook(let loaded, let bytes):
            workbook = loaded
            original = bytes
        case .failed(let messages):
            messages.forEach(context.err)
            throw .invalid
        }
        let language = context.language(for: workbook)
        options.keyDrivers = true
        options.missing = invocation[missing]
        if options.weightColumn != nil, options.missing == .pairwise {
            context.err(SurveyWords(language).weightNotPairwise)
            throw .usage
        }
        let summary = try SurveyFile.read(survey, workbook: workbook, options: options, context: context, language: language)
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

extension ImportCommand {
    /// `--columns`: the file's columns, read like an import but summed per column.
    static func listColumns(_ survey: String, options: SurveyOptions, context: Context) throws(ExitCode) {
        let language = context.language()
        let (list, rows, headerRows, encoding) = try readColumns(survey, options: options, context: context, language: language)
        context.out(SurveyText.columns(list, rows: rows, extraHeaderRows: headerRows, encoding: encoding, file: survey.inert,
                                       language: language, width: context.width))
    }

    /// `--suggest-map`: the columns matched to the workbook, written as a map the user checks and keeps.
    static func suggest(_ survey: String, to path: String, workbook: Workbook, options: SurveyOptions, context: Context) throws(ExitCode) {
        let language = context.language(for: workbook), words = SurveyWords(language)
        var info = stat()
        if stat(context.resolve(path), &info) == 0 {
            context.err(words.mapExists(path.inert))
            throw .invalid
        }
        let (list, _, _, _) = try readColumns(survey, options: options, context: context, language: language)
        let map = SurveyMap.suggest(list, workbook: workbook)
        guard !map.columns.isEmpty else {
            context.err(words.suggestNothing)
            throw .invalid
        }
        try Files.write(Array(map.text.utf8), to: path, context: context)
        context.out(map.columns.map { words.suggested($0.key.inertClipped(), $0.target.text.inertClipped()) }.joined(separator: "\n"))
        context.out(words.suggestedMap(path.inert, matched: map.columns.count, columns: list.count))
    }

    /// Reads every column of the file (`--columns`, `--suggest-map`).
    static func readColumns(_ survey: String, options: SurveyOptions, context: Context, language: Language) throws(ExitCode)
        -> (columns: [SurveyColumn], rows: Int, extraHeaderRows: Int, encoding: DetectedEncoding) {
        let fd = survey == "-" ? STDIN_FILENO : try SurveyFile.openSurvey(survey, context: context)
        defer { if fd != STDIN_FILENO { close(fd) } }
        var reader = SurveyReader(listingColumns: options)
        var buffer = [UInt8](repeating: 0, count: SurveyFile.chunkSize)
        do {
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, SurveyFile.chunkSize) }
                if count < 0 {
                    if errno == EINTR { continue }
                    context.err(context.cli.cannotRead(survey.inert, String(cString: strerror(errno))))
                    throw ExitCode.invalid
                }
                if count == 0 { break }
                try buffer.withUnsafeBufferPointer { (chunk) throws(SurveyError) in
                    try reader.feed(UnsafeBufferPointer(rebasing: chunk[0..<count]))
                }
            }
            return try reader.finishColumns()
        } catch let error as SurveyError {
            context.err(SurveyText.error(error.inert, file: survey.inert, language: language))
            throw .invalid
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw .invalid
        }
    }
}

/// Reading a survey file in 1 MiB chunks with read(2), shared by import and segments.
enum SurveyFile {
    static let chunkSize = 1 << 20
    /// From this many factors derived importance takes long enough to show its steps.
    static let progressFactors = 150

    static let argument = Argument(name: "SURVEY.csv", completion: .files(suffix: ".csv"))

    static let delimiter = Option<UInt8>(
        "--delimiter", value: "C", allowed: ", ; tab |", completion: .words([",", ";", "tab", "|"]),
        help: Localized(zh: "字段分隔符：, ; tab 或任一单个字符（默认 ,）", en: "field delimiter: , ; tab or any single character (default ,)"),
        default: 0x2C, parse: { value in
            switch value {
            case "tab", "\\t", "\t": return 0x09
            default:
                guard value.utf8.count == 1, let byte = value.utf8.first, byte != 0x22, byte != 0x0A, byte != 0x0D else { return nil }
                return byte
            }
        })
    static let onError = Option<SurveyOptions.OnError>(
        "--on-error", value: "MODE",
        help: Localized(zh: "fail（默认：遇到非数字或超出量表的单元格即停止）或 skip（略过并按列计数）",
                        en: "fail (default: stop at a non-numeric or out-of-scale cell) or skip (leave such cells out and count them per column)"),
        default: .fail)
    static let filter = Option<Filter?>(
        "--where", value: "COLUMN=VALUE", allowed: "COLUMN=VALUE",
        help: Localized(zh: "只计该列等于该值的受访者；可重复，所有条件同时成立（例如 --where Finished=1 --where Status=0）",
                        en: "only respondents whose cell in COLUMN equals VALUE; may be repeated, and every condition applies (for example --where Finished=1 --where Status=0)"),
        parsing: { value in
            guard let eq = value.firstIndex(of: "="), eq != value.startIndex else { return nil }
            return Filter(column: String(value[..<eq]), value: String(value[value.index(after: eq)...]))
        }).repeatable()

    static let encoding = Option<SurveyEncoding?>(
        "--encoding", value: "ENCODING", choices: SurveyEncoding.allCases.map(\.rawValue),
        help: Localized(zh: "没有字节顺序标记时文件的编码：utf-8（默认）、gb18030（中文 Windows 上 Excel 的“CSV”）或 utf-16；有标记时以标记为准",
                        en: "the file's encoding when it has no byte-order mark: utf-8 (default), gb18030 (Excel's plain \"CSV\" on Chinese Windows) or utf-16; a mark decides by itself"),
        parsing: { SurveyEncoding(rawValue: $0) })

    static let map = Option<String?>(
        "--map", value: "MAP.json", completion: .files(suffix: ".json"),
        help: Localized(zh: "列映射文件：哪一列是哪个 <评分项>.<因素id>、overall 或 segment（按列名或 #列号），答案标签和条件；见 cem schema --map",
                        en: "column map: which column (by header or #N) is which <measure>.<factorId>, overall or segment, answer labels and conditions; see cem schema --map"))

    static let weight = Option<String?>(
        "--weight", value: "COLUMN",
        help: Localized(zh: "每位受访者的权重所在的列（配额或事后分层样本）：加权平均值、标准差（可靠性权重）、Kish 有效样本量和加权相关系数；空白、非数字或负数的权重被拒绝（--on-error skip 则略过并计数）",
                        en: "the column of each respondent's weight (quota or post-stratified samples): weighted means, sd (reliability weights), Kish's effective n and weighted correlations; a blank, non-numeric or negative weight is refused (skipped and counted with --on-error skip)"))

    static let rescale = Flag("--rescale", help: Localized(
        zh: "列映射的 scale/importanceScale 与工作簿的量表不同时，按线性换算到工作簿的量表（否则拒绝）",
        en: "when the map's scale or importanceScale differs from the workbook's, map answers linearly onto the workbook's (otherwise refused)"))

    /// `--map`: the map file read and checked, or nil when not given; a bad map ends with exit code 1.
    static func loadMap(_ invocation: Invocation, context: Context) throws(ExitCode) -> SurveyMap? {
        guard let path = invocation[map] else { return nil }
        let words = SurveyWords(context.language())
        let bytes: [UInt8]
        do {
            bytes = try Files.readBytes(path, context: context, limit: 1 << 20)
        } catch {
            context.err(error.message)
            throw .invalid
        }
        let (read, problems) = SurveyMap.read(bytes)
        guard let read else {
            problems.forEach { context.err(path.inert + strings(context.language()).labelSeparator + words.mapProblem($0.inert)) }
            throw .invalid
        }
        return read
    }

    /// The report with a line saying the map was used, under the first line (respondents).
    static func sayMapped(_ report: String, map: SurveyMap, path: String, summary: SurveySummary, language: Language) -> String {
        var lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = SurveyWords(language).mapped(path.inert, columns: map.columns.count, labels: map.labels.count,
                                                conditions: map.conditions.count)
        lines.insert(line, at: min(1, lines.count))
        return lines.joined(separator: "\n")
    }

    struct Filter: Sendable {
        var column: String
        var value: String
    }

    /// --delimiter, --where and --on-error, already checked by the parser.
    static func options(_ invocation: Invocation) -> SurveyOptions {
        var options = SurveyOptions()
        options.delimiter = invocation[delimiter]
        options.onError = invocation[onError]
        options.encoding = invocation[encoding]
        options.rescale = invocation[rescale]
        options.weightColumn = invocation[weight]
        options.filters = invocation.all(filter).compactMap { $0.map { ($0.column, $0.value) } }
        return options
    }

    /// Streams the file through a `SurveyReader`; progress on standard error when it is a terminal.
    static func read(_ path: String, workbook: Workbook?, options: SurveyOptions, context: Context,
                     language: Language) throws(ExitCode) -> SurveySummary {
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = try openSurvey(path, context: context)
        }
        defer { if fd != STDIN_FILENO { close(fd) } }
        if let summary = try readInParallel(fd, path: path, workbook: workbook, options: options, context: context, language: language) {
            return summary
        }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        var reader = SurveyReader(workbook: workbook, options: options)
        let progress = context.stderrIsTerminal
        let clock = ContinuousClock(), start = clock.now
        var lastReport = start, reported = false
        func failed(_ error: SurveyError) -> ExitCode {
            if reported { context.stderr.write(Array("\r\u{1B}[K".utf8)) }
            context.err(SurveyText.error(error.inert, file: path.inert, language: language))
            return .invalid
        }
        while true {
            let count = Glibc.read(fd, buffer, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                if reported { context.stderr.write(Array("\r\u{1B}[K".utf8)) }
                context.err(context.cli.cannotRead(path.inert, String(cString: strerror(errno))))
                throw .invalid
            }
            if count == 0 { break }
            do {
                try reader.feed(UnsafeBufferPointer(start: buffer, count: count))
            } catch {
                throw failed(error)
            }
            if progress, clock.now - lastReport > .milliseconds(250) {
                lastReport = clock.now
                let seconds = Double((lastReport - start).components.attoseconds) / 1e18 + Double((lastReport - start).components.seconds)
                let megabytes = Double(reader.bytesRead) / 1_000_000
                context.stderr.write(Array(("\r" + surveyStrings(language).progress(
                    rows: reader.rows, megabytes: megabytes, perSecond: megabytes / max(seconds, 0.001)) + "\u{1B}[K").utf8))
                reported = true
            }
        }
        if reported { context.stderr.write(Array("\r\u{1B}[K".utf8)) }
        do {
            return try reader.finish()
        } catch {
            throw failed(error)
        }
    }

    /// A regular file summed on every core (`SurveyParallel`); nil when it is to be read in one pass.
    static func readInParallel(_ fd: Int32, path: String, workbook: Workbook?, options: SurveyOptions, context: Context,
                               language: Language) throws(ExitCode) -> SurveySummary? {
        var info = stat()
        guard fd != STDIN_FILENO, fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let source: SurveyByteSource = { offset, buffer, count in
            while true {
                let n = pread(fd, buffer, count, off_t(offset))
                if n >= 0 || errno != EINTR { return n }
            }
        }
        switch SurveyParallel.read(size: Int(info.st_size), source: source, workbook: workbook, options: options, parts: parts) {
        case .onePass: return nil
        case .readFailed(let code):
            context.err(context.cli.cannotRead(path.inert, String(cString: strerror(code))))
            throw .invalid
        case .failed(let error):
            context.err(SurveyText.error(error.inert, file: path.inert, language: language))
            throw .invalid
        case .moments(let sums):
            do {
                return try sums.summary(workbook: workbook, options: options)
            } catch {
                context.err(SurveyText.error(error.inert, file: path.inert, language: language))
                throw .invalid
            }
        }
    }

    /// Opens a survey file for reading without blocking on a pipe: a folder, FIFO or device is refused first.
    static func openSurvey(_ path: String, context: Context) throws(ExitCode) -> Int32 {
        let full = context.resolve(path)
        var info = stat()
        guard stat(full, &info) == 0 else {
            let code = errno
            context.err(code == ELOOP ? context.cli.symbolicLinkLoop(path)
                        : context.cli.cannotRead(path.inert, String(cString: strerror(code))))
            throw .invalid
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR {
            context.err(context.cli.cannotRead(path.inert, String(cString: strerror(EISDIR))))
            throw .invalid
        }
        if type != S_IFREG {
            context.err(context.cli.notRegularFile(path))
            throw .invalid
        }
        let fd = open(full, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            context.err(context.cli.cannotRead(path.inert, String(cString: strerror(errno))))
            throw .invalid
        }
        return fd
    }
}

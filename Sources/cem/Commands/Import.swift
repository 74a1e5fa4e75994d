// `cem import`: a survey export (one respondent a row) aggregated into a workbook's scores.

import CEMKit
import Foundation

enum ImportCommand {
    static let usage = "cem import SURVEY.csv --into FILE [--where COLUMN=VALUE] [--importance stated|derived] [--on-error skip|fail] [--delimiter C] [--dry-run]"
    static let command = Command(
        name: "import", usage: usage,
        summary: Localized(zh: "把问卷数据（每位受访者一行）汇总为工作簿的分数", en: "aggregate respondent scores from a survey CSV into a workbook"),
        details: Localized(
            zh: """
              --into FILE         要写入的工作簿（必填）；只有整个导入成功才会写入
              --where COL=VALUE   只计该列等于该值的受访者
              --importance MODE   stated（受访者陈述的重要性平均值，默认）或 derived（Johnson 相对权重，按重要性量表换算）
              --on-error MODE     fail（默认：遇到非数字或超出量表的单元格即停止）或 skip（略过并按列计数）
              --delimiter C       字段分隔符：, ; tab 或任一单个字符（默认 ,）
              --dry-run           只显示将改变什么，不写入
            列名：<评分项>.<因素id>（brandValue、experience、expectation、importance、ideal），可选 overall（整体满意度），
            其他列可用于 --where。空白单元格表示缺失（不是 0）。SURVEY.csv 为 - 时从标准输入读取。
            """,
            en: """
              --into FILE         the workbook to write (required); written only if the whole import succeeds
              --where COL=VALUE   only respondents whose cell in COL equals VALUE
              --importance MODE   stated (mean of the stated importance, default) or derived (Johnson's relative
                                  weights, rescaled to the importance scale)
              --on-error MODE     fail (default: stop at a non-numeric or out-of-scale cell) or skip (leave such
                                  cells out and count them per column)
              --delimiter C       field delimiter: , ; tab or any single character (default ,)
              --dry-run           show what would change; write nothing
            Columns: <measure>.<factorId> (brandValue, experience, expectation, importance, ideal), optional
            overall (overall satisfaction), any other column for --where. A blank cell is missing, not 0.
            SURVEY.csv may be - for standard input.
            """),
        options: [
            OptionSpec("--into", takesValue: true), OptionSpec("--where", takesValue: true),
            OptionSpec("--importance", takesValue: true), OptionSpec("--on-error", takesValue: true),
            OptionSpec("--delimiter", takesValue: true), OptionSpec("--dry-run"),
        ],
        run: run)

    static func run(_ context: Context, _ arguments: ParsedArguments) -> Int32 {
        guard let survey = arguments.positionals.first else {
            context.err(context.cli.missingArgument("SURVEY.csv", usage: usage))
            return ExitCode.usage
        }
        guard arguments.positionals.count == 1 else {
            context.err(context.cli.tooManyArguments(usage: usage))
            return ExitCode.usage
        }
        guard let into = arguments.value("--into") else {
            context.err(context.cli.missingArgument("--into FILE", usage: usage))
            return ExitCode.usage
        }
        guard var options = SurveyFile.options(arguments, context: context) else { return ExitCode.usage }
        var importance = ImportanceSource.stated
        if let value = arguments.value("--importance") {
            guard let parsed = ImportanceSource(rawValue: value) else {
                context.err(context.cli.badValue("--importance", value, allowed: "stated, derived"))
                return ExitCode.usage
            }
            importance = parsed
        }
        let workbook: Workbook, original: [UInt8]
        switch Files.load(into, context: context) {
        case .workbook(let loaded, let bytes):
            workbook = loaded
            original = bytes
        case .failed(let messages):
            messages.forEach(context.err)
            return ExitCode.invalid
        }
        let language = context.language(for: workbook)
        options.keyDrivers = true
        let summary: SurveySummary
        switch SurveyFile.read(survey, workbook: workbook, options: options, context: context, language: language) {
        case .success(let s): summary = s
        case .failure(let failure): return failure.code
        }
        let result: SurveyImport
        do {
            result = try SurveyImport(summary, into: workbook, importance: importance)
        } catch {
            context.err(SurveyText.error(error, file: survey, language: language))
            return ExitCode.invalid
        }
        context.out(SurveyText.render(result, file: survey, filter: options.filter, language: language, width: context.width))
        let strings = surveyStrings(language)
        let changed = result.changes.filter(\.changed).count
        if arguments.has("--dry-run") {
            context.out("\n" + strings.dryRun(changed))
            return ExitCode.ok
        }
        let bytes = WorkbookWriter.bytes(result.workbook)
        if bytes != original {
            do {
                try context.files.replace(into, with: bytes, expecting: original)
            } catch {
                context.err(CLIWords(language).cannotReplace(into, error.reason))
                return ExitCode.invalid
            }
        }
        context.out("\n" + strings.written(into, changed))
        return ExitCode.ok
    }
}

/// Reading a survey file in 1 MiB chunks with read(2), shared by import and segments.
enum SurveyFile {
    static let chunkSize = 1 << 20

    /// --delimiter, --where and --on-error; nil (after a message) on a bad value.
    static func options(_ arguments: ParsedArguments, context: Context) -> SurveyOptions? {
        var options = SurveyOptions()
        if let value = arguments.value("--delimiter") {
            switch value {
            case "tab", "\\t", "\t": options.delimiter = 0x09
            default:
                guard value.utf8.count == 1, let byte = value.utf8.first, byte != 0x22, byte != 0x0A, byte != 0x0D else {
                    context.err(context.cli.badValue("--delimiter", value, allowed: ", ; tab |"))
                    return nil
                }
                options.delimiter = byte
            }
        }
        if let value = arguments.value("--on-error") {
            guard let parsed = SurveyOptions.OnError(rawValue: value) else {
                context.err(context.cli.badValue("--on-error", value, allowed: "fail, skip"))
                return nil
            }
            options.onError = parsed
        }
        if let value = arguments.value("--where") {
            guard let eq = value.firstIndex(of: "="), eq != value.startIndex else {
                context.err(context.cli.badValue("--where", value, allowed: "COLUMN=VALUE"))
                return nil
            }
            options.filter = (String(value[..<eq]), String(value[value.index(after: eq)...]))
        }
        return options
    }

    /// Streams the file through a `SurveyReader`; progress on standard error when it is a terminal.
    static func read(_ path: String, workbook: Workbook?, options: SurveyOptions, context: Context,
                     language: Language) -> Result<SurveySummary, ExitFailure> {
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                context.err(context.cli.cannotRead(path, String(cString: strerror(ENOENT))))
                return .failure(ExitFailure(code: ExitCode.invalid))
            }
            if isDirectory.boolValue {
                context.err(context.cli.cannotRead(path, String(cString: strerror(EISDIR))))
                return .failure(ExitFailure(code: ExitCode.invalid))
            }
            fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                context.err(context.cli.cannotRead(path, String(cString: strerror(errno))))
                return .failure(ExitFailure(code: ExitCode.invalid))
            }
        }
        defer { if fd != STDIN_FILENO { close(fd) } }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        var reader = SurveyReader(workbook: workbook, options: options)
        let progress = isatty(STDERR_FILENO) == 1
        let clock = ContinuousClock(), start = clock.now
        var lastReport = start, reported = false
        do {
            while true {
                let count = Glibc.read(fd, buffer, chunkSize)
                if count < 0 {
                    if errno == EINTR { continue }
                    context.err(context.cli.cannotRead(path, String(cString: strerror(errno))))
                    return .failure(ExitFailure(code: ExitCode.invalid))
                }
                if count == 0 { break }
                try reader.feed(UnsafeBufferPointer(start: buffer, count: count))
                if progress, clock.now - lastReport > .milliseconds(250) {
                    lastReport = clock.now
                    let seconds = Double((lastReport - start).components.attoseconds) / 1e18 + Double((lastReport - start).components.seconds)
                    let megabytes = Double(reader.bytesRead) / 1_000_000
                    FileHandle.standardError.write(Data(("\r" + surveyStrings(language).progress(
                        rows: reader.rows, megabytes: megabytes, perSecond: megabytes / max(seconds, 0.001)) + "\u{1B}[K").utf8))
                    reported = true
                }
            }
            if reported { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            return .success(try reader.finish())
        } catch {
            if reported { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            context.err(SurveyText.error(error, file: path, language: language))
            return .failure(ExitFailure(code: ExitCode.invalid))
        }
    }
}

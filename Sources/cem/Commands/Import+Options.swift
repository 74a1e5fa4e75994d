// The options every survey command shares (--delimiter, --where, --map, --weight, …) and the column map they load.

import CEMKit
import Foundation

/// A survey file as import and segments read it: shared options, and reading in 1 MiB chunks with read(2).
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
            bytes = try Files.readBytes(path, context: context, limit: 1 << 20, missing: context.cli.noSuchMap)
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
}

// `cem segments`: per segment of respondents, each factor's experience, expectation and satisfaction.

import CEMKit
import Foundation

enum SegmentsCommand {
    static let by = Option<String?>("--by", value: "COLUMN",
                                    help: Localized(zh: "按此列的值分组（必填，除非 --map 中有 segment 列）",
                                                    en: "group respondents by the value of this column (required unless --map names a segment column)"))
    static let into = Option<String?>("--into", value: "FILE", completion: .files(suffix: ".cem.json"),
                                      help: Localized(zh: "取该工作簿的因素名称、顺序和量表（检查分数是否在量表内）；不会写入",
                                                      en: "take factor names, order and scales (cells are checked) from this workbook; it is never written"))

    static let format = Shared.format(
        ["text", "json", "csv"],
        help: Localized(zh: "text（默认，表格）、json（供脚本读取：全部数字按工作簿保存的精度，键的顺序固定）或 csv（每个分组和因素一行，UTF-8 带 BOM）",
                        en: "text (the default: tables), json (for scripts: every figure at the precision the workbook stores, keys in a fixed order) or csv (one row per group and factor, UTF-8 with BOM)"))

    static let topBox = Option<Int?>(
        "--top-box", value: "K", allowed: "1–9",
        help: Localized(zh: "每组各因素体验答案落在量表最高 K 格的比例（例如 --top-box 2）",
                        en: "per segment, the share of each factor's experience answers in the scale's top K points (for example --top-box 2)"),
        parsing: { text in Int(text).flatMap { (1...9).contains($0) ? $0 : nil } })

    static let command = CommandDeclaration(
        "segments", summary: Localized(zh: "按受访者分组显示各因素的体验、期望和满意度", en: "experience, expectation and satisfaction per segment of respondents"),
        arguments: [SurveyFile.argument],
        options: [by.declaration, into.declaration, SurveyFile.filter.declaration, SurveyFile.weight.declaration, SurveyFile.onError.declaration,
                  SurveyFile.delimiter.declaration, SurveyFile.encoding.declaration, SurveyFile.map.declaration,
                  SurveyFile.rescale.declaration, topBox.declaration, format.declaration],
        notes: Localized(zh: "满意度 = 体验平均值 − 期望平均值；n 为回答该项的受访者人数。",
                         en: "Satisfaction = mean experience − mean expectation; n is the number of respondents who answered."),
        run: run)

    static func run(_ context: Context, _ invocation: Invocation) throws(ExitCode) {
        let survey = invocation.file
        var options = SurveyFile.options(invocation)
        let map = try SurveyFile.loadMap(invocation, context: context)
        if let map { options.apply(map) }
        let segmentKey = map?.columns.first { $0.target == .segment }?.key
        guard let by = invocation[SegmentsCommand.by] ?? segmentKey else {
            context.err(context.cli.missingArgument("--by COLUMN", usage: invocation.usage))
            throw .usage
        }
        options.segmentColumn = invocation[SegmentsCommand.by]
        options.keyDrivers = false
        options.topBox = invocation[topBox] ?? 0
        let workbook = try invocation[into].map { (path) throws(ExitCode) in try Files.loadOrExit(path, context: context) }
        let language = context.language(for: workbook)
        if invocation[topBox] != nil, workbook == nil, map?.scale == nil {
            context.err(SurveyWords(language).topBoxNeedsScale)
            throw .usage
        }
        let summary = try SurveyFile.read(survey, workbook: workbook, options: options, context: context, language: language)
        if let k = invocation[topBox], let scale = summary.topBoxScale {
            if Double(k) > scale.max - scale.min {
                context.err(SurveyWords(language).topBoxTooWide(k, scale: scale))
                throw .invalid
            }
        }
        switch invocation[format] {
        case "json": return context.stdout.write(Array(SurveyExport.segmentsJSON(summary, file: survey, by: Input.normalize(by), workbook: workbook).utf8))
        case "csv": return context.stdout.write(Array(SurveyExport.segmentsCSV(summary, workbook: workbook).utf8))
        default: break
        }
        // Column names and segment values from the file reach the terminal inert.
        context.out(SurveyText.segments(summary.inert, by: Input.normalize(by).inertClipped(), workbook: workbook, language: language,
                                        width: context.width))
    }
}

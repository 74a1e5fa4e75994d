// `cem segments`: per segment of respondents, each factor's experience, expectation and satisfaction.

import CEMKit
import Foundation

enum SegmentsCommand {
    static let usage = "cem segments SURVEY.csv --by COLUMN [--into FILE] [--where COLUMN=VALUE] [--on-error skip|fail] [--delimiter C]"
    static let command = Command(
        name: "segments", usage: usage,
        summary: Localized(zh: "按受访者分组显示各因素的体验、期望和满意度", en: "experience, expectation and satisfaction per segment of respondents"),
        details: Localized(
            zh: """
              --by COLUMN         按此列的值分组（必填）
              --into FILE         取该工作簿的因素名称、顺序和量表（检查分数是否在量表内）；不会写入
              --where COL=VALUE   只计该列等于该值的受访者
              --on-error MODE     fail（默认）或 skip
              --delimiter C       字段分隔符：, ; tab 或任一单个字符（默认 ,）
            满意度 = 体验平均值 − 期望平均值；n 为回答该项的受访者人数。
            """,
            en: """
              --by COLUMN         group respondents by the value of this column (required)
              --into FILE         take factor names, order and scales (cells are checked) from this workbook;
                                  it is never written
              --where COL=VALUE   only respondents whose cell in COL equals VALUE
              --on-error MODE     fail (default) or skip
              --delimiter C       field delimiter: , ; tab or any single character (default ,)
            Satisfaction = mean experience − mean expectation; n is the number of respondents who answered.
            """),
        options: [
            OptionSpec("--by", takesValue: true), OptionSpec("--into", takesValue: true), OptionSpec("--where", takesValue: true),
            OptionSpec("--on-error", takesValue: true), OptionSpec("--delimiter", takesValue: true),
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
        guard let by = arguments.value("--by") else {
            context.err(context.cli.missingArgument("--by COLUMN", usage: usage))
            return ExitCode.usage
        }
        guard var options = SurveyFile.options(arguments, context: context) else { return ExitCode.usage }
        options.segmentColumn = by
        options.keyDrivers = false
        var workbook: Workbook?
        if let into = arguments.value("--into") {
            switch Files.load(into, context: context) {
            case .workbook(let loaded, _): workbook = loaded
            case .failed(let messages):
                messages.forEach(context.err)
                return ExitCode.invalid
            }
        }
        let language = context.language(for: workbook)
        switch SurveyFile.read(survey, workbook: workbook, options: options, context: context, language: language) {
        case .success(let summary):
            // Column names and segment values from the file reach the terminal inert.
            context.out(SurveyText.segments(summary.inert, by: Input.normalize(by).inertClipped(), workbook: workbook, language: language,
                                            width: context.width))
            return ExitCode.ok
        case .failure(let failure):
            return failure.code
        }
    }
}

// `cem import --columns` and `--suggest-map`: a survey's columns listed, or matched to a workbook as a column map.

import CEMKit
import Foundation

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

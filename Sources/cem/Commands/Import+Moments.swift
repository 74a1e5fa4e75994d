// `cem import --moments RESULT.csv`: the sums `cem survey sql`'s query computed in a warehouse, imported as a raw import of the same rows would be.

import CEMKit
import Foundation

extension ImportCommand {
    /// A result file is small (one row per segment, at most 1000); this is far above any.
    static let momentsLimit = 1 << 26

    static func importMoments(_ path: String, context: Context, invocation: Invocation) throws(ExitCode) {
        let words = SurveyWords(context.language())
        // What only a survey file's rows can answer.
        let refused: [(given: Bool, option: String)] = [
            (invocation.has(SurveyFile.filter), "--where"),
            (invocation.has(SurveyFile.weight), "--weight"),
            (invocation[missing] == .pairwise, "--missing"),
            (invocation[columns], "--columns"),
            (invocation.has(suggestMap), "--suggest-map"),
            (invocation.has(SurveyFile.delimiter), "--delimiter"),
            (invocation.has(SurveyFile.encoding), "--encoding"),
            (invocation.has(SurveyFile.onError), "--on-error"),
        ]
        if let option = refused.first(where: \.given)?.option {
            context.err(words.momentsRefuses(option))
            throw .invalid
        }
        guard let into = invocation[into] else {
            context.err(context.cli.missingArgument("--into FILE", usage: invocation.usage))
            throw .usage
        }
        guard let map = try SurveyFile.loadMap(invocation, context: context) else {
            context.err(words.momentsNeedsMap)
            throw .invalid
        }
        var options = SurveyFile.options(invocation)
        options.apply(map)
        let (workbook, original) = try loadWorkbook(into, context: context)
        let language = context.language(for: workbook)
        let bytes = try readResult(path, context: context)
        let summary: SurveySummary
        do {
            let sums = try SurveyMomentsCSV.read(bytes, map: map, workbook: workbook, options: options)
            do {
                summary = try sums.summary(workbook: workbook, options: options)
            } catch {
                context.err(SurveyText.error(error.inert, file: path.inert, language: language))
                throw ExitCode.invalid
            }
        } catch let problem as SurveyMomentsProblem {
            let shown: SurveyMomentsProblem
            if case .survey(let error) = problem { shown = .survey(error.inert) } else { shown = problem }
            context.err(SurveyWords(language).momentsError(shown, file: path.inert))
            throw .invalid
        } catch {
            throw .invalid
        }
        try apply(summary, from: path, into: into, workbook: workbook, original: original, options: options, map: map,
                  invocation: invocation, context: context)
    }

    /// The result file's bytes (`-`: standard input), checked as a survey file is (a folder, pipe or device refused) and at most `momentsLimit`.
    static func readResult(_ path: String, context: Context) throws(ExitCode) -> [UInt8] {
        let fd = path == "-" ? STDIN_FILENO : try SurveyFile.openSurvey(path, context: context, limit: momentsLimit)
        defer { if fd != STDIN_FILENO { close(fd) } }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                context.err(context.cli.cannotRead(path.inert, String(cString: strerror(errno))))
                throw .invalid
            }
            if n == 0 { return bytes }
            bytes += buffer[0..<n]
            if bytes.count > momentsLimit {
                context.err(Diagnostic(.fileTooLarge(bytes: bytes.count, limit: momentsLimit), at: nil)
                    .line(file: path.inert, strings: strings(context.language())))
                throw .invalid
            }
        }
    }
}

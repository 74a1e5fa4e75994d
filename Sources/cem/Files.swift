// Reading workbook files for the commands, with the messages a consultant understands.

import CEMKit
import Foundation

enum Loaded {
    case workbook(Workbook, bytes: [UInt8])
    /// The file could not be read or is invalid: one message per problem.
    case failed([String])
}

enum Files {
    /// Reads the bytes of a file, refusing folders and files over the workbook size limit before reading.
    static func readBytes(_ path: String, context: Context, limit: Int = WorkbookReader.maximumSize) -> Result<[UInt8], LoadError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(LoadError(message: context.cli.noSuchFile(path)))
        }
        if isDirectory.boolValue { return .failure(LoadError(message: context.cli.isDirectory(path))) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            let problem = Diagnostic(.fileTooLarge(bytes: size, limit: limit), at: nil)
            return .failure(LoadError(message: problem.line(file: path, strings: strings(context.language()))))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(LoadError(message: context.cli.cannotRead(path, String(cString: strerror(errno)))))
        }
        return .success([UInt8](data))
    }

    /// Reads and validates a workbook.
    static func load(_ path: String, context: Context) -> Loaded {
        switch readBytes(path, context: context) {
        case .failure(let error): return .failed([error.message])
        case .success(let bytes):
            do {
                return .workbook(try WorkbookReader.read(bytes), bytes: bytes)
            } catch {
                let table = strings(context.language())
                var messages = error.diagnostics.map { $0.line(file: path, strings: table) }
                // Conflict markers: name both sides' values of each conflicting score (issue 6).
                if error.diagnostics.contains(where: { if case .mergeConflict = $0.problem { return true } else { return false } }),
                   let conflict = MergeConflict.analyse(bytes) {
                    messages[0] += "\n" + conflict.lines(language: context.language()).joined(separator: "\n")
                }
                return .failed(messages)
            }
        }
    }

    /// Writes text to a path atomically, or to standard output for nil or `-`.
    static func output(_ text: String, to path: String?, context: Context) -> Int32 {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return ExitCode.ok
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
            return ExitCode.ok
        } catch {
            context.err(context.cli.cannotWrite(path, error.reason))
            return ExitCode.invalid
        }
    }
}

struct LoadError: Error {
    var message: String
}

// The embedded exercises are generated from workbooks/exercises/*.exercise.json (the hand-edited source):
// this test checks that Sources/CEMKit/Training/BuiltInExercises.swift is exactly what they generate, and
// with CEM_REGENERATE=1 rewrites it: `CEM_REGENERATE=1 swift test --filter BuiltInExercises`.
import CEMKit
import Foundation
import Testing

/// Writes the Swift source that embeds the exercise files as raw strings (parsed at run time).
enum BuiltInExercisesSource {
    /// The list order of the exercises, beginner to advanced; an id not listed here follows in alphabetical order.
    static let order = ["cafe", "bank", "meisu", "government", "hospital", "nurse-calls", "call-order", "call-test"]
    static let languages = ["zh", "en"]
    static let path = "Sources/CEMKit/Training/BuiltInExercises.swift"
    static let command = "CEM_REGENERATE=1 swift test --filter BuiltInExercises"

    /// The exercise files of `folder` in list order: by id (`order`, then the rest sorted), zh then en.
    static func files(in folder: URL) throws -> [(name: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".exercise.json") }
        func rank(_ name: String) -> (Int, String, Int) {
            let parts = name.split(separator: ".").map(String.init)
            let id = parts.first ?? name, language = parts.count > 1 ? parts[1] : ""
            return (order.firstIndex(of: id) ?? order.count, id, languages.firstIndex(of: language) ?? languages.count)
        }
        return try names.sorted { rank($0) < rank($1) || (rank($0) == rank($1) && $0 < $1) }.map { name in
            (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// The Swift file embedding `files`.
    static func source(_ files: [(name: String, text: String)]) -> String {
        var lines = [
            "// Generated from workbooks/exercises — do not edit; regenerate with `\(command)`.",
            "// The built-in exercises, embedded so the binary needs no data files.",
            "",
            "public enum BuiltInExercises {",
            "    /// File name and text of every built-in exercise, in list order (zh then en per exercise).",
            "    public static let files: [(name: String, text: String)] = [",
        ]
        for file in files {
            // Enough #s that neither the closing delimiter nor an escape can occur in the text.
            var hashes = "#"
            while file.text.contains("\"\"\"" + hashes) || file.text.contains("\\" + hashes) { hashes += "#" }
            let newline = file.text.hasSuffix("\n")
            let body = newline ? String(file.text.dropLast()) : file.text
            lines.append("        (\"\(file.name)\", \(hashes)\"\"\"")
            lines.append(body)
            lines.append("\"\"\"\(hashes)" + (newline ? " + \"\\n\")," : "),"))
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }
}

@Suite struct BuiltInExercisesTests {
    @Test func embeddedExercisesAreGeneratedFromWorkbooksExercises() throws {
        let files = try BuiltInExercisesSource.files(in: Package.workbooks.appendingPathComponent("exercises"))
        #expect(files.count >= 10)
        // Raw multi-line strings would turn CR LF into LF: the sources must not hold a CR.
        #expect(files.allSatisfy { !$0.text.contains("\r") })
        let expected = BuiltInExercisesSource.source(files)
        let url = Package.root.appendingPathComponent(BuiltInExercisesSource.path)
        let current = try String(contentsOf: url, encoding: .utf8)
        if ProcessInfo.processInfo.environment["CEM_REGENERATE"] == "1" {
            if current != expected { try Data(expected.utf8).write(to: url, options: .atomic) }
            return
        }
        #expect(current == expected, "\(BuiltInExercisesSource.path) is out of date; regenerate it with `\(BuiltInExercisesSource.command)`")
        // And what was compiled is what the files say (the binary needs no data files).
        #expect(BuiltInExercises.files.map(\.name) == files.map(\.name))
        #expect(zip(BuiltInExercises.files, files).allSatisfy { $0.text == $1.text })
    }

    @Test func rawStringsSurviveAwkwardText() {
        let text = "{\n  \"a\": \"\\\"\"\"# and \\#(x)\"\n}\n"
        let source = BuiltInExercisesSource.source([("x.zh.exercise.json", text)])
        #expect(source.contains("        (\"x.zh.exercise.json\", ##\"\"\"\n" + text + "\"\"\"## + \"\\n\"),\n"))
    }
}

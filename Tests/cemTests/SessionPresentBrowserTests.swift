// The projector view in a real browser: headless Chromium loads the page the session writes, the session
// changes a score, and the page loaded again shows the new figure. Skipped when chromium is not on PATH.

import CEMKit
import Foundation
import Testing

enum Chromium {
    /// `chromium` (or `chromium-browser`) on PATH.
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        return nil
    }()

    /// Runs headless Chromium with `arguments` and returns its standard output.
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The page's DOM after loading.
    static func dom(_ url: String) throws -> String { try run(["--dump-dom", url]) }
}

@Suite struct SessionPresentBrowserTests {
    /// Waits until `file` holds something that passes `check` (at most ten seconds).
    func wait(for file: URL, _ check: (String) -> Bool) -> String? {
        for _ in 0..<500 {
            if let text = try? String(contentsOf: file, encoding: .utf8), check(text) { return text }
            usleep(20_000)
        }
        return nil
    }

    @Test(.enabled(if: Chromium.path != nil, "chromium is not on PATH"))
    func theViewFollowsAChangedScore() throws {
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(WorkbookWriter.bytes(Samples.workedExample(.en))).write(to: folder.appendingPathComponent("m.cem.json"))
        let live = try LiveSession(["session", "m.cem.json", "--present"], in: folder)
        defer { if live.process.isRunning { kill(live.process.processIdentifier, SIGKILL) } }
        #expect(live.wait(for: "Projector view:"))
        live.send("present 2")
        let page = folder.appendingPathComponent(".m.present.html")
        let url = page.absoluteString
        _ = try #require(wait(for: page) { $0.contains("id=\"step-2\"") })
        let before = try Chromium.dom(url)
        #expect(before.contains("<td class=\"short\">Product</td><td class=\"num\">6</td>"))
        #expect(before.contains("Last change "))
        _ = try Chromium.run(["--screenshot=" + folder.appendingPathComponent("before-1280,720.png").path, "--window-size=1280,720", url])

        live.send("set product experience 8")
        _ = try #require(wait(for: page) { $0.contains("<td class=\"short\">Product</td><td class=\"num\">8</td>") })
        let after = try Chromium.dom(url)
        #expect(after.contains("<td class=\"short\">Product</td><td class=\"num\">8</td>"))
        #expect(!after.contains("<td class=\"short\">Product</td><td class=\"num\">6</td>"))
        for size in ["1280,720", "1920,1080"] {
            let shot = folder.appendingPathComponent("after-\(size).png")
            _ = try Chromium.run(["--screenshot=" + shot.path, "--window-size=\(size)", url])
            #expect(((try? Data(contentsOf: shot))?.count ?? 0) > 1000, "a screenshot at \(size)")
        }
        if let keep = ProcessInfo.processInfo.environment["CEM_KEEP_SCREENSHOTS"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".png") {
                try? FileManager.default.removeItem(atPath: keep + "/" + name)
                try FileManager.default.copyItem(atPath: folder.appendingPathComponent(name).path, toPath: keep + "/" + name)
            }
        }

        // Leaving: the page says the session has ended, so it never looks current.
        live.send("quit")
        live.process.waitUntilExit()
        let ended = try Chromium.dom(url)
        #expect(ended.contains("The session ended at "))
        #expect(ended.contains("<body class=\"room ended\">"))
    }
}

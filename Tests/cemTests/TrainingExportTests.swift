@testable import CEMKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `cem train ID --export moodle-xml|gift`: well-formed Moodle XML with one question per exercise question
/// and the tolerances; GIFT with its special characters escaped.
@Suite struct TrainingExportTests {
    /// The elements of an XML document by name, or nil when it is not well-formed.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributes: [[String: String]] = []
        var texts: [String] = []
        var current = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            elements.append(name)
            self.attributes.append(attributes)
            current = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "tolerance" || name == "text" { texts.append(name + "=" + current) }
        }
    }

    @Test func moodleXMLIsWellFormedWithOneQuestionPerQuestion() throws {
        for id in ["meisu", "cafe", "hospital"] {
            let run = try Cem.call(["train", id, "--export", "moodle-xml", "--lang", "zh"])
            #expect(run.status == 0 && run.stderr == "")
            let collector = Collector()
            let parser = XMLParser(data: Data(run.stdout.utf8))
            parser.delegate = collector
            #expect(parser.parse(), "\(id): \(parser.parserError.map { "\($0)" } ?? "")")
            let trainer = try Trainer(exercise: ExerciseCatalogue.exercise(id, language: .zh)!)
            let types = zip(collector.elements, collector.attributes).filter { $0.0 == "question" }.compactMap { $0.1["type"] }
            #expect(types.count == trainer.answers.count + 2, "\(id)")
            #expect(Array(types.prefix(2)) == ["category", "description"])
            let numeric = trainer.answers.filter { if case .number = $0.expected { return true } else { return false } }
            #expect(types.filter { $0 == "numerical" }.count == numeric.count)
            #expect(collector.texts.filter { $0.hasPrefix("tolerance=") }.count == numeric.count)
            #expect(collector.texts.allSatisfy { !$0.hasPrefix("tolerance=") || $0 == "tolerance=0.01" })
        }
        let meisu = try Cem.call(["train", "meisu", "--export", "moodle-xml", "--lang", "en"]).stdout
        #expect(meisu.contains("""
              <question type="numerical">
                <name>
                  <text>meisu-q6</text>
                </name>
            """))
        #expect(meisu.contains("      <text>-0.666666667</text>\n      <tolerance>0.01</tolerance>\n"))
        // A tie: both drivers earn full marks.
        #expect(meisu.contains("<answer fraction=\"100\">\n      <text>Brand image (brand-image)</text>") && meisu.contains("<answer fraction=\"100\">\n      <text>Price (price)</text>"))
        let cafe = try Cem.call(["train", "cafe", "--export", "moodle-xml", "--lang", "en"]).stdout
        #expect(cafe.contains("<single>false</single>") && cafe.contains("<answer fraction=\"33.33333\">") && cafe.contains("<question type=\"essay\">"))
    }

    @Test func giftEscapesAndGivesTolerances() throws {
        let run = try Cem.call(["train", "meisu", "--export", "gift", "--lang", "en"])
        #expect(run.status == 0)
        let blocks = run.stdout.components(separatedBy: "\n\n")
        #expect(blocks.filter { $0.hasPrefix("::meisu-q") }.count == 17)
        #expect(run.stdout.contains("::meisu-q6::What is the weighted satisfaction index? {#-0.666666667:0.01####The answer is −0.67.\\nindex \\= Σ importance"))
        #expect(run.stdout.contains("\t=Brand image (brand-image)\n\t=Price (price)\n"))
        // `:` in text is escaped, and no unescaped `=`, `#`, `{`, `}` or `~` appears in a question's text.
        #expect(run.stdout.contains("scored 0–10\\: brand value"))
        #expect(ExportText.giftEscaped("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h")
        let folder = try Cem.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Cem.call(["train", "cafe", "--export", "gift", "-o", "cafe.gift"], in: folder)
        #expect(file.status == 0 && FileManager.default.fileExists(atPath: folder.appendingPathComponent("cafe.gift").path))
        let bad = try Cem.call(["train", "cafe", "--export", "pdf"])
        #expect(bad.status == 2)
    }
}

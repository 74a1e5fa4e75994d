import CEMKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses markup as XML; nil when well-formed, else the parser's error.
func xmlError(_ text: String) -> String? {
    final class Collector: NSObject, XMLParserDelegate {
        var error: String?
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            error = error ?? "line \(parser.lineNumber) column \(parser.columnNumber): \(parseError)"
        }
    }
    // The HTML5 doctype is not XML; everything after it must be.
    let body = text.hasPrefix("<!DOCTYPE html>") ? String(text.dropFirst("<!DOCTYPE html>".count)) : text
    let parser = XMLParser(data: Data(body.utf8))
    let collector = Collector()
    parser.delegate = collector
    let ok = parser.parse()
    return ok ? nil : (collector.error ?? "parse failed")
}

/// Every text node of an XML document, in order (for checking what a reader sees).
func xmlTexts(_ text: String) -> [String] {
    final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var current = ""
        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { texts.append(current) }
            current = ""
        }
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { texts.append(current) }
            current = ""
        }
    }
    let body = text.hasPrefix("<!DOCTYPE html>") ? String(text.dropFirst("<!DOCTYPE html>".count)) : text
    let parser = XMLParser(data: Data(body.utf8))
    let collector = Collector()
    parser.delegate = collector
    _ = parser.parse()
    return collector.texts
}

/// RFC 4180 records of a CSV text (BOM removed).
func csvRecords(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    chars.append("\u{0}")
    var i = 0
    while i < chars.count - 1 {
        let c = chars[i]
        if quoted {
            if c == "\"" {
                if chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
            } else { field.append(c) }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            record.append(field); field = ""
        } else if c == "\r\n" || c == "\n" {
            record.append(field); field = ""
            records.append(record); record = []
        } else {
            field.append(c)
        }
        i += 1
    }
    if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
    return records
}

/// A workbook full of hostile and odd text.
func hostileWorkbook() -> Workbook {
    var workbook = Samples.workedExample(.en)
    workbook.title = "<script>alert(1)</script> & \"co\""
    workbook.brandStatement = "a|b\nsecond line"
    workbook.factors[0].name = "<script>alert(1)</script>"
    workbook.factors[1].name = "=HYPERLINK(\"x\")"
    workbook.factors[2].name = "a|b"
    workbook.factors[3].name = String(repeating: "长", count: 150) + String(repeating: "x", count: 150)
    workbook.factors[4].name = "品牌 😀👍🏽 image"
    workbook.factors[5].notes = "-2+3\nnext"
    workbook.factors[5].description = "@SUM(A1), \"quoted\""
    return workbook
}

// Export shapes that need the column map, written from a seeded truth and read back with one map:
// SurveyMonkey "expanded" (two header rows, matrix text above its first column only) and Google Forms
// (`… [Price]` headers, every field quoted, answers as labels); `--suggest-map` proposes the same maps.

@testable import CEMKit
import Foundation
import Testing

/// Seeded answers on a 1–5 scale for the columns of `SurveyTruth`, every respondent finished.
struct LabelTruth {
    var answers: [[Double?]] = []

    init(seed: UInt64, respondents: Int) {
        var random = FuzzRandom(state: seed)
        for _ in 0..<respondents {
            answers.append(SurveyTruth.columns.map { _ in random.chance(6) ? nil : Double(1 + random.below(5)) })
        }
    }

    func stat(_ column: Int) -> SurveyStat {
        let xs = answers.compactMap { $0[column] }
        let n = Double(xs.count), mean = xs.reduce(0, +) / n
        let sd = (xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
        return SurveyStat(n: xs.count, mean: roundFigure(mean), sd: roundFigure(sd))
    }

    static func csv(_ cells: [String], quoteAll: Bool = false) -> String {
        cells.map { quoteAll || $0.contains(",") || $0.contains("\"") ? "\"" + $0.replacing("\"", with: "\"\"") + "\"" : $0 }
            .joined(separator: ",") + "\n"
    }

    /// SurveyMonkey "expanded": question text above a matrix's first column only, sub-questions (or `Response`) under it.
    var surveyMonkey: String {
        var text = LabelTruth.csv(["Respondent ID", "Collector ID", "Start Date", "How satisfied are you with each of the following?", "",
                                   "What did you expect of each of the following?", "", "How important is the price to you?",
                                   "Overall, how satisfied are you with us?"])
        text += LabelTruth.csv(["", "", "", "Product", "Service", "Product", "Service", "Response", "Response"])
        for (i, row) in answers.enumerated() {
            // Columns of SurveyTruth: experience.product, expectation.product, experience.service, expectation.service, importance.price, overall.
            let order = [0, 2, 1, 3, 4, 5]
            text += LabelTruth.csv(["\(11_000 + i)", "4242", "05/0\(i % 9 + 1)/2026 10:00:00 AM"] + order.map { row[$0].map(surveyNumber) ?? "" })
        }
        return text
    }

    static let satisfied = ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"]
    static let important = ["Not at all important", "Slightly important", "Moderately important", "Very important", "Extremely important"]
    static let chinese = ["非常不满意", "不满意", "一般", "满意", "非常满意"]
    static let expected = ["1 - Very low", "2 - Low", "3 - Average", "4 - High", "5 - Very high"]

    /// Excel on Chinese Windows: Chinese headers, Chinese answer labels, a region column (区域 = 华北).
    var chineseExcel: String {
        var text = LabelTruth.csv(["编号", "区域", "产品满意度", "产品期望", "服务满意度", "服务期望", "价格重要性", "总体满意度"])
        let importance = ["非常不重要", "不重要", "一般重要", "重要", "非常重要"]
        for (i, row) in answers.enumerated() {
            func label(_ column: Int, _ set: [String]) -> String { row[column].map { set[Int($0) - 1] } ?? "" }
            text += LabelTruth.csv(["\(i + 1)", i % 2 == 0 ? "华北" : "华南", label(0, LabelTruth.chinese), row[1].map(surveyNumber) ?? "",
                                    label(2, LabelTruth.chinese), row[3].map(surveyNumber) ?? "", label(4, importance),
                                    label(5, LabelTruth.chinese)])
        }
        return text.replacing("\n", with: "\r\n")
    }

    /// Google Forms: a `Timestamp`, grid questions as `Question [Row]`, every field quoted, answers as labels.
    var googleForms: String {
        var text = LabelTruth.csv(["Timestamp", "How satisfied are you with each of the following? [Product]",
                                   "How satisfied are you with each of the following? [Service]",
                                   "What did you expect of each of the following? [Product]",
                                   "What did you expect of each of the following? [Service]", "How important is each to you? [Price]",
                                   "Overall, how satisfied are you with us?"], quoteAll: true)
        for (i, row) in answers.enumerated() {
            func label(_ column: Int, _ set: [String]) -> String { row[column].map { set[Int($0) - 1] } ?? "" }
            text += LabelTruth.csv(["2026/05/0\(i % 9 + 1) 10:00:00 AM GMT+8", label(0, LabelTruth.satisfied), label(2, LabelTruth.satisfied),
                                    label(1, LabelTruth.expected), label(3, LabelTruth.expected), label(4, LabelTruth.important),
                                    label(5, LabelTruth.chinese)], quoteAll: true)
        }
        return text
    }
}

@Suite struct SurveyMapShapeTests {
    /// The worked example on 1–5 scales, so that the built-in 5-point labels apply.
    var workbook: Workbook {
        var w = Samples.workedExample(.en)
        w.scale = Scale(min: 1, max: 5)
        w.importanceScale = Scale(min: 1, max: 5)
        for i in w.factors.indices { for field in ScoreField.allCases { w.factors[i][score: field] = nil } }
        return w
    }

    func map(_ json: String) throws -> SurveyMap {
        let (map, problems) = SurveyMap.read(Array(json.utf8))
        #expect(problems.isEmpty)
        return try #require(map)
    }

    func read(_ text: String, map: SurveyMap) throws -> SurveySummary {
        var options = SurveyOptions()
        options.apply(map)
        return try summarize(text, workbook: workbook, options: options)
    }

    func check(_ s: SurveySummary, against truth: LabelTruth, headerRows: Int) {
        #expect(s.extraHeaderRows == headerRows)
        #expect(s.respondents == truth.answers.count)
        for (index, column) in SurveyTruth.columns.enumerated() {
            let parts = column.split(separator: ".").map(String.init)
            let stat = parts.count == 2 ? s.stat(factor: parts[1], measure: ScoreField(rawValue: parts[0])!) : s.overall
            #expect(stat == truth.stat(index), "\(column)")
        }
    }

    func columns(_ text: String) throws -> [SurveyColumn] {
        var reader = SurveyReader(listingColumns: SurveyOptions())
        try reader.feed(Array(text.utf8))
        return try reader.finishColumns().columns
    }

    @Test func surveyMonkeyExpandedWithAMapByColumnNumber() throws {
        let truth = LabelTruth(seed: 21, respondents: 80)
        let m = try map("""
            {"format": "cem-survey-map", "formatVersion": 1, "columns": {"#4": "experience.product", "#5": "experience.service",
             "#6": "expectation.product", "#7": "expectation.service", "#8": "importance.price", "#9": "overall"}}
            """)
        check(try read(truth.surveyMonkey, map: m), against: truth, headerRows: 1)
        // --suggest-map proposes the same map from the question text and sub-questions.
        let suggested = SurveyMap.suggest(try columns(truth.surveyMonkey), workbook: workbook)
        #expect(suggested.columns.map(\.key) == ["How satisfied are you with each of the following?", "#5",
                                                 "What did you expect of each of the following?", "#7",
                                                 "How important is the price to you?", "Overall, how satisfied are you with us?"])
        #expect(suggested.columns.map(\.target.text) == ["experience.product", "experience.service", "expectation.product",
                                                         "expectation.service", "importance.price", "overall"])
        check(try read(truth.surveyMonkey, map: suggested), against: truth, headerRows: 1)
    }

    @Test func googleFormsWithLabelsAndASuggestedMap() throws {
        let truth = LabelTruth(seed: 22, respondents: 75)
        let suggested = SurveyMap.suggest(try columns(truth.googleForms), workbook: workbook)
        #expect(suggested.columns.map(\.target.text) == ["experience.product", "experience.service", "expectation.product",
                                                         "expectation.service", "importance.price", "overall"])
        // The map as written and read back is the same map.
        let again = try map(suggested.text)
        #expect(again.columns.map(\.key).sorted() == suggested.columns.map(\.key).sorted())
        #expect(again.columns.sorted { $0.key < $1.key }.map(\.target) == suggested.columns.sorted { $0.key < $1.key }.map(\.target))
        check(try read(truth.googleForms, map: suggested), against: truth, headerRows: 0)
    }

    @Test func labelsOfTheMapComeFirstAndTheLeadingNumberIsRead() throws {
        let labels = SurveyLabels(own: ["extremely dissatisfied": 1])
        #expect(labels.value(" Extremely  DISSATISFIED ", scale: Scale(min: 1, max: 5)) == 1)
        #expect(labels.value("5 - Very satisfied", scale: nil) == 5)
        #expect(labels.value("7) Extremely satisfied", scale: nil) == 7)
        #expect(labels.value("5x", scale: nil) == nil)
        #expect(labels.value("Very satisfied", scale: Scale(min: 1, max: 5)) == 5)
        #expect(labels.value("Very satisfied", scale: Scale(min: 0, max: 4)) == 4)
        #expect(labels.value("满意", scale: Scale(min: 1, max: 7)) == 6)
        #expect(labels.value("满意", scale: Scale(min: 1, max: 5)) == 4)
        // On a 0–10 scale no built-in set applies: the cell stays text.
        #expect(labels.value("Very satisfied", scale: Scale(min: 0, max: 10)) == nil)
    }

    @Test func mapWhereJoinsTheCommandLineAndItsSegmentIsTheDefault() throws {
        let m = try map("""
            {"format": "cem-survey-map", "formatVersion": 1, "columns": {"Q1": "experience.product", "Region": "segment"},
             "where": ["Finished=1"]}
            """)
        var options = SurveyOptions()
        options.filters = [("Status", "0")]
        options.apply(m)
        #expect(options.filters.map(\.column) == ["Finished", "Status"])
        let text = "Finished,Status,Region,Q1\n1,0,N,4\n1,0,S,2\n0,0,N,1\n1,1,N,5\n1,0,N,5\n"
        let s = try summarize(text, workbook: workbook, options: options)
        #expect(s.respondents == 3)
        #expect(s.segments.map(\.0) == ["N", "S"])
        #expect(s.stat(factor: "product", measure: .experience) == SurveyStat(n: 3, mean: roundFigure(11.0 / 3), sd: roundFigure(
            ((pow(4 - 11.0 / 3, 2) + pow(2 - 11.0 / 3, 2) + pow(5 - 11.0 / 3, 2)) / 2).squareRoot())))
    }

    @Test func badMapsAreRefusedWithWhereAndHow() throws {
        let (none, problems) = SurveyMap.read(Array("""
            {"format": "cem-survey-map", "formatVersion": 2, "columns": {"Q1": "experiance.product"}, "labels": {"Good": "4"},
             "where": ["Finished"], "extra": 1}
            """.utf8))
        #expect(none == nil)
        #expect(problems == [.wrongVersion("2"), .unknownKey("extra"), .badTarget(key: "Q1", value: "experiance.product"),
                             .badLabel("Good"), .badWhere("Finished")])
        #expect(SurveyMap.read(Array("{\"format\": \"cem\"}".utf8)).problems == [.notAMap])
        func refused(_ json: String, _ text: String) throws -> SurveyError? {
            do { _ = try read(text, map: try map(json)) } catch let e as SurveyError { return e }
            return nil
        }
        #expect(try refused(##"{"format":"cem-survey-map","formatVersion":1,"columns":{"Q2":"overall"}}"##, "Q1,experience.product\n1,2\n")
                == .map(.noSuchColumn(key: "Q2", columns: 2, suggestion: "Q1")))
        #expect(try refused(##"{"format":"cem-survey-map","formatVersion":1,"columns":{"#3":"overall"}}"##, "Q1,experience.product\n1,2\n")
                == .map(.noSuchColumn(key: "#3", columns: 2, suggestion: nil)))
        #expect(try refused(##"{"format":"cem-survey-map","formatVersion":1,"columns":{"Q":"overall"}}"##, "Q,Q,experience.product\n1,2,3\n")
                == .map(.ambiguousHeader(key: "Q", first: 1, second: 2)))
        #expect(try refused(##"{"format":"cem-survey-map","formatVersion":1,"columns":{"#1":"overall","Q1":"overall"}}"##, "Q1,Q2\n1,2\n")
                == .map(.sameTarget(target: "#1", first: "#1", second: "Q1")))
        #expect(try refused(##"{"format":"cem-survey-map","formatVersion":1,"columns":{"Q1":"experience.prodcut"}}"##, "Q1\n1\n")
                == .map(.unknownFactor(key: "Q1", id: "prodcut", suggestion: "product")))
        // A mapped column and a column already named for the same score.
        #expect(try refused(##"{"format":"cem-survey-map","formatVersion":1,"columns":{"Q1":"experience.product"}}"##,
                            "Q1,experience.product\n1,2\n") == .duplicateColumn("experience.product", first: 1, second: 2))
    }

    @Test func chineseExcelInUTF8WithMarkAndGB18030WithASuggestedMap() throws {
        let truth = LabelTruth(seed: 23, respondents: 64)
        var chinese = Samples.workedExample(.zh)
        chinese.scale = Scale(min: 1, max: 5)
        chinese.importanceScale = Scale(min: 1, max: 5)
        let suggested = SurveyMap.suggest(try columns(truth.chineseExcel), workbook: chinese)
        #expect(suggested.columns.map(\.key) == ["产品满意度", "产品期望", "服务满意度", "服务期望", "价格重要性", "总体满意度"])
        #expect(suggested.columns.map(\.target.text) == ["experience.product", "expectation.product", "experience.service",
                                                         "expectation.service", "importance.price", "overall"])
        var options = SurveyOptions()
        options.apply(suggested)
        // "CSV UTF-8": the mark is detected.
        var reader = SurveyReader(workbook: chinese, options: options)
        try reader.feed([0xEF, 0xBB, 0xBF] + Array(truth.chineseExcel.utf8))
        check(try reader.finish(), against: truth, headerRows: 0)
        // Plain "CSV": GB18030, read with --encoding gb18030 (bytes made by glibc's iconv).
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        iconv.standardInput = input
        iconv.standardOutput = output
        try iconv.run()
        input.fileHandleForWriting.write(Data(truth.chineseExcel.utf8))
        try input.fileHandleForWriting.close()
        let gb = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        iconv.waitUntilExit()
        #expect(gb.count < truth.chineseExcel.utf8.count && gb.count > 0)
        options.encoding = .gb18030
        var gbReader = SurveyReader(workbook: chinese, options: options)
        try gbReader.feed(gb)
        check(try gbReader.finish(), against: truth, headerRows: 0)
    }
}

/// A map written by cem reads back as the same map: negative labels and scales are JSON numbers (`-2`),
/// never the display minus sign, and quotes or control characters in headers are escaped.
@Suite struct SurveyMapTextTests {
    @Test func aWrittenMapReadsBack() throws {
        var map = SurveyMap(columns: [(key: "Q1 \"quoted\"\tcol", target: .overall)],
                            labels: ["very unhappy": -2, "neutral": 0, "very happy": 2.5])  // label keys are kept normalised
        map.scale = Scale(min: -2, max: 2.5)
        let text = map.text
        #expect(!text.contains("−"))
        let read = SurveyMap.read(Array(text.utf8))
        #expect(read.problems.isEmpty)
        let back = try #require(read.map)
        #expect(back == map)
        #expect(back.scale == Scale(min: -2, max: 2.5))
    }
}

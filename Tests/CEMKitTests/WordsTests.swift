// The words of every domain in both languages, Chinese typography, and the input vocabulary shared
// by the session and the trainer.

@testable import CEMKit
import Foundation
import Testing

@Suite struct WordsTests {
    /// A sample of entries of every domain; lists are given as the names `价格` and `品牌形象`.
    static func samples(_ language: Language) -> [String: [String]] {
        let report = ReportWords(language), names = ["价格", "品牌形象"]
        let list = names.joined(separator: report.listSeparator)
        let session = SessionWords(language), team = TeamWords(language), training = TrainingWords(language)
        let survey = SurveyWords(language), cli = CLIWords(language), input = InputWords(language)
        return [
            "report": (1...7).map(report.stepTitle) + [
                report.brandValueDrivers(list), report.keyExperiences(list), report.priorities(list),
                report.problem(.mergeConflict(markerLines: [3, 9])), report.problem(.unknownFactor("pricing", suggestion: "price")),
                report.fix(.notAllowed(value: "maybe", allowed: ["ready", "adjust", "build"])) ?? "",
                report.decisions(pursue: list, defer: report.none, drop: report.none, open: report.none),
                report.leftOut(list), report.summary(title: "", drivers: list, keyExperience: nil, largestGap: nil, pursued: nil, kpis: nil),
            ],
            "cli": [cli.helpIntro, cli.unknownCommand("shwo", suggestion: "show"), cli.problemCount(2, files: 1),
                    cli.badValue("--lang", "价格", allowed: names.joined(separator: cli.listSeparator))],
            "session": [session.confirmFactorRemoval("价格", requirements: ["R1", "R2"].joined(separator: report.listSeparator)),
                        session.created("a.cem.json", title: "美苏电器"), session.walkDone(path: nil, demo: false, incomplete: [2, 5]),
                        session.refusal(.notAChoice("maybe", allowed: ["pursue", "defer", "drop"]), strings: report)],
            "survey": [survey.error(.duplicateColumn("价格", first: 2, second: 5)), survey.respondents(30, rows: 31, file: "s.csv")],
            "team": [team.scoreLine("价格", changes: names, effect: names), team.cycleLabel(2, closedOn: nil), team.quoted("价格")],
            "training": [training.prompt(.satisfaction, target: "价格"), training.alsoRight(list),
                         training.header(title: "美苏", industry: "零售", level: training.levelName(.beginner), steps: "1、2")],
            "input": [input.yes, input.no],
        ]
    }

    @Test(arguments: Language.allCases) func everyDomainHasItsWords(_ language: Language) {
        let samples = Self.samples(language)
        #expect(samples.keys.sorted() == ["cli", "input", "report", "session", "survey", "team", "training"])
        for (domain, entries) in samples {
            for entry in entries { #expect(!entry.trimmingCharacters(in: .whitespaces).isEmpty, "\(domain) in \(language)") }
        }
        // The two languages differ: an entry is not left in the other language.
        #expect(ReportWords(.zh).stepTitle(1) != ReportWords(.en).stepTitle(1))
    }

    /// Chinese text: 、 between list items, “” quotes, full-width brackets around Chinese text.
    @Test func chineseTypography() throws {
        let asciiListBetweenNames = try Regex(#"\p{Han}[”）]?\s*,\s*[“（]?\p{Han}"#)
        let asciiBrackets = try Regex(#"\(\p{Han}|\p{Han}\)"#)
        for (domain, entries) in Self.samples(.zh) {
            for entry in entries {
                #expect(!entry.contains("「") && !entry.contains("」") && !entry.contains("'"), "\(domain): \(entry)")
                #expect(entry.firstMatch(of: asciiBrackets) == nil, "\(domain): \(entry)")
                if entry.contains("价格") && entry.contains("品牌形象") {
                    #expect(entry.contains("价格、品牌形象") || entry.contains("“价格”"), "\(domain): \(entry)")
                    #expect(entry.firstMatch(of: asciiListBetweenNames) == nil, "\(domain): \(entry)")
                }
            }
        }
        #expect(ReportWords(.zh).listSeparator == "、")
        // The worked example's report: the brand-value drivers are a list of names.
        let workbook = Samples.workedExample(.zh)
        let text = TextReport(workbook: workbook, analysis: Analysis(workbook), strings: ReportWords(.zh)).render()
        #expect(text.contains("品牌价值驱动因素：品牌形象（9）、价格（9）"))
        #expect(text.contains("关键体验：便利性（−18）、产品（−6）"))
        #expect(!text.contains("「"))
    }

    @Test func chineseQuotesInWorkbookProblems() {
        #expect(ReportWords(.zh).problem(.unknownFactor("pricing", suggestion: nil)) == "因素“pricing”不存在")
        #expect(ReportWords(.en).problem(.unknownFactor("pricing", suggestion: nil)) == "the factor \"pricing\" does not exist")
    }
}

@Suite struct InputWordsTests {
    @Test func decimalCommas() {
        #expect(Input.number("7,5") == 7.5)
        #expect(Input.number("７，５") == 7.5)
        #expect(Input.number("6,25") == 6.25)
        #expect(Input.number("-1,5") == -1.5)
        #expect(Input.number("8。5") == 8.5)
        // Ambiguous or malformed: refused, never guessed.
        #expect(Input.number("1,000") == nil)
        #expect(Input.number("1.000,5") == nil)
        #expect(Input.number("1,5,0") == nil)
        #expect(Input.number("7,") == nil)
        #expect(Input.number("7,5a") == nil)
    }

    @Test func minusSigns() {
        #expect(Input.number("–45") == -45)
        #expect(Input.number("负45") == -45)
        #expect(Input.number("负 4.5") == -4.5)
        #expect(Input.number("负") == nil)
        #expect(Input.number("–") == nil)
    }

    @Test func yesAndNoInEitherLanguage() {
        for word in ["y", "YES", "是", "是的", "对", "好", "确定", "确认", "ｙｅｓ"] { #expect(InputWords.yesNo(word) == true, "\(word)") }
        for word in ["n", "No", "否", "不", "不是", "取消"] { #expect(InputWords.yesNo(word) == false, "\(word)") }
        for word in ["", "maybe", "也许", "7"] { #expect(InputWords.yesNo(word) == nil, "\(word)") }
        #expect(InputWords.isYes(" 是 "))
        #expect(!InputWords.isYes("否"))
    }

    /// The session reads typed scores through the same parser: decimal commas and minus words too.
    @Test func sessionAnswersUseTheSharedParsers() {
        #expect(Answer.number("７，５", scale: .standard) == .success(7.5))
        #expect(Answer.number("7,5", scale: .standard) == .success(7.5))
        #expect(Answer.number("1,000", scale: nil) == .failure(.notANumber("1,000")))
        #expect(Answer.number("负4", scale: nil) == .success(-4))
        // One yes list for the session and the trainer (the session did not take 对 before).
        #expect(Answer.yes("对") && Answer.yes("yes") && !Answer.yes("否"))
        let labels: (Decision) -> [String] = { InputWords.labels($0) }
        #expect(Answer.choice("暂缓", Decision.self, labels: labels) == .success(.defer))
    }

    @Test func choiceWordsInBothLanguages() {
        #expect(InputWords.labels(Capability.adjust) == ["需调整", "adjust"])
        #expect(InputWords.labels(Decision.defer) == ["暂缓", "defer"])
        #expect(InputWords.labels(Better.lower) == ["越低越好", "lower"])
        #expect(InputWords.labels(Quadrant.concentrateHere) == ["重点改进", "concentrate here"])
    }
}

// `--format json|csv` of `cem import` and `cem segments`: full-precision figures for scripts.

import Foundation
import Testing

@Suite struct SurveyFormatCommandTests: SurveyCommandFixture {
    static let csv = "id,region,experience.product,expectation.product\n1,north,6,7\n2,north,7,7\n3,south,8,6\n"

    @Test func importJSONHasEveryFigureAtFullPrecisionAndWritesTheWorkbook() throws {
        let (folder, original) = try setUp(Self.csv)
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--format", "json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // sd of 6, 7, 8 is 1; t(0.975, 2) = 4.302652730: 7 ± 4.30265273/√3 = 7 ± 2.484137712.
        #expect(run.stdout.contains("""
              "measure": "experience",
              "n": 3,
              "effectiveN": null,
              "mean": 7,
              "sd": 1,
              "low": 4.515862288,
              "high": 9.484137712,
              "old": 6,
              "new": 7
            },
        """))
        // sd of 7, 7, 6 is 0.5773502691896257, stored at 9 decimals; the text table shows 0.5774. Intervals are
        // computed from the stored mean and sd (scipy from the raw answers: 5.23244909, 8.100884243).
        #expect(run.stdout.contains("\"effectiveN\": null,\n      \"mean\": 6.666666667,\n      \"sd\": 0.577350269,\n"))
        #expect(run.stdout.hasPrefix("{\n  \"file\": \"survey.csv\",\n  \"workbook\": \"w.cem.json\",\n  \"encoding\": \"UTF-8\",\n  \"rows\": 3,\n  \"respondents\": 3,\n"))
        #expect(run.stdout.hasSuffix("  \"changed\": 2,\n  \"dryRun\": false,\n  \"written\": true\n}\n"))
        #expect(run.stdout.contains("  \"keyDrivers\": null,\n  \"importance\": \"stated\",\n"))
        #expect(try workbook(folder) != original)
        #expect(!run.stdout.contains("written (")) // no text line mixed into the JSON
    }

    @Test func importJSONDryRunWritesNothing() throws {
        let (folder, original) = try setUp(Self.csv)
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--format", "json", "--dry-run", "--where", "region=north"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  \"where\": [\"region=north\"],\n"))
        #expect(run.stdout.hasSuffix("  \"dryRun\": true,\n  \"written\": false\n}\n"))
        #expect(try workbook(folder) == original)
    }

    @Test func importCSVIsOneRowPerStatisticFormulaSafe() throws {
        let (folder, original) = try setUp(Self.csv)
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--format", "csv", "--dry-run"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "\u{FEFF}factor,name,measure,n,effectiveN,mean,sd,low,high,old,new\r\n"
            + "product,Product,experience,3,,7,1,4.515862288,9.484137712,6,7\r\n"
            + "product,Product,expectation,3,,6.666666667,0.577350269,5.232449091,8.100884243,7,6.666666667\r\n"
            // Paired: 6−7, 7−7, 8−6 = −1, 0, 2: mean 1/3, sd 1.527525232 (numpy), interval from the stored figures
            // (scipy from the raw pairs: −3.4612497003, 4.1279163669).
            + "product,Product,satisfaction,3,,0.333333333,1.527525232,-3.461249702,4.127916368,,\r\n")
        #expect(try workbook(folder) == original)
    }

    @Test func formatWithColumnsOrSuggestMapIsRefused() throws {
        let (folder, _) = try setUp(Self.csv)
        let columns = try Cem.call(["import", "survey.csv", "--columns", "--format", "json"], in: folder)
        #expect(columns.status == 2)
        #expect(columns.stderr == "--format applies to the import's own output; --columns prints text only: leave out --format\n")
        let suggest = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--suggest-map", "m.json", "--format", "csv"], in: folder)
        #expect(suggest.status == 2)
        #expect(suggest.stderr.contains("--suggest-map prints text only"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.json").path))
        let twice = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--format", "json", "--format", "csv"], in: folder)
        #expect(twice.status == 2)
    }

    @Test func badInputWithJSONPrintsNothingOnStandardOutput() throws {
        let (folder, original) = try setUp("id,experience.product\n1,x\n")
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--format", "json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("survey.csv:2:2 (experience.product): 'x' is not a number"))
        #expect(try workbook(folder) == original)
    }

    @Test func segmentsCSVAndJSON() throws {
        let (folder, _) = try setUp(Self.csv + "4,=HYPERLINK(1),5,\n")
        let csv = try Cem.call(["segments", "survey.csv", "--by", "region", "--into", "w.cem.json", "--format", "csv"], in: folder)
        #expect(csv.status == 0, "\(csv.stderr)")
        let header = "\u{FEFF}group,segment,respondents,factor,name,experienceN,experienceMean,experienceSd,experienceLow,experienceHigh,"
            + "expectationN,expectationMean,expectationSd,expectationLow,expectationHigh,satisfaction,"
            + "experienceDifference,experienceDifferenceLow,experienceDifferenceHigh,experienceP,experienceSignificant,experienceTopBox,"
            + "experienceEffectiveN,expectationEffectiveN,expectationDifference,expectationDifferenceLow,expectationDifferenceHigh,"
            + "expectationP,expectationSignificant\r\n"
        #expect(csv.stdout == header
            + "all,,4,product,Product,4,6.5,1.290994449,4.445739743,8.554260257,3,6.666666667,0.577350269,5.232449091,8.100884243,-0.166666667,,,,,,,,,,,,,\r\n"
            + "segment,'=HYPERLINK(1),1,product,Product,1,5,,,,0,,,,,,,,,,,,,,,,,,\r\n"
            // north 6, 7 against the rest 5, 8: Welch df 1.2195…, difference 0 ± 13.27210889, p 1.
            + "segment,north,2,product,Product,2,6.5,0.707106781,0.146897634,12.853102366,2,7,0,7,7,-0.5,0,-13.27210889,13.27210889,1,false,,,,,,,,\r\n"
            + "segment,south,1,product,Product,1,8,,,,1,6,,,,2,,,,,,,,,,,,,\r\n")
        let json = try Cem.call(["segments", "survey.csv", "--by", "region", "--format", "json"], in: folder)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.hasPrefix("{\n  \"file\": \"survey.csv\",\n  \"by\": \"region\",\n"))
        #expect(json.stdout.contains("""
              "segment": "=HYPERLINK(1)",
              "respondents": 1,
              "factors": [
                {
                  "factor": "product",
                  "name": "product",
                  "experience": {
                    "n": 1,
                    "effectiveN": null,
                    "mean": 5,
                    "sd": null,
                    "low": null,
                    "high": null
                  },
                  "expectation": {
                    "n": 0,
                    "effectiveN": null,
                    "mean": null,
                    "sd": null,
                    "low": null,
                    "high": null
                  },
                  "satisfaction": null,
                  "experienceTopBox": null,
                  "experienceVsRest": null,
                  "expectationVsRest": null
                }
        """))
    }
}

/// A survey scale detected from the answers when no map says it.
@Suite struct SurveyDetectedScaleCommandTests {
    static let csv = "id,experience.product\n" + [1, 2, 3, 4, 5, 5, 4, 3, 2, 4].enumerated().map { "\($0.offset),\($0.element)\n" }.joined()

    @Test func aClearOneToFiveSurveyIsRefusedWithTheFixesOrRescaled() throws {
        let (folder, original) = try SurveyFormatCommandTests().setUp(Self.csv)
        let refused = try Cem.call(["import", "survey.csv", "--into", "w.cem.json"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "survey.csv: the answers are whole numbers from 1 to 5: the survey looks like a 1–5 scale (detected from the "
            + "values), but the workbook's scale is 0–10; add --rescale to map them linearly onto 0–10, or start the workbook with "
            + "cem new FILE --scale 1-5; if the survey really is on 0–10, say so in a column map: \"scale\": {\"min\": 0, \"max\": 10}\n")
        #expect(try SurveyFormatCommandTests().workbook(folder) == original)

        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--rescale"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("survey.csv: 10 respondents\nsurvey scale 1–5 detected from the values (whole numbers from 1 to 5)\n"
            + "scores rescaled linearly from the survey's 1–5 to the workbook's 0–10 (--rescale)\n"))
        // numpy: (x − 1)·2.5 of 1 2 3 4 5 5 4 3 2 4 has mean 5.75, sd 3.343733775.
        #expect(String(decoding: try SurveyFormatCommandTests().workbook(folder), as: UTF8.self).contains("""
                "experience": {
                  "n": 10,
                  "mean": 5.75,
                  "sd": 3.343733775
                }
        """))
    }

    @Test func theMapOrTheWorkbooksScaleDecides() throws {
        let (folder, _) = try SurveyFormatCommandTests().setUp(Self.csv)
        try Data(#"{"format": "cem-survey-map", "formatVersion": 1, "columns": {}, "scale": {"min": 0, "max": 10}}"#.utf8)
            .write(to: folder.appendingPathComponent("m.json"))
        let mapped = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--map", "m.json", "--dry-run"], in: folder)
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(!mapped.stdout.contains("detected"))
        #expect(try Cem.call(["new", "five.cem.json", "--scale", "1-5"], in: folder).status == 0)
        let five = try Cem.call(["import", "survey.csv", "--into", "five.cem.json", "--dry-run"], in: folder)
        #expect(five.status == 0, "\(five.stderr)")
        #expect(!five.stdout.contains("detected"))
        // 3..9 on a 0–10 workbook: nothing detected, imported as it is.
        try Data(("id,experience.product\n" + (0..<12).map { "\($0),\(3 + $0 % 7)\n" }.joined()).utf8)
            .write(to: folder.appendingPathComponent("survey.csv"))
        let wide = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--dry-run", "--format", "json"], in: folder)
        #expect(wide.status == 0, "\(wide.stderr)")
        #expect(wide.stdout.contains("  \"rescaled\": [],\n"))
    }
}

/// `--weight COLUMN` from the command line.
@Suite struct SurveyWeightCommandTests {
    static let csv = "id,w,experience.product\n1,1,6\n2,3,8\n3,,7\n"

    @Test func weightedImportSaysSoStoresEffectiveNAndRefusesBadWeights() throws {
        let (folder, original) = try SurveyFormatCommandTests().setUp(Self.csv)
        let refused = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--weight", "w"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr == "survey.csv:4:2 (w): the weight is blank; fill in this respondent's weight, or use --on-error skip to "
            + "leave out respondents without a usable weight (they are counted)\n")
        #expect(try SurveyFormatCommandTests().workbook(folder) == original)
        let run = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--weight", "w", "--on-error", "skip"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("survey.csv: 2 of 3 respondents\nweighted by column 'w': weighted means, sd with reliability weights, "
            + "intervals on Kish's effective n (in brackets)\nleft out 1 respondent without a usable weight in column 'w'\n"))
        // 6 (weight 1) and 8 (weight 3): mean 7.5; Σw = 4, Σw² = 10: n_eff 1.6, below 2, so no interval;
        // sd² = (1·1.5² + 3·0.5²)/(4 − 10/4) = 2, sd 1.414213562.
        #expect(run.stdout.contains("  Product  Experience  2 (1.6)   7.5  1.4142       —  6 → 7.5\n"))
        let text = String(decoding: try SurveyFormatCommandTests().workbook(folder), as: UTF8.self)
        #expect(text.contains("\"n\": 2,\n          \"effectiveN\": 1.6,\n          \"mean\": 7.5,\n          \"sd\": 1.414213562\n"))
        #expect(try Cem.call(["validate", "w.cem.json"], in: folder).status == 0)
        let pairwise = try Cem.call(["import", "survey.csv", "--into", "w.cem.json", "--weight", "w", "--missing", "pairwise"], in: folder)
        #expect(pairwise.status == 2)
        #expect(pairwise.stderr == "--weight cannot be used with --missing pairwise: weighted correlations are listwise; leave out one of them\n")
        let unknown = try Cem.call(["segments", "survey.csv", "--by", "id", "--weight", "wt"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("--weight"))
    }
}

/// `cem segments --top-box K`: the share of experience answers in the scale's top K points.
@Suite struct SurveyTopBoxCommandTests {
    static let csv = "region,experience.product\n" + [("A", 5), ("A", 4), ("A", 3), ("A", 5), ("A", 4),
                                                         ("B", 2), ("B", 4), ("B", 1), ("B", 3), ("B", 5)].map { "\($0.0),\($0.1)\n" }.joined()

    @Test func topTwoBoxOnTheWorkbooksOrTheDetectedScale() throws {
        let (folder, _) = try SurveyFormatCommandTests().setUp(Self.csv)
        #expect(try Cem.call(["new", "five.cem.json", "--scale", "1-5"], in: folder).status == 0)
        // Answers of 4 or 5: A 4 of 5, B 2 of 5, all 6 of 10.
        let expected = ["0.6", "0.8", "0.4"]
        for arguments in [["--into", "five.cem.json"], ["--into", "w.cem.json", "--rescale"]] {
            let run = try Cem.call(["segments", "survey.csv", "--by", "region", "--top-box", "2", "--format", "json"] + arguments, in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("  \"topBox\": 2,\n  \"topBoxScale\": {\n    \"min\": 1,\n    \"max\": 5\n  },\n"))
            let shares = run.stdout.components(separatedBy: "\"experienceTopBox\": ").dropFirst().map { String($0.prefix { $0 != "," }) }
            #expect(shares == expected, "\(arguments)")
        }
        let text = try Cem.call(["segments", "survey.csv", "--by", "region", "--top-box", "2", "--into", "five.cem.json"], in: folder)
        #expect(text.stdout.contains("  Product         4.2  5            —  —             —    80%  +1.2 ± 1.9515  \n"))
        #expect(text.stdout.hasSuffix("Top-2: the share of experience answers in the top 2 points of the 1–5 scale (4 to 5)\n"))
    }

    @Test func topBoxWithoutAScaleOrTooWideIsRefused() throws {
        let (folder, _) = try SurveyFormatCommandTests().setUp(Self.csv)
        let none = try Cem.call(["segments", "survey.csv", "--by", "region", "--top-box", "2"], in: folder)
        #expect(none.status == 2)
        #expect(none.stderr == "--top-box needs the survey's scale: add --into FILE, or give the scale in a column map\n")
        #expect(try Cem.call(["new", "three.cem.json", "--scale", "1-3"], in: folder).status == 0)
        try Data("region,experience.product\nA,1\nB,3\n".utf8).write(to: folder.appendingPathComponent("small.csv"))
        let wide = try Cem.call(["segments", "small.csv", "--by", "region", "--top-box", "3", "--into", "three.cem.json"], in: folder)
        #expect(wide.status == 1)
        #expect(wide.stderr == "--top-box 3 covers every point of the 1–3 scale; use a smaller number\n")
        #expect(try Cem.call(["segments", "survey.csv", "--by", "region", "--top-box", "0", "--into", "w.cem.json"], in: folder).status == 2)
    }
}

@Suite struct SegmentsCSVWeightTests {
    /// The CSV carries what the JSON does: effective n of each mean and expectation's test against the rest.
    @Test func segmentsCSVHasEffectiveNAndExpectationsWelch() throws {
        let folder = try Cem.temporaryFolder()
        try Data(contentsOf: Cem.root.appendingPathComponent("workbooks/meisu.en.cem.json")).write(to: folder.appendingPathComponent("w.cem.json"))
        let csv = "id,region,w,experience.product,expectation.product\n1,north,1,6,7\n2,north,2,7,8\n3,north,1,5,9\n"
            + "4,south,1,8,6\n5,south,3,9,5\n6,south,1,7,6\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("survey.csv"))
        let run = try Cem.call(["segments", "survey.csv", "--by", "region", "--weight", "w", "--into", "w.cem.json", "--format", "csv"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\r\n")
        // north: weights 1, 2, 1 → effective n 16/6; expectation 8 against south's 5.4 (weights 1, 3, 1 → 25/11).
        #expect(lines[2] == "segment,north,3,product,Product,3,6.25,1.048808848,,,3,8,0.894427191,,,-1.75,-2.15,-5.331646634,1.031646634,"
            + "0.117034856,false,,2.666666667,2.666666667,2.6,0.337547311,4.862452689,0.035540976,true")
        #expect(lines[3].hasSuffix(",2.272727273,2.272727273,-2.6,-4.862452689,-0.337547311,0.035540976,true"))
        // The same figures as the JSON.
        let json = try Cem.call(["segments", "survey.csv", "--by", "region", "--weight", "w", "--into", "w.cem.json", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"effectiveN\": 2.666666667"))
        #expect(json.stdout.contains("\"expectationVsRest\": {\n            \"difference\": 2.6,\n            \"low\": 0.337547311,\n            \"high\": 4.862452689,"))
        #expect(json.stdout.contains("\"p\": 0.035540976"))
    }
}

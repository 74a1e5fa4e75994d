// The folder the survey command suites start from: the worked example as `w.cem.json` beside `survey.csv`.
import Foundation

protocol SurveyCommandFixture {}

extension SurveyCommandFixture {
    /// A temporary folder holding a copy of the English worked example as `w.cem.json`, and `survey.csv`.
    func setUp(_ csv: String, workbook: String = "workbooks/meisu.en.cem.json") throws -> (folder: URL, original: Data) {
        let folder = try Cem.temporaryFolder()
        let original = try Data(contentsOf: Cem.root.appendingPathComponent(workbook))
        try original.write(to: folder.appendingPathComponent("w.cem.json"))
        try Data(csv.utf8).write(to: folder.appendingPathComponent("survey.csv"))
        return (folder, original)
    }

    func workbook(_ folder: URL) throws -> Data { try Data(contentsOf: folder.appendingPathComponent("w.cem.json")) }
}

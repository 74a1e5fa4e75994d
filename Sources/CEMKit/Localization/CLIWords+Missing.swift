// Words of the command line for a file that is not there, when it is not a workbook (`cem new` makes
// workbooks only): a column map, an exercise, a learner's result.

extension CLIWords {
    /// A column map (`--map`) that is not there.
    public func noSuchMap(_ path: String) -> String {
        language.pick(zh: "\(path)：文件不存在；请检查路径，或用 `cem import 调查.csv --into 工作簿.cem.json --suggest-map \(path)` 生成一个列映射",
                      en: "\(path): no such file; check the path, or write a column map with `cem import SURVEY.csv --into FILE.cem.json --suggest-map \(path)`")
    }

    /// An exercise file (`cem train FILE`) that is not there.
    public func noSuchExercise(_ path: String) -> String {
        language.pick(zh: "\(path)：文件不存在；请检查路径（`cem train` 列出内置练习）",
                      en: "\(path): no such file; check the path (`cem train` lists the built-in exercises)")
    }

    /// Any other file that is not there (a learner's result for `cem train report`).
    public func noSuchPlainFile(_ path: String) -> String {
        language.pick(zh: "\(path)：文件不存在；请检查路径", en: "\(path): no such file; check the path")
    }
}

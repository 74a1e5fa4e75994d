// The words of a survey file's encoding: what was detected, and bytes that are not what they should be.

extension SurveyWords {
    /// The bytes are not UTF-8 and nothing said otherwise: which `--encoding` to try.
    public var notUTF8: String {
        language.pick(
            zh: "这些字节不是 UTF-8；文件多半是 GB18030（中文 Windows 上 Excel 的“CSV”）：请加 --encoding gb18030"
                + "（UTF-16 导出请用 --encoding utf-16，或在 Excel 中另存为“CSV UTF-8”）",
            en: "the bytes are not UTF-8; the file is most likely GB18030 (Excel's plain \"CSV\" on Chinese Windows): add "
                + "--encoding gb18030 (for a UTF-16 export, --encoding utf-16; or save as \"CSV UTF-8\" in Excel)")
    }

    /// The header read as one column that holds another delimiter.
    public func wrongDelimiter(_ found: String) -> String {
        let option = found == "tab" ? "--delimiter tab" : "--delimiter '\(found)'"
        let shown = found == "tab" ? "制表符" : found
        return language.pick(
            zh: "标题行只读出一列，其中含有“\(shown)”：文件多半以 \(shown) 分隔（欧洲版 Excel 用 ;，TSV 用 tab）；请加 \(option)",
            en: "the header reads as one column that contains '\(found)': the file is most likely separated by \(found) "
                + "(European Excel writes ;, a TSV tab); add \(option)")
    }

    public func badEncoding(_ encoding: String, offset: Int) -> String {
        language.pick(
            zh: "第 \(offset) 字节起不是有效的 \(encoding)；请检查 --encoding（gb18030、utf-16，或省略表示 UTF-8）",
            en: "the bytes from byte \(offset) are not valid \(encoding); check --encoding (gb18030, utf-16, or none for UTF-8)")
    }

    /// Said in the output when the file was not plain UTF-8.
    public func readAs(_ encoding: DetectedEncoding) -> String {
        encoding.byteOrderMark
            ? language.pick(zh: "编码：\(encoding.name)（由字节顺序标记识别）", en: "encoding: \(encoding.name) (from its byte-order mark)")
            : language.pick(zh: "编码：\(encoding.name)（--encoding）", en: "encoding: \(encoding.name) (--encoding)")
    }
}

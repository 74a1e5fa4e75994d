// Session words of the workshop room: side files (report, chart, minutes), the projector view and the
// template question of a new workbook.

extension SessionWords {
    /// A side file was written.
    public func exported(_ path: String) -> String { language.pick(zh: "已写入 \(path)。", en: "Wrote \(path).") }

    public func exportExists(_ path: String) -> String {
        language.pick(zh: "\(path) 已存在。要用新的内容替换它吗？（y/n）", en: "\(path) exists already. Replace it with the new one? (y/n)")
    }

    public func exportExistsInScript(_ path: String) -> String {
        language.pick(zh: "没有写入：\(path) 已存在，脚本中不会替换它。请在命令后写另一个文件名。",
                      en: "Not written: \(path) exists already, and a script never replaces it. Give another file name after the command.")
    }

    public var exportFileRule: String {
        language.pick(zh: "FILE 是带扩展名的文件名（如 客户报告.html），含空格时加引号",
                      en: "FILE is one file name with an extension (client.html), in quotes when it has spaces")
    }

    public func exportCannotWrite(_ path: String, _ reason: String) -> String {
        language.pick(zh: "无法写入 \(path)（\(reason)）。工作簿不受影响；可在命令后写另一个文件名。",
                      en: "\(path) cannot be written (\(reason)). The workbook is not affected; give another file name after the command.")
    }

    public func roomCannotWrite(_ path: String, _ reason: String) -> String {
        language.pick(zh: "无法写入投影视图 \(path)（\(reason)），投影视图已停止。工作簿不受影响。",
                      en: "The projector view cannot be written to \(path) (\(reason)), so it stopped. The workbook is not affected.")
    }

    public func exportKept(_ path: String) -> String {
        language.pick(zh: "没有写入：\(path) 保持原样。可在命令后写另一个文件名。",
                      en: "Not written: \(path) is as it was. Give another file name after the command to write elsewhere.")
    }

    public func exportIsWorkbook(_ path: String) -> String {
        language.pick(zh: "不能写入 \(path)：它是（或将是）工作簿，报告不能替换工作簿。请换一个文件名。",
                      en: "Cannot write \(path): it is (or would be) a workbook, and a report never replaces a workbook. Choose another file name.")
    }
}

extension SessionWords {
    public func minutesTitle(_ title: String) -> String { language.pick(zh: "会议纪要：\(title)", en: "Minutes: \(title)") }
    public var minutesChanges: String { language.pick(zh: "本次会议中的改动", en: "Changes made in this session") }
    public var minutesNoChanges: String { language.pick(zh: "本次会议没有改动。", en: "Nothing was changed in this session.") }
    public var minutesDecisions: String { language.pick(zh: "步骤 6 的决定及理由", en: "Decisions of step 6 and their rationale") }
    public var minutesNoDecisions: String { language.pick(zh: "尚未对任何需求作出决定。", en: "No requirement has a decision yet.") }
    public func minutesUndecided(_ ids: String) -> String {
        language.pick(zh: "尚未决定：\(ids)。", en: "Not decided yet: \(ids).")
    }
    public var minutesOpen: String { language.pick(zh: "待解决的问题", en: "Open questions") }
    public func minutesMissing(_ factor: String, _ fields: String) -> String {
        language.pick(zh: "\(factor)：缺少\(fields)", en: "\(factor): missing \(fields)")
    }
    /// A requirement, its decision and why.
    public func minutesDecision(_ requirement: String, _ decision: String, rationale: String?) -> String {
        let why = rationale.map { language.pick(zh: "——\($0)", en: " — \($0)") } ?? ""
        return language.pick(zh: "\(requirement)：\(decision)\(why)", en: "\(requirement): \(decision)\(why)")
    }
    public var minutesNothingOpen: String { language.pick(zh: "没有缺少的分数。", en: "No score is missing.") }
    public var minutesDisagreements: String { language.pick(zh: "意见分歧（来自投票）", en: "Disagreements (from polls)") }
    public func minutesDisagreement(_ factor: String, _ field: String, n: Int, sd: String, range: String, threshold: String) -> String {
        language.pick(zh: "\(factor) · \(field)：\(n) 人投票，标准差 \(sd)（大于 \(threshold)），范围 \(range)",
                      en: "\(factor) · \(field): \(n) votes, sd \(sd) (above \(threshold)), range \(range)")
    }
    public var minutesNoDisagreements: String { language.pick(zh: "投票中没有明显的分歧。", en: "No poll showed a disagreement.") }
}

extension SessionWords {
    /// `present`: where the projector view is.
    public func roomOpen(_ url: String) -> String {
        language.pick(zh: "投影视图：在同一台电脑的浏览器中打开 \(url)（每次改动后一秒内更新；present stop 停止）。",
                      en: "Projector view: open \(url) in a browser on this computer (it follows every change within a second; present stop ends it).")
    }
    public var roomStopped: String { language.pick(zh: "投影视图已停止，页面显示会议已结束。", en: "The projector view stopped; the page says the session has ended.") }
    public var roomNotPresenting: String { language.pick(zh: "投影视图没有打开；输入 present 打开它。", en: "The projector view is not open; type present to open it.") }
    /// In the page's bar.
    public func roomLastChange(_ time: String) -> String { language.pick(zh: "最后改动 \(time)", en: "Last change \(time)") }
    public func roomEnded(_ time: String) -> String {
        let at = time.isEmpty ? "" : language.pick(zh: "于 \(time) ", en: " at \(time)")
        return language.pick(zh: "会议已\(at)结束：此页面不再更新。", en: "The session ended\(at): this page no longer follows it.")
    }
}

extension SessionWords {
    /// The templates of a new workbook, one numbered line each with its factors.
    public func templateList(_ templates: [(name: String, factors: String)]) -> [String] {
        [language.pick(zh: "用哪个模板新建？", en: "Which template should the new workbook start from?")]
            + templates.enumerated().map { "  \($0.offset + 1)  \($0.element.name) — \($0.element.factors)" }
    }
}

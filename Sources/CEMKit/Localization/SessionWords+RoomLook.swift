// Words of the room as a consultant meets it: which step the projector holds, charts the session draws.

extension SessionWords {
    /// `present N`: the projector view holds step N whatever is being asked.
    public func roomHolds(_ step: Int) -> String {
        language.pick(zh: "投影视图停在第 \(step) 步（输入 present 恢复跟随会议）。",
                      en: "The projector view holds step \(step) (present makes it follow the session again).")
    }
    /// `present` after `present N`.
    public var roomFollows: String {
        language.pick(zh: "投影视图重新跟随会议。", en: "The projector view follows the session again.")
    }
    /// `chart trend` before any cycle was closed.
    public var noTrendYet: String {
        language.pick(zh: "还没有已结束的周期，无法画出趋势；先用 cycle close 结束本周期。",
                      en: "No closed cycle yet, so there is no trend to draw; close this cycle first with cycle close.")
    }
    /// `quit` at the template question of a new workbook.
    public func leftWithoutCreating(_ path: String) -> String {
        language.pick(zh: "已退出，没有创建 \(path)。", en: "Left without creating \(path).")
    }
}

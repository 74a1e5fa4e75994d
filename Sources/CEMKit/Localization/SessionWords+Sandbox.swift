// Words of the what-if: starting it, what it changes against the saved workbook, keeping or discarding it.

extension SessionWords {
    /// Before the prompt while a what-if is under way.
    public var whatIfMark: String { language.pick(zh: "［推演］", en: "[what-if] ") }

    public var whatIfStarted: String {
        language.pick(
            zh: "推演开始：此后的改动只留在内存中，不写入文件；每次改动都会显示与已保存工作簿的差别。`保留`（keep）把改动作为一次改动写入，`丢弃`（discard）丢弃。",
            en: "What-if started: changes from now on stay in memory and are not written; each one shows what differs from the saved workbook. "
                + "`keep` writes them as one change, `discard` drops them.")
    }
    public var whatIfAlready: String {
        language.pick(zh: "推演已在进行中；先`保留`（keep）或`丢弃`（discard）。", en: "A what-if is already under way; `keep` or `discard` it first.")
    }
    public var noWhatIf: String {
        language.pick(zh: "没有进行中的推演；用`推演`（what-if）开始一个。", en: "There is no what-if under way; start one with `what-if`.")
    }
    public func whatIfDifference(_ summary: String) -> String {
        language.pick(zh: "推演（与已保存的相比）：\(summary)", en: "What-if (against the saved workbook): \(summary)")
    }
    /// The kept what-if as one change (what `undo` names).
    public func whatIfChange(_ summary: String) -> String {
        language.pick(zh: "推演：\(summary)", en: "What-if: \(summary)")
    }
    public var whatIfNoDifference: String {
        language.pick(zh: "推演：与已保存的工作簿相同。", en: "What-if: the same as the saved workbook.")
    }
    public var whatIfKept: String {
        language.pick(zh: "已保留推演的改动，作为一次改动写入（可用 undo 撤销）：", en: "Kept the what-if's changes as one change (undo takes it back):")
    }
    public var whatIfKeptNothing: String {
        language.pick(zh: "推演结束：没有要保留的改动。", en: "What-if ended: there was nothing to keep.")
    }
    public var whatIfDiscarded: String {
        language.pick(zh: "已丢弃推演的改动：工作簿与已保存的相同，文件没有改动。", en: "Discarded the what-if: the workbook is as saved; the file was not touched.")
    }
    public var whatIfEnded: String {
        language.pick(zh: "推演结束（没有改动）。", en: "What-if ended (it changed nothing).")
    }
    public var whatIfSaveRefused: String {
        language.pick(zh: "推演中不保存：推演的改动只在内存中。要写入文件，先用`保留`（keep）；不要它们，用`丢弃`（discard）。",
                      en: "Nothing is saved during a what-if: its changes are in memory only. Use `keep` to write them, or `discard` to drop them.")
    }
    public var whatIfLeaving: String {
        language.pick(zh: "推演还有未保留的改动。", en: "The what-if has changes that are not kept.")
    }
    public var whatIfLeavingChoices: String {
        language.pick(zh: "1 保留（写入文件后退出）· 2 丢弃（丢弃后退出）· 3 留下（继续推演）",
                      en: "1 keep (write them, then leave) · 2 discard (drop them, then leave) · 3 stay (back to the what-if)")
    }
    public var whatIfLeavingPrompt: String { language.pick(zh: "保留、丢弃还是留下？[1/2/3]：", en: "Keep, discard or stay? [1/2/3]: ") }
    public var backToWhatIf: String { language.pick(zh: "回到推演。", en: "Back to the what-if.") }
    public var whatIfNotKept: String {
        language.pick(zh: "推演的改动没有保留，也没有写入文件。", en: "The what-if's changes were not kept and were not written.")
    }
}

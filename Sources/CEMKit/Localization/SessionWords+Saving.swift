// Words of the session about writing its file: what was not written and why, the question on leaving
// with changes unwritten, and the interrupt notes that say what is (not) saved.

extension SessionWords {
    /// Before the prompt while a change is not written.
    public var unsavedMark: String { language.pick(zh: "（未保存）", en: "[unsaved] ") }

    /// Why a write failed, in words: the refusals of FileAccess, else the system's reason as it is.
    public func reason(_ reason: String) -> String {
        switch reason {
        case "read-only": return language.pick(zh: "文件是只读的", en: "the file is read-only")
        case "not-permitted": return language.pick(zh: "文件属于另一个用户，你没有写入权限", en: "the file belongs to another user who has not let you write it")
        case "hard-linked": return language.pick(zh: "文件有多个硬链接，改写会把它们分开", en: "the file has other hard links that a rewrite would split from it")
        case "changed": return language.pick(zh: "写入前文件在磁盘上被改动了", en: "the file changed on disk just before the write")
        default: return reason
        }
    }

    public func cannotWrite(_ path: String, _ reason: String) -> String {
        switch reason {
        case "read-only":
            return language.pick(
                zh: "\(path) 是只读的，没有被改写。改动只保留在本会话中（尚未保存）；用 save as FILE（另存为）把它写到新文件。",
                en: "\(path) is read-only and was not replaced. The change is kept in this session only (not saved); use `save as FILE` to write it to a new file.")
        case "not-permitted":
            return language.pick(
                zh: "\(path) 属于另一个用户，你没有写入权限，没有被改写。改动只保留在本会话中（尚未保存）；用 save as FILE（另存为）把它写到你自己的文件。",
                en: "\(path) belongs to another user who has not let you write it, and was not replaced. The change is kept in this session only (not saved); use `save as FILE` to write it to a file of your own.")
        case "hard-linked":
            return language.pick(
                zh: "\(path) 有多个硬链接，改写会让其他链接停留在旧内容上，所以没有写入。改动只保留在本会话中（尚未保存）；用 save as FILE（另存为）写到新文件。",
                en: "\(path) has other hard links; a rewrite would leave them on the old content, so it was not written. The change is kept in this session only (not saved); use `save as FILE` to write a new file.")
        case "changed":
            return language.pick(
                zh: "\(path) 在写入前被其他程序改动了，没有覆盖。改动只保留在本会话中（尚未保存）；下一次改动时可以选择重新读取、覆盖或另存为。",
                en: "\(path) was changed by another program just before the write, and was not overwritten. The change is kept in this session only (not saved); the next change offers reload, overwrite or save as.")
        default:
            return language.pick(
                zh: "无法写入 \(path)（\(reason)）。改动只保留在本会话中（尚未保存）；请再试 save，或用 save as FILE 另存。",
                en: "\(path) cannot be written (\(reason)). The change is kept in this session only (not saved); try `save` again or `save as FILE`.")
        }
    }

    /// Leaving on a terminal with changes not written.
    public func leavingUnsaved(_ path: String, _ reason: String) -> String {
        language.pick(zh: "有改动没有写入 \(path)（\(self.reason(reason))）。要怎么做？",
                      en: "Changes are not written to \(path) (\(self.reason(reason))). What should happen to them?")
    }

    public var leavingChoices: String {
        language.pick(zh: "  1 retry 重试 · 2 save as FILE 另存为 · 3 discard 放弃并退出 · back 返回",
                      en: "  1 retry · 2 save as FILE · 3 discard them and quit · back")
    }

    public var saveAsFilePrompt: String { language.pick(zh: "另存为（新文件名，Enter 返回）：", en: "save as (a new file name; Enter goes back): ") }
    public var leavingPrompt: String { language.pick(zh: "重试、另存为、放弃或返回：", en: "retry, save as FILE, discard or back: ") }

    public func discarded(_ path: String) -> String {
        language.pick(zh: "已放弃没有写入 \(path) 的改动。", en: "Discarded the changes that were not written to \(path).")
    }

    public var backToSession: String { language.pick(zh: "回到会话。", en: "Back to the session.") }

    /// The end of a script (or of input) with changes not written: exit code 1.
    public func notWrittenAtEnd(_ path: String, _ reason: String) -> String {
        language.pick(zh: "未保存：本会话的改动没有写入 \(path)（\(self.reason(reason))），现已丢失。退出码为 1。",
                      en: "Not saved: the changes of this session were not written to \(path) (\(self.reason(reason))) and are lost. Exit code 1.")
    }

    /// Goodbye when something was not written: never "Saved".
    public var goodbyeUnsaved: String { language.pick(zh: "没有保存。再见。", en: "Nothing more was saved. Goodbye.") }

    /// Ctrl-C once, by what is saved.
    public var interruptedUnsaved: String {
        language.pick(zh: "（已取消——再按一次 Ctrl-C 退出；有改动尚未保存）",
                      en: "(cancelled — press Ctrl-C again to quit; a change is not saved yet)")
    }

    public var interruptedDemo: String {
        language.pick(zh: "（已取消——再按一次 Ctrl-C 退出；演示的改动只在内存中）",
                      en: "(cancelled — press Ctrl-C again to quit; the demo's changes are only in memory)")
    }

    public var interruptedConflict: String {
        language.pick(zh: "（已取消——再按一次 Ctrl-C 退出）", en: "(cancelled — press Ctrl-C again to quit)")
    }

    public func staleTemporariesRemoved(_ names: [String]) -> String {
        language.pick(zh: "已删除之前被中断的写入留下的临时文件：\(names.joined(separator: "、"))",
                      en: "Removed temporary files left by an interrupted write: \(names.joined(separator: ", "))")
    }
}

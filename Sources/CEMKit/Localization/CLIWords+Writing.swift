// Words of the command line when a workbook is not rewritten: changed since read, read-only, hard-linked.

extension CLIWords {
    /// A refusal of `FileAccess.replace` (reason `changed`, `read-only`, `not-permitted`, `hard-linked`), else the system's reason.
    public func cannotReplace(_ path: String, _ reason: String) -> String {
        switch reason {
        case "changed":
            return language.pick(zh: "\(path) 在 cem 读取之后被改动了（例如会话或另一个命令写入了它）；没有写入，以免覆盖那些改动。请重新运行该命令。",
                                 en: "\(path) changed on disk after cem read it (a session or another command wrote it); nothing was written, so that change is not overwritten. Run the command again.")
        case "read-only":
            return language.pick(zh: "\(path) 是只读的；没有写入。请先让它可写（chmod u+w \(path)），或写到别的文件。",
                                 en: "\(path) is read-only; nothing was written. Make it writable first (chmod u+w \(path)), or write elsewhere.")
        case "not-permitted":
            return language.pick(zh: "\(path) 属于另一个用户，你没有写入权限；没有写入。请写到别的文件，或请文件的所有者给你写入权限。",
                                 en: "\(path) belongs to another user who has not let you write it; nothing was written. Write elsewhere, or ask its owner for write access.")
        case "hard-linked":
            return language.pick(zh: "\(path) 有多个硬链接；为了不把它们分开，没有写入。要断开链接，先复制（cp \(path) 新文件）再改写副本。",
                                 en: "\(path) has other hard links; nothing was written, so they are not split. To break the link, copy it first (cp \(path) NEW) and rewrite the copy.")
        default:
            return language.pick(zh: "无法写入 \(path)（\(reason)）。", en: "Cannot write \(path) (\(reason)).")
        }
    }
}

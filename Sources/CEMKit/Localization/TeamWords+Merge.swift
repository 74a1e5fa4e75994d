// Words of merging workbooks: the merge driver, `cem resolve`, the pre-commit hook and their help.

extension TeamWords {
    // MARK: cem merge-file

    /// `Convenience experience: base 5, HEAD 5, alice 6 (weighted satisfaction −18 → −9)`.
    public func mergeConflictLine(subject: String, base: String, ours: String, theirs: String, labels: MergeLabels,
                                  effect: [String]) -> String {
        language.pick(
            zh: "  \(subject)：\(labels.base) \(base)，\(labels.ours) \(ours)，\(labels.theirs) \(theirs)"
                + (effect.isEmpty ? "" : "（\(effect.joined(separator: "；"))）"),
            en: "  \(subject): \(labels.base) \(base), \(labels.ours) \(ours), \(labels.theirs) \(theirs)"
                + (effect.isEmpty ? "" : " (\(effect.joined(separator: "; ")))"))
    }

    public func mergedClean(_ path: String) -> String {
        language.pick(zh: "\(path)：已按内容合并（因素、需求、KPI 逐项逐字段），没有冲突。",
                      en: "\(path): merged by meaning (factor by factor, field by field), no conflict.")
    }

    public func mergeConflicts(_ path: String, count: Int) -> String {
        language.pick(
            zh: "\(path)：双方对同一个值做了不同的修改，共 \(count) 处冲突；文件中冲突标记之间是双方各自的完整内容。"
                + "请用 `cem resolve \(path)` 逐个选择（或手动编辑标记处），然后 `git add \(path)`：",
            en: "\(path): \(count) conflict\(count == 1 ? "" : "s"): both sides changed the same value differently; the file holds both "
                + "sides between conflict markers. Choose with `cem resolve \(path)` (or edit the marked lines), then `git add \(path)`:")
    }

    public func mergeInvalid(_ path: String) -> String {
        language.pick(zh: "\(path)：没有冲突的值，但合并结果不是有效的工作簿；请改正以下问题，再 `git add \(path)`：",
                      en: "\(path): no value conflicts, but the merged result is not a valid workbook; fix these problems, then `git add \(path)`:")
    }

    public func mergeUnreadable(_ path: String, sides: [String], blocks: Int) -> String {
        language.pick(
            zh: "\(path)：\(sides.joined(separator: "、")) 不是可读的 JSON，已逐行合并（\(blocks) 处冲突）；请手动编辑，再用 `cem validate \(path)` 检查。",
            en: "\(path): \(sides.joined(separator: " and ")) is not readable JSON; merged line by line (\(blocks) conflict block\(blocks == 1 ? "" : "s")). "
                + "Edit it by hand, then check it with `cem validate \(path)`.")
    }

    /// How an item that is present on one side only, or edited, reads in a conflict line.
    public var mergeAbsent: String { language.pick(zh: "（已删除）", en: "(removed)") }
    public var mergeNone: String { language.pick(zh: "（无）", en: "(absent)") }
    public var mergeAdded: String { language.pick(zh: "（新增）", en: "(added)") }
    public var mergeEdited: String { language.pick(zh: "（已修改）", en: "(edited)") }
    public var mergeUnchanged: String { language.pick(zh: "（未改）", en: "(unchanged)") }
    public var weightedGapName: String { language.pick(zh: "加权差距", en: "weighted gap") }

    public func keyExperiencesChange(from: String, to: String) -> String {
        language.pick(zh: "关键体验 \(from) → \(to)", en: "key experiences \(from) → \(to)")
    }

    // MARK: cem resolve

    public func noConflictMarkers(_ path: String) -> String {
        language.pick(zh: "\(path)：没有冲突标记，无需解决。可用 `cem validate \(path)` 检查它。",
                      en: "\(path): no conflict markers; nothing to resolve. `cem validate \(path)` checks it.")
    }

    public func unreadableConflict(_ path: String) -> String {
        language.pick(
            zh: "\(path)：有冲突标记，但某一方不是 JSON，无法按内容解决；请手动编辑，或用 `git checkout --ours -- \(path)`（或 --theirs）取一方。",
            en: "\(path): has conflict markers, but a side is not JSON, so it cannot be resolved by meaning; edit it by hand, "
                + "or take one side with `git checkout --ours -- \(path)` (or --theirs).")
    }

    public func conflictHeading(_ index: Int, of count: Int, subject: String) -> String {
        language.pick(zh: "冲突 \(index)/\(count)：\(subject)", en: "Conflict \(index) of \(count): \(subject)")
    }

    /// One choice of a conflict: `  o  HEAD: 6 — key experiences: Convenience (−9), Product (−6)`.
    public func choiceLine(key: String, label: String, value: String, keyExperiences: String?) -> String {
        language.pick(zh: "  \(key)  \(label)：\(value)" + (keyExperiences.map { " —— 关键体验：\($0)" } ?? ""),
                      en: "  \(key)  \(label): \(value)" + (keyExperiences.map { " — key experiences: \($0)" } ?? ""))
    }

    public func choicePrompt(newValue: Bool) -> String {
        language.pick(zh: newValue ? "选择 o、t、b，或输入新值：" : "选择 o、t 或 b：",
                      en: newValue ? "Choose o, t, b, or type a new value:" : "Choose o, t or b:")
    }

    public func badChoice(_ answer: String, newValue: Bool) -> String {
        language.pick(
            zh: "“\(answer)”不是可用的选择" + (newValue ? "，也不是这个字段可用的值" : "") + "；请输入 o（我方）、t（对方）或 b（共同祖先）"
                + (newValue ? "，或一个新值（数字，或 - 表示空）" : "") + "。",
            en: "'\(answer)' is not a choice" + (newValue ? " nor a value for this field" : "") + "; type o (ours), t (theirs) or b (base)"
                + (newValue ? ", or a new value (a number, or - for none)" : "") + ".")
    }

    /// What people type to choose a side, in both languages.
    public static let choiceWords: [(words: Set<String>, choice: MergeChoice)] = [
        (["o", "ours", "我方", "我"], .ours), (["t", "theirs", "对方", "他"], .theirs), (["b", "base", "基础", "原"], .base),
    ]

    public func oursOrTheirs(usage: String) -> String {
        language.pick(zh: "cem resolve：--ours 与 --theirs 只能选一个。用法：\(usage)",
                      en: "cem resolve: --ours and --theirs exclude each other; give one. Usage: \(usage)")
    }

    public var resolveStopped: String {
        language.pick(zh: "输入已结束：没有写入任何内容，冲突仍在。", en: "Input ended: nothing was written; the conflicts remain.")
    }

    public func resolvedFile(_ path: String, count: Int) -> String {
        language.pick(zh: "已解决 \(count) 处冲突，\(path) 已按规范格式写入。\n下一步：git add \(path)",
                      en: "Resolved \(count) conflict\(count == 1 ? "" : "s"); wrote \(path) in canonical form.\nNext: git add \(path)")
    }

    public func resolvedInvalid(_ path: String) -> String {
        language.pick(zh: "\(path)：所选的值不能构成有效的工作簿，没有写入任何内容：",
                      en: "\(path): the chosen values do not make a valid workbook; nothing was written:")
    }

    // MARK: cem git setup

    public func mergeDriverSet(_ config: String) -> String {
        language.pick(zh: "已设置合并驱动：\(config)\n`git merge` 现在按内容合并工作簿，只有双方对同一个值做了不同修改时才会冲突。",
                      en: "Set the merge driver: \(config)\n`git merge` now merges workbooks by meaning; only different changes to the same value conflict.")
    }

    public func hookInstalled(_ path: String) -> String {
        language.pick(zh: "已安装 pre-commit 钩子 \(path)：提交前对暂存的工作簿运行 `cem validate` 和 `cem fmt --check`。",
                      en: "Installed the pre-commit hook \(path): before a commit, staged workbooks must pass `cem validate` and `cem fmt --check`.")
    }

    public func hookExists(_ path: String) -> String {
        language.pick(
            zh: "\(path) 已存在且不是 cem 安装的，未做改动。请把 README“git 中的检查”一节的两条命令加到其中，或把它移走后再运行。",
            en: "\(path) exists and was not installed by cem; it was left as it is. Add the two checks of README (“Checks in git”) to it, or move it away and run this again.")
    }

    // MARK: Help

    public static let mergeFileSummary = Localized(
        zh: "三方合并工作簿（git 合并驱动）：按内容逐项逐字段合并，只有不同的修改才冲突",
        en: "three-way merge of a workbook (the git merge driver): by meaning, item by item and field by field")
    public static let mergeFileNotes = Localized(
        zh: """
        把 OURS 改写为合并结果：没有冲突时为规范格式的工作簿（退出码 0）；有冲突时文件中冲突标记之间是双方各自的完整内容（退出码 1），并逐条列出冲突及其对分析的影响。
        因素和需求按 id 对应（所以调换顺序和改名都能理解），KPI 按需求内的 id，历史按周期；需求的 factors 按集合合并。
        `cem git setup` 会注册它：merge.cem.driver = cem merge-file %O %A %B %P
        """,
        en: """
        Rewrites OURS with the merge: the canonical workbook when nothing conflicts (exit code 0); else both complete sides between conflict markers (exit code 1), with each conflict and its effect on the analysis listed.
        Factors and requirements are matched by id (so reordering and renaming are understood), KPIs by id within their requirement, history by cycle; a requirement's factors merge as a set.
        `cem git setup` registers it: merge.cem.driver = cem merge-file %O %A %B %P
        """)
    public static let resolveSummary = Localized(
        zh: "逐个解决工作簿中的合并冲突（我方、对方、共同祖先或新值），写入规范格式",
        en: "resolve a workbook's merge conflicts one by one (ours, theirs, base or a new value) and write it in canonical form")
    public static let resolveNotes = Localized(
        zh: "在终端中逐个列出冲突及每个选择对关键体验的影响；标准输入不是终端时，每行读一个回答。--ours 或 --theirs 一次解决全部。",
        en: "Shows each conflict with the effect of each choice on the key experiences; when standard input is not a terminal, one answer is read per line. --ours or --theirs resolves them all.")
    public static let resolveOursHelp = Localized(zh: "每处冲突都取我方的值", en: "take ours for every conflict")
    public static let resolveTheirsHelp = Localized(zh: "每处冲突都取对方的值", en: "take theirs for every conflict")
    public static let hooksHelp = Localized(
        zh: "同时安装 pre-commit 钩子：提交前对暂存的工作簿运行 cem validate 和 cem fmt --check",
        en: "also install a pre-commit hook that runs cem validate and cem fmt --check on staged workbooks")

    /// The last line of the pre-commit hook when it refuses a commit.
    public var hookRefused: String {
        language.pick(zh: "cem pre-commit 钩子：提交被拒绝。请改正上面的工作簿（`cem fmt 文件` 改写为规范格式），再 git add 并提交；git commit --no-verify 可跳过本检查。",
                      en: "cem pre-commit hook: commit refused. Fix the workbooks above (`cem fmt FILE` rewrites one in canonical form), git add them and commit again; git commit --no-verify skips this check.")
    }

    public static let gitSetupSummary = Localized(
        zh: "设置 git：git diff 和 git log -p 以七步分析显示工作簿，git merge 按内容合并工作簿",
        en: "set up git: git diff and git log -p show workbooks as the seven-step analysis, git merge merges them by meaning")
    public static let gitSetupNotes = Localized(
        zh: """
        在仓库根目录的 .gitattributes 中加入 `*.cem.json diff=cem merge=cem`，并在本仓库的 git 配置中设置 diff.cem.textconv 为 `cem show --plain --`、merge.cem.driver 为 `cem merge-file %O %A %B %P`（按内容合并）。手动设置：
          echo '*.cem.json diff=cem merge=cem' >> .gitattributes
          git config diff.cem.textconv 'cem show --plain --'
          git config merge.cem.driver 'cem merge-file %O %A %B %P'
        --hooks 另外安装 pre-commit 钩子（.git/hooks/pre-commit）。
        """,
        en: """
        Adds `*.cem.json diff=cem merge=cem` to .gitattributes at the repository's root and sets, in the repository's local git config, diff.cem.textconv to `cem show --plain --` and merge.cem.driver to `cem merge-file %O %A %B %P` (merging by meaning). The same by hand:
          echo '*.cem.json diff=cem merge=cem' >> .gitattributes
          git config diff.cem.textconv 'cem show --plain --'
          git config merge.cem.driver 'cem merge-file %O %A %B %P'
        --hooks also installs a pre-commit hook (.git/hooks/pre-commit).
        """)
}

// The behavioural-redesign case as a built-in workbook: a health insurer's nurse follow-up call before and
// after the redesign, and the experiment that proved it (workbooks/insurer-hotline.*.cem.json).

extension Samples {
    /// The file name of the insurer case in `workbooks/`.
    public static func insurerFileName(_ language: Language) -> String { "insurer-hotline.\(language.rawValue).cem.json" }

    /// The case's groups: about 20 nurses each; the patients' answers are illustrative, chosen so that the
    /// differences are exactly the case's (7 points, 8 points, 5 percentage points).
    public static func insurerHotline(_ language: Language) -> Workbook {
        func t(_ zh: String, _ en: String) -> String { language.pick(zh: zh, en: en) }
        var w = Workbook(title: t("北美某健康保险公司 · 慢性病患者的护士随访电话", "A North American health insurer · nurses' follow-up calls"),
                         language: language)
        w.brandStatement = t("在病人需要时陪伴在旁的保险公司", "The insurer that stands by its members when they are ill")
        w.factors = [
            Factor(id: "nurse-calls", name: t("护士随访电话", "Nurses' follow-up calls"),
                   description: t("护士定期致电慢性病患者", "Nurses call chronically ill members at regular intervals")),
            Factor(id: "coverage", name: t("保障与福利", "Coverage and benefits"),
                   description: t("病人享有的保障、福利及其说明", "What members are covered for, and how it is explained")),
            Factor(id: "relationship", name: t("关系", "Relationship"),
                   description: t("病人与护士、与公司的关系", "The member's tie to the nurse and to the company")),
        ]
        w.requirements = [
            Requirement(id: "R1", title: t("按五条行为原则重新设计随访电话", "Redesign the follow-up call on five behavioural principles"),
                        factors: ["nurse-calls", "relationship"],
                        alignment: Alignment(people: .adjust, process: .adjust, technology: .ready, decision: .pursue,
                                             rationale: t("不增加通话时长与每日通话数", "No longer calls and no fewer calls a day"))),
        ]
        let notesBefore = t(
            "重新设计之前：按核对清单的顺序，不受欢迎的问题放在最后，匆匆结束；每次由当值的护士致电。时刻与顺序按案例的描述；感受与时长为示意。",
            "Before the redesign: checklist order, the unwelcome questions at the end, an abrupt close; whichever nurse is on duty calls. Moments and order as the case describes them; feelings and minutes are illustrative.")
        let notesAfter = t(
            "重新设计之后（五条原则）：先苦后甜、集中痛苦并分散快乐、以病人确有的福利和对进步的肯定结束、给病人选择、每次同一位护士和同一结构。通话总时长不变（案例：通话时长与每日通话数没有变化）。",
            "After the redesign (the five principles): bad news and intrusive questions first and together, pleasant moments spread, the close on the benefits the member has and on progress, choices for the member, the same nurse and the same structure each time. The total length is unchanged (the case: call length and calls per day did not change).")
        func m(_ id: String, _ zh: String, _ en: String, _ feeling: Int, _ minutes: Double, choice: Bool = false, fixed: Bool = false) -> Moment {
            Moment(id: id, name: t(zh, en), feeling: feeling, minutes: minutes, choice: choice, fixed: fixed)
        }
        w.encounters = [
            Encounter(id: "call-before", name: t("随访电话（重新设计前）", "Follow-up call (before)"),
                      factors: ["nurse-calls"], requirements: ["R1"], repeats: true, everyDays: 30, samePerson: false,
                      moments: [
                        m("greeting", "问候", "Greeting", 0, 0.5, fixed: true),
                        m("details", "核对个人资料", "Check personal details", 0, 1),
                        m("plan", "讲解治疗方案", "Explain the treatment plan", 0, 4),
                        m("benefits", "您享有的福利", "Benefits you have", 2, 2),
                        m("progress", "上次以来的进展", "Progress since the last call", 1, 2),
                        m("expiring", "即将到期的福利", "Benefits about to expire", -2, 2),
                        m("pain", "询问疼痛", "Questions about pain", -1, 2),
                        m("habits", "询问吸烟、饮食与饮酒", "Questions about smoking, diet and alcohol", -2, 3),
                        m("next-call", "告知下次来电时间", "Tell the time of the next call", 0, 0.5),
                        m("goodbye", "匆匆道别", "Abrupt goodbye", -1, 0.5, fixed: true),
                      ], notes: notesBefore),
            Encounter(id: "call-after", name: t("随访电话（重新设计后）", "Follow-up call (after)"),
                      factors: ["nurse-calls"], requirements: ["R1"], repeats: true, everyDays: 30, samePerson: true,
                      moments: [
                        m("greeting", "问候（同一位护士）", "Greeting (the same nurse)", 1, 0.5, fixed: true),
                        m("expiring", "即将到期的福利", "Benefits about to expire", -2, 2),
                        m("pain", "询问疼痛", "Questions about pain", -1, 2),
                        m("habits", "询问吸烟、饮食与饮酒", "Questions about smoking, diet and alcohol", -2, 3),
                        m("options", "选择治疗方案、医院与医生", "Choose treatment, hospital and doctor", 1, 4, choice: true),
                        m("progress", "上次以来的进展", "Progress since the last call", 1, 2),
                        m("next-call", "选择下次来电时间", "Choose the time of the next call", 1, 0.5, choice: true),
                        m("details", "核对个人资料", "Check personal details", 0, 1),
                        m("benefits", "您享有的福利", "Benefits you have", 2, 2),
                        m("goodbye", "道别：肯定进步", "Goodbye: progress celebrated", 1, 0.5, fixed: true),
                      ], notes: notesAfter),
        ]
        let design = t(
            "护士随机分为试验组与对照组，各约 20 人（案例）；试验组按新设计致电。差值为案例数字；病人人数、各组均值、标准差与人数为示意，按案例的差值选定。大部分改善在两周内出现（案例）。",
            "Nurses split at random into a test and a control group of about 20 each (the case); the test group called the redesigned way. The differences are the case's; the numbers of patients, the group means, sds and counts are illustrative, chosen to give the case's differences. Most of the gain appeared within two weeks (the case).")
        w.experiments = [
            Experiment(id: "E1", title: t("重新设计的随访电话", "The redesigned call"),
                       metric: t("对随访电话的满意度", "satisfaction with the calls"), unit: t("分（0–100）", "points (0–100)"),
                       requirement: "R1", encounter: "call-after",
                       test: .mean(n: 1000, mean: 83, sd: 14), control: .mean(n: 980, mean: 76, sd: 15), notes: design),
            Experiment(id: "E2", title: t("重新设计的随访电话", "The redesigned call"),
                       metric: t("对公司的满意度", "satisfaction with the company"), unit: t("分（0–100）", "points (0–100)"),
                       requirement: "R1", encounter: "call-after",
                       test: .mean(n: 1000, mean: 79, sd: 16), control: .mean(n: 980, mean: 71, sd: 17), notes: design),
            Experiment(id: "E3", title: t("重新设计的随访电话", "The redesigned call"),
                       metric: t("表示电话促使自己改变行为的病人", "patients who say the calls motivate them to change behaviour"),
                       unit: "%", requirement: "R1", encounter: "call-after",
                       test: .proportion(n: 1000, successes: 550), control: .proportion(n: 980, successes: 490), notes: design),
        ]
        return w
    }
}

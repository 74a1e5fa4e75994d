// Words of the interaction check (principles, verdicts, reasons that name moments, measures) and of
// experiment results, shared by the session and the reports.

extension ReportWords {
    public func principleName(_ p: Principle) -> String {
        switch p {
        case .badEarly: return language.pick(zh: "先苦后甜", en: "Get the bad over early")
        case .combinePain: return language.pick(zh: "分散快乐，集中痛苦", en: "Segment pleasure, combine pain")
        case .finishStrong: return language.pick(zh: "善始善终，完美谢幕", en: "Finish strong")
        case .giveChoice: return language.pick(zh: "给客户更多选择", en: "Give choice")
        case .habits: return language.pick(zh: "让客户随自己的习惯", en: "Let habits and rituals form")
        }
    }

    public func verdictName(_ v: Verdict) -> String {
        switch v {
        case .holds: return language.pick(zh: "做到", en: "holds")
        case .fallsShort: return language.pick(zh: "未做到", en: "falls short")
        case .cannotTell: return language.pick(zh: "无法判断", en: "cannot tell")
        }
    }

    /// A feeling as people read it: +2, +1, 0, −1, −2; — when unknown.
    public func feeling(_ value: Int?) -> String {
        guard let value else { return "—" }
        return value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0"
    }

    /// A moment named with its feeling: 'Benefits you have' (+2).
    public func moment(_ m: MomentRef) -> String {
        language.pick(zh: "“\(m.name)”（\(feeling(m.feeling))）", en: "'\(m.name)' (\(feeling(m.feeling)))")
    }

    private func moments(_ list: [MomentRef]) -> String { list.map(moment).joined(separator: listSeparator) }

    public func share(_ value: Double) -> String { displayNumber((value * 100).rounded()) + "%" }

    public func reason(_ r: PrincipleReason, count: Int) -> String {
        switch r {
        case .noMoments: return language.pick(zh: "还没有时刻", en: "there are no moments yet")
        case .missingFeeling(let list):
            return language.pick(zh: "\(moments(list))还没有感受分", en: "\(moments(list)) \(list.count == 1 ? "has" : "have") no feeling yet")
        case .noPain: return language.pick(zh: "没有不愉快的时刻", en: "no moment is unpleasant")
        case .painEarly(let centre, let last):
            return language.pick(
                zh: "不愉快的时刻集中在互动的 \(share(centre)) 处；最后一个是第 \(last.position)/\(count) 个时刻\(moment(last))",
                en: "the unpleasant moments sit at \(share(centre)) of the interaction; the last, \(moment(last)), is moment \(last.position) of \(count)")
        case .painLate(let centre, let last):
            return language.pick(
                zh: "不愉快的时刻集中在互动的 \(share(centre)) 处，最后一个是第 \(last.position)/\(count) 个时刻\(moment(last))：把它们移到开头",
                en: "the unpleasant moments sit at \(share(centre)) of the interaction, the last, \(moment(last)), at moment \(last.position) of \(count): bring them to the start")
        case .painTogether(let blocks, let pleasure):
            return language.pick(
                zh: "不愉快的时刻有 \(blocks) 段，愉快的时刻分 \(pleasure) 段",
                en: "pain in \(blocks) block\(blocks == 1 ? "" : "s"), pleasure in \(pleasure)")
        case .painSplit(let runs):
            let parts = runs.map(moments).joined(separator: language.pick(zh: "；", en: "; "))
            return language.pick(
                zh: "不愉快的时刻分成 \(runs.count) 段（\(parts)）：把它们集中在一起",
                en: "the unpleasant moments come in \(runs.count) blocks (\(parts)): bring them together")
        case .pleasureLumped(let list):
            return language.pick(
                zh: "愉快的时刻都挤在一段（\(moments(list))）：把它们分散到互动各处，用中性的时刻隔开",
                en: "the pleasant moments are all in one block (\(moments(list))): spread them across the interaction, between neutral moments")
        case .endsPleasant(let last):
            return language.pick(zh: "最后一个时刻\(moment(last))是愉快的", en: "the last moment, \(moment(last)), is pleasant")
        case .endsFlat(let last, let better):
            let kind = (last.feeling ?? 0) < 0 ? language.pick(zh: "不愉快", en: "unpleasant") : language.pick(zh: "中性", en: "neutral")
            var text = language.pick(zh: "最后一个时刻\(moment(last))是\(kind)的", en: "the last moment, \(moment(last)), is \(kind)")
            if last.fixed {
                text += language.pick(zh: "，且位置固定：需要改变这个时刻本身", en: " and fixed: change the moment itself")
                if let better { text += language.pick(zh: "，并在它之前以\(moment(better))收尾", en: ", and close just before it on \(moment(better))") }
            } else if let better {
                text += language.pick(zh: "；以\(moment(better))结束", en: "; end on \(moment(better))")
            } else {
                text += language.pick(zh: "；加入一个愉快的结尾", en: "; add a pleasant close")
            }
            return text
        case .choices(let list):
            return language.pick(zh: "客户在\(moments(list))有选择", en: "the customer chooses at \(moments(list))")
        case .noChoice:
            return language.pick(
                zh: "没有任何时刻让客户选择：例如让客户选择治疗方案、医院或下次来电的时间",
                en: "no moment lets the customer choose: offer options, such as the treatment, the hospital or the time of the next call")
        case .once: return language.pick(zh: "这个互动只发生一次，谈不上习惯", en: "the interaction happens once: no habit can form")
        case .samePersonUnknown:
            return language.pick(zh: "不知道每次是否由同一人处理", en: "it is not known whether the same person handles it each time")
        case .differentPerson:
            return language.pick(zh: "每次由不同的人处理：改为同一个人", en: "a different person handles it each time: keep the same one")
        case .noFixedStructure:
            return language.pick(
                zh: "没有固定位置的时刻，结构每次可能不同：把开场或结尾固定下来",
                en: "no moment is fixed, so the structure may differ each time: fix the opening or the close")
        case .ritual(let days, let fixed):
            let every = days.map { language.pick(zh: "每 \(displayNumber($0)) 天一次，", en: "every \(displayNumber($0)) days, ") } ?? ""
            return language.pick(
                zh: "\(every)同一个人，固定的\(moments(fixed))", en: "\(every)the same person, with \(moments(fixed)) fixed")
        }
    }

    /// The measures in one line.
    public func measuresLine(_ m: EncounterMeasures) -> String {
        let centre = m.painCentre.map(share) ?? "—"
        let end = m.end.map(moment) ?? "—"
        let peak = m.peak.map(moment) ?? "—"
        let minutes = m.minutes.map { language.pick(zh: "；共 \(displayNumber($0)) 分钟", en: "; \(displayNumber($0)) minutes") } ?? ""
        return language.pick(
            zh: "痛苦的重心 \(centre)；痛苦 \(m.painBlocks) 段、快乐 \(m.pleasureBlocks) 段；结尾\(end)；高峰\(peak)；选择 \(m.choices) 处\(minutes)",
            en: "pain centre \(centre); pain in \(m.painBlocks) block\(m.painBlocks == 1 ? "" : "s"), pleasure in \(m.pleasureBlocks); end \(end); peak \(peak); choices \(m.choices)\(minutes)")
    }

    /// An experiment's result in one line: the difference, its 95% interval and whether it is significant.
    public func experimentLine(_ x: Experiment, _ r: ExperimentResult) -> String {
        guard let kind = r.kind, let difference = r.difference else {
            return language.pick(zh: "还没有两组的结果", en: "no results for both groups yet")
        }
        let pp = kind == .proportions
        let unit = intervalUnit(x, proportions: pp)
        let signed = (difference > 0 ? "+" : "") + displayNumber(difference)
        let groups = pp
            ? language.pick(zh: "试验组 \(displayNumber(r.test))%，对照组 \(displayNumber(r.control))%",
                            en: "test \(displayNumber(r.test))%, control \(displayNumber(r.control))%")
            : language.pick(zh: "试验组 \(displayNumber(r.test))，对照组 \(displayNumber(r.control))",
                            en: "test \(displayNumber(r.test)), control \(displayNumber(r.control))")
        var text = language.pick(zh: "差值 \(signed)\(unit)（\(groups)）", en: "difference \(signed)\(unit) (\(groups))")
        if let low = r.low, let high = r.high, let significant = r.significant {
            let interval = "[\(displayNumber(rounded(low))), \(displayNumber(rounded(high)))]" + unit
            text += language.pick(zh: "；95% 区间 \(interval)", en: "; 95% interval \(interval)")
            text += significant
                ? language.pick(zh: "，在 5% 水平上显著", en: ", significant at 5%")
                : language.pick(zh: "，在 5% 水平上不显著", en: ", not significant at 5%")
            if significant, r.improved == false { text += language.pick(zh: "（方向变差）", en: " (the worse direction)") }
        } else {
            text += language.pick(zh: "；无法计算区间（需要每组 n ≥ 2 和标准差）", en: "; no interval (each group needs n ≥ 2 and a spread)")
        }
        return text
    }

    /// Two decimals for interval bounds.
    private func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}

#!/usr/bin/env python3
# Writes the built-in exercises: workbooks/exercises/*.exercise.json and, embedding the same text,
# Sources/CEMKit/Training/BuiltInExercises.swift. Run from the package root after editing this file;
# a test (TrainingBuiltInTests) checks that the files and the embedded text are identical.
# Exercises carry no answers: the questions name what to compute and cem derives the answers.
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def factor(fid, zh, en, scores, lang):
    bv, ex, expc, imp, ideal = scores
    return {"id": fid, "name": zh if lang == "zh" else en, "description": "",
            "brandValue": bv, "experience": ex, "expectation": expc, "importance": imp, "ideal": ideal, "notes": ""}

def req(rid, zh, en, factors, target, decision, lang, kpis=(), fit=None):
    return {"id": rid, "title": zh if lang == "zh" else en, "factors": list(factors), "targetExperience": target,
            "alignment": {"strategyFit": fit, "people": None, "process": None, "technology": None,
                          "decision": decision, "rationale": ""},
            "kpis": list(kpis)}

def kpi(kid, zh, en, unit, better, baseline, target, actual, lang):
    return {"id": kid, "metric": zh if lang == "zh" else en, "unit": unit, "better": better,
            "baseline": baseline, "target": target, "actual": actual, "measuredOn": None}

def workbook(title, statement, factors, requirements, lang, scale=(0, 10), cycle=1, history=()):
    return {"format": "cem-workbook", "formatVersion": 1, "title": title, "language": lang, "cycle": cycle,
            "scale": {"min": scale[0], "max": scale[1]}, "importanceScale": {"min": 0, "max": 10},
            "brand": {"statement": statement}, "factors": factors, "requirements": requirements,
            "history": list(history)}

def q(qid, kind, lang, factor=None, requirement=None, kpi=None, cycle=None, why=None, ties=None):
    o = {"id": qid, "kind": kind}
    if factor: o["factor"] = factor
    if requirement: o["requirement"] = requirement
    if kpi: o["kpi"] = kpi
    if cycle: o["cycle"] = cycle
    if ties: o["ties"] = ties
    if why: o["explanation"] = why[0] if lang == "zh" else why[1]
    return o

def open_q(qid, step, lang, prompt, model, checklist):
    """An open question: (zh, en) prompt and model answer, and a checklist of (zh, en) points for the trainer."""
    i = 0 if lang == "zh" else 1
    return {"id": qid, "kind": "open", "step": step, "prompt": prompt[i], "modelAnswer": model[i],
            "checklist": [c[i] for c in checklist]}

def exercise(eid, lang, title, industry, level, scenario, wb, questions):
    return {"format": "cem-exercise", "formatVersion": 1, "id": eid, "language": lang, "title": title,
            "industry": industry, "level": level, "scenario": scenario, "workbook": wb, "questions": questions}

ILLUSTRATIVE = ("（本练习中的数字仅作示意，并非实测数据。）", "(The numbers in this exercise are illustrative, not measured data.)")

def pick(lang, zh, en): return zh if lang == "zh" else en

# 1. The worked example (DESIGN §2): the sample workbook itself.
def meisu(lang):
    wb = json.load(open(os.path.join(ROOT, "workbooks", f"meisu.{lang}.cem.json"), encoding="utf-8"))
    return exercise("meisu", lang,
        pick(lang, "美苏电器：西洋菜街的四家分店", "Meisu Electronics: four shops on one street"),
        pick(lang, "电器零售", "electronics retail"), "intermediate",
        pick(lang, "美苏电器（化名）是香港一家电器零售商，在西洋菜街有四家分店。顾客因为明码实价和可靠的品牌形象而来，"
                   "但觉得店铺不够方便。下表是六个体验因素的评分（0–10）：品牌价值、体验、期望、重要性和理想。"
                   "请按七个步骤逐一计算，找出关键体验和最大差距，并判断哪项需求值得推行。",
                   "Meisu Electronics (a pseudonym) is a Hong Kong electronics retailer with four shops on Sai Yeung Choi Street. "
                   "Customers come for its clearly marked prices and reliable brand image, but find the shops not convenient enough. "
                   "The table gives six experience factors scored 0–10: brand value, experience, expectation, importance and ideal. "
                   "Work through the seven steps: find the key experience and the largest gap, and judge which requirement to pursue."),
        wb,
        [q("q1", "brandValueDriver", lang, why=("品牌价值最高的因素就是顾客选择你的原因，改善时不能伤害它。", "The factors with the highest brand value are why customers come; improvements must not harm them.")),
         q("q2", "satisfaction", lang, factor="convenience"),
         q("q3", "satisfaction", lang, factor="product"),
         q("q4", "meanSatisfaction", lang),
         q("q5", "weightedSatisfaction", lang, factor="convenience"),
         q("q6", "weightedSatisfactionIndex", lang),
         q("q7", "keyExperience", lang, why=("重要性放大了不满：便利性既重要又不满意，所以它是关键体验。", "Importance magnifies dissatisfaction: convenience matters a lot and disappoints, so it is the key experience.")),
         q("q8", "quadrant", lang, factor="convenience"),
         q("q9", "quadrant", lang, factor="service"),
         q("q10", "gap", lang, factor="convenience"),
         q("q11", "weightedGap", lang, factor="convenience"),
         q("q12", "largestGap", lang),
         q("q13", "largestGapRequirement", lang, why=("R3（网上或电话销售）也关联便利性，但已决定放弃：不合品牌，能力都要新建。", "R3 (online or phone sales) is linked to convenience too, but was dropped: off-brand, and every capability would have to be built.")),
         q("q14", "requirementPriority", lang, requirement="R4", why=("产品的理想等于体验，没有差距，所以扩充产品类别可以延后。", "Product's ideal equals its experience: no gap, so a wider range can wait.")),
         q("q15", "topPursuedRequirement", lang),
         q("q16", "kpiDeviation", lang, kpi="K1"),
         q("q17", "kpiMet", lang, kpi="K1", why=("四家店的销售超过一家店的四倍：便利性在下一期可以成为品牌价值的带头因素。", "Four shops sold more than four times one shop: convenience can lead the brand value in the next cycle."))])

# 2. A hospital outpatient department.
def hospital(lang):
    F = [("registration-wait", "挂号等候", "Registration wait", (3, 3, 7, 9, 8)),
         ("guidance", "导诊指引", "Guidance", (5, 5, 6, 6, 7)),
         ("consultation-time", "看诊时间", "Consultation time", (6, 5, 7, 7, 6)),
         ("pharmacy-queue", "取药排队", "Pharmacy queue", (4, 4, 6, 8, 7)),
         ("price-transparency", "价格透明", "Price transparency", (7, 6, 6, 5, 6)),
         ("environment", "就诊环境", "Environment", (8, 7, 6, 4, 7))]
    factors = [factor(i, zh, en, s, lang) for i, zh, en, s in F]
    reqs = [req("R1", "分时段预约挂号", "Appointment booking by time slot", ["registration-wait", "pharmacy-queue"], 8, "pursue", lang,
                [kpi("K1", "平均挂号等候时间", "average wait to register", "min", "lower", 45, 15, 20, lang)]),
            req("R2", "一站式服务台", "One-stop service desk", ["guidance", "pharmacy-queue"], 7, "pursue", lang,
                [kpi("K2", "在一个窗口办完手续的病人比例", "patients served at one desk", "%", "higher", 0, 60, 65, lang)])]
    wb = workbook(pick(lang, "某医院门诊部", "A hospital outpatient department"),
                  pick(lang, "看得好病，看病不折腾", "Good care without the run-around"), factors, reqs, lang)
    return exercise("hospital", lang, pick(lang, "医院门诊：等候是关键体验", "Hospital outpatients: waiting is the key experience"),
        pick(lang, "医疗", "healthcare"), "advanced",
        pick(lang, "一家医院的门诊部想改善病人的就诊体验。病人抱怨挂号要排长队、取药又要排队、不知道该去哪个窗口。"
                   "医院调查了六个因素（0–10 分），并提出两项需求：分时段预约挂号和一站式服务台。" + ILLUSTRATIVE[0],
                   "A hospital's outpatient department wants a better patient experience. Patients complain of long queues to register, "
                   "another queue at the pharmacy, and not knowing which counter to go to. The hospital surveyed six factors (0–10) "
                   "and proposed two requirements: appointment booking by time slot and a one-stop service desk. " + ILLUSTRATIVE[1]),
        wb,
        [q("q1", "brandValueDriver", lang),
         q("q2", "satisfaction", lang, factor="registration-wait"),
         q("q3", "weightedSatisfaction", lang, factor="pharmacy-queue"),
         q("q4", "keyExperience", lang, why=("等候既最重要、又最不满意：先解决等候，其他改善才会被病人感受到。", "Waiting matters most and disappoints most: fix it first, or other improvements go unnoticed.")),
         q("q5", "quadrant", lang, factor="pharmacy-queue"),
         q("q6", "quadrant", lang, factor="environment"),
         q("q7", "gap", lang, factor="registration-wait"),
         q("q8", "largestGap", lang),
         q("q9", "largestGapRequirement", lang),
         q("q10", "requirementPriority", lang, requirement="R2"),
         q("q11", "kpiMet", lang, kpi="K1", why=("等候缩短了，但还没到目标：下一期继续跟进预约时段的安排。", "The wait is shorter but not yet on target: follow up on the time slots next cycle.")),
         q("q12", "kpiMet", lang, kpi="K2"),
         q("q13", "keyExperienceOrder", lang),
         open_q("q14", 5, lang,
                ("为关键体验“挂号等候”写一项需求：要改变什么、关联哪个因素、目标体验是多少？",
                 "Write a requirement for the key experience, registration wait: what changes, which factor it serves, and its target experience."),
                ("分时段预约挂号，关联“挂号等候”，目标体验 8（它的理想）：病人按时段到院，不必排队挂号。",
                 "Appointment booking by time slot, linked to registration wait, target experience 8 (its ideal): patients arrive at their slot instead of queueing to register."),
                [("关联的因素是关键体验“挂号等候”", "links the key experience, registration wait"),
                 ("写出病人能感受到的具体改变", "names a concrete change a patient would notice"),
                 ("目标体验在 0–10 分之内，且不高于理想（8）", "gives a target experience on the 0–10 scale, no higher than the ideal (8)")]),
         open_q("q15", 6, lang,
                ("对 R1（分时段预约挂号）：给人员、流程、技术各评一个准备度（就绪、调整、新建），决定推行、延后或放弃，并说明理由。",
                 "For R1 (appointment booking by time slot): rate people, process and technology as ready, adjust or build, decide pursue, defer or drop, and give a rationale."),
                ("人员：调整（员工学会按时段安排）；流程：调整（按时段挂号）；技术：新建（预约系统）。决定推行：它作用于关键体验，优先级最高（45），要新建的只有预约系统。",
                 "People: adjust (staff learn to run slots); process: adjust (registration by slot); technology: build (a booking system). Pursue: it serves the key experience and has the highest priority (45), and only the booking system must be built."),
                [("人员、流程、技术各有一个准备度", "one rating each for people, process and technology"),
                 ("有明确的决定：推行、延后或放弃", "a clear decision: pursue, defer or drop"),
                 ("理由引用优先级（45）或关键体验，并考虑要新建的能力", "a rationale citing the priority (45) or the key experience, and weighing what must be built")])])

# 3. A city government service window.
def government(lang):
    F = [("one-window", "一窗受理", "One-window acceptance", (6, 5, 7, 8, 8)),
         ("online", "网上办理（零跑腿）", "Online handling (zero trips)", (5, 4, 7, 9, 9)),
         ("waiting", "等候时间", "Waiting time", (4, 5, 6, 7, 7)),
         ("attitude", "服务态度", "Staff attitude", (8, 7, 7, 6, 8)),
         ("clarity", "办事指南清晰度", "Clarity of procedures", (5, 5, 7, 7, 8))]
    factors = [factor(i, zh, en, s, lang) for i, zh, en, s in F]
    reqs = [req("R1", "所有事项一窗受理", "One window for every matter", ["one-window", "waiting"], 8, "pursue", lang),
            req("R2", "高频事项网上办、零跑腿", "Frequent matters online, zero trips", ["online"], 9, "pursue", lang,
                [kpi("K1", "网上办结的事项比例", "share of matters completed online", "%", "higher", 30, 80, 72, lang)]),
            req("R3", "一页纸办事指南", "One-page guide per procedure", ["clarity"], 8, "pursue", lang)]
    wb = workbook(pick(lang, "某市政务服务中心", "A city government service centre"),
                  pick(lang, "让群众少跑腿", "Fewer trips for citizens"), factors, reqs, lang)
    return exercise("government", lang, pick(lang, "政务服务窗口：一窗受理与零跑腿", "Government service window: one window, zero trips"),
        pick(lang, "公共服务", "public service"), "intermediate",
        pick(lang, "一个城市的政务服务中心推行“一窗受理”和“网上办、零跑腿”。市民仍觉得要跑好几个窗口、等候太久、"
                   "办事指南看不懂。中心调查了五个因素（0–10 分）。" + ILLUSTRATIVE[0],
                   "A city's government service centre is introducing one-window acceptance and online handling (\"zero trips\"). "
                   "Citizens still find they visit several windows, wait too long and cannot follow the procedures. "
                   "The centre surveyed five factors (0–10). " + ILLUSTRATIVE[1]),
        wb,
        [q("q1", "meanSatisfaction", lang),
         q("q2", "weightedSatisfaction", lang, factor="online"),
         q("q3", "weightedSatisfactionIndex", lang, why=("加权指数比平均值更负：最不满意的恰恰是最重要的因素。", "The weighted index is more negative than the mean: the least satisfying factors are the most important.")),
         q("q4", "keyExperience", lang),
         q("q5", "weightedGap", lang, factor="clarity"),
         q("q6", "largestGapRequirement", lang),
         q("q7", "kpiDeviation", lang, kpi="K1"),
         q("q8", "kpiMet", lang, kpi="K1")])

# 4. A bank branch.
def bank(lang):
    F = [("queueing", "排队等候", "Queueing", (3, 3, 7, 9, 8)),
         ("pre-booking", "手机预约取号", "Mobile pre-booking", (5, 4, 6, 7, 8)),
         ("simple-transactions", "简单业务标准化", "Standardised simple transactions", (6, 5, 6, 6, 7)),
         ("staff-service", "员工服务", "Staff service", (8, 7, 7, 8, 8))]
    factors = [factor(i, zh, en, s, lang) for i, zh, en, s in F]
    reqs = [req("R1", "手机预约分时段取号", "Mobile pre-booking of time slots", ["queueing", "pre-booking"], 8, "pursue", lang,
                [kpi("K1", "平均排队时间", "average time in the queue", "min", "lower", 25, 10, 8, lang)]),
            req("R2", "简单业务标准化并移到自助机", "Standardise simple transactions and move them to self-service", ["simple-transactions", "queueing"], 7, "pursue", lang),
            req("R3", "增开柜台", "Open more counters", ["queueing"], 8, "drop", lang)]
    wb = workbook(pick(lang, "某银行支行", "A bank branch"), pick(lang, "专业、亲切的理财伙伴", "A professional, friendly partner for your money"),
                  factors, reqs, lang)
    return exercise("bank", lang, pick(lang, "银行网点：排队与手机预约", "Bank branch: queues and mobile pre-booking"),
        pick(lang, "银行", "banking"), "intermediate",
        pick(lang, "一家银行支行的客户最不满的是排队。支行考虑三项需求：手机预约分时段取号、把简单业务标准化并移到自助机、增开柜台"
                   "（因成本过高已放弃）。下表是四个因素的评分（0–10 分）。" + ILLUSTRATIVE[0],
                   "What customers of a bank branch dislike most is queueing. The branch considers three requirements: mobile pre-booking "
                   "of time slots, standardising simple transactions and moving them to self-service, and opening more counters "
                   "(dropped as too costly). The table scores four factors (0–10). " + ILLUSTRATIVE[1]),
        wb,
        [q("q1", "brandValueDriver", lang),
         q("q2", "satisfaction", lang, factor="queueing"),
         q("q3", "quadrant", lang, factor="queueing"),
         q("q4", "quadrant", lang, factor="simple-transactions", why=("体验高于平均而重要性低于平均：这里可能投入过度，资源可转向排队。", "Experience above the mean, importance below it: possibly overkill; resources can move to queueing.")),
         q("q5", "weightedGap", lang, factor="pre-booking"),
         q("q6", "largestGap", lang),
         q("q7", "largestGapRequirement", lang, why=("R1 和 R2 都关联排队，都对；R3 增开柜台已放弃。", "R1 and R2 both link queueing, so both are right; R3, more counters, was dropped.")),
         q("q8", "requirementPriority", lang, requirement="R2"),
         q("q9", "kpiMet", lang, kpi="K1")])

# 5. A health insurer's nurse calls: a step-5 design review with satisfaction before (cycle 1) and after (cycle 2).
def nurse(lang):
    F = [("call", "护士通话", "Nurse call"),
         ("company", "公司整体", "The company overall"),
         ("information", "信息清楚", "Clear information"),
         ("control", "有选择、有掌控感", "Choice and a sense of control")]
    before = {"call": (None, 70, 80, 9, 90), "company": (None, 65, 75, 8, 85), "information": (None, 72, 78, 6, 85), "control": (None, 60, 75, 7, 85)}
    after = {"call": (None, 77, 80, 9, 90), "company": (None, 73, 75, 8, 85), "information": (None, 76, 78, 6, 85), "control": (None, 70, 75, 7, 85)}
    current = [factor(i, zh, en, after[i], lang) for i, zh, en in F]
    old = [factor(i, zh, en, before[i], lang) for i, zh, en in F]
    history = [{"cycle": 1, "closedOn": "2024-12-31", "brand": {"statement": pick(lang, "关心您的健康", "We care about your health")}, "factors": old}]
    reqs = [req("R1", "先说坏消息", "Bad news first", ["call", "information"], 85, "pursue", lang),
            req("R2", "把好消息分开说", "Spread the pleasure", ["call"], 85, "pursue", lang),
            req("R3", "以好的结尾收尾", "End strongly", ["call", "company"], 85, "pursue", lang,
                [kpi("K1", "通话评分", "call rating", "pts", "higher", 70, 75, 77, lang)]),
            req("R4", "给客户选择", "Give choice", ["control"], 80, "pursue", lang),
            req("R5", "尊重客户习惯", "Respect habits", ["control", "company"], 80, "pursue", lang,
                [kpi("K2", "公司评分", "company rating", "pts", "higher", 65, 75, 73, lang)])]
    wb = workbook(pick(lang, "某健康保险公司 · 护士回访电话", "A health insurer · nurse calls"),
                  pick(lang, "关心您的健康", "We care about your health"), current, reqs, lang, scale=(0, 100), cycle=2, history=history)
    return exercise("nurse-calls", lang, pick(lang, "护士回访电话：对话的顺序改变体验", "Nurse calls: the order of a conversation changes the experience"),
        pick(lang, "健康保险", "health insurance"), "advanced",
        pick(lang, "一家健康保险公司的护士定期给客户打电话。第五步的设计评审按体验的顺序重新安排了通话：先说坏消息、把好消息分开说、"
                   "以好的结尾收尾、给客户选择、尊重客户的习惯。第 1 期是改版前的分数，本期（第 2 期）是改版后的分数（0–100 分，重要性 0–10）。"
                   "报告的效果约为：对通话的满意度高 7 分，对公司的满意度高 8 分。" + ILLUSTRATIVE[0],
                   "A health insurer's nurses call customers regularly. A step-5 design review reordered the call around the experience: "
                   "bad news first, spread the pleasure, end strongly, give choice, respect habits. Cycle 1 holds the scores before the "
                   "redesign, the current cycle (2) those after it (0–100; importance 0–10). The reported effect: about 7 points higher "
                   "satisfaction with the call, 8 with the company. " + ILLUSTRATIVE[1]),
        wb,
        [q("q1", "satisfaction", lang, factor="call", cycle=1),
         q("q2", "keyExperience", lang, cycle=1, why=("改版前最不满的是缺少掌控感：所以“给客户选择”和“尊重习惯”进入了设计。", "Before the redesign the worst was the lack of control: hence 'give choice' and 'respect habits' in the design.")),
         q("q3", "satisfaction", lang, factor="call"),
         q("q4", "satisfactionChange", lang, factor="call", why=("先说坏消息、以好的结尾收尾：人们记住的是高峰和结尾。", "Bad news first, end strongly: people remember the peak and the end.")),
         q("q5", "satisfactionChange", lang, factor="company"),
         q("q6", "largestGapRequirement", lang, why=("通话的差距最大；R1、R2、R3 都作用于通话，都对。", "The call has the largest gap; R1, R2 and R3 all work on the call, so each is right.")),
         q("q7", "requirementPriority", lang, requirement="R4"),
         q("q8", "kpiMet", lang, kpi="K1"),
         q("q9", "kpiMet", lang, kpi="K2", why=("公司评分提高了 8 分，仍未达目标：下一期继续。", "The company's rating rose 8 points but is still short of its target: carry it into the next cycle.")),
         open_q("q10", 7, lang,
                ("K2（公司评分）没有达成。为下一期的 R5（尊重客户习惯）设计一个 KPI：指标、单位、越高还是越低越好、基线和目标。",
                 "K2 (company rating) was not met. Design a KPI for R5 (respect habits) for the next cycle: metric, unit, whether higher or lower is better, baseline and target."),
                ("在客户希望的时间打出的电话比例（%），越高越好；基线为现在的比例（例如 40%），目标为下一期结束时 70%。",
                 "Share of calls made at the time the customer prefers, in %, higher is better; baseline today's share (say 40%), target 70% by the end of the next cycle."),
                [("指标是 R5 能直接改变的", "a metric R5 changes directly"),
                 ("有单位，并说明越高还是越低越好", "a unit, and whether higher or lower is better"),
                 ("基线是现在量得到的值，目标有数值和期限", "a baseline measured now, and a target with a figure and a date"),
                 ("不把评分叫作“满意度”：满意度 = 体验 − 期望", "does not call a rating “satisfaction”: satisfaction = experience − expectation")])])

# 6. A café: the short beginner exercise (steps 1–3).
def cafe(lang):
    F = [("coffee", "咖啡品质", "Coffee quality", (8, 8, 8, 9, 9)),
         ("seating", "座位", "Seating", (8, 5, 7, 6, 7)),
         ("speed", "出餐速度", "Speed of service", (5, 4, 7, 8, 8)),
         ("price", "价格", "Price", (6, 6, 7, 5, 6)),
         ("wifi", "无线网络", "Wi-Fi", (3, 6, 5, 3, 6))]
    factors = [factor(i, zh, en, s, lang) for i, zh, en, s in F]
    wb = workbook(pick(lang, "街角咖啡馆", "The corner café"), pick(lang, "好咖啡，坐得舒服", "Good coffee and a good seat"), factors, [], lang)
    return exercise("cafe", lang, pick(lang, "街角咖啡馆：先找出关键体验", "The corner café: find the key experience first"),
        pick(lang, "餐饮", "food and drink"), "beginner",
        pick(lang, "一家街角咖啡馆想知道顾客为什么来、哪里让他们失望。下表是五个体验因素的评分（0–10）。"
                   "这是入门练习，只做前三步：品牌价值、满意度和关键体验。" + ILLUSTRATIVE[0],
                   "A corner café wants to know why customers come and where they are let down. The table gives five experience "
                   "factors scored 0–10. This beginner exercise covers the first three steps only: brand value, satisfaction and "
                   "the key experiences. " + ILLUSTRATIVE[1]),
        wb,
        [q("q1", "brandValueDriver", lang, ties="all", why=("两个因素并列最高：两者都是顾客来的原因。", "Two factors tie for the highest brand value: both are why customers come.")),
         open_q("q2", 1, lang,
                ("咖啡品质和座位并列为品牌价值的驱动因素。用一句话说：改善出餐速度时必须保住什么，为什么？",
                 "Coffee quality and seating tie as brand-value drivers. In a sentence: what must the café protect while it speeds up service, and why?"),
                ("保住咖啡的品质和舒服的座位：它们是顾客来的原因，加快出餐不能靠降低咖啡品质或减少座位。",
                 "Keep the coffee as good and the seats as comfortable: they are why customers come, so faster service must not come from cheaper coffee or fewer seats."),
                [("两个驱动因素都提到（咖啡品质、座位），不只一个", "names both drivers (coffee quality and seating), not just one"),
                 ("说明改善不能伤害它们", "says the improvement must not harm them"),
                 ("与关键体验（出餐速度）联系起来", "links it to the key experience (speed of service)")]),
         q("q3", "satisfaction", lang, factor="speed"),
         q("q4", "weightedSatisfaction", lang, factor="seating"),
         q("q5", "keyExperiences", lang),
         q("q6", "keyExperienceOrder", lang),
         q("q7", "keyExperience", lang, why=("出餐慢既重要又令人失望：先改善它。", "Slow service matters and disappoints: improve it first."))])

# From beginner to advanced: the short beginner exercise first, the ones mixing judgement and arithmetic last.
ALL = [cafe, bank, meisu, government, hospital, nurse]

def main():
    files = []
    for make in ALL:
        for lang in ("zh", "en"):
            ex = make(lang)
            name = f"{ex['id']}.{lang}.exercise.json"
            text = json.dumps(ex, ensure_ascii=False, indent=2) + "\n"
            with open(os.path.join(ROOT, "workbooks", "exercises", name), "w", encoding="utf-8") as f:
                f.write(text)
            files.append((name, text))
    out = ["// Generated by scripts/exercises.py from the same text as workbooks/exercises/: do not edit by hand.",
           "// The built-in exercises, embedded so the binary needs no data files.", "",
           "public enum BuiltInExercises {",
           "    /// File name and text of every built-in exercise, in list order (zh then en per exercise).",
           "    public static let files: [(name: String, text: String)] = ["]
    for name, text in files:
        out.append(f'        ("{name}", #"""')
        out.append(text.rstrip("\n"))
        out.append('"""# + "\\n"),')
    out += ["    ]", "}", ""]
    with open(os.path.join(ROOT, "Sources", "CEMKit", "Training", "BuiltInExercises.swift"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

main()

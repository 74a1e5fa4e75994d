// Generated from workbooks/exercises — do not edit; regenerate with `CEM_REGENERATE=1 swift test --filter BuiltInExercises`.
// The built-in exercises, embedded so the binary needs no data files.

public enum BuiltInExercises {
    /// File name and text of every built-in exercise, in list order (zh then en per exercise).
    public static let files: [(name: String, text: String)] = [
        ("cafe.zh.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "cafe",
  "language": "zh",
  "title": "街角咖啡馆：先找出关键体验",
  "industry": "餐饮",
  "level": "beginner",
  "scenario": "一家街角咖啡馆想知道顾客为什么来、哪里让他们失望。下表是五个体验因素的评分（0–10）。这是入门练习，只做前三步：品牌价值、满意度和关键体验。（本练习中的数字仅作示意，并非实测数据。）",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "街角咖啡馆",
    "language": "zh",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "好咖啡，坐得舒服"
    },
    "factors": [
      {
        "id": "coffee",
        "name": "咖啡品质",
        "description": "",
        "brandValue": 8,
        "experience": 8,
        "expectation": 8,
        "importance": 9,
        "ideal": 9,
        "notes": ""
      },
      {
        "id": "seating",
        "name": "座位",
        "description": "",
        "brandValue": 8,
        "experience": 5,
        "expectation": 7,
        "importance": 6,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "speed",
        "name": "出餐速度",
        "description": "",
        "brandValue": 5,
        "experience": 4,
        "expectation": 7,
        "importance": 8,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "price",
        "name": "价格",
        "description": "",
        "brandValue": 6,
        "experience": 6,
        "expectation": 7,
        "importance": 5,
        "ideal": 6,
        "notes": ""
      },
      {
        "id": "wifi",
        "name": "无线网络",
        "description": "",
        "brandValue": 3,
        "experience": 6,
        "expectation": 5,
        "importance": 3,
        "ideal": 6,
        "notes": ""
      }
    ],
    "requirements": [],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "brandValueDriver",
      "ties": "all",
      "explanation": "两个因素并列最高：两者都是顾客来的原因。"
    },
    {
      "id": "q2",
      "kind": "open",
      "step": 1,
      "prompt": "咖啡品质和座位并列为品牌价值的驱动因素。用一句话说：改善出餐速度时必须保住什么，为什么？",
      "modelAnswer": "保住咖啡的品质和舒服的座位：它们是顾客来的原因，加快出餐不能靠降低咖啡品质或减少座位。",
      "checklist": [
        "两个驱动因素都提到（咖啡品质、座位），不只一个",
        "说明改善不能伤害它们",
        "与关键体验（出餐速度）联系起来"
      ]
    },
    {
      "id": "q3",
      "kind": "satisfaction",
      "factor": "speed"
    },
    {
      "id": "q4",
      "kind": "weightedSatisfaction",
      "factor": "seating"
    },
    {
      "id": "q5",
      "kind": "keyExperiences"
    },
    {
      "id": "q6",
      "kind": "keyExperienceOrder"
    },
    {
      "id": "q7",
      "kind": "keyExperience",
      "explanation": "出餐慢既重要又令人失望：先改善它。"
    }
  ]
}
"""# + "\n"),
        ("cafe.en.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "cafe",
  "language": "en",
  "title": "The corner café: find the key experience first",
  "industry": "food and drink",
  "level": "beginner",
  "scenario": "A corner café wants to know why customers come and where they are let down. The table gives five experience factors scored 0–10. This beginner exercise covers the first three steps only: brand value, satisfaction and the key experiences. (The numbers in this exercise are illustrative, not measured data.)",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "The corner café",
    "language": "en",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "Good coffee and a good seat"
    },
    "factors": [
      {
        "id": "coffee",
        "name": "Coffee quality",
        "description": "",
        "brandValue": 8,
        "experience": 8,
        "expectation": 8,
        "importance": 9,
        "ideal": 9,
        "notes": ""
      },
      {
        "id": "seating",
        "name": "Seating",
        "description": "",
        "brandValue": 8,
        "experience": 5,
        "expectation": 7,
        "importance": 6,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "speed",
        "name": "Speed of service",
        "description": "",
        "brandValue": 5,
        "experience": 4,
        "expectation": 7,
        "importance": 8,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "price",
        "name": "Price",
        "description": "",
        "brandValue": 6,
        "experience": 6,
        "expectation": 7,
        "importance": 5,
        "ideal": 6,
        "notes": ""
      },
      {
        "id": "wifi",
        "name": "Wi-Fi",
        "description": "",
        "brandValue": 3,
        "experience": 6,
        "expectation": 5,
        "importance": 3,
        "ideal": 6,
        "notes": ""
      }
    ],
    "requirements": [],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "brandValueDriver",
      "ties": "all",
      "explanation": "Two factors tie for the highest brand value: both are why customers come."
    },
    {
      "id": "q2",
      "kind": "open",
      "step": 1,
      "prompt": "Coffee quality and seating tie as brand-value drivers. In a sentence: what must the café protect while it speeds up service, and why?",
      "modelAnswer": "Keep the coffee as good and the seats as comfortable: they are why customers come, so faster service must not come from cheaper coffee or fewer seats.",
      "checklist": [
        "names both drivers (coffee quality and seating), not just one",
        "says the improvement must not harm them",
        "links it to the key experience (speed of service)"
      ]
    },
    {
      "id": "q3",
      "kind": "satisfaction",
      "factor": "speed"
    },
    {
      "id": "q4",
      "kind": "weightedSatisfaction",
      "factor": "seating"
    },
    {
      "id": "q5",
      "kind": "keyExperiences"
    },
    {
      "id": "q6",
      "kind": "keyExperienceOrder"
    },
    {
      "id": "q7",
      "kind": "keyExperience",
      "explanation": "Slow service matters and disappoints: improve it first."
    }
  ]
}
"""# + "\n"),
        ("bank.zh.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "bank",
  "language": "zh",
  "title": "银行网点：排队与手机预约",
  "industry": "银行",
  "level": "intermediate",
  "scenario": "一家银行支行的客户最不满的是排队。支行考虑三项需求：手机预约分时段取号、把简单业务标准化并移到自助机、增开柜台（因成本过高已放弃）。下表是四个因素的评分（0–10 分）。（本练习中的数字仅作示意，并非实测数据。）",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "某银行支行",
    "language": "zh",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "专业、亲切的理财伙伴"
    },
    "factors": [
      {
        "id": "queueing",
        "name": "排队等候",
        "description": "",
        "brandValue": 3,
        "experience": 3,
        "expectation": 7,
        "importance": 9,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "pre-booking",
        "name": "手机预约取号",
        "description": "",
        "brandValue": 5,
        "experience": 4,
        "expectation": 6,
        "importance": 7,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "simple-transactions",
        "name": "简单业务标准化",
        "description": "",
        "brandValue": 6,
        "experience": 5,
        "expectation": 6,
        "importance": 6,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "staff-service",
        "name": "员工服务",
        "description": "",
        "brandValue": 8,
        "experience": 7,
        "expectation": 7,
        "importance": 8,
        "ideal": 8,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "手机预约分时段取号",
        "factors": [
          "queueing",
          "pre-booking"
        ],
        "targetExperience": 8,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K1",
            "metric": "平均排队时间",
            "unit": "min",
            "better": "lower",
            "baseline": 25,
            "target": 10,
            "actual": 8,
            "measuredOn": null
          }
        ]
      },
      {
        "id": "R2",
        "title": "简单业务标准化并移到自助机",
        "factors": [
          "simple-transactions",
          "queueing"
        ],
        "targetExperience": 7,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      },
      {
        "id": "R3",
        "title": "增开柜台",
        "factors": [
          "queueing"
        ],
        "targetExperience": 8,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "drop",
          "rationale": ""
        },
        "kpis": []
      }
    ],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "brandValueDriver"
    },
    {
      "id": "q2",
      "kind": "satisfaction",
      "factor": "queueing"
    },
    {
      "id": "q3",
      "kind": "quadrant",
      "factor": "queueing"
    },
    {
      "id": "q4",
      "kind": "quadrant",
      "factor": "simple-transactions",
      "explanation": "体验高于平均而重要性低于平均：这里可能投入过度，资源可转向排队。"
    },
    {
      "id": "q5",
      "kind": "weightedGap",
      "factor": "pre-booking"
    },
    {
      "id": "q6",
      "kind": "largestGap"
    },
    {
      "id": "q7",
      "kind": "largestGapRequirement",
      "explanation": "R1 和 R2 都关联排队，都对；R3 增开柜台已放弃。"
    },
    {
      "id": "q8",
      "kind": "requirementPriority",
      "requirement": "R2"
    },
    {
      "id": "q9",
      "kind": "kpiMet",
      "kpi": "K1"
    }
  ]
}
"""# + "\n"),
        ("bank.en.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "bank",
  "language": "en",
  "title": "Bank branch: queues and mobile pre-booking",
  "industry": "banking",
  "level": "intermediate",
  "scenario": "What customers of a bank branch dislike most is queueing. The branch considers three requirements: mobile pre-booking of time slots, standardising simple transactions and moving them to self-service, and opening more counters (dropped as too costly). The table scores four factors (0–10). (The numbers in this exercise are illustrative, not measured data.)",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "A bank branch",
    "language": "en",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "A professional, friendly partner for your money"
    },
    "factors": [
      {
        "id": "queueing",
        "name": "Queueing",
        "description": "",
        "brandValue": 3,
        "experience": 3,
        "expectation": 7,
        "importance": 9,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "pre-booking",
        "name": "Mobile pre-booking",
        "description": "",
        "brandValue": 5,
        "experience": 4,
        "expectation": 6,
        "importance": 7,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "simple-transactions",
        "name": "Standardised simple transactions",
        "description": "",
        "brandValue": 6,
        "experience": 5,
        "expectation": 6,
        "importance": 6,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "staff-service",
        "name": "Staff service",
        "description": "",
        "brandValue": 8,
        "experience": 7,
        "expectation": 7,
        "importance": 8,
        "ideal": 8,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "Mobile pre-booking of time slots",
        "factors": [
          "queueing",
          "pre-booking"
        ],
        "targetExperience": 8,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K1",
            "metric": "average time in the queue",
            "unit": "min",
            "better": "lower",
            "baseline": 25,
            "target": 10,
            "actual": 8,
            "measuredOn": null
          }
        ]
      },
      {
        "id": "R2",
        "title": "Standardise simple transactions and move them to self-service",
        "factors": [
          "simple-transactions",
          "queueing"
        ],
        "targetExperience": 7,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      },
      {
        "id": "R3",
        "title": "Open more counters",
        "factors": [
          "queueing"
        ],
        "targetExperience": 8,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "drop",
          "rationale": ""
        },
        "kpis": []
      }
    ],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "brandValueDriver"
    },
    {
      "id": "q2",
      "kind": "satisfaction",
      "factor": "queueing"
    },
    {
      "id": "q3",
      "kind": "quadrant",
      "factor": "queueing"
    },
    {
      "id": "q4",
      "kind": "quadrant",
      "factor": "simple-transactions",
      "explanation": "Experience above the mean, importance below it: possibly overkill; resources can move to queueing."
    },
    {
      "id": "q5",
      "kind": "weightedGap",
      "factor": "pre-booking"
    },
    {
      "id": "q6",
      "kind": "largestGap"
    },
    {
      "id": "q7",
      "kind": "largestGapRequirement",
      "explanation": "R1 and R2 both link queueing, so both are right; R3, more counters, was dropped."
    },
    {
      "id": "q8",
      "kind": "requirementPriority",
      "requirement": "R2"
    },
    {
      "id": "q9",
      "kind": "kpiMet",
      "kpi": "K1"
    }
  ]
}
"""# + "\n"),
        ("meisu.zh.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "meisu",
  "language": "zh",
  "title": "美苏电器：西洋菜街的四家分店",
  "industry": "电器零售",
  "level": "intermediate",
  "scenario": "美苏电器（化名）是香港一家电器零售商，在西洋菜街有四家分店。顾客因为明码实价和可靠的品牌形象而来，但觉得店铺不够方便。下表是六个体验因素的评分（0–10）：品牌价值、体验、期望、重要性和理想。请按七个步骤逐一计算，找出关键体验和最大差距，并判断哪项需求值得推行。",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "美苏电器 · 西洋菜街",
    "language": "zh",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "明码实价，可靠的品牌形象"
    },
    "factors": [
      {
        "id": "product",
        "name": "产品",
        "description": "所售商品的种类、质量与可得性",
        "brandValue": 6,
        "experience": 6,
        "expectation": 7,
        "importance": 6,
        "ideal": 6,
        "notes": "顾客期望更多产品类别"
      },
      {
        "id": "service",
        "name": "服务",
        "description": "店员的帮助、售后与维修",
        "brandValue": 5,
        "experience": 6,
        "expectation": 6,
        "importance": 5,
        "ideal": 6,
        "notes": ""
      },
      {
        "id": "relationship",
        "name": "关系",
        "description": "熟客关系、会员与个人联系",
        "brandValue": 2,
        "experience": 4,
        "expectation": 4,
        "importance": 3,
        "ideal": 4,
        "notes": ""
      },
      {
        "id": "convenience",
        "name": "便利性",
        "description": "位置、营业时间、店铺数目与购买的方便程度",
        "brandValue": 4,
        "experience": 5,
        "expectation": 7,
        "importance": 9,
        "ideal": 10,
        "notes": "店铺数目不足"
      },
      {
        "id": "brand-image",
        "name": "品牌形象",
        "description": "顾客心中的品牌印象与信任",
        "brandValue": 9,
        "experience": 7,
        "expectation": 7,
        "importance": 7,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "price",
        "name": "价格",
        "description": "价格水平与价格透明度",
        "brandValue": 9,
        "experience": 7,
        "expectation": 7,
        "importance": 6,
        "ideal": 7,
        "notes": "明码实价是吸引顾客的主因"
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "在西洋菜街开更多分店",
        "factors": [
          "convenience"
        ],
        "targetExperience": 10,
        "alignment": {
          "strategyFit": 9,
          "people": "adjust",
          "process": "adjust",
          "technology": "ready",
          "decision": "pursue",
          "rationale": "便利性是关键体验；多开分店延续明码实价的品牌"
        },
        "kpis": [
          {
            "id": "K1",
            "metric": "相对一家店的销售额",
            "unit": "x",
            "better": "higher",
            "baseline": 1,
            "target": 4,
            "actual": 4.2,
            "measuredOn": "2025-06-30"
          }
        ]
      },
      {
        "id": "R2",
        "title": "关闭生意一般区域的分店",
        "factors": [],
        "targetExperience": null,
        "alignment": {
          "strategyFit": 8,
          "people": "adjust",
          "process": "adjust",
          "technology": "ready",
          "decision": "pursue",
          "rationale": "把资源集中到西洋菜街"
        },
        "kpis": []
      },
      {
        "id": "R3",
        "title": "互联网或电话销售",
        "factors": [
          "convenience"
        ],
        "targetExperience": null,
        "alignment": {
          "strategyFit": 3,
          "people": "build",
          "process": "build",
          "technology": "build",
          "decision": "drop",
          "rationale": "顾客要到店看货比价，不合品牌；所需能力都要新建"
        },
        "kpis": []
      },
      {
        "id": "R4",
        "title": "扩充产品类别",
        "factors": [
          "product"
        ],
        "targetExperience": null,
        "alignment": {
          "strategyFit": 6,
          "people": "adjust",
          "process": "adjust",
          "technology": "ready",
          "decision": "defer",
          "rationale": "资源先用于关键体验（便利性）"
        },
        "kpis": []
      }
    ],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "brandValueDriver",
      "explanation": "品牌价值最高的因素就是顾客选择你的原因，改善时不能伤害它。"
    },
    {
      "id": "q2",
      "kind": "satisfaction",
      "factor": "convenience"
    },
    {
      "id": "q3",
      "kind": "satisfaction",
      "factor": "product"
    },
    {
      "id": "q4",
      "kind": "meanSatisfaction"
    },
    {
      "id": "q5",
      "kind": "weightedSatisfaction",
      "factor": "convenience"
    },
    {
      "id": "q6",
      "kind": "weightedSatisfactionIndex"
    },
    {
      "id": "q7",
      "kind": "keyExperience",
      "explanation": "重要性放大了不满：便利性既重要又不满意，所以它是关键体验。"
    },
    {
      "id": "q8",
      "kind": "quadrant",
      "factor": "convenience"
    },
    {
      "id": "q9",
      "kind": "quadrant",
      "factor": "service"
    },
    {
      "id": "q10",
      "kind": "gap",
      "factor": "convenience"
    },
    {
      "id": "q11",
      "kind": "weightedGap",
      "factor": "convenience"
    },
    {
      "id": "q12",
      "kind": "largestGap"
    },
    {
      "id": "q13",
      "kind": "largestGapRequirement",
      "explanation": "R3（网上或电话销售）也关联便利性，但已决定放弃：不合品牌，能力都要新建。"
    },
    {
      "id": "q14",
      "kind": "requirementPriority",
      "requirement": "R4",
      "explanation": "产品的理想等于体验，没有差距，所以扩充产品类别可以延后。"
    },
    {
      "id": "q15",
      "kind": "topPursuedRequirement"
    },
    {
      "id": "q16",
      "kind": "kpiDeviation",
      "kpi": "K1"
    },
    {
      "id": "q17",
      "kind": "kpiMet",
      "kpi": "K1",
      "explanation": "四家店的销售超过一家店的四倍：便利性在下一期可以成为品牌价值的带头因素。"
    }
  ]
}
"""# + "\n"),
        ("meisu.en.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "meisu",
  "language": "en",
  "title": "Meisu Electronics: four shops on one street",
  "industry": "electronics retail",
  "level": "intermediate",
  "scenario": "Meisu Electronics (a pseudonym) is a Hong Kong electronics retailer with four shops on Sai Yeung Choi Street. Customers come for its clearly marked prices and reliable brand image, but find the shops not convenient enough. The table gives six experience factors scored 0–10: brand value, experience, expectation, importance and ideal. Work through the seven steps: find the key experience and the largest gap, and judge which requirement to pursue.",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "Meisu Electronics · Sai Yeung Choi Street",
    "language": "en",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "Clearly marked prices and a reliable brand image"
    },
    "factors": [
      {
        "id": "product",
        "name": "Product",
        "description": "Range, quality and availability of what is sold",
        "brandValue": 6,
        "experience": 6,
        "expectation": 7,
        "importance": 6,
        "ideal": 6,
        "notes": "Customers expect a wider range"
      },
      {
        "id": "service",
        "name": "Service",
        "description": "Help from staff, after-sales and repairs",
        "brandValue": 5,
        "experience": 6,
        "expectation": 6,
        "importance": 5,
        "ideal": 6,
        "notes": ""
      },
      {
        "id": "relationship",
        "name": "Relationship",
        "description": "Regular customers, membership and personal ties",
        "brandValue": 2,
        "experience": 4,
        "expectation": 4,
        "importance": 3,
        "ideal": 4,
        "notes": ""
      },
      {
        "id": "convenience",
        "name": "Convenience",
        "description": "Location, opening hours, number of shops, ease of buying",
        "brandValue": 4,
        "experience": 5,
        "expectation": 7,
        "importance": 9,
        "ideal": 10,
        "notes": "Not enough shops"
      },
      {
        "id": "brand-image",
        "name": "Brand image",
        "description": "What customers think of the brand and how far they trust it",
        "brandValue": 9,
        "experience": 7,
        "expectation": 7,
        "importance": 7,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "price",
        "name": "Price",
        "description": "Price level and price transparency",
        "brandValue": 9,
        "experience": 7,
        "expectation": 7,
        "importance": 6,
        "ideal": 7,
        "notes": "Clearly marked prices are why customers come"
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "Open more shops on Sai Yeung Choi Street",
        "factors": [
          "convenience"
        ],
        "targetExperience": 10,
        "alignment": {
          "strategyFit": 9,
          "people": "adjust",
          "process": "adjust",
          "technology": "ready",
          "decision": "pursue",
          "rationale": "Convenience is the key experience; more shops carry the clearly-priced brand further"
        },
        "kpis": [
          {
            "id": "K1",
            "metric": "sales relative to one shop",
            "unit": "x",
            "better": "higher",
            "baseline": 1,
            "target": 4,
            "actual": 4.2,
            "measuredOn": "2025-06-30"
          }
        ]
      },
      {
        "id": "R2",
        "title": "Close shops in weak districts",
        "factors": [],
        "targetExperience": null,
        "alignment": {
          "strategyFit": 8,
          "people": "adjust",
          "process": "adjust",
          "technology": "ready",
          "decision": "pursue",
          "rationale": "Concentrate resources on Sai Yeung Choi Street"
        },
        "kpis": []
      },
      {
        "id": "R3",
        "title": "Online or phone sales",
        "factors": [
          "convenience"
        ],
        "targetExperience": null,
        "alignment": {
          "strategyFit": 3,
          "people": "build",
          "process": "build",
          "technology": "build",
          "decision": "drop",
          "rationale": "Customers come to see and compare in the shop; off-brand, and every capability would have to be built"
        },
        "kpis": []
      },
      {
        "id": "R4",
        "title": "A wider product range",
        "factors": [
          "product"
        ],
        "targetExperience": null,
        "alignment": {
          "strategyFit": 6,
          "people": "adjust",
          "process": "adjust",
          "technology": "ready",
          "decision": "defer",
          "rationale": "Resources go to the key experience (convenience) first"
        },
        "kpis": []
      }
    ],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "brandValueDriver",
      "explanation": "The factors with the highest brand value are why customers come; improvements must not harm them."
    },
    {
      "id": "q2",
      "kind": "satisfaction",
      "factor": "convenience"
    },
    {
      "id": "q3",
      "kind": "satisfaction",
      "factor": "product"
    },
    {
      "id": "q4",
      "kind": "meanSatisfaction"
    },
    {
      "id": "q5",
      "kind": "weightedSatisfaction",
      "factor": "convenience"
    },
    {
      "id": "q6",
      "kind": "weightedSatisfactionIndex"
    },
    {
      "id": "q7",
      "kind": "keyExperience",
      "explanation": "Importance magnifies dissatisfaction: convenience matters a lot and disappoints, so it is the key experience."
    },
    {
      "id": "q8",
      "kind": "quadrant",
      "factor": "convenience"
    },
    {
      "id": "q9",
      "kind": "quadrant",
      "factor": "service"
    },
    {
      "id": "q10",
      "kind": "gap",
      "factor": "convenience"
    },
    {
      "id": "q11",
      "kind": "weightedGap",
      "factor": "convenience"
    },
    {
      "id": "q12",
      "kind": "largestGap"
    },
    {
      "id": "q13",
      "kind": "largestGapRequirement",
      "explanation": "R3 (online or phone sales) is linked to convenience too, but was dropped: off-brand, and every capability would have to be built."
    },
    {
      "id": "q14",
      "kind": "requirementPriority",
      "requirement": "R4",
      "explanation": "Product's ideal equals its experience: no gap, so a wider range can wait."
    },
    {
      "id": "q15",
      "kind": "topPursuedRequirement"
    },
    {
      "id": "q16",
      "kind": "kpiDeviation",
      "kpi": "K1"
    },
    {
      "id": "q17",
      "kind": "kpiMet",
      "kpi": "K1",
      "explanation": "Four shops sold more than four times one shop: convenience can lead the brand value in the next cycle."
    }
  ]
}
"""# + "\n"),
        ("government.zh.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "government",
  "language": "zh",
  "title": "政务服务窗口：一窗受理与零跑腿",
  "industry": "公共服务",
  "level": "intermediate",
  "scenario": "一个城市的政务服务中心推行“一窗受理”和“网上办、零跑腿”。市民仍觉得要跑好几个窗口、等候太久、办事指南看不懂。中心调查了五个因素（0–10 分）。（本练习中的数字仅作示意，并非实测数据。）",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "某市政务服务中心",
    "language": "zh",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "让群众少跑腿"
    },
    "factors": [
      {
        "id": "one-window",
        "name": "一窗受理",
        "description": "",
        "brandValue": 6,
        "experience": 5,
        "expectation": 7,
        "importance": 8,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "online",
        "name": "网上办理（零跑腿）",
        "description": "",
        "brandValue": 5,
        "experience": 4,
        "expectation": 7,
        "importance": 9,
        "ideal": 9,
        "notes": ""
      },
      {
        "id": "waiting",
        "name": "等候时间",
        "description": "",
        "brandValue": 4,
        "experience": 5,
        "expectation": 6,
        "importance": 7,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "attitude",
        "name": "服务态度",
        "description": "",
        "brandValue": 8,
        "experience": 7,
        "expectation": 7,
        "importance": 6,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "clarity",
        "name": "办事指南清晰度",
        "description": "",
        "brandValue": 5,
        "experience": 5,
        "expectation": 7,
        "importance": 7,
        "ideal": 8,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "所有事项一窗受理",
        "factors": [
          "one-window",
          "waiting"
        ],
        "targetExperience": 8,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      },
      {
        "id": "R2",
        "title": "高频事项网上办、零跑腿",
        "factors": [
          "online"
        ],
        "targetExperience": 9,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K1",
            "metric": "网上办结的事项比例",
            "unit": "%",
            "better": "higher",
            "baseline": 30,
            "target": 80,
            "actual": 72,
            "measuredOn": null
          }
        ]
      },
      {
        "id": "R3",
        "title": "一页纸办事指南",
        "factors": [
          "clarity"
        ],
        "targetExperience": 8,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      }
    ],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "meanSatisfaction"
    },
    {
      "id": "q2",
      "kind": "weightedSatisfaction",
      "factor": "online"
    },
    {
      "id": "q3",
      "kind": "weightedSatisfactionIndex",
      "explanation": "加权指数比平均值更负：最不满意的恰恰是最重要的因素。"
    },
    {
      "id": "q4",
      "kind": "keyExperience"
    },
    {
      "id": "q5",
      "kind": "weightedGap",
      "factor": "clarity"
    },
    {
      "id": "q6",
      "kind": "largestGapRequirement"
    },
    {
      "id": "q7",
      "kind": "kpiDeviation",
      "kpi": "K1"
    },
    {
      "id": "q8",
      "kind": "kpiMet",
      "kpi": "K1"
    }
  ]
}
"""# + "\n"),
        ("government.en.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "government",
  "language": "en",
  "title": "Government service window: one window, zero trips",
  "industry": "public service",
  "level": "intermediate",
  "scenario": "A city's government service centre is introducing one-window acceptance and online handling (\"zero trips\"). Citizens still find they visit several windows, wait too long and cannot follow the procedures. The centre surveyed five factors (0–10). (The numbers in this exercise are illustrative, not measured data.)",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "A city government service centre",
    "language": "en",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "Fewer trips for citizens"
    },
    "factors": [
      {
        "id": "one-window",
        "name": "One-window acceptance",
        "description": "",
        "brandValue": 6,
        "experience": 5,
        "expectation": 7,
        "importance": 8,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "online",
        "name": "Online handling (zero trips)",
        "description": "",
        "brandValue": 5,
        "experience": 4,
        "expectation": 7,
        "importance": 9,
        "ideal": 9,
        "notes": ""
      },
      {
        "id": "waiting",
        "name": "Waiting time",
        "description": "",
        "brandValue": 4,
        "experience": 5,
        "expectation": 6,
        "importance": 7,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "attitude",
        "name": "Staff attitude",
        "description": "",
        "brandValue": 8,
        "experience": 7,
        "expectation": 7,
        "importance": 6,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "clarity",
        "name": "Clarity of procedures",
        "description": "",
        "brandValue": 5,
        "experience": 5,
        "expectation": 7,
        "importance": 7,
        "ideal": 8,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "One window for every matter",
        "factors": [
          "one-window",
          "waiting"
        ],
        "targetExperience": 8,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      },
      {
        "id": "R2",
        "title": "Frequent matters online, zero trips",
        "factors": [
          "online"
        ],
        "targetExperience": 9,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K1",
            "metric": "share of matters completed online",
            "unit": "%",
            "better": "higher",
            "baseline": 30,
            "target": 80,
            "actual": 72,
            "measuredOn": null
          }
        ]
      },
      {
        "id": "R3",
        "title": "One-page guide per procedure",
        "factors": [
          "clarity"
        ],
        "targetExperience": 8,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      }
    ],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "meanSatisfaction"
    },
    {
      "id": "q2",
      "kind": "weightedSatisfaction",
      "factor": "online"
    },
    {
      "id": "q3",
      "kind": "weightedSatisfactionIndex",
      "explanation": "The weighted index is more negative than the mean: the least satisfying factors are the most important."
    },
    {
      "id": "q4",
      "kind": "keyExperience"
    },
    {
      "id": "q5",
      "kind": "weightedGap",
      "factor": "clarity"
    },
    {
      "id": "q6",
      "kind": "largestGapRequirement"
    },
    {
      "id": "q7",
      "kind": "kpiDeviation",
      "kpi": "K1"
    },
    {
      "id": "q8",
      "kind": "kpiMet",
      "kpi": "K1"
    }
  ]
}
"""# + "\n"),
        ("hospital.zh.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "hospital",
  "language": "zh",
  "title": "医院门诊：等候是关键体验",
  "industry": "医疗",
  "level": "advanced",
  "scenario": "一家医院的门诊部想改善病人的就诊体验。病人抱怨挂号要排长队、取药又要排队、不知道该去哪个窗口。医院调查了六个因素（0–10 分），并提出两项需求：分时段预约挂号和一站式服务台。（本练习中的数字仅作示意，并非实测数据。）",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "某医院门诊部",
    "language": "zh",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "看得好病，看病不折腾"
    },
    "factors": [
      {
        "id": "registration-wait",
        "name": "挂号等候",
        "description": "",
        "brandValue": 3,
        "experience": 3,
        "expectation": 7,
        "importance": 9,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "guidance",
        "name": "导诊指引",
        "description": "",
        "brandValue": 5,
        "experience": 5,
        "expectation": 6,
        "importance": 6,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "consultation-time",
        "name": "看诊时间",
        "description": "",
        "brandValue": 6,
        "experience": 5,
        "expectation": 7,
        "importance": 7,
        "ideal": 6,
        "notes": ""
      },
      {
        "id": "pharmacy-queue",
        "name": "取药排队",
        "description": "",
        "brandValue": 4,
        "experience": 4,
        "expectation": 6,
        "importance": 8,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "price-transparency",
        "name": "价格透明",
        "description": "",
        "brandValue": 7,
        "experience": 6,
        "expectation": 6,
        "importance": 5,
        "ideal": 6,
        "notes": ""
      },
      {
        "id": "environment",
        "name": "就诊环境",
        "description": "",
        "brandValue": 8,
        "experience": 7,
        "expectation": 6,
        "importance": 4,
        "ideal": 7,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "分时段预约挂号",
        "factors": [
          "registration-wait",
          "pharmacy-queue"
        ],
        "targetExperience": 8,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K1",
            "metric": "平均挂号等候时间",
            "unit": "min",
            "better": "lower",
            "baseline": 45,
            "target": 15,
            "actual": 20,
            "measuredOn": null
          }
        ]
      },
      {
        "id": "R2",
        "title": "一站式服务台",
        "factors": [
          "guidance",
          "pharmacy-queue"
        ],
        "targetExperience": 7,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K2",
            "metric": "在一个窗口办完手续的病人比例",
            "unit": "%",
            "better": "higher",
            "baseline": 0,
            "target": 60,
            "actual": 65,
            "measuredOn": null
          }
        ]
      }
    ],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "brandValueDriver"
    },
    {
      "id": "q2",
      "kind": "satisfaction",
      "factor": "registration-wait"
    },
    {
      "id": "q3",
      "kind": "weightedSatisfaction",
      "factor": "pharmacy-queue"
    },
    {
      "id": "q4",
      "kind": "keyExperience",
      "explanation": "等候既最重要、又最不满意：先解决等候，其他改善才会被病人感受到。"
    },
    {
      "id": "q5",
      "kind": "quadrant",
      "factor": "pharmacy-queue"
    },
    {
      "id": "q6",
      "kind": "quadrant",
      "factor": "environment"
    },
    {
      "id": "q7",
      "kind": "gap",
      "factor": "registration-wait"
    },
    {
      "id": "q8",
      "kind": "largestGap"
    },
    {
      "id": "q9",
      "kind": "largestGapRequirement"
    },
    {
      "id": "q10",
      "kind": "requirementPriority",
      "requirement": "R2"
    },
    {
      "id": "q11",
      "kind": "kpiMet",
      "kpi": "K1",
      "explanation": "等候缩短了，但还没到目标：下一期继续跟进预约时段的安排。"
    },
    {
      "id": "q12",
      "kind": "kpiMet",
      "kpi": "K2"
    },
    {
      "id": "q13",
      "kind": "keyExperienceOrder"
    },
    {
      "id": "q14",
      "kind": "open",
      "step": 5,
      "prompt": "为关键体验“挂号等候”写一项需求：要改变什么、关联哪个因素、目标体验是多少？",
      "modelAnswer": "分时段预约挂号，关联“挂号等候”，目标体验 8（它的理想）：病人按时段到院，不必排队挂号。",
      "checklist": [
        "关联的因素是关键体验“挂号等候”",
        "写出病人能感受到的具体改变",
        "目标体验在 0–10 分之内，且不高于理想（8）"
      ]
    },
    {
      "id": "q15",
      "kind": "open",
      "step": 6,
      "prompt": "对 R1（分时段预约挂号）：给人员、流程、技术各评一个准备度（就绪、调整、新建），决定推行、延后或放弃，并说明理由。",
      "modelAnswer": "人员：调整（员工学会按时段安排）；流程：调整（按时段挂号）；技术：新建（预约系统）。决定推行：它作用于关键体验，优先级最高（45），要新建的只有预约系统。",
      "checklist": [
        "人员、流程、技术各有一个准备度",
        "有明确的决定：推行、延后或放弃",
        "理由引用优先级（45）或关键体验，并考虑要新建的能力"
      ]
    }
  ]
}
"""# + "\n"),
        ("hospital.en.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "hospital",
  "language": "en",
  "title": "Hospital outpatients: waiting is the key experience",
  "industry": "healthcare",
  "level": "advanced",
  "scenario": "A hospital's outpatient department wants a better patient experience. Patients complain of long queues to register, another queue at the pharmacy, and not knowing which counter to go to. The hospital surveyed six factors (0–10) and proposed two requirements: appointment booking by time slot and a one-stop service desk. (The numbers in this exercise are illustrative, not measured data.)",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "A hospital outpatient department",
    "language": "en",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "Good care without the run-around"
    },
    "factors": [
      {
        "id": "registration-wait",
        "name": "Registration wait",
        "description": "",
        "brandValue": 3,
        "experience": 3,
        "expectation": 7,
        "importance": 9,
        "ideal": 8,
        "notes": ""
      },
      {
        "id": "guidance",
        "name": "Guidance",
        "description": "",
        "brandValue": 5,
        "experience": 5,
        "expectation": 6,
        "importance": 6,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "consultation-time",
        "name": "Consultation time",
        "description": "",
        "brandValue": 6,
        "experience": 5,
        "expectation": 7,
        "importance": 7,
        "ideal": 6,
        "notes": ""
      },
      {
        "id": "pharmacy-queue",
        "name": "Pharmacy queue",
        "description": "",
        "brandValue": 4,
        "experience": 4,
        "expectation": 6,
        "importance": 8,
        "ideal": 7,
        "notes": ""
      },
      {
        "id": "price-transparency",
        "name": "Price transparency",
        "description": "",
        "brandValue": 7,
        "experience": 6,
        "expectation": 6,
        "importance": 5,
        "ideal": 6,
        "notes": ""
      },
      {
        "id": "environment",
        "name": "Environment",
        "description": "",
        "brandValue": 8,
        "experience": 7,
        "expectation": 6,
        "importance": 4,
        "ideal": 7,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "Appointment booking by time slot",
        "factors": [
          "registration-wait",
          "pharmacy-queue"
        ],
        "targetExperience": 8,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K1",
            "metric": "average wait to register",
            "unit": "min",
            "better": "lower",
            "baseline": 45,
            "target": 15,
            "actual": 20,
            "measuredOn": null
          }
        ]
      },
      {
        "id": "R2",
        "title": "One-stop service desk",
        "factors": [
          "guidance",
          "pharmacy-queue"
        ],
        "targetExperience": 7,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K2",
            "metric": "patients served at one desk",
            "unit": "%",
            "better": "higher",
            "baseline": 0,
            "target": 60,
            "actual": 65,
            "measuredOn": null
          }
        ]
      }
    ],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "brandValueDriver"
    },
    {
      "id": "q2",
      "kind": "satisfaction",
      "factor": "registration-wait"
    },
    {
      "id": "q3",
      "kind": "weightedSatisfaction",
      "factor": "pharmacy-queue"
    },
    {
      "id": "q4",
      "kind": "keyExperience",
      "explanation": "Waiting matters most and disappoints most: fix it first, or other improvements go unnoticed."
    },
    {
      "id": "q5",
      "kind": "quadrant",
      "factor": "pharmacy-queue"
    },
    {
      "id": "q6",
      "kind": "quadrant",
      "factor": "environment"
    },
    {
      "id": "q7",
      "kind": "gap",
      "factor": "registration-wait"
    },
    {
      "id": "q8",
      "kind": "largestGap"
    },
    {
      "id": "q9",
      "kind": "largestGapRequirement"
    },
    {
      "id": "q10",
      "kind": "requirementPriority",
      "requirement": "R2"
    },
    {
      "id": "q11",
      "kind": "kpiMet",
      "kpi": "K1",
      "explanation": "The wait is shorter but not yet on target: follow up on the time slots next cycle."
    },
    {
      "id": "q12",
      "kind": "kpiMet",
      "kpi": "K2"
    },
    {
      "id": "q13",
      "kind": "keyExperienceOrder"
    },
    {
      "id": "q14",
      "kind": "open",
      "step": 5,
      "prompt": "Write a requirement for the key experience, registration wait: what changes, which factor it serves, and its target experience.",
      "modelAnswer": "Appointment booking by time slot, linked to registration wait, target experience 8 (its ideal): patients arrive at their slot instead of queueing to register.",
      "checklist": [
        "links the key experience, registration wait",
        "names a concrete change a patient would notice",
        "gives a target experience on the 0–10 scale, no higher than the ideal (8)"
      ]
    },
    {
      "id": "q15",
      "kind": "open",
      "step": 6,
      "prompt": "For R1 (appointment booking by time slot): rate people, process and technology as ready, adjust or build, decide pursue, defer or drop, and give a rationale.",
      "modelAnswer": "People: adjust (staff learn to run slots); process: adjust (registration by slot); technology: build (a booking system). Pursue: it serves the key experience and has the highest priority (45), and only the booking system must be built.",
      "checklist": [
        "one rating each for people, process and technology",
        "a clear decision: pursue, defer or drop",
        "a rationale citing the priority (45) or the key experience, and weighing what must be built"
      ]
    }
  ]
}
"""# + "\n"),
        ("nurse-calls.zh.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "nurse-calls",
  "language": "zh",
  "title": "护士回访电话：对话的顺序改变体验",
  "industry": "健康保险",
  "level": "advanced",
  "scenario": "一家健康保险公司的护士定期给客户打电话。第五步的设计评审按体验的顺序重新安排了通话：先说坏消息、把好消息分开说、以好的结尾收尾、给客户选择、尊重客户的习惯。第 1 期是改版前的分数，本期（第 2 期）是改版后的分数（0–100 分，重要性 0–10）。报告的效果约为：对通话的满意度高 7 分，对公司的满意度高 8 分。（本练习中的数字仅作示意，并非实测数据。）",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "某健康保险公司 · 护士回访电话",
    "language": "zh",
    "cycle": 2,
    "scale": {
      "min": 0,
      "max": 100
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "关心您的健康"
    },
    "factors": [
      {
        "id": "call",
        "name": "护士通话",
        "description": "",
        "brandValue": null,
        "experience": 77,
        "expectation": 80,
        "importance": 9,
        "ideal": 90,
        "notes": ""
      },
      {
        "id": "company",
        "name": "公司整体",
        "description": "",
        "brandValue": null,
        "experience": 73,
        "expectation": 75,
        "importance": 8,
        "ideal": 85,
        "notes": ""
      },
      {
        "id": "information",
        "name": "信息清楚",
        "description": "",
        "brandValue": null,
        "experience": 76,
        "expectation": 78,
        "importance": 6,
        "ideal": 85,
        "notes": ""
      },
      {
        "id": "control",
        "name": "有选择、有掌控感",
        "description": "",
        "brandValue": null,
        "experience": 70,
        "expectation": 75,
        "importance": 7,
        "ideal": 85,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "先说坏消息",
        "factors": [
          "call",
          "information"
        ],
        "targetExperience": 85,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      },
      {
        "id": "R2",
        "title": "把好消息分开说",
        "factors": [
          "call"
        ],
        "targetExperience": 85,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      },
      {
        "id": "R3",
        "title": "以好的结尾收尾",
        "factors": [
          "call",
          "company"
        ],
        "targetExperience": 85,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K1",
            "metric": "通话评分",
            "unit": "pts",
            "better": "higher",
            "baseline": 70,
            "target": 75,
            "actual": 77,
            "measuredOn": null
          }
        ]
      },
      {
        "id": "R4",
        "title": "给客户选择",
        "factors": [
          "control"
        ],
        "targetExperience": 80,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      },
      {
        "id": "R5",
        "title": "尊重客户习惯",
        "factors": [
          "control",
          "company"
        ],
        "targetExperience": 80,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K2",
            "metric": "公司评分",
            "unit": "pts",
            "better": "higher",
            "baseline": 65,
            "target": 75,
            "actual": 73,
            "measuredOn": null
          }
        ]
      }
    ],
    "history": [
      {
        "cycle": 1,
        "closedOn": "2024-12-31",
        "brand": {
          "statement": "关心您的健康"
        },
        "factors": [
          {
            "id": "call",
            "name": "护士通话",
            "description": "",
            "brandValue": null,
            "experience": 70,
            "expectation": 80,
            "importance": 9,
            "ideal": 90,
            "notes": ""
          },
          {
            "id": "company",
            "name": "公司整体",
            "description": "",
            "brandValue": null,
            "experience": 65,
            "expectation": 75,
            "importance": 8,
            "ideal": 85,
            "notes": ""
          },
          {
            "id": "information",
            "name": "信息清楚",
            "description": "",
            "brandValue": null,
            "experience": 72,
            "expectation": 78,
            "importance": 6,
            "ideal": 85,
            "notes": ""
          },
          {
            "id": "control",
            "name": "有选择、有掌控感",
            "description": "",
            "brandValue": null,
            "experience": 60,
            "expectation": 75,
            "importance": 7,
            "ideal": 85,
            "notes": ""
          }
        ]
      }
    ]
  },
  "questions": [
    {
      "id": "q1",
      "kind": "satisfaction",
      "factor": "call",
      "cycle": 1
    },
    {
      "id": "q2",
      "kind": "keyExperience",
      "cycle": 1,
      "explanation": "改版前最不满的是缺少掌控感：所以“给客户选择”和“尊重习惯”进入了设计。"
    },
    {
      "id": "q3",
      "kind": "satisfaction",
      "factor": "call"
    },
    {
      "id": "q4",
      "kind": "satisfactionChange",
      "factor": "call",
      "explanation": "先说坏消息、以好的结尾收尾：人们记住的是高峰和结尾。"
    },
    {
      "id": "q5",
      "kind": "satisfactionChange",
      "factor": "company"
    },
    {
      "id": "q6",
      "kind": "largestGapRequirement",
      "explanation": "通话的差距最大；R1、R2、R3 都作用于通话，都对。"
    },
    {
      "id": "q7",
      "kind": "requirementPriority",
      "requirement": "R4"
    },
    {
      "id": "q8",
      "kind": "kpiMet",
      "kpi": "K1"
    },
    {
      "id": "q9",
      "kind": "kpiMet",
      "kpi": "K2",
      "explanation": "公司评分提高了 8 分，仍未达目标：下一期继续。"
    },
    {
      "id": "q10",
      "kind": "open",
      "step": 7,
      "prompt": "K2（公司评分）没有达成。为下一期的 R5（尊重客户习惯）设计一个 KPI：指标、单位、越高还是越低越好、基线和目标。",
      "modelAnswer": "在客户希望的时间打出的电话比例（%），越高越好；基线为现在的比例（例如 40%），目标为下一期结束时 70%。",
      "checklist": [
        "指标是 R5 能直接改变的",
        "有单位，并说明越高还是越低越好",
        "基线是现在量得到的值，目标有数值和期限",
        "不把评分叫作“满意度”：满意度 = 体验 − 期望"
      ]
    }
  ]
}
"""# + "\n"),
        ("nurse-calls.en.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "nurse-calls",
  "language": "en",
  "title": "Nurse calls: the order of a conversation changes the experience",
  "industry": "health insurance",
  "level": "advanced",
  "scenario": "A health insurer's nurses call customers regularly. A step-5 design review reordered the call around the experience: bad news first, spread the pleasure, end strongly, give choice, respect habits. Cycle 1 holds the scores before the redesign, the current cycle (2) those after it (0–100; importance 0–10). The reported effect: about 7 points higher satisfaction with the call, 8 with the company. (The numbers in this exercise are illustrative, not measured data.)",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "A health insurer · nurse calls",
    "language": "en",
    "cycle": 2,
    "scale": {
      "min": 0,
      "max": 100
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "We care about your health"
    },
    "factors": [
      {
        "id": "call",
        "name": "Nurse call",
        "description": "",
        "brandValue": null,
        "experience": 77,
        "expectation": 80,
        "importance": 9,
        "ideal": 90,
        "notes": ""
      },
      {
        "id": "company",
        "name": "The company overall",
        "description": "",
        "brandValue": null,
        "experience": 73,
        "expectation": 75,
        "importance": 8,
        "ideal": 85,
        "notes": ""
      },
      {
        "id": "information",
        "name": "Clear information",
        "description": "",
        "brandValue": null,
        "experience": 76,
        "expectation": 78,
        "importance": 6,
        "ideal": 85,
        "notes": ""
      },
      {
        "id": "control",
        "name": "Choice and a sense of control",
        "description": "",
        "brandValue": null,
        "experience": 70,
        "expectation": 75,
        "importance": 7,
        "ideal": 85,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "Bad news first",
        "factors": [
          "call",
          "information"
        ],
        "targetExperience": 85,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      },
      {
        "id": "R2",
        "title": "Spread the pleasure",
        "factors": [
          "call"
        ],
        "targetExperience": 85,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      },
      {
        "id": "R3",
        "title": "End strongly",
        "factors": [
          "call",
          "company"
        ],
        "targetExperience": 85,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K1",
            "metric": "call rating",
            "unit": "pts",
            "better": "higher",
            "baseline": 70,
            "target": 75,
            "actual": 77,
            "measuredOn": null
          }
        ]
      },
      {
        "id": "R4",
        "title": "Give choice",
        "factors": [
          "control"
        ],
        "targetExperience": 80,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": []
      },
      {
        "id": "R5",
        "title": "Respect habits",
        "factors": [
          "control",
          "company"
        ],
        "targetExperience": 80,
        "alignment": {
          "strategyFit": null,
          "people": null,
          "process": null,
          "technology": null,
          "decision": "pursue",
          "rationale": ""
        },
        "kpis": [
          {
            "id": "K2",
            "metric": "company rating",
            "unit": "pts",
            "better": "higher",
            "baseline": 65,
            "target": 75,
            "actual": 73,
            "measuredOn": null
          }
        ]
      }
    ],
    "history": [
      {
        "cycle": 1,
        "closedOn": "2024-12-31",
        "brand": {
          "statement": "We care about your health"
        },
        "factors": [
          {
            "id": "call",
            "name": "Nurse call",
            "description": "",
            "brandValue": null,
            "experience": 70,
            "expectation": 80,
            "importance": 9,
            "ideal": 90,
            "notes": ""
          },
          {
            "id": "company",
            "name": "The company overall",
            "description": "",
            "brandValue": null,
            "experience": 65,
            "expectation": 75,
            "importance": 8,
            "ideal": 85,
            "notes": ""
          },
          {
            "id": "information",
            "name": "Clear information",
            "description": "",
            "brandValue": null,
            "experience": 72,
            "expectation": 78,
            "importance": 6,
            "ideal": 85,
            "notes": ""
          },
          {
            "id": "control",
            "name": "Choice and a sense of control",
            "description": "",
            "brandValue": null,
            "experience": 60,
            "expectation": 75,
            "importance": 7,
            "ideal": 85,
            "notes": ""
          }
        ]
      }
    ]
  },
  "questions": [
    {
      "id": "q1",
      "kind": "satisfaction",
      "factor": "call",
      "cycle": 1
    },
    {
      "id": "q2",
      "kind": "keyExperience",
      "cycle": 1,
      "explanation": "Before the redesign the worst was the lack of control: hence 'give choice' and 'respect habits' in the design."
    },
    {
      "id": "q3",
      "kind": "satisfaction",
      "factor": "call"
    },
    {
      "id": "q4",
      "kind": "satisfactionChange",
      "factor": "call",
      "explanation": "Bad news first, end strongly: people remember the peak and the end."
    },
    {
      "id": "q5",
      "kind": "satisfactionChange",
      "factor": "company"
    },
    {
      "id": "q6",
      "kind": "largestGapRequirement",
      "explanation": "The call has the largest gap; R1, R2 and R3 all work on the call, so each is right."
    },
    {
      "id": "q7",
      "kind": "requirementPriority",
      "requirement": "R4"
    },
    {
      "id": "q8",
      "kind": "kpiMet",
      "kpi": "K1"
    },
    {
      "id": "q9",
      "kind": "kpiMet",
      "kpi": "K2",
      "explanation": "The company's rating rose 8 points but is still short of its target: carry it into the next cycle."
    },
    {
      "id": "q10",
      "kind": "open",
      "step": 7,
      "prompt": "K2 (company rating) was not met. Design a KPI for R5 (respect habits) for the next cycle: metric, unit, whether higher or lower is better, baseline and target.",
      "modelAnswer": "Share of calls made at the time the customer prefers, in %, higher is better; baseline today's share (say 40%), target 70% by the end of the next cycle.",
      "checklist": [
        "a metric R5 changes directly",
        "a unit, and whether higher or lower is better",
        "a baseline measured now, and a target with a figure and a date",
        "does not call a rating “satisfaction”: satisfaction = experience − expectation"
      ]
    }
  ]
}
"""# + "\n"),
        ("call-order.zh.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "call-order",
  "language": "zh",
  "title": "重排随访电话：五条行为原则",
  "industry": "健康保险",
  "level": "advanced",
  "scenario": "一家北美健康保险公司的护士定期给慢性病患者打随访电话。改版前的电话（call-before）按核对清单的顺序进行：不受欢迎的问题放在最后，匆匆结束，每次由当值的护士致电。问候和道别的位置固定。时刻与顺序按案例的描述；感受分（−2 很不愉快 … +2 很愉快）与时长为示意。",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "北美某健康保险公司 · 慢性病患者的护士随访电话",
    "language": "zh",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "在病人需要时陪伴在旁的保险公司"
    },
    "factors": [
      {
        "id": "nurse-calls",
        "name": "护士随访电话",
        "description": "护士定期致电慢性病患者",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      },
      {
        "id": "coverage",
        "name": "保障与福利",
        "description": "病人享有的保障、福利及其说明",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      },
      {
        "id": "relationship",
        "name": "关系",
        "description": "病人与护士、与公司的关系",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "按五条行为原则重新设计随访电话",
        "factors": [
          "nurse-calls",
          "relationship"
        ],
        "targetExperience": null,
        "alignment": {
          "strategyFit": null,
          "people": "adjust",
          "process": "adjust",
          "technology": "ready",
          "decision": "pursue",
          "rationale": "不增加通话时长与每日通话数"
        },
        "kpis": []
      }
    ],
    "encounters": [
      {
        "id": "call-before",
        "name": "随访电话（重新设计前）",
        "factors": [
          "nurse-calls"
        ],
        "requirements": [
          "R1"
        ],
        "repeats": true,
        "everyDays": 30,
        "samePerson": false,
        "moments": [
          {
            "id": "greeting",
            "name": "问候",
            "feeling": 0,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          },
          {
            "id": "details",
            "name": "核对个人资料",
            "feeling": 0,
            "minutes": 1,
            "choice": false,
            "fixed": false
          },
          {
            "id": "plan",
            "name": "讲解治疗方案",
            "feeling": 0,
            "minutes": 4,
            "choice": false,
            "fixed": false
          },
          {
            "id": "benefits",
            "name": "您享有的福利",
            "feeling": 2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "progress",
            "name": "上次以来的进展",
            "feeling": 1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "expiring",
            "name": "即将到期的福利",
            "feeling": -2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "pain",
            "name": "询问疼痛",
            "feeling": -1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "habits",
            "name": "询问吸烟、饮食与饮酒",
            "feeling": -2,
            "minutes": 3,
            "choice": false,
            "fixed": false
          },
          {
            "id": "next-call",
            "name": "告知下次来电时间",
            "feeling": 0,
            "minutes": 0.5,
            "choice": false,
            "fixed": false
          },
          {
            "id": "goodbye",
            "name": "匆匆道别",
            "feeling": -1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          }
        ],
        "notes": "重新设计之前：按核对清单的顺序，不受欢迎的问题放在最后，匆匆结束；每次由当值的护士致电。时刻与顺序按案例的描述；感受与时长为示意。"
      },
      {
        "id": "call-after",
        "name": "随访电话（重新设计后）",
        "factors": [
          "nurse-calls"
        ],
        "requirements": [
          "R1"
        ],
        "repeats": true,
        "everyDays": 30,
        "samePerson": true,
        "moments": [
          {
            "id": "greeting",
            "name": "问候（同一位护士）",
            "feeling": 1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          },
          {
            "id": "expiring",
            "name": "即将到期的福利",
            "feeling": -2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "pain",
            "name": "询问疼痛",
            "feeling": -1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "habits",
            "name": "询问吸烟、饮食与饮酒",
            "feeling": -2,
            "minutes": 3,
            "choice": false,
            "fixed": false
          },
          {
            "id": "options",
            "name": "选择治疗方案、医院与医生",
            "feeling": 1,
            "minutes": 4,
            "choice": true,
            "fixed": false
          },
          {
            "id": "progress",
            "name": "上次以来的进展",
            "feeling": 1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "next-call",
            "name": "选择下次来电时间",
            "feeling": 1,
            "minutes": 0.5,
            "choice": true,
            "fixed": false
          },
          {
            "id": "details",
            "name": "核对个人资料",
            "feeling": 0,
            "minutes": 1,
            "choice": false,
            "fixed": false
          },
          {
            "id": "benefits",
            "name": "您享有的福利",
            "feeling": 2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "goodbye",
            "name": "道别：肯定进步",
            "feeling": 1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          }
        ],
        "notes": "重新设计之后（五条原则）：先苦后甜、集中痛苦并分散快乐、以病人确有的福利和对进步的肯定结束、给病人选择、每次同一位护士和同一结构。通话总时长不变（案例：通话时长与每日通话数没有变化）。"
      }
    ],
    "experiments": [],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "proposedOrder",
      "encounter": "call-before",
      "explanation": "先苦后甜：坏消息和侵入性的问题放在问候之后；最好的时刻“您享有的福利”放在最后（固定的道别之前）。"
    },
    {
      "id": "q2",
      "kind": "open",
      "step": 5,
      "prompt": "按建议的顺序重排后，“先苦后甜”做到了，但“集中痛苦”和“善始善终”仍未做到。为什么？重新设计还需要改变什么？",
      "modelAnswer": "固定的道别是不愉快的（−1）：它单独成为第二段痛苦，也是最后的时刻。重排无法改变它，必须改变这个时刻本身：以肯定病人的进步道别；再给病人选择（治疗方案、下次来电时间），并由同一位护士致电。",
      "checklist": [
        "指出固定的道别（−1）是原因",
        "改变时刻本身，而不只是顺序",
        "提到给病人选择",
        "提到同一位护士、同一结构"
      ]
    }
  ]
}
"""# + "\n"),
        ("call-order.en.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "call-order",
  "language": "en",
  "title": "Reordering the follow-up call: five behavioural principles",
  "industry": "health insurance",
  "level": "advanced",
  "scenario": "A North American health insurer's nurses call chronically ill patients at regular intervals. The call before the redesign (call-before) follows a checklist: the unwelcome questions come at the end, the close is abrupt, and whichever nurse is on duty calls. The greeting and the goodbye keep their places. Moments and order as the case describes them; the feelings (−2 very unpleasant … +2 very pleasant) and minutes are illustrative.",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "A North American health insurer · nurses' follow-up calls",
    "language": "en",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "The insurer that stands by its members when they are ill"
    },
    "factors": [
      {
        "id": "nurse-calls",
        "name": "Nurses' follow-up calls",
        "description": "Nurses call chronically ill members at regular intervals",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      },
      {
        "id": "coverage",
        "name": "Coverage and benefits",
        "description": "What members are covered for, and how it is explained",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      },
      {
        "id": "relationship",
        "name": "Relationship",
        "description": "The member's tie to the nurse and to the company",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "Redesign the follow-up call on five behavioural principles",
        "factors": [
          "nurse-calls",
          "relationship"
        ],
        "targetExperience": null,
        "alignment": {
          "strategyFit": null,
          "people": "adjust",
          "process": "adjust",
          "technology": "ready",
          "decision": "pursue",
          "rationale": "No longer calls and no fewer calls a day"
        },
        "kpis": []
      }
    ],
    "encounters": [
      {
        "id": "call-before",
        "name": "Follow-up call (before)",
        "factors": [
          "nurse-calls"
        ],
        "requirements": [
          "R1"
        ],
        "repeats": true,
        "everyDays": 30,
        "samePerson": false,
        "moments": [
          {
            "id": "greeting",
            "name": "Greeting",
            "feeling": 0,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          },
          {
            "id": "details",
            "name": "Check personal details",
            "feeling": 0,
            "minutes": 1,
            "choice": false,
            "fixed": false
          },
          {
            "id": "plan",
            "name": "Explain the treatment plan",
            "feeling": 0,
            "minutes": 4,
            "choice": false,
            "fixed": false
          },
          {
            "id": "benefits",
            "name": "Benefits you have",
            "feeling": 2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "progress",
            "name": "Progress since the last call",
            "feeling": 1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "expiring",
            "name": "Benefits about to expire",
            "feeling": -2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "pain",
            "name": "Questions about pain",
            "feeling": -1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "habits",
            "name": "Questions about smoking, diet and alcohol",
            "feeling": -2,
            "minutes": 3,
            "choice": false,
            "fixed": false
          },
          {
            "id": "next-call",
            "name": "Tell the time of the next call",
            "feeling": 0,
            "minutes": 0.5,
            "choice": false,
            "fixed": false
          },
          {
            "id": "goodbye",
            "name": "Abrupt goodbye",
            "feeling": -1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          }
        ],
        "notes": "Before the redesign: checklist order, the unwelcome questions at the end, an abrupt close; whichever nurse is on duty calls. Moments and order as the case describes them; feelings and minutes are illustrative."
      },
      {
        "id": "call-after",
        "name": "Follow-up call (after)",
        "factors": [
          "nurse-calls"
        ],
        "requirements": [
          "R1"
        ],
        "repeats": true,
        "everyDays": 30,
        "samePerson": true,
        "moments": [
          {
            "id": "greeting",
            "name": "Greeting (the same nurse)",
            "feeling": 1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          },
          {
            "id": "expiring",
            "name": "Benefits about to expire",
            "feeling": -2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "pain",
            "name": "Questions about pain",
            "feeling": -1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "habits",
            "name": "Questions about smoking, diet and alcohol",
            "feeling": -2,
            "minutes": 3,
            "choice": false,
            "fixed": false
          },
          {
            "id": "options",
            "name": "Choose treatment, hospital and doctor",
            "feeling": 1,
            "minutes": 4,
            "choice": true,
            "fixed": false
          },
          {
            "id": "progress",
            "name": "Progress since the last call",
            "feeling": 1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "next-call",
            "name": "Choose the time of the next call",
            "feeling": 1,
            "minutes": 0.5,
            "choice": true,
            "fixed": false
          },
          {
            "id": "details",
            "name": "Check personal details",
            "feeling": 0,
            "minutes": 1,
            "choice": false,
            "fixed": false
          },
          {
            "id": "benefits",
            "name": "Benefits you have",
            "feeling": 2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "goodbye",
            "name": "Goodbye: progress celebrated",
            "feeling": 1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          }
        ],
        "notes": "After the redesign (the five principles): bad news and intrusive questions first and together, pleasant moments spread, the close on the benefits the member has and on progress, choices for the member, the same nurse and the same structure each time. The total length is unchanged (the case: call length and calls per day did not change)."
      }
    ],
    "experiments": [],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "proposedOrder",
      "encounter": "call-before",
      "explanation": "Get the bad over early: the bad news and the intrusive questions right after the greeting; the best moment, 'Benefits you have', last before the fixed goodbye."
    },
    {
      "id": "q2",
      "kind": "open",
      "step": 5,
      "prompt": "After the proposed reordering, 'get the bad over early' holds, but 'combine pain' and 'finish strong' still fall short. Why, and what must the redesign change besides the order?",
      "modelAnswer": "The fixed goodbye is unpleasant (−1): it is a second block of pain and the last moment. No reordering moves it; the moment itself must change: a goodbye that celebrates progress. Then give choices (treatment, time of the next call) and keep the same nurse.",
      "checklist": [
        "names the fixed goodbye (−1) as the cause",
        "changes the moment itself, not only the order",
        "mentions giving the patient choices",
        "mentions the same nurse and the same structure"
      ]
    }
  ]
}
"""# + "\n"),
        ("call-test.zh.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "call-test",
  "language": "zh",
  "title": "读懂实验：新的随访电话有效吗",
  "industry": "健康保险",
  "level": "advanced",
  "scenario": "护士随机分为试验组与对照组，各约 20 人；试验组按新设计致电（案例）。E1–E3 的差值是案例的数字（7 分、8 分、5 个百分点），病人人数、均值和标准差为示意。E4 是每位护士每天的通话数（示意：案例只说没有变化）。",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "北美某健康保险公司 · 慢性病患者的护士随访电话",
    "language": "zh",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "在病人需要时陪伴在旁的保险公司"
    },
    "factors": [
      {
        "id": "nurse-calls",
        "name": "护士随访电话",
        "description": "护士定期致电慢性病患者",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      },
      {
        "id": "coverage",
        "name": "保障与福利",
        "description": "病人享有的保障、福利及其说明",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      },
      {
        "id": "relationship",
        "name": "关系",
        "description": "病人与护士、与公司的关系",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "按五条行为原则重新设计随访电话",
        "factors": [
          "nurse-calls",
          "relationship"
        ],
        "targetExperience": null,
        "alignment": {
          "strategyFit": null,
          "people": "adjust",
          "process": "adjust",
          "technology": "ready",
          "decision": "pursue",
          "rationale": "不增加通话时长与每日通话数"
        },
        "kpis": []
      }
    ],
    "encounters": [
      {
        "id": "call-before",
        "name": "随访电话（重新设计前）",
        "factors": [
          "nurse-calls"
        ],
        "requirements": [
          "R1"
        ],
        "repeats": true,
        "everyDays": 30,
        "samePerson": false,
        "moments": [
          {
            "id": "greeting",
            "name": "问候",
            "feeling": 0,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          },
          {
            "id": "details",
            "name": "核对个人资料",
            "feeling": 0,
            "minutes": 1,
            "choice": false,
            "fixed": false
          },
          {
            "id": "plan",
            "name": "讲解治疗方案",
            "feeling": 0,
            "minutes": 4,
            "choice": false,
            "fixed": false
          },
          {
            "id": "benefits",
            "name": "您享有的福利",
            "feeling": 2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "progress",
            "name": "上次以来的进展",
            "feeling": 1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "expiring",
            "name": "即将到期的福利",
            "feeling": -2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "pain",
            "name": "询问疼痛",
            "feeling": -1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "habits",
            "name": "询问吸烟、饮食与饮酒",
            "feeling": -2,
            "minutes": 3,
            "choice": false,
            "fixed": false
          },
          {
            "id": "next-call",
            "name": "告知下次来电时间",
            "feeling": 0,
            "minutes": 0.5,
            "choice": false,
            "fixed": false
          },
          {
            "id": "goodbye",
            "name": "匆匆道别",
            "feeling": -1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          }
        ],
        "notes": "重新设计之前：按核对清单的顺序，不受欢迎的问题放在最后，匆匆结束；每次由当值的护士致电。时刻与顺序按案例的描述；感受与时长为示意。"
      },
      {
        "id": "call-after",
        "name": "随访电话（重新设计后）",
        "factors": [
          "nurse-calls"
        ],
        "requirements": [
          "R1"
        ],
        "repeats": true,
        "everyDays": 30,
        "samePerson": true,
        "moments": [
          {
            "id": "greeting",
            "name": "问候（同一位护士）",
            "feeling": 1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          },
          {
            "id": "expiring",
            "name": "即将到期的福利",
            "feeling": -2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "pain",
            "name": "询问疼痛",
            "feeling": -1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "habits",
            "name": "询问吸烟、饮食与饮酒",
            "feeling": -2,
            "minutes": 3,
            "choice": false,
            "fixed": false
          },
          {
            "id": "options",
            "name": "选择治疗方案、医院与医生",
            "feeling": 1,
            "minutes": 4,
            "choice": true,
            "fixed": false
          },
          {
            "id": "progress",
            "name": "上次以来的进展",
            "feeling": 1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "next-call",
            "name": "选择下次来电时间",
            "feeling": 1,
            "minutes": 0.5,
            "choice": true,
            "fixed": false
          },
          {
            "id": "details",
            "name": "核对个人资料",
            "feeling": 0,
            "minutes": 1,
            "choice": false,
            "fixed": false
          },
          {
            "id": "benefits",
            "name": "您享有的福利",
            "feeling": 2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "goodbye",
            "name": "道别：肯定进步",
            "feeling": 1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          }
        ],
        "notes": "重新设计之后（五条原则）：先苦后甜、集中痛苦并分散快乐、以病人确有的福利和对进步的肯定结束、给病人选择、每次同一位护士和同一结构。通话总时长不变（案例：通话时长与每日通话数没有变化）。"
      }
    ],
    "experiments": [
      {
        "id": "E1",
        "title": "重新设计的随访电话",
        "metric": "对随访电话的满意度",
        "unit": "分（0–100）",
        "better": "higher",
        "requirement": "R1",
        "encounter": "call-after",
        "test": {
          "n": 1000,
          "mean": 83,
          "sd": 14
        },
        "control": {
          "n": 980,
          "mean": 76,
          "sd": 15
        },
        "notes": "护士随机分为试验组与对照组，各约 20 人（案例）；试验组按新设计致电。差值为案例数字；病人人数、各组均值、标准差与人数为示意，按案例的差值选定。大部分改善在两周内出现（案例）。"
      },
      {
        "id": "E2",
        "title": "重新设计的随访电话",
        "metric": "对公司的满意度",
        "unit": "分（0–100）",
        "better": "higher",
        "requirement": "R1",
        "encounter": "call-after",
        "test": {
          "n": 1000,
          "mean": 79,
          "sd": 16
        },
        "control": {
          "n": 980,
          "mean": 71,
          "sd": 17
        },
        "notes": "护士随机分为试验组与对照组，各约 20 人（案例）；试验组按新设计致电。差值为案例数字；病人人数、各组均值、标准差与人数为示意，按案例的差值选定。大部分改善在两周内出现（案例）。"
      },
      {
        "id": "E3",
        "title": "重新设计的随访电话",
        "metric": "表示电话促使自己改变行为的病人",
        "unit": "%",
        "better": "higher",
        "requirement": "R1",
        "encounter": "call-after",
        "test": {
          "n": 1000,
          "successes": 550
        },
        "control": {
          "n": 980,
          "successes": 490
        },
        "notes": "护士随机分为试验组与对照组，各约 20 人（案例）；试验组按新设计致电。差值为案例数字；病人人数、各组均值、标准差与人数为示意，按案例的差值选定。大部分改善在两周内出现（案例）。"
      },
      {
        "id": "E4",
        "title": "重新设计的随访电话",
        "metric": "每位护士每天的通话数",
        "unit": "通",
        "better": "higher",
        "requirement": "R1",
        "encounter": "call-after",
        "test": {
          "n": 20,
          "mean": 41,
          "sd": 6
        },
        "control": {
          "n": 21,
          "mean": 40.2,
          "sd": 5
        },
        "notes": "示意数字：案例只说每日通话数没有变化。"
      }
    ],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "experimentDifference",
      "experiment": "E1"
    },
    {
      "id": "q2",
      "kind": "experimentSignificant",
      "experiment": "E1"
    },
    {
      "id": "q3",
      "kind": "experimentDifference",
      "experiment": "E3",
      "explanation": "比例的差值以百分点计：55% − 50% = 5 个百分点，不是 10%。"
    },
    {
      "id": "q4",
      "kind": "experimentSignificant",
      "experiment": "E3"
    },
    {
      "id": "q5",
      "kind": "experimentSignificant",
      "experiment": "E4",
      "explanation": "每组约 20 位护士，0.8 通的差值落在区间之内：与“通话数没有变化”一致——改进没有以效率为代价。"
    },
    {
      "id": "q6",
      "kind": "open",
      "step": 7,
      "prompt": "只看 E1–E4，公司能否把新设计推广到所有护士？还需要知道什么？",
      "modelAnswer": "可以：三项满意度指标都显著改善，而每日通话数没有变化（效率未受损）。还要确认：分组是否随机、效果是否持久（案例：大部分改善在两周内出现）、是否在所有护士和病人群体中都成立；推广后继续用 KPI 追踪。",
      "checklist": [
        "三项满意度的差值都显著",
        "通话数没有变化：没有以效率为代价",
        "问到随机分组与效果的持久性",
        "推广后用 KPI 继续追踪"
      ]
    }
  ]
}
"""# + "\n"),
        ("call-test.en.exercise.json", #"""
{
  "format": "cem-exercise",
  "formatVersion": 1,
  "id": "call-test",
  "language": "en",
  "title": "Reading the experiment: did the redesigned call work?",
  "industry": "health insurance",
  "level": "advanced",
  "scenario": "Nurses were split at random into a test and a control group of about 20 each; the test group called the redesigned way (the case). The differences of E1–E3 are the case's (7 points, 8 points, 5 percentage points); patient counts, means and sds are illustrative. E4 is calls per nurse per day (illustrative: the case says only that they did not change).",
  "workbook": {
    "format": "cem-workbook",
    "formatVersion": 1,
    "title": "A North American health insurer · nurses' follow-up calls",
    "language": "en",
    "cycle": 1,
    "scale": {
      "min": 0,
      "max": 10
    },
    "importanceScale": {
      "min": 0,
      "max": 10
    },
    "brand": {
      "statement": "The insurer that stands by its members when they are ill"
    },
    "factors": [
      {
        "id": "nurse-calls",
        "name": "Nurses' follow-up calls",
        "description": "Nurses call chronically ill members at regular intervals",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      },
      {
        "id": "coverage",
        "name": "Coverage and benefits",
        "description": "What members are covered for, and how it is explained",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      },
      {
        "id": "relationship",
        "name": "Relationship",
        "description": "The member's tie to the nurse and to the company",
        "brandValue": null,
        "experience": null,
        "expectation": null,
        "importance": null,
        "ideal": null,
        "notes": ""
      }
    ],
    "requirements": [
      {
        "id": "R1",
        "title": "Redesign the follow-up call on five behavioural principles",
        "factors": [
          "nurse-calls",
          "relationship"
        ],
        "targetExperience": null,
        "alignment": {
          "strategyFit": null,
          "people": "adjust",
          "process": "adjust",
          "technology": "ready",
          "decision": "pursue",
          "rationale": "No longer calls and no fewer calls a day"
        },
        "kpis": []
      }
    ],
    "encounters": [
      {
        "id": "call-before",
        "name": "Follow-up call (before)",
        "factors": [
          "nurse-calls"
        ],
        "requirements": [
          "R1"
        ],
        "repeats": true,
        "everyDays": 30,
        "samePerson": false,
        "moments": [
          {
            "id": "greeting",
            "name": "Greeting",
            "feeling": 0,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          },
          {
            "id": "details",
            "name": "Check personal details",
            "feeling": 0,
            "minutes": 1,
            "choice": false,
            "fixed": false
          },
          {
            "id": "plan",
            "name": "Explain the treatment plan",
            "feeling": 0,
            "minutes": 4,
            "choice": false,
            "fixed": false
          },
          {
            "id": "benefits",
            "name": "Benefits you have",
            "feeling": 2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "progress",
            "name": "Progress since the last call",
            "feeling": 1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "expiring",
            "name": "Benefits about to expire",
            "feeling": -2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "pain",
            "name": "Questions about pain",
            "feeling": -1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "habits",
            "name": "Questions about smoking, diet and alcohol",
            "feeling": -2,
            "minutes": 3,
            "choice": false,
            "fixed": false
          },
          {
            "id": "next-call",
            "name": "Tell the time of the next call",
            "feeling": 0,
            "minutes": 0.5,
            "choice": false,
            "fixed": false
          },
          {
            "id": "goodbye",
            "name": "Abrupt goodbye",
            "feeling": -1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          }
        ],
        "notes": "Before the redesign: checklist order, the unwelcome questions at the end, an abrupt close; whichever nurse is on duty calls. Moments and order as the case describes them; feelings and minutes are illustrative."
      },
      {
        "id": "call-after",
        "name": "Follow-up call (after)",
        "factors": [
          "nurse-calls"
        ],
        "requirements": [
          "R1"
        ],
        "repeats": true,
        "everyDays": 30,
        "samePerson": true,
        "moments": [
          {
            "id": "greeting",
            "name": "Greeting (the same nurse)",
            "feeling": 1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          },
          {
            "id": "expiring",
            "name": "Benefits about to expire",
            "feeling": -2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "pain",
            "name": "Questions about pain",
            "feeling": -1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "habits",
            "name": "Questions about smoking, diet and alcohol",
            "feeling": -2,
            "minutes": 3,
            "choice": false,
            "fixed": false
          },
          {
            "id": "options",
            "name": "Choose treatment, hospital and doctor",
            "feeling": 1,
            "minutes": 4,
            "choice": true,
            "fixed": false
          },
          {
            "id": "progress",
            "name": "Progress since the last call",
            "feeling": 1,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "next-call",
            "name": "Choose the time of the next call",
            "feeling": 1,
            "minutes": 0.5,
            "choice": true,
            "fixed": false
          },
          {
            "id": "details",
            "name": "Check personal details",
            "feeling": 0,
            "minutes": 1,
            "choice": false,
            "fixed": false
          },
          {
            "id": "benefits",
            "name": "Benefits you have",
            "feeling": 2,
            "minutes": 2,
            "choice": false,
            "fixed": false
          },
          {
            "id": "goodbye",
            "name": "Goodbye: progress celebrated",
            "feeling": 1,
            "minutes": 0.5,
            "choice": false,
            "fixed": true
          }
        ],
        "notes": "After the redesign (the five principles): bad news and intrusive questions first and together, pleasant moments spread, the close on the benefits the member has and on progress, choices for the member, the same nurse and the same structure each time. The total length is unchanged (the case: call length and calls per day did not change)."
      }
    ],
    "experiments": [
      {
        "id": "E1",
        "title": "The redesigned call",
        "metric": "satisfaction with the calls",
        "unit": "points (0–100)",
        "better": "higher",
        "requirement": "R1",
        "encounter": "call-after",
        "test": {
          "n": 1000,
          "mean": 83,
          "sd": 14
        },
        "control": {
          "n": 980,
          "mean": 76,
          "sd": 15
        },
        "notes": "Nurses split at random into a test and a control group of about 20 each (the case); the test group called the redesigned way. The differences are the case's; the numbers of patients, the group means, sds and counts are illustrative, chosen to give the case's differences. Most of the gain appeared within two weeks (the case)."
      },
      {
        "id": "E2",
        "title": "The redesigned call",
        "metric": "satisfaction with the company",
        "unit": "points (0–100)",
        "better": "higher",
        "requirement": "R1",
        "encounter": "call-after",
        "test": {
          "n": 1000,
          "mean": 79,
          "sd": 16
        },
        "control": {
          "n": 980,
          "mean": 71,
          "sd": 17
        },
        "notes": "Nurses split at random into a test and a control group of about 20 each (the case); the test group called the redesigned way. The differences are the case's; the numbers of patients, the group means, sds and counts are illustrative, chosen to give the case's differences. Most of the gain appeared within two weeks (the case)."
      },
      {
        "id": "E3",
        "title": "The redesigned call",
        "metric": "patients who say the calls motivate them to change behaviour",
        "unit": "%",
        "better": "higher",
        "requirement": "R1",
        "encounter": "call-after",
        "test": {
          "n": 1000,
          "successes": 550
        },
        "control": {
          "n": 980,
          "successes": 490
        },
        "notes": "Nurses split at random into a test and a control group of about 20 each (the case); the test group called the redesigned way. The differences are the case's; the numbers of patients, the group means, sds and counts are illustrative, chosen to give the case's differences. Most of the gain appeared within two weeks (the case)."
      },
      {
        "id": "E4",
        "title": "The redesigned call",
        "metric": "calls per nurse per day",
        "unit": "calls",
        "better": "higher",
        "requirement": "R1",
        "encounter": "call-after",
        "test": {
          "n": 20,
          "mean": 41,
          "sd": 6
        },
        "control": {
          "n": 21,
          "mean": 40.2,
          "sd": 5
        },
        "notes": "Illustrative figures: the case says only that calls per day did not change."
      }
    ],
    "history": []
  },
  "questions": [
    {
      "id": "q1",
      "kind": "experimentDifference",
      "experiment": "E1"
    },
    {
      "id": "q2",
      "kind": "experimentSignificant",
      "experiment": "E1"
    },
    {
      "id": "q3",
      "kind": "experimentDifference",
      "experiment": "E3",
      "explanation": "A difference of proportions is in percentage points: 55% − 50% = 5 points, not 10%."
    },
    {
      "id": "q4",
      "kind": "experimentSignificant",
      "experiment": "E3"
    },
    {
      "id": "q5",
      "kind": "experimentSignificant",
      "experiment": "E4",
      "explanation": "With about 20 nurses a group, a difference of 0.8 calls lies well inside the interval: consistent with 'calls per day did not change' — the gain did not cost productivity."
    },
    {
      "id": "q6",
      "kind": "open",
      "step": 7,
      "prompt": "From E1–E4 alone, should the company roll the redesign out to every nurse? What else would you want to know?",
      "modelAnswer": "Yes: all three satisfaction measures improved significantly while calls per day did not change (no cost in productivity). Still check: was the split random, does the effect last (the case: most of the gain came within two weeks), does it hold for every nurse and patient group; track it with KPIs after the roll-out.",
      "checklist": [
        "all three satisfaction differences are significant",
        "calls per day unchanged: no cost in productivity",
        "asks about random assignment and whether the effect lasts",
        "tracks the roll-out with KPIs"
      ]
    }
  ]
}
"""# + "\n"),
    ]
}

// Words people type for interactions and experiments (sub-commands and flags), English and Chinese.

extension InputWords {
    public static let momentWords = ["moment", "时刻"]
    public static let checkWords = ["check", "检查"]
    public static let orderWords = ["order", "顺序", "排序"]
    public static let applyWords = ["apply", "采用", "应用"]
    public static let recordWords = ["record", "记录", "结果"]
    public static let fixedWords = ["fixed", "固定"]
    public static let choiceWords = ["choice", "选择"]
    public static let repeatsWords = ["repeats", "repeat", "重复"]
    public static let samePersonWords = ["same", "same-person", "sameperson", "同一人"]
}

// The words of a survey scale detected from the answers: the refusal with its fixes, and the line saying it.

extension SurveyWords {
    /// The answers clearly show another scale than the workbook's, and `--rescale` was not given.
    public func detectedScaleMismatch(_ detected: Scale, seen: SurveyRange, workbook: Scale, importance: Bool) -> String {
        let d = displayScale(detected), w = displayScale(workbook), typed = surveyNumber(detected.min) + "-" + surveyNumber(detected.max)
        let low = surveyNumber(seen.low), high = surveyNumber(seen.high)
        let key = importance ? "importanceScale" : "scale", option = importance ? "--importance-scale" : "--scale"
        let wMin = CanonicalJSON.number(workbook.min), wMax = CanonicalJSON.number(workbook.max)
        return importance
            ? language.pick(
                zh: "重要性的答案都是 \(low) 到 \(high) 的整数，看来问卷的重要性量表是 \(d)（由答案推断），而工作簿的是 \(w)；"
                    + "加 --rescale 按线性换算到 \(w)，或用 cem new 文件 \(option) \(typed) 新建工作簿；若问卷确实用 \(w)，请在列映射中写明 \"\(key)\": {\"min\": \(wMin), \"max\": \(wMax)}",
                en: "the importance answers are whole numbers from \(low) to \(high): the survey looks like a \(d) scale (detected from the values), "
                    + "but the workbook's importance scale is \(w); add --rescale to map them linearly onto \(w), or start the workbook with "
                    + "cem new FILE \(option) \(typed); if the survey really is on \(w), say so in a column map: \"\(key)\": {\"min\": \(wMin), \"max\": \(wMax)}")
            : language.pick(
                zh: "答案都是 \(low) 到 \(high) 的整数，看来问卷的量表是 \(d)（由答案推断），而工作簿的是 \(w)；"
                    + "加 --rescale 按线性换算到 \(w)，或用 cem new 文件 \(option) \(typed) 新建工作簿；若问卷确实用 \(w)，请在列映射中写明 \"\(key)\": {\"min\": \(wMin), \"max\": \(wMax)}",
                en: "the answers are whole numbers from \(low) to \(high): the survey looks like a \(d) scale (detected from the values), "
                    + "but the workbook's scale is \(w); add --rescale to map them linearly onto \(w), or start the workbook with "
                    + "cem new FILE \(option) \(typed); if the survey really is on \(w), say so in a column map: \"\(key)\": {\"min\": \(wMin), \"max\": \(wMax)}")
    }

    /// The line saying which scale was detected, and from what.
    public func detectedScale(_ scale: Scale, seen: SurveyRange, importance: Bool) -> String {
        let d = displayScale(scale), low = surveyNumber(seen.low), high = surveyNumber(seen.high)
        return importance
            ? language.pick(zh: "重要性量表 \(d) 由答案推断（都是 \(low) 到 \(high) 的整数）",
                            en: "importance scale \(d) detected from the values (whole numbers from \(low) to \(high))")
            : language.pick(zh: "问卷量表 \(d) 由答案推断（都是 \(low) 到 \(high) 的整数）",
                            en: "survey scale \(d) detected from the values (whole numbers from \(low) to \(high))")
    }
}

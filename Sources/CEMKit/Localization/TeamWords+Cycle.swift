// Words of closing a cycle that the older team tables do not hold.

extension TeamWords {
    /// Closing is refused: the next cycle number would be outside the format's numeric domain.
    public func lastCycle(_ cycle: Int) -> String {
        let limit = NumericDomain.display(Double(NumericDomain.cycleLimit))
        return language.pick(
            zh: "第 \(cycle) 周期无法关闭：周期编号最大为 \(limit)，下一个周期将超出工作簿格式允许的范围；请新建一个工作簿（`cem new FILE`）继续",
            en: "cycle \(cycle) cannot be closed: cycle numbers go up to \(limit), so the next cycle would be outside the workbook format; "
                + "continue in a new workbook (`cem new FILE`)")
    }
}

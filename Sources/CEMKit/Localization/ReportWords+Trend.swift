// Report words of the trend over cycles: the section, its tables and its line chart.

extension ReportWords {
    public var trendHeading: String { language.pick(zh: "各周期趋势", en: "Trend over cycles") }
    public var trendChartTitle: String { language.pick(zh: "各周期趋势：满意度指数与 KPI", en: "Trend over cycles: satisfaction index and KPIs") }
    /// The sentence before the table of indexes.
    public var trendIndexesCaption: String {
        language.pick(zh: "每个周期的整体指数（已结束的周期按归档时的分数计算）：",
                      en: "The overall indexes of every cycle (closed cycles from their archived scores):")
    }
    /// The sentence before the table of KPIs.
    public var trendKPIsCaption: String {
        language.pick(zh: "每个 KPI 在各周期的目标与实际：", en: "Each KPI's target and actual in every cycle:")
    }
    public var trendNoKPI: String { language.pick(zh: "没有任何周期设有 KPI。", en: "No cycle has a KPI.") }
    public var closedOnHeader: String { language.pick(zh: "结束日期", en: "Closed on") }
    /// A cycle's short name on an axis or in a table: `3`, and `4 (current)` for the cycle under way.
    public func cycleShortName(_ cycle: Int, current: Bool) -> String {
        current ? language.pick(zh: "\(cycle)（当前）", en: "\(cycle) (current)") : String(cycle)
    }
    public var keyExperienceHeader: String { language.pick(zh: "关键体验", en: "Key experience") }
    /// `cem chart trend` or the trend section on a workbook without history.
    public func noClosedCycleForTrend(_ file: String) -> String {
        language.pick(zh: "\(file)：还没有已结束的周期，无法画出趋势。请先用 `cem cycle close \(file)` 结束一个周期。",
                      en: "\(file): no closed cycle yet, so there is no trend to draw. Close one first with `cem cycle close \(file)`.")
    }
    /// Under a KPI's panel: which way is better.
    public func betterWay(_ better: Better) -> String {
        better == .higher ? language.pick(zh: "越高越好 ↑", en: "higher is better ↑")
                          : language.pick(zh: "越低越好 ↓", en: "lower is better ↓")
    }
    /// Under the trend chart: points missing in a cycle.
    public var trendGapsNote: String {
        language.pick(zh: "某周期缺少数值时，该点不画，线在此断开。",
                      en: "Where a cycle has no figure the point is left out and the line breaks there.")
    }
}

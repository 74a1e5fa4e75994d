// Report words a consultant meets in passing: the unit an experiment's interval is read in.

extension ReportWords {
    /// After an experiment's interval: percentage points for proportions (`short`: " pp", as the table's
    /// difference column), otherwise the experiment's own unit, if any.
    public func intervalUnit(_ x: Experiment, proportions: Bool, short: Bool = false) -> String {
        if proportions { return short ? percentagePoints : language.pick(zh: " 个百分点", en: " percentage points") }
        return x.unit.isEmpty ? "" : " " + x.unit
    }
}

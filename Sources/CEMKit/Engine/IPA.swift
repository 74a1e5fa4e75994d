// Importance–performance analysis (Martilla & James), extending step 3:
// x = experience (performance), y = importance; a value equal to its cut line counts as high.

public enum Quadrant: String, Sendable, CaseIterable, Equatable {
    /// High importance, low performance.
    case concentrateHere = "concentrate-here"
    /// High importance, high performance.
    case keepUpTheGoodWork = "keep-up-the-good-work"
    /// Low importance, low performance.
    case lowPriority = "low-priority"
    /// Low importance, high performance.
    case possibleOverkill = "possible-overkill"
}

/// Where the IPA cut lines are drawn.
public enum IPACutMethod: Equatable, Sendable {
    /// The means over the factors that have both experience and importance (the default).
    case mean
    /// The medians over those factors.
    case median
    /// The midpoints of the scales (experience on `scale`, importance on `importanceScale`).
    case midpoint
    /// Values the user gives.
    case values(experience: Double, importance: Double)

    public var name: String {
        switch self {
        case .mean: return "mean"
        case .median: return "median"
        case .midpoint: return "midpoint"
        case .values: return "values"
        }
    }
}

public struct IPA: Equatable, Sendable {
    public var method: IPACutMethod
    /// The cut line on experience (x); nil when no factor has both figures.
    public var experienceCut: Double?
    /// The cut line on importance (y).
    public var importanceCut: Double?

    public init(workbook: Workbook, method: IPACutMethod) {
        self.method = method
        let points = workbook.factors.compactMap { f -> (x: Double, y: Double)? in
            guard let x = f.experience, let y = f.importance else { return nil }
            return (x, y)
        }
        switch method {
        case .mean:
            experienceCut = IPA.mean(points.map(\.x))
            importanceCut = IPA.mean(points.map(\.y))
        case .median:
            experienceCut = IPA.median(points.map(\.x))
            importanceCut = IPA.median(points.map(\.y))
        case .midpoint:
            // Halves first: (min + max) / 2 overflows for a scale near the largest number.
            experienceCut = roundFigure(workbook.scale.min / 2 + workbook.scale.max / 2)
            importanceCut = roundFigure(workbook.importanceScale.min / 2 + workbook.importanceScale.max / 2)
        case .values(let x, let y):
            experienceCut = x
            importanceCut = y
        }
    }

    public func quadrant(experience: Double?, importance: Double?) -> Quadrant? {
        guard let x = experience, let y = importance, let xCut = experienceCut, let yCut = importanceCut else { return nil }
        switch (y >= yCut, x >= xCut) {
        case (true, false): return .concentrateHere
        case (true, true): return .keepUpTheGoodWork
        case (false, false): return .lowPriority
        case (false, true): return .possibleOverkill
        }
    }

    static func mean(_ values: [Double]) -> Double? { CEMKit.mean(values) }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return roundFigure(sorted.count % 2 == 1 ? sorted[mid] : sorted[mid - 1] / 2 + sorted[mid] / 2)
    }
}

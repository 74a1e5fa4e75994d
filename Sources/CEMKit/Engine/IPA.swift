// Importance–performance analysis (Martilla & James), extending step 3:
// x = experience (performance), y = importance; a value equal to its cut line counts as high.
// The gap-based variant puts satisfaction (experience − expectation) across, cut at 0 (meets expectation).

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

/// What the quadrant chart puts across: experience (performance, the classic IPA) or satisfaction
/// (experience − expectation, the gap-based variant).
public enum IPAVariant: String, Equatable, Sendable, CaseIterable {
    case experience, satisfaction
}

public struct IPA: Equatable, Sendable {
    public var method: IPACutMethod
    public var variant: IPAVariant
    /// The cut line on experience (x of the classic variant); nil when no factor has both figures.
    public var experienceCut: Double?
    /// The cut line on importance (y).
    public var importanceCut: Double?
    /// The cut line on satisfaction (x of the gap-based variant): 0, "meets expectation", or the X of
    /// `--cuts X,Y`; nil when no factor has experience and importance.
    public var satisfactionCut: Double?

    /// The cut line on the x axis of the variant.
    public var xCut: Double? { variant == .experience ? experienceCut : satisfactionCut }

    public init(workbook: Workbook, method: IPACutMethod, variant: IPAVariant = .experience) {
        self.method = method
        self.variant = variant
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
        // Satisfaction has its own rule: a factor is high when it meets what customers expect.
        if case .values(let x, _) = method { satisfactionCut = x } else { satisfactionCut = experienceCut == nil ? nil : 0 }
    }

    /// The quadrant of a factor in this variant: x is its experience or its satisfaction.
    public func quadrant(of factor: FactorAnalysis) -> Quadrant? {
        switch variant {
        case .experience: return quadrant(experience: factor.experience, importance: factor.importance)
        case .satisfaction: return quadrant(x: factor.satisfaction, xCut: satisfactionCut, importance: factor.importance)
        }
    }

    /// The value a factor has on the x axis of the variant.
    public func x(of factor: FactorAnalysis) -> Double? {
        variant == .experience ? factor.experience : factor.satisfaction
    }

    public func quadrant(experience: Double?, importance: Double?) -> Quadrant? {
        quadrant(x: experience, xCut: experienceCut, importance: importance)
    }

    func quadrant(x: Double?, xCut: Double?, importance: Double?) -> Quadrant? {
        guard let x, let y = importance, let xCut, let yCut = importanceCut else { return nil }
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

extension Analysis {
    /// The analysis with the quadrants of an IPA variant: `.satisfaction` places satisfaction against
    /// importance (cut at 0) instead of experience.
    public init(_ workbook: Workbook, cuts: IPACutMethod = .mean, quadrant variant: IPAVariant) {
        self.init(workbook, cuts: cuts)
        guard variant != .experience else { return }
        ipa = IPA(workbook: workbook, method: cuts, variant: variant)
        for i in factors.indices { factors[i].quadrant = ipa.quadrant(of: factors[i]) }
    }
}

// The check of an interaction against five behavioural principles (after Chase and Dasu), with the
// measures it rests on. Pure: an `Encounter` in, verdicts with reasons that name moments out.

/// The five principles of redesigning an interaction, in the order the method gives them.
public enum Principle: String, Sendable, CaseIterable, Equatable {
    /// 先苦后甜: unwelcome moments come at the start.
    case badEarly
    /// 分散快乐，集中痛苦: unpleasant moments in one block, pleasant ones spread.
    case combinePain
    /// 善始善终，完美谢幕: the last moment is pleasant.
    case finishStrong
    /// 给客户更多选择: the customer chooses among options somewhere.
    case giveChoice
    /// 让客户随自己的习惯: a repeating interaction with the same person and the same structure.
    case habits
}

public enum Verdict: String, Sendable, Equatable {
    case holds, fallsShort, cannotTell
}

/// A moment as a reason names it: its name, feeling and 1-based position.
public struct MomentRef: Equatable, Sendable {
    public var id: String
    public var name: String
    public var feeling: Int?
    public var position: Int
    /// The moment keeps its position when the interaction is reordered.
    public var fixed: Bool

    public init(_ moment: Moment, position: Int) {
        id = moment.id
        name = moment.name
        feeling = moment.feeling
        self.position = position
        fixed = moment.fixed
    }
}

/// Why a principle holds, falls short or cannot be told, pointing at moments.
public enum PrincipleReason: Equatable, Sendable {
    case noMoments
    case missingFeeling([MomentRef])
    case noPain
    /// The unpleasant moments sit at `centre` (a share of the interaction); `last` is the last of them.
    case painEarly(centre: Double, last: MomentRef)
    case painLate(centre: Double, last: MomentRef)
    case painTogether(blocks: Int, pleasureBlocks: Int)
    case painSplit([[MomentRef]])
    /// Every pleasant moment sits in one block although neutral moments could separate them.
    case pleasureLumped([MomentRef])
    case endsPleasant(MomentRef)
    /// The last moment is not pleasant; `better` is the best pleasant moment that could end it.
    case endsFlat(last: MomentRef, better: MomentRef?)
    case choices([MomentRef])
    case noChoice
    case once
    case samePersonUnknown
    case differentPerson
    case noFixedStructure
    case ritual(everyDays: Double?, fixed: [MomentRef])
}

public struct PrincipleCheck: Equatable, Sendable {
    public var principle: Principle
    public var verdict: Verdict
    public var reason: PrincipleReason
}

/// The simple measures of an interaction's moments.
public struct EncounterMeasures: Equatable, Sendable {
    /// Where the pain sits: the centre of mass of the unpleasant moments, each weighted by how unpleasant
    /// it is, moment k of n standing at (k − ½)/n; 0 is the very start, 1 the very end. Nil without pain
    /// or while a feeling is missing.
    public var painCentre: Double?
    /// Separate runs of consecutive unpleasant moments, and of consecutive pleasant ones.
    public var painBlocks: Int
    public var pleasureBlocks: Int
    /// The last moment, and the most pleasant one (the first of equals).
    public var end: MomentRef?
    public var peak: MomentRef?
    public var choices: Int
    /// Total minutes, when every moment has a duration.
    public var minutes: Double?
}

/// The check of one interaction: measures and one verdict per principle, in `Principle.allCases` order.
public struct EncounterCheck: Equatable, Sendable {
    public var measures: EncounterMeasures
    public var principles: [PrincipleCheck]

    public subscript(_ principle: Principle) -> PrincipleCheck { principles.first { $0.principle == principle }! }

    public init(_ encounter: Encounter) {
        let refs = encounter.moments.enumerated().map { MomentRef($0.element, position: $0.offset + 1) }
        let complete = refs.allSatisfy { $0.feeling != nil }
        let pain = refs.filter { ($0.feeling ?? 0) < 0 }
        let pleasure = refs.filter { ($0.feeling ?? 0) > 0 }
        let painRuns = Self.runs(refs) { ($0.feeling ?? 0) < 0 }
        let pleasureRuns = Self.runs(refs) { ($0.feeling ?? 0) > 0 }
        var m = EncounterMeasures(painCentre: nil, painBlocks: painRuns.count, pleasureBlocks: pleasureRuns.count,
                                  end: refs.last, peak: nil, choices: encounter.moments.filter(\.choice).count, minutes: nil)
        if complete, !pain.isEmpty {
            let n = Double(refs.count)
            let weight = pain.reduce(0.0) { $0 + Double(-$1.feeling!) }
            let moment = pain.reduce(0.0) { $0 + Double(-$1.feeling!) * (Double($1.position) - 0.5) / n }
            m.painCentre = roundFigure(moment / weight)
        }
        if let best = refs.compactMap(\.feeling).max() { m.peak = refs.first { $0.feeling == best } }
        if !encounter.moments.isEmpty, encounter.moments.allSatisfy({ $0.minutes != nil }) {
            m.minutes = roundFigure(encounter.moments.reduce(0) { $0 + $1.minutes! })
        }
        measures = m

        var checks: [PrincipleCheck] = []
        func add(_ p: Principle, _ v: Verdict, _ r: PrincipleReason) { checks.append(PrincipleCheck(principle: p, verdict: v, reason: r)) }
        let feelingBlocked: PrincipleReason? = refs.isEmpty ? .noMoments
            : complete ? nil : .missingFeeling(refs.filter { $0.feeling == nil })
        if let blocked = feelingBlocked {
            for p in [Principle.badEarly, .combinePain, .finishStrong] { add(p, .cannotTell, blocked) }
        } else {
            // 1. Get the bad over early.
            if let centre = m.painCentre, let last = pain.last {
                centre <= 0.5 ? add(.badEarly, .holds, .painEarly(centre: centre, last: last))
                    : add(.badEarly, .fallsShort, .painLate(centre: centre, last: last))
            } else {
                add(.badEarly, .holds, .noPain)
            }
            // 2. Combine pain, segment pleasure (spreading needs a neutral moment to separate pleasant ones).
            let neutral = refs.contains { $0.feeling == 0 }
            if painRuns.count > 1 {
                add(.combinePain, .fallsShort, .painSplit(painRuns))
            } else if pleasure.count >= 2, neutral, pleasureRuns.count == 1 {
                add(.combinePain, .fallsShort, .pleasureLumped(pleasureRuns[0]))
            } else {
                add(.combinePain, .holds, .painTogether(blocks: painRuns.count, pleasureBlocks: pleasureRuns.count))
            }
            // 3. Finish strong.
            let last = refs.last!
            if (last.feeling ?? 0) > 0 {
                add(.finishStrong, .holds, .endsPleasant(last))
            } else {
                // The most pleasant movable moment (the last of equals) could end it.
                var best: MomentRef?
                for ref in pleasure where !ref.fixed && (ref.feeling ?? 0) >= (best?.feeling ?? 1) { best = ref }
                add(.finishStrong, .fallsShort, .endsFlat(last: last, better: best))
            }
        }
        // 4. Give choice.
        let choosing = refs.filter { i in encounter.moments[i.position - 1].choice }
        if refs.isEmpty {
            add(.giveChoice, .cannotTell, .noMoments)
        } else {
            choosing.isEmpty ? add(.giveChoice, .fallsShort, .noChoice) : add(.giveChoice, .holds, .choices(choosing))
        }
        // 5. Habits and rituals: repeats, with the same person and a fixed structure.
        let fixed = refs.filter(\.fixed)
        if !encounter.repeats {
            add(.habits, .cannotTell, .once)
        } else if encounter.samePerson == false {
            add(.habits, .fallsShort, .differentPerson)
        } else if encounter.samePerson == nil {
            add(.habits, .cannotTell, .samePersonUnknown)
        } else if fixed.isEmpty {
            add(.habits, .fallsShort, .noFixedStructure)
        } else {
            add(.habits, .holds, .ritual(everyDays: encounter.everyDays, fixed: fixed))
        }
        principles = checks
    }

    /// Maximal runs of consecutive moments that satisfy `test`.
    static func runs(_ refs: [MomentRef], _ test: (MomentRef) -> Bool) -> [[MomentRef]] {
        var result: [[MomentRef]] = []
        var current: [MomentRef] = []
        for ref in refs {
            if test(ref) { current.append(ref) } else if !current.isEmpty { result.append(current); current = [] }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}

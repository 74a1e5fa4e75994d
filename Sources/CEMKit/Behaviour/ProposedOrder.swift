// The order of an interaction's movable moments that follows principles 1–3 best, fixed moments kept in place.

/// The proposed order of an interaction's moments.
///
/// The rule (deterministic): fixed moments keep their positions; the other positions ("free slots") are
/// filled, in order, by
/// 1. the unpleasant moments, in their current relative order (pain first and together);
/// 2. the neutral and pleasant moments, with the most pleasant moment (the last of equals) in the last
///    free slot, and the other pleasant moments spread evenly between the neutral ones (pleasure
///    segmented): of r remaining slots and p pleasant moments, the k-th pleasant moment takes slot
///    ⌊k(r+1)/(p+1)⌋ − 1, the neutral moments fill the rest in their current order.
/// Nil while a moment has no feeling (nothing can be proposed without it).
public struct ProposedOrder: Equatable, Sendable {
    /// The moment ids in the proposed order.
    public var ids: [String]
    /// True when the proposal is the current order.
    public var unchanged: Bool

    public init?(_ encounter: Encounter) {
        let moments = encounter.moments
        guard moments.allSatisfy({ $0.feeling != nil }) else { return nil }
        let free = moments.indices.filter { !moments[$0].fixed }
        let movable = free.map { moments[$0] }
        let pain = movable.filter { $0.feeling! < 0 }
        let neutral = movable.filter { $0.feeling! == 0 }
        var pleasant = movable.filter { $0.feeling! > 0 }
        var tail: [Moment] = []
        var best: Int?
        for i in pleasant.indices where pleasant[i].feeling! >= (best.map { pleasant[$0].feeling! } ?? 1) { best = i }
        if let best { tail = [pleasant.remove(at: best)] }
        // The r slots between the pain and the best moment: pleasant ones spread, neutral ones around them.
        let r = neutral.count + pleasant.count
        var middle = [Moment?](repeating: nil, count: r)
        for (k, moment) in pleasant.enumerated() {
            middle[(k + 1) * (r + 1) / (pleasant.count + 1) - 1] = moment
        }
        var rest = neutral.makeIterator()
        let filled = middle.map { $0 ?? rest.next()! }
        let order = pain + filled + tail
        var result = moments
        for (slot, moment) in zip(free, order) { result[slot] = moment }
        ids = result.map(\.id)
        unchanged = ids == moments.map(\.id)
    }

    /// The interaction with its moments in this order.
    public func applied(to encounter: Encounter) -> Encounter {
        var copy = encounter
        copy.moments = ids.compactMap { id in encounter.moments.first { $0.id == id } }
        return copy
    }
}

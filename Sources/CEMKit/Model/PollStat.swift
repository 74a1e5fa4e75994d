// A workshop poll behind one score: the participants' scores summarised (written by the session's `poll`).

/// The basis of a score polled in the room: how many scored, their mean (the score itself), the
/// sample standard deviation, and the lowest and highest score given.
public struct PollStat: Equatable, Sendable {
    public var n: Int
    public var mean: Double?
    public var sd: Double?
    public var min: Double?
    public var max: Double?

    public init(n: Int, mean: Double?, sd: Double?, min: Double?, max: Double?) {
        self.n = n
        self.mean = mean
        self.sd = sd
        self.min = min
        self.max = max
    }

    /// The statistics of participants' scores: mean and sd rounded to 9 decimals; nil for no score.
    public init?(scores: [Double]) {
        guard !scores.isEmpty else { return nil }
        var moments = Moments()
        scores.forEach { moments.add($0) }
        let stat = moments.stat()
        self.init(n: scores.count, mean: stat.mean, sd: stat.sd, min: scores.min(), max: scores.max())
    }
}

extension Factor {
    /// The poll behind one score, if the room polled it.
    public func pollStat(_ measure: ScoreField) -> PollStat? {
        poll.first { $0.measure == measure }?.stat
    }
}

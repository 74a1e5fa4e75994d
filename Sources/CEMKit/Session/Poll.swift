// Scores from everyone in the room: `poll FACTOR FIELD` takes several participants' scores on one line
// and stores their mean as the score, with n, sd, min and max as the workshop's basis for it;
// `poll FIELD` walks every factor in turn.

/// Why a line of participants' scores is refused; `position` counts the scores from 1.
public enum PollRefusal: Equatable, Sendable, Error {
    case notANumber(position: Int, text: String)
    case outOfScale(position: Int, value: Double, scale: Scale)
    case tooFew(count: Int)
}

public enum PollScores {
    /// The characters between two scores: white space, commas, semicolons and the enumeration comma
    /// `、` (full-width `，` and `；` are made ASCII by `Input.normalize` first). A comma here always
    /// separates: `7,5` is two scores.
    static let separators: Set<Character> = [" ", "\t", ",", ";", "、"]

    /// The scores typed on one line (`7 8 6 9 5`, `７，８、６；9 5`, `6．5 7`), each inside `scale`, at least two.
    public static func parse(_ line: String, scale: Scale) -> Result<[Double], PollRefusal> {
        let tokens = Input.normalize(line).split(whereSeparator: separators.contains).map(String.init)
        var scores: [Double] = []
        for (i, token) in tokens.enumerated() {
            guard let value = Input.number(token) else { return .failure(.notANumber(position: i + 1, text: token)) }
            guard scale.contains(value) else { return .failure(.outOfScale(position: i + 1, value: value, scale: scale)) }
            scores.append(value)
        }
        guard scores.count >= 2 else { return .failure(.tooFew(count: scores.count)) }
        return .success(scores)
    }
}

/// A score polled with participants disagreeing: the spread is above the threshold of its scale.
public struct PollDisagreement: Equatable, Sendable {
    public var factor: String
    public var measure: ScoreField
    public var stat: PollStat
    public var threshold: Double
}

public enum PollBasis {
    /// The sd above which a poll counts as disagreement: 2 on a 0–10 scale, in proportion on others.
    public static func threshold(_ scale: Scale) -> Double { 2 * (scale.max - scale.min) / 10 }

    /// True when the participants' spread on this score is above the threshold of its scale.
    public static func disagrees(_ stat: PollStat, scale: Scale) -> Bool {
        guard let sd = stat.sd else { return false }
        return sd > threshold(scale)
    }

    /// Every polled score on which the participants disagree, in factor order then the method's order of
    /// scores (for the session, the reports and the minutes).
    public static func disagreements(in workbook: Workbook) -> [PollDisagreement] {
        workbook.factors.flatMap { f in
            ScoreField.allCases.compactMap { field -> PollDisagreement? in
                guard let stat = f.pollStat(field), disagrees(stat, scale: workbook.scale(for: field)) else { return nil }
                return PollDisagreement(factor: f.id, measure: field, stat: stat, threshold: threshold(workbook.scale(for: field)))
            }
        }
    }
}

/// Where a `poll` stands: the score polled, the factors to poll and the one asked now.
struct PollWalk: Equatable, Sendable {
    var field: ScoreField
    var factors: [String]
    var index: Int
}

extension Session {
    /// `poll FACTOR FIELD [SCORES…]` or `poll FIELD`.
    mutating func poll(_ arguments: [String], disk: [UInt8]?) {
        let usage = "poll FACTOR FIELD [SCORES] | poll FIELD"
        guard let first = arguments.first else { return refuse(t.usage(usage, t.pollExample)) }
        if arguments.count == 1 {
            guard let field = scoreField(named: first) else {
                if case .success = Answer.factor(first, in: workbook) { return refuse(t.usage(usage, t.pollExample)) }
                return refuse(t.refusal(.unknownField(first, allowed: ScoreField.allCases.map(\.rawValue)), strings: r))
            }
            guard !workbook.factors.isEmpty else { return refuse(t.usage(usage, t.pollExample)) }
            let walk = PollWalk(field: field, factors: workbook.factors.map(\.id), index: 0)
            out.append(t.pollWalkStarted(r.scoreName(field), factors: walk.factors.count))
            pending = .poll(walk)
            return
        }
        let a = joiningFactorName(arguments)
        let id: String
        switch Answer.factor(a[0], in: workbook) {
        case .success(let found): id = found
        case .failure(let refusal): return refuse(t.refusal(unknownFactor(a, refusal), strings: r))
        }
        guard a.count >= 2 else { return refuse(t.usage(usage, t.pollExample)) }
        guard let field = scoreField(named: a[1]) else {
            return refuse(t.refusal(.unknownField(a[1], allowed: ScoreField.allCases.map(\.rawValue)), strings: r))
        }
        let walk = PollWalk(field: field, factors: [id], index: 0)
        if a.count == 2 {
            pending = .poll(walk)
            return
        }
        storePoll(a.dropFirst(2).joined(separator: " "), walk: walk, disk: disk)
    }

    func pollPrompt(_ walk: PollWalk) -> String {
        let name = workbook.factor(id: walk.factors[walk.index])?.name.inert ?? walk.factors[walk.index]
        let scale = workbook.scale(for: walk.field)
        return t.pollPrompt(name, r.scoreName(walk.field), scale: displayNumber(scale.min) + "–" + displayNumber(scale.max),
                            of: walk.factors.count > 1 ? (walk.index + 1, walk.factors.count) : nil)
    }

    mutating func resolvePoll(_ raw: String, walk: PollWalk, disk: [UInt8]?) {
        let word = Input.normalize(raw).lowercased()
        var next = walk
        next.index += 1
        if word.isEmpty || InputWords.skipWords.contains(word) {
            // Enter skips this factor (or cancels a poll of one score).
            return continuePoll(next)
        }
        if InputWords.pollStopWords.contains(word) {
            pending = nil
            return out.append(t.pollStopped)
        }
        if InputWords.pollBackWords.contains(word) {
            guard walk.index > 0 else { return refuse(t.pollAtFirst) }
            var back = walk
            back.index -= 1
            pending = .poll(back)
            return
        }
        pending = nil
        let tokens = tokenize(raw)
        if let first = tokens.first, Input.number(first) == nil, let command = SessionCommands.find(first) {
            // A command (undo, show 2, help, …) runs, and the poll goes on at the same factor.
            command.run(&self, Array(tokens.dropFirst()), disk)
            if pending == nil && !finished { pending = .poll(walk) }
            return
        }
        if !storePoll(raw, walk: walk, disk: disk) {
            // A refused line asks the same factor again.
            pending = .poll(walk)
        } else if pending == nil {
            continuePoll(next)
        }
    }

    private mutating func continuePoll(_ walk: PollWalk) {
        if walk.index < walk.factors.count {
            pending = .poll(walk)
        } else {
            pending = nil
            if walk.factors.count > 1 { out.append(t.pollWalkDone(r.scoreName(walk.field))) }
        }
    }

    /// Reads the scores for the factor the walk stands at and commits the mean with its basis.
    @discardableResult
    mutating func storePoll(_ line: String, walk: PollWalk, disk: [UInt8]?) -> Bool {
        let id = walk.factors[walk.index]
        // A factor removed since the walk began is passed over.
        guard let i = workbook.factors.firstIndex(where: { $0.id == id }) else { return true }
        let scale = workbook.scale(for: walk.field)
        let scores: [Double]
        switch PollScores.parse(line, scale: scale) {
        case .success(let parsed): scores = parsed
        case .failure(let refusal):
            refuse(t.pollRefusal(refusal))
            return false
        }
        guard let stat = PollStat(scores: scores) else { return false }
        var w = workbook
        w.factors[i][score: walk.field] = stat.mean
        w.factors[i].poll.removeAll { $0.measure == walk.field }
        w.factors[i].poll.append((walk.field, stat))
        let subject = "\(w.factors[i].name.inert) · \(r.scoreName(walk.field))"
        commit(w, t.pollStored(subject, n: stat.n, mean: displayNumber(stat.mean), sd: displayNumber(stat.sd),
                               range: displayNumber(stat.min) + "–" + displayNumber(stat.max)),
               kind: .edit, disk: disk, question: .score(factor: id, walk.field))
        if PollBasis.disagrees(stat, scale: scale) {
            out.append(t.pollDisagree(sd: displayNumber(stat.sd), range: displayNumber(stat.min) + "–" + displayNumber(stat.max)))
        }
        return true
    }

    /// A score changed by other means than its poll (set, an answer, …) no longer rests on the poll:
    /// its basis is dropped, and the session says so.
    mutating func droppingStalePolls(_ changed: Workbook) -> Workbook {
        var w = changed
        for i in w.factors.indices {
            let stale = w.factors[i].poll.filter { $0.stat.mean != w.factors[i][score: $0.measure] }
            guard !stale.isEmpty else { continue }
            w.factors[i].poll.removeAll { entry in stale.contains { $0.measure == entry.measure } }
            for entry in stale {
                out.append(t.pollDropped("\(w.factors[i].name.inert) · \(r.scoreName(entry.measure))"))
            }
        }
        return w
    }
}

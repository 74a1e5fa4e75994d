// Reading interactions (`encounters`) and experiments: shapes, links to factors, requirements and
// interactions with "did you mean", feelings inside −2…+2, and the two shapes of an experiment group.

/// What can be wrong with an interaction or an experiment beyond the shapes every key shares.
public enum BehaviourProblem: Equatable, Sendable {
    /// A feeling that is not a whole number from −2 to +2.
    case feeling(Double)
    case unknownRequirement(String, suggestion: String?)
    case unknownEncounter(String, suggestion: String?)
    /// An exercise question names an experiment the workbook does not have.
    case unknownExperiment(String, suggestion: String?)
    /// The same requirement listed twice in one interaction.
    case duplicateRequirementLink(String)
    /// A group with both `mean` and `successes`, or with neither.
    case groupShape(both: Bool)
    /// A group with `sd` but no `mean`.
    case spreadWithoutMean
    case successesOverN(successes: Int, n: Int)
    /// The test group and the control group are of different shapes (a mean and a proportion).
    case groupsDiffer
}

extension WorkbookDecoder {
    /// `encounters` and `experiments`, after factors and requirements (their links are checked against those).
    mutating func decodeEncountersAndExperiments(_ m: KnownMembers, into workbook: inout Workbook) {
        let factorIDs = FactorIDs(workbook.factors)
        let requirementIDs = workbook.requirements.map(\.id)
        var seen: [String: Int] = [:]
        workbook.encounters = array(m["encounters"], "encounters").enumerated().compactMap { i, node in
            decodeEncounter(node, "encounters[\(i)]", factorIDs: factorIDs, requirementIDs: requirementIDs, seen: &seen)
        }
        let encounterIDs = workbook.encounters.map(\.id)
        var seenExperiments: [String: Int] = [:]
        workbook.experiments = array(m["experiments"], "experiments").enumerated().compactMap { i, node in
            decodeExperiment(node, "experiments[\(i)]", requirementIDs: requirementIDs, encounterIDs: encounterIDs,
                             seen: &seenExperiments)
        }
    }

    private mutating func flag(_ node: JSONNode?, _ path: String) -> Bool? {
        guard let node else { return nil }
        switch node.value {
        case .null: return nil
        case .bool(let value): return value
        default:
            report(.wrongType(expected: "boolean", found: node.value.typeName), node, path)
            return nil
        }
    }

    private mutating func decodeEncounter(_ node: JSONNode, _ path: String, factorIDs: FactorIDs, requirementIDs: [String],
                                          seen: inout [String: Int]) -> Encounter? {
        guard let m = members(node, path, known: WorkbookKeys.encounter, required: WorkbookKeys.encounterRequired) else { return nil }
        let id = string(m["id"], join(path, "id"))
        checkID(id, m["id"], join(path, "id"), kind: .encounter, seen: &seen)
        var encounter = Encounter(id: id ?? "", name: string(m["name"], join(path, "name")) ?? "")
        var seenFactors = Set<String>()
        for (i, element) in array(m["factors"], join(path, "factors")).enumerated() {
            let elementPath = "\(join(path, "factors"))[\(i)]"
            guard let factorID = string(element, elementPath) else { continue }
            if !factorIDs.set.contains(factorID) {
                report(.unknownFactor(factorID, suggestion: suggest(factorID, in: factorIDs.list)), element, elementPath)
            } else if !seenFactors.insert(factorID).inserted {
                report(.duplicateFactorLink(factorID), element, elementPath)
            }
            encounter.factors.append(factorID)
        }
        var seenRequirements = Set<String>()
        for (i, element) in array(m["requirements"], join(path, "requirements")).enumerated() {
            let elementPath = "\(join(path, "requirements"))[\(i)]"
            guard let requirementID = string(element, elementPath) else { continue }
            if !requirementIDs.contains(requirementID) {
                report(.behaviour(.unknownRequirement(requirementID, suggestion: suggest(requirementID, in: requirementIDs))),
                       element, elementPath)
            } else if !seenRequirements.insert(requirementID).inserted {
                report(.behaviour(.duplicateRequirementLink(requirementID)), element, elementPath)
            }
            encounter.requirements.append(requirementID)
        }
        encounter.repeats = flag(m["repeats"], join(path, "repeats")) ?? false
        encounter.everyDays = bounded(m["everyDays"], join(path, "everyDays"), .duration)
        encounter.samePerson = flag(m["samePerson"], join(path, "samePerson"))
        var momentIDs: [String: Int] = [:]
        encounter.moments = array(m["moments"], join(path, "moments")).enumerated().compactMap { i, element in
            decodeMoment(element, "\(join(path, "moments"))[\(i)]", seen: &momentIDs)
        }
        encounter.notes = string(m["notes"], join(path, "notes")) ?? ""
        return encounter
    }

    private mutating func decodeMoment(_ node: JSONNode, _ path: String, seen: inout [String: Int]) -> Moment? {
        guard let m = members(node, path, known: WorkbookKeys.moment, required: WorkbookKeys.momentRequired) else { return nil }
        let id = string(m["id"], join(path, "id"))
        checkID(id, m["id"], join(path, "id"), kind: .moment, seen: &seen)
        var moment = Moment(id: id ?? "", name: string(m["name"], join(path, "name")) ?? "")
        if let feelingNode = m["feeling"], let value = optionalNumber(feelingNode, join(path, "feeling")) ?? nil {
            if value == value.rounded(), Double(Feeling.range.lowerBound)...Double(Feeling.range.upperBound) ~= value {
                moment.feeling = Int(value)
            } else {
                report(.behaviour(.feeling(value)), feelingNode, join(path, "feeling"))
            }
        }
        moment.minutes = bounded(m["minutes"], join(path, "minutes"), .duration)
        moment.choice = flag(m["choice"], join(path, "choice")) ?? false
        moment.fixed = flag(m["fixed"], join(path, "fixed")) ?? false
        return moment
    }

    private mutating func decodeExperiment(_ node: JSONNode, _ path: String, requirementIDs: [String], encounterIDs: [String],
                                           seen: inout [String: Int]) -> Experiment? {
        guard let m = members(node, path, known: WorkbookKeys.experiment, required: WorkbookKeys.experimentRequired) else { return nil }
        let id = string(m["id"], join(path, "id"))
        checkID(id, m["id"], join(path, "id"), kind: .experiment, seen: &seen)
        var experiment = Experiment(id: id ?? "", metric: string(m["metric"], join(path, "metric")) ?? "")
        experiment.title = string(m["title"], join(path, "title")) ?? ""
        experiment.unit = string(m["unit"], join(path, "unit")) ?? ""
        experiment.better = choice(m["better"], join(path, "better"), as: Better.self) ?? .higher
        if let linkNode = m["requirement"], let link = optionalString(linkNode, join(path, "requirement")) ?? nil {
            if !requirementIDs.contains(link) {
                report(.behaviour(.unknownRequirement(link, suggestion: suggest(link, in: requirementIDs))), linkNode, join(path, "requirement"))
            }
            experiment.requirement = link
        }
        if let linkNode = m["encounter"], let link = optionalString(linkNode, join(path, "encounter")) ?? nil {
            if !encounterIDs.contains(link) {
                report(.behaviour(.unknownEncounter(link, suggestion: suggest(link, in: encounterIDs))), linkNode, join(path, "encounter"))
            }
            experiment.encounter = link
        }
        experiment.test = group(m["test"], join(path, "test"))
        experiment.control = group(m["control"], join(path, "control"))
        if let test = experiment.test, let control = experiment.control, let controlNode = m["control"] {
            switch (test, control) {
            case (.mean, .mean), (.proportion, .proportion): break
            default: report(.behaviour(.groupsDiffer), controlNode, join(path, "control"))
            }
        }
        experiment.notes = string(m["notes"], join(path, "notes")) ?? ""
        return experiment
    }

    /// A group, or nil when absent, null or invalid (reported).
    private mutating func group(_ node: JSONNode?, _ path: String) -> ExperimentGroup? {
        guard let node else { return nil }
        if case .null = node.value { return nil }
        guard let m = members(node, path, known: WorkbookKeys.experimentGroup, required: WorkbookKeys.experimentGroupRequired) else {
            return nil
        }
        let n = wholeNumber(m["n"], join(path, "n"), .count)
        let hasMean = m["mean"] != nil, hasSuccesses = m["successes"] != nil
        guard hasMean != hasSuccesses else {
            report(.behaviour(.groupShape(both: hasMean)), node, path)
            return nil
        }
        if hasSuccesses {
            if let sdNode = m["sd"] { report(.behaviour(.spreadWithoutMean), sdNode, join(path, "sd")) }
            guard let successesNode = m["successes"], let successes = wholeNumber(successesNode, join(path, "successes"), .count),
                  let n else { return nil }
            guard successes <= n else {
                report(.behaviour(.successesOverN(successes: successes, n: n)), successesNode, join(path, "successes"))
                return nil
            }
            return .proportion(n: n, successes: successes)
        }
        guard let mean = bounded(m["mean"], join(path, "mean"), .kpiFigure), let n else { return nil }
        return .mean(n: n, mean: mean, sd: bounded(m["sd"], join(path, "sd"), .spread))
    }
}

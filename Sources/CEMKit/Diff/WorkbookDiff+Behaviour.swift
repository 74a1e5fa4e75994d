// What changed in interactions (and their moments, order included) and in experiments between two workbooks.

extension WorkbookDiff {
    /// Added, removed and moved items of a list matched by id, as changes of `section`.
    static func listChanges<T>(_ a: [T], _ b: [T], id: (T) -> String, label: (T) -> String, section: DiffSection,
                               subject: (String) -> String, field: String) -> [WorkbookChange] {
        var c: [WorkbookChange] = []
        let oldIDs = a.map(id), newIDs = b.map(id)
        for (i, item) in b.enumerated() where !oldIDs.contains(id(item)) {
            c.append(WorkbookChange(section, .added, subject: subject(id(item)), field: field, to: .text(label(item))).with(position: i + 1))
        }
        for item in a where !newIDs.contains(id(item)) {
            c.append(WorkbookChange(section, .removed, subject: subject(id(item)), field: field, from: .text(label(item))))
        }
        c += moved(oldIDs, newIDs).map { WorkbookChange(section, .moved, subject: subject($0.id), field: "position",
                                                         from: .number(Double($0.from)), to: .number(Double($0.to))) }
        return c
    }

    static func encounterChanges(_ a: Workbook, _ b: Workbook, newID: [String: String]) -> [WorkbookChange] {
        var c = listChanges(a.encounters, b.encounters, id: \.id, label: \.name, section: .encounters, subject: { $0 }, field: "name")
        var m: [WorkbookChange] = []
        for e in b.encounters {
            guard let before = a.encounter(id: e.id) else { continue }
            func field(_ name: String, _ p: DiffValue, _ q: DiffValue) {
                if p != q { c.append(WorkbookChange(.encounters, .changed, subject: e.id, field: name, from: p, to: q)) }
            }
            field("name", .text(before.name), .text(e.name))
            field("factors", .factors(before.factors.map { newID[$0] ?? $0 }), .factors(e.factors))
            field("requirements", .text(before.requirements.joined(separator: ", ")), .text(e.requirements.joined(separator: ", ")))
            field("repeats", .flag(before.repeats), .flag(e.repeats))
            field("everyDays", .number(before.everyDays), .number(e.everyDays))
            field("samePerson", .flag(before.samePerson), .flag(e.samePerson))
            field("notes", .text(before.notes), .text(e.notes))
            m += momentChanges(before, e)
        }
        return c + m
    }

    static func momentChanges(_ a: Encounter, _ b: Encounter) -> [WorkbookChange] {
        func subject(_ id: String) -> String { a.id + "/" + id }
        var c = listChanges(a.moments, b.moments, id: \.id, label: \.name, section: .moments, subject: subject, field: "name")
        for moment in b.moments {
            guard let before = a.moments.first(where: { $0.id == moment.id }) else { continue }
            func field(_ name: String, _ p: DiffValue, _ q: DiffValue) {
                if p != q { c.append(WorkbookChange(.moments, .changed, subject: subject(moment.id), field: name, from: p, to: q)) }
            }
            field("name", .text(before.name), .text(moment.name))
            field("feeling", .number(before.feeling.map(Double.init)), .number(moment.feeling.map(Double.init)))
            field("minutes", .number(before.minutes), .number(moment.minutes))
            field("choice", .flag(before.choice), .flag(moment.choice))
            field("fixed", .flag(before.fixed), .flag(moment.fixed))
        }
        return c
    }

    static func experimentChanges(_ a: Workbook, _ b: Workbook) -> [WorkbookChange] {
        var c = listChanges(a.experiments, b.experiments, id: \.id, label: \.metric, section: .experiments, subject: { $0 }, field: "metric")
        for x in b.experiments {
            guard let before = a.experiment(id: x.id) else { continue }
            func field(_ name: String, _ p: DiffValue, _ q: DiffValue) {
                if p != q { c.append(WorkbookChange(.experiments, .changed, subject: x.id, field: name, from: p, to: q)) }
            }
            field("title", .text(before.title), .text(x.title))
            field("metric", .text(before.metric), .text(x.metric))
            field("unit", .text(before.unit), .text(x.unit))
            field("better", .text(before.better.rawValue), .text(x.better.rawValue))
            field("requirement", .text(before.requirement), .text(x.requirement))
            field("encounter", .text(before.encounter), .text(x.encounter))
            field("test", .text(before.test.map(groupText)), .text(x.test.map(groupText)))
            field("control", .text(before.control.map(groupText)), .text(x.control.map(groupText)))
            field("notes", .text(before.notes), .text(x.notes))
        }
        return c
    }

    /// A group as its figures: `n 180, mean 82, sd 12` or `n 180, successes 95`.
    static func groupText(_ g: ExperimentGroup) -> String {
        switch g {
        case .mean(let n, let mean, let sd):
            return "n \(n), mean \(CanonicalJSON.number(mean))" + (sd.map { ", sd \(CanonicalJSON.number($0))" } ?? "")
        case .proportion(let n, let successes): return "n \(n), successes \(successes)"
        }
    }
}

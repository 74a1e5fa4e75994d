// The action plan (issue 13): requirement keys owner, due, status, cost in the model, reader, canonical
// writer, schema, diff, the session's `req edit`, and the report's action-plan table.

import CEMKit
import Foundation
import Testing

@Suite struct ActionPlanTests {
    func planned() -> Workbook {
        var w = Samples.workedExample(.en)
        w.requirements[0].owner = "Shop operations"
        w.requirements[0].due = "2026-03-31"
        w.requirements[0].status = .inProgress
        w.requirements[0].cost = 1_200_000
        return w
    }

    @Test func theKeysRoundTripInCanonicalFormAndOnlyWhenSet() throws {
        let text = WorkbookWriter.text(planned())
        #expect(text.contains("""
              "targetExperience": 10,
              "owner": "Shop operations",
              "due": "2026-03-31",
              "status": "in-progress",
              "cost": 1200000,
              "alignment": {
        """))
        let read = try WorkbookReader.read(text)
        #expect(read.requirements[0].status == .inProgress)
        #expect(read.requirements[0].cost == 1_200_000)
        #expect(WorkbookWriter.text(read) == text)
        // A workbook without them writes no such keys: its bytes are as before.
        #expect(!WorkbookWriter.text(Samples.workedExample(.en)).contains("\"owner\""))
    }

    @Test func badValuesAreRefusedWithTheirPath() throws {
        let text = WorkbookWriter.text(planned())
        for (bad, path) in [("\"status\": \"in progress\"", "requirements[0].status"), ("\"due\": \"2026-02-30\"", "requirements[0].due")] {
            let broken = text.replacingOccurrences(of: bad.hasPrefix("\"status") ? "\"status\": \"in-progress\"" : "\"due\": \"2026-03-31\"", with: bad)
            do {
                _ = try WorkbookReader.read(broken)
                Issue.record("accepted \(bad)")
            } catch {
                #expect(error.diagnostics.contains { $0.path == path }, "\(bad)")
            }
        }
    }

    @Test func theSchemaKnowsTheKeys() {
        let schema = WorkbookSchema.text()
        #expect(schema.contains("\"in-progress\""))
        #expect(schema.contains("\"owner\""))
        #expect(WorkbookSchema.keysWithoutSchema().isEmpty)
    }

    @Test func diffNamesAChangedStatus() {
        let old = planned()
        var new = old
        new.requirements[0].status = .done
        let change = WorkbookDiff(old: old, new: new).changes.first { $0.field == "status" }
        #expect(change?.subject == "R1")
        #expect(change?.from == .text("in-progress"))
        #expect(change?.to == .text("done"))
    }

    @Test func sessionReqEditSetsAndChecksTheKeys() {
        var replay = SessionReplay(.open("h.cem.json", sample: Samples.workedExample(.en), .en), interactive: false)
        replay.run(["req edit R1 owner Shop operations", "req edit R1 due 2026-03-31", "req edit R1 status in progress",
                    "req edit R1 cost 1200000", "req edit R1 due 31/03/2026", "req edit R1 status started", "req edit R1 cost -5"])
        #expect(replay.text.contains("R1 · owner = Shop operations"))
        #expect(replay.text.contains("R1 · status = in-progress"))
        #expect(replay.text.contains("R1 · cost = 1,200,000"))
        #expect(replay.text.contains("Due date “31/03/2026” is not a valid date: write it as YYYY-MM-DD, e.g.\n2026-03-31; - clears it."))
        #expect(replay.text.contains("Status “started” is not known: write planned, in-progress, done or dropped; -\nclears it."))
        #expect(replay.text.contains("Cost “-5” is not a number: write one of 0 or more, e.g. 120000; - clears it."))
        let saved = try? WorkbookReader.read(replay.disk["h.cem.json"] ?? [])
        #expect(saved?.requirements[0].owner == "Shop operations")
        #expect(saved?.requirements[0].due == "2026-03-31")
        #expect(saved?.requirements[0].status == .inProgress)
        #expect(saved?.requirements[0].cost == 1_200_000)
    }

    @Test func theReportHasTheActionPlanWithKPIs() {
        let w = planned()
        let md = MarkdownReport.text(ReportDocument(workbook: w, analysis: Analysis(w), strings: strings(.en)))
        #expect(md.contains("Action plan\n\n| Req. | Title | Owner | Due | Status | Cost | KPIs |"))
        #expect(md.contains("| R1 | Open more shops on Sai Yeung Choi Street | Shop operations | 2026-03-31 | in progress | 1,200,000 | K1 sales relative to one shop |"))
        #expect(md.contains("| R3 | Online or phone sales | — | — | — | — | — |"))
        #expect(!MarkdownReport.text(ReportDocument(workbook: Samples.workedExample(.en), analysis: Analysis(Samples.workedExample(.en)), strings: strings(.en))).contains("Action plan"))
    }
}

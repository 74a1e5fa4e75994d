// Interactions and experiments in the workbook format: canonical form, reader messages, diff and merge.

@testable import CEMKit
import Testing

/// A small interaction and experiment on the worked example, for format tests.
enum EncounterFixture {
    static let call = Encounter(
        id: "call", name: "Follow-up call", factors: ["service"], requirements: ["R1"], repeats: true, everyDays: 14,
        samePerson: true,
        moments: [
            Moment(id: "greet", name: "Greeting", feeling: 1, minutes: 0.5, fixed: true),
            Moment(id: "pain", name: "Questions on pain", feeling: -1, minutes: 3),
            Moment(id: "next", name: "Next call", feeling: 1, choice: true),
        ])
    static let experiment = Experiment(
        id: "E1", title: "Redesigned call", metric: "satisfaction with the call", unit: "points", encounter: "call",
        test: .mean(n: 40, mean: 82.5, sd: 10), control: .mean(n: 38, mean: 75.5, sd: 11))

    static var workbook: Workbook {
        var w = Samples.workedExample(.en)
        w.encounters = [call]
        w.experiments = [experiment, Experiment(id: "E2", metric: "motivated", control: .proportion(n: 50, successes: 20))]
        return w
    }
}

@Suite struct EncounterFormatTests {
    @Test func canonicalFormRoundTripsAndSitsBetweenRequirementsAndHistory() throws {
        let text = WorkbookWriter.text(EncounterFixture.workbook)
        #expect(try WorkbookReader.read(text) == EncounterFixture.workbook)
        let encounters = try #require(text.range(of: "  \"encounters\": ["))
        let requirements = try #require(text.range(of: "  \"requirements\": ["))
        let experiments = try #require(text.range(of: "  \"experiments\": ["))
        let history = try #require(text.range(of: "  \"history\": []"))
        #expect(requirements.upperBound < encounters.lowerBound && encounters.upperBound < experiments.lowerBound
            && experiments.upperBound < history.lowerBound)
        #expect(text.contains("""
                {
                  "id": "pain",
                  "name": "Questions on pain",
                  "feeling": -1,
                  "minutes": 3,
                  "choice": false,
                  "fixed": false
                },
        """))
        #expect(text.contains("""
              "test": {
                "n": 40,
                "mean": 82.5,
                "sd": 10
              },
        """))
        #expect(text.contains("""
              "test": null,
              "control": {
                "n": 50,
                "successes": 20
              },
        """))
    }

    @Test func aWorkbookWithoutThemHasNeitherKey() {
        let text = WorkbookWriter.text(Samples.workedExample(.en))
        #expect(!text.contains("encounters") && !text.contains("experiments"))
    }

    @Test func readerMessagesPointAtTheMomentAndSuggest() {
        let encounters = """
         "encounters": [{"id": "call", "name": "C", "factors": ["convenince"], "requirements": ["R2"],
         "moments": [{"id": "a", "name": "A", "feeling": 3}, {"id": "a", "name": "B", "feeling": -1.5, "minutes": -1}]}],
         "experiments": [{"id": "E1", "metric": "m", "requirement": "r1", "encounter": "cal",
           "test": {"n": 10, "successes": 11}, "control": {"n": 10, "mean": 5, "successes": 2}},
          {"id": "E2", "metric": "m", "test": {"n": 10, "mean": 5}, "control": {"n": 10, "successes": 2}}],
        """
        #expect(readerLines(tinyWorkbook(root: encounters)) == [
            "w.cem.json:2:102 encounters[0].factors[0]: the factor \"convenince\" does not exist; did you mean \"convenience\"?",
            "w.cem.json:2:134 encounters[0].requirements[0]: the requirement \"R2\" does not exist; did you mean \"R1\"?",
            "w.cem.json:3:50 encounters[0].moments[0].feeling: the feeling 3 is not a whole number from −2 to +2; use -2, -1, 0, 1 or 2 (-2 very unpleasant, 2 very pleasant), or null while it is unknown",
            "w.cem.json:3:61 encounters[0].moments[1].id: the moment id \"a\" is used twice (first on line 3); give each moment its own id",
            "w.cem.json:3:90 encounters[0].moments[1].feeling: the feeling -1.5 is not a whole number from −2 to +2; use -2, -1, 0, 1 or 2 (-2 very unpleasant, 2 very pleasant), or null while it is unknown",
            "w.cem.json:3:107 encounters[0].moments[1].minutes: -1 is outside the range cem accepts for a duration (0 to 1000000); use a number from 0 to 1000000",
            "w.cem.json:4:61 experiments[0].requirement: the requirement \"r1\" does not exist; did you mean \"R1\"?",
            "w.cem.json:4:80 experiments[0].encounter: the interaction \"cal\" does not exist; did you mean \"call\"?",
            "w.cem.json:5:35 experiments[0].test.successes: 11 successes is more than n (10); successes cannot exceed n",
            "w.cem.json:5:51 experiments[0].control: the group has both a mean and successes; write a mean as {\"n\": 180, \"mean\": 82, \"sd\": 12}, a proportion as {\"n\": 180, \"successes\": 95}",
            "w.cem.json:6:72 experiments[1].control: the test and control groups differ in shape (one is a mean, the other a proportion); give both groups in the same shape",
        ])
        #expect(readerLines(tinyWorkbook(root: " \"encounters\": [{\"id\": \"c\", \"name\": \"C\", \"moments\": [{\"id\": \"a\", \"name\": \"A\", \"feeling\": 2}]}],"), .zh) == [])
        #expect(readerLines(tinyWorkbook(root: " \"encounters\": [{\"id\": \"c\", \"name\": \"C\", \"moments\": [{\"id\": \"a\", \"name\": \"A\", \"feling\": 2}]}],"), .zh) == [
            "w.cem.json:2:124 encounters[0].moments[0].feling: 未知的键“feling”；是否想写 \"feeling\"？",
        ])
    }

    @Test func schemaKnowsEveryNewKey() {
        #expect(WorkbookSchema.keysWithoutSchema().isEmpty)
        let schema = WorkbookSchema.text()
        #expect(schema.contains("\"experimentGroup\"") && schema.contains("\"encounters\""))
    }

    @Test func diffReportsAReorderedCallAndAChangedExperiment() {
        let old = EncounterFixture.workbook
        var new = old
        new.encounters[0].moments.swapAt(1, 2)
        new.encounters[0].moments[2].feeling = -2
        new.experiments[0].test = .mean(n: 40, mean: 83, sd: 10)
        let changes = WorkbookDiff(old: old, new: new).changes
        #expect(changes == [
            WorkbookChange(.moments, .moved, subject: "call/next", field: "position", from: .number(3), to: .number(2)),
            WorkbookChange(.moments, .changed, subject: "call/pain", field: "feeling", from: .number(-1), to: .number(-2)),
            WorkbookChange(.experiments, .changed, subject: "E1", field: "test",
                           from: .text("n 40, mean 82.5, sd 10"), to: .text("n 40, mean 83, sd 10")),
        ])
    }

    @Test func aConflictOnAMomentNamesItLikeTheDiff() {
        let base = EncounterFixture.workbook
        var ours = base, theirs = base
        ours.encounters[0].moments[1].feeling = -2
        theirs.encounters[0].moments[1].feeling = 0
        ours.experiments[0].notes = "ours"
        theirs.experiments[0].notes = "theirs"
        let m = Merging.merge(ours, theirs, base: base)
        #expect(m.merge?.lines(labels: MergeLabels(), language: .en) == [
            "  call/pain feeling: base −1, ours −2, theirs 0", "  E1 notes: base \"\", ours \"ours\", theirs \"theirs\"",
        ])
    }

    @Test func mergeTakesAMomentFromEachSide() throws {
        let base = EncounterFixture.workbook
        var ours = base, theirs = base
        ours.encounters[0].moments.append(Moment(id: "thanks", name: "Thanks", feeling: 2))
        theirs.encounters[0].moments[1].feeling = -2
        let merged = try Merging.clean(ours, theirs, base: base)
        var expected = ours
        expected.encounters[0].moments[1].feeling = -2
        #expect(merged == expected)
    }
}

// The five principles on small hand-built interactions (each failing alone), the measures, and the
// proposed order, on those and on the case's follow-up call.

@testable import CEMKit
import Testing

enum Calls {
    static func m(_ id: String, _ feeling: Int?, choice: Bool = false, fixed: Bool = false) -> Moment {
        Moment(id: id, name: id, feeling: feeling, choice: choice, fixed: fixed)
    }
    static func call(_ moments: [Moment], repeats: Bool = true, samePerson: Bool? = true) -> Encounter {
        Encounter(id: "c", name: "c", repeats: repeats, samePerson: samePerson, moments: moments)
    }
    /// Every principle holds: greeting, pain first and together, pleasure spread, a choice, the best last.
    static let good = call([m("greet", 1, fixed: true), m("bad", -2), m("ask", -1), m("check", 0), m("progress", 1),
                            m("plan", 0, choice: true), m("best", 2)])

    static func verdicts(_ e: Encounter) -> [Verdict] { EncounterCheck(e).principles.map(\.verdict) }
    static func ref(_ e: Encounter, _ id: String) -> MomentRef {
        let i = e.moments.firstIndex { $0.id == id }!
        return MomentRef(e.moments[i], position: i + 1)
    }
}

@Suite struct EncounterCheckTests {
    @Test func aGoodCallHoldsEverywhereWithItsMeasures() {
        let check = EncounterCheck(Calls.good)
        #expect(check.principles.map(\.verdict) == [.holds, .holds, .holds, .holds, .holds])
        // Pain at moments 2 (−2) and 3 (−1) of 7: (2·1.5/7 + 1·2.5/7) / 3 = 5.5/21.
        #expect(check.measures == EncounterMeasures(painCentre: 0.261904762, painBlocks: 1, pleasureBlocks: 3,
                                                    end: Calls.ref(Calls.good, "best"), peak: Calls.ref(Calls.good, "best"),
                                                    choices: 1, minutes: nil))
        #expect(check[.badEarly].reason == .painEarly(centre: 0.261904762, last: Calls.ref(Calls.good, "ask")))
        #expect(check[.habits].reason == .ritual(everyDays: nil, fixed: [Calls.ref(Calls.good, "greet")]))
        #expect(ProposedOrder(Calls.good)?.unchanged == true)
    }

    @Test func painLateFailsOnlyPrincipleOne() {
        let e = Calls.call([Calls.m("greet", 1, fixed: true), Calls.m("check", 0), Calls.m("progress", 1),
                            Calls.m("plan", 0, choice: true), Calls.m("bad", -2), Calls.m("ask", -1), Calls.m("best", 2)])
        #expect(Calls.verdicts(e) == [.fallsShort, .holds, .holds, .holds, .holds])
        // (2·4.5/7 + 1·5.5/7) / 3 = 14.5/21.
        #expect(EncounterCheck(e)[.badEarly].reason == .painLate(centre: 0.69047619, last: Calls.ref(e, "ask")))
        #expect(ProposedOrder(e)?.ids == ["greet", "bad", "ask", "check", "progress", "plan", "best"])
    }

    @Test func splitPainOrLumpedPleasureFailsOnlyPrincipleTwo() {
        let split = Calls.call([Calls.m("greet", 1, fixed: true), Calls.m("bad", -2), Calls.m("check", 0), Calls.m("ask", -1),
                                Calls.m("progress", 1), Calls.m("plan", 0, choice: true), Calls.m("best", 2)])
        #expect(Calls.verdicts(split) == [.holds, .fallsShort, .holds, .holds, .holds])
        #expect(EncounterCheck(split)[.combinePain].reason == .painSplit([[Calls.ref(split, "bad")], [Calls.ref(split, "ask")]]))
        let lumped = Calls.call([Calls.m("bad", -2), Calls.m("ask", -1), Calls.m("check", 0, fixed: true),
                                 Calls.m("plan", 0, choice: true), Calls.m("progress", 1), Calls.m("best", 2)])
        #expect(Calls.verdicts(lumped) == [.holds, .fallsShort, .holds, .holds, .holds])
        #expect(EncounterCheck(lumped)[.combinePain].reason == .pleasureLumped([Calls.ref(lumped, "progress"), Calls.ref(lumped, "best")]))
        #expect(EncounterCheck(lumped).measures.pleasureBlocks == 1)
        // The proposal spreads them: progress between the two neutral moments' places, best last.
        #expect(ProposedOrder(lumped)?.ids == ["bad", "ask", "check", "progress", "plan", "best"])
        #expect(Calls.verdicts(ProposedOrder(lumped)!.applied(to: lumped)) == [.holds, .holds, .holds, .holds, .holds])
    }

    @Test func aFlatEndFailsOnlyPrincipleThreeAndNamesTheBetterEnd() {
        let e = Calls.call([Calls.m("greet", 1, fixed: true), Calls.m("bad", -2), Calls.m("ask", -1), Calls.m("check", 0),
                            Calls.m("best", 2), Calls.m("plan", 0, choice: true)])
        #expect(Calls.verdicts(e) == [.holds, .holds, .fallsShort, .holds, .holds])
        #expect(EncounterCheck(e)[.finishStrong].reason == .endsFlat(last: Calls.ref(e, "plan"), better: Calls.ref(e, "best")))
        #expect(ProposedOrder(e)?.ids == ["greet", "bad", "ask", "check", "plan", "best"])
    }

    @Test func noChoiceFailsOnlyPrincipleFour() {
        var e = Calls.good
        e.moments[5].choice = false
        #expect(Calls.verdicts(e) == [.holds, .holds, .holds, .fallsShort, .holds])
        #expect(EncounterCheck(e)[.giveChoice].reason == .noChoice)
    }

    @Test func habitsNeedRepeatsTheSamePersonAndAFixedStructure() {
        var e = Calls.good
        e.samePerson = false
        #expect(Calls.verdicts(e) == [.holds, .holds, .holds, .holds, .fallsShort])
        #expect(EncounterCheck(e)[.habits].reason == .differentPerson)
        e.samePerson = nil
        #expect(EncounterCheck(e)[.habits] == PrincipleCheck(principle: .habits, verdict: .cannotTell, reason: .samePersonUnknown))
        e = Calls.good
        e.moments[0].fixed = false
        #expect(EncounterCheck(e)[.habits] == PrincipleCheck(principle: .habits, verdict: .fallsShort, reason: .noFixedStructure))
        e.repeats = false
        #expect(EncounterCheck(e)[.habits] == PrincipleCheck(principle: .habits, verdict: .cannotTell, reason: .once))
    }

    @Test func aMissingFeelingOrNoMomentsCannotBeTold() {
        var e = Calls.good
        e.moments[3].feeling = nil
        let missing = PrincipleReason.missingFeeling([Calls.ref(e, "check")])
        #expect(EncounterCheck(e).principles.prefix(3).map(\.reason) == [missing, missing, missing])
        #expect(Calls.verdicts(e) == [.cannotTell, .cannotTell, .cannotTell, .holds, .holds])
        #expect(EncounterCheck(e).measures.painCentre == nil)
        #expect(ProposedOrder(e) == nil)
        let empty = Calls.call([], repeats: false)
        #expect(Calls.verdicts(empty) == [.cannotTell, .cannotTell, .cannotTell, .cannotTell, .cannotTell])
        #expect(ProposedOrder(empty)?.ids == [])
    }

    @Test func theCasesCallBeforeAndAfter() throws {
        let w = Samples.insurerHotline(.en)
        let before = try #require(w.encounter(id: "call-before")), after = try #require(w.encounter(id: "call-after"))
        #expect(Calls.verdicts(before) == [.fallsShort, .fallsShort, .fallsShort, .fallsShort, .fallsShort])
        #expect(Calls.verdicts(after) == [.holds, .holds, .holds, .holds, .holds])
        let b = EncounterCheck(before), a = EncounterCheck(after)
        // Before: pain at 6 (−2), 7 (−1), 8 (−2), 10 (−1) of 10: (2·.55 + .65 + 2·.75 + .95) / 6 = 0.7.
        #expect(b.measures.painCentre == 0.7 && b.measures.painBlocks == 2 && b.measures.pleasureBlocks == 1)
        #expect(b.measures.end?.feeling == -1 && b.measures.peak?.id == "benefits" && b.measures.choices == 0)
        #expect(b[.finishStrong].reason == .endsFlat(last: Calls.ref(before, "goodbye"), better: Calls.ref(before, "benefits")))
        // After: pain at 2 (−2), 3 (−1), 4 (−2) of 10: (2·.15 + .25 + 2·.35) / 5 = 0.25; the same 17.5 minutes.
        #expect(a.measures == EncounterMeasures(painCentre: 0.25, painBlocks: 1, pleasureBlocks: 3, end: Calls.ref(after, "goodbye"),
                                                peak: Calls.ref(after, "benefits"), choices: 2, minutes: 17.5))
        #expect(b.measures.minutes == 17.5)
        // The redesigned call is already in the proposed order.
        #expect(ProposedOrder(after)?.unchanged == true)
        // The proposed order of the old call: pain after the fixed greeting, progress spread, benefits last
        // before the fixed goodbye, which no reordering can mend (principles 2 and 3 still fall short).
        let proposal = try #require(ProposedOrder(before))
        #expect(proposal.ids == ["greeting", "expiring", "pain", "habits", "details", "progress", "plan", "next-call",
                                 "benefits", "goodbye"])
        #expect(Calls.verdicts(proposal.applied(to: before)) == [.holds, .fallsShort, .fallsShort, .fallsShort, .fallsShort])
    }
}

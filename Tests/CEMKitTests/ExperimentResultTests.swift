// Experiment figures against SciPy's reference values, computed once (SciPy 1.17.1) and stored here:
//
//   from scipy import stats; import math
//   def welch(n1,m1,s1,n2,m2,s2):
//       v1,v2=s1**2/n1,s2**2/n2; se=math.sqrt(v1+v2); df=(v1+v2)**2/(v1**2/(n1-1)+v2**2/(n2-1))
//       q=stats.t.ppf(0.975,df); r=stats.ttest_ind_from_stats(m1,s1,n1,m2,s2,n2,equal_var=False)
//       print(se, df, m1-m2-q*se, m1-m2+q*se, r.pvalue)
//   def prop(n1,x1,n2,x2):
//       p1,p2=x1/n1,x2/n2; se=math.sqrt(p1*(1-p1)/n1+p2*(1-p2)/n2); q=stats.norm.ppf(0.975); d=p1-p2
//       print(se*100, (d-q*se)*100, (d+q*se)*100, 2*stats.norm.sf(abs(d)/se))
//   stats.t.ppf(0.975, df) for df in [2.5, 13.7, 30.5, 1500.3]

@testable import CEMKit
import Testing

@Suite struct ExperimentResultTests {
    func result(_ test: ExperimentGroup?, _ control: ExperimentGroup?, better: Better = .higher) -> ExperimentResult {
        ExperimentResult(Experiment(id: "E", metric: "m", better: better, test: test, control: control))
    }

    func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-8) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test func welchAgainstSciPy() {
        let cases: [(ExperimentGroup, ExperimentGroup, se: Double, df: Double, low: Double, high: Double, p: Double)] = [
            (.mean(n: 1000, mean: 83, sd: 14), .mean(n: 980, mean: 76, sd: 15),
             0.652374000658, 1962.43962584, 5.72058136156, 8.27941863844, 3.84501446051e-26),
            (.mean(n: 12, mean: 7.4, sd: 1.9), .mean(n: 9, mean: 6.1, sd: 2.8),
             1.08256382927, 13.3239397084, -1.03297001949, 3.63297001949, 0.250721969372),
            (.mean(n: 5, mean: 3.0, sd: 1.0), .mean(n: 40, mean: 2.2, sd: 2.5),
             0.596866819316, 11.9437270242, -0.501140964457, 2.10114096446, 0.205076873613),
        ]
        for c in cases {
            let r = result(c.0, c.1)
            #expect(r.kind == .means)
            #expect(close(r.standardError, c.se) && close(r.degreesOfFreedom, c.df))
            #expect(close(r.low, c.low) && close(r.high, c.high), "\(r)")
            #expect(abs(r.pValue! - c.p) < 1e-9)
            #expect(r.significant == (c.p < 0.05))
        }
    }

    @Test func proportionsAgainstSciPy() {
        let r = result(.proportion(n: 1000, successes: 550), .proportion(n: 980, successes: 490))
        #expect(r.kind == .proportions && r.test == 55 && r.control == 50 && r.difference == 5)
        #expect(close(r.standardError, 2.2418787675) && close(r.low, 0.605998357997) && close(r.high, 9.394001642))
        #expect(close(r.pValue, 0.0257293743624) && r.significant == true && r.improved == true)
        let small = result(.proportion(n: 20, successes: 9), .proportion(n: 18, successes: 4))
        #expect(close(small.low, -6.27811470036) && close(small.high, 51.8336702559) && close(small.pValue, 0.124422163412))
        #expect(small.significant == false && small.improved == false)
    }

    @Test func realDegreesOfFreedomQuantilesAgainstSciPy() {
        for (df, q) in [(2.5, 3.574654842), (13.7, 2.14920126223), (30.5, 2.04086944519), (1500.3, 1.96154643715)] {
            #expect(close(Student.quantile975(df), q, 1e-10), "df \(df)")
        }
        // Whole df come from the survey's table, and Newton's method agrees with it beside them.
        #expect(Student.quantile975(10.0) == Student.quantile975(degreesOfFreedom: 10))
        #expect(close(Student.quantile975(10.000001), 2.228138852, 1e-6))
    }

    @Test func lowerIsBetterAndMissingFigures() {
        let faster = result(.mean(n: 50, mean: 9, sd: 2), .mean(n: 50, mean: 11, sd: 2), better: .lower)
        #expect(faster.difference == -2 && faster.significant == true && faster.improved == true)
        #expect(result(.mean(n: 50, mean: 9, sd: 2), .mean(n: 50, mean: 11, sd: 2)).improved == false)
        let noSpread = result(.mean(n: 50, mean: 9, sd: nil), .mean(n: 50, mean: 11, sd: 2))
        #expect(noSpread.difference == -2 && noSpread.low == nil && noSpread.significant == nil)
        let one = result(.mean(n: 1, mean: 9, sd: 0), .mean(n: 50, mean: 11, sd: 2))
        #expect(one.low == nil && one.significant == nil)
        let certain = result(.proportion(n: 10, successes: 10), .proportion(n: 10, successes: 0))
        #expect(certain.difference == 100 && certain.low == nil && certain.significant == nil)
        #expect(result(nil, .proportion(n: 10, successes: 3)).kind == nil)
        #expect(result(.proportion(n: 10, successes: 3), .mean(n: 10, mean: 1, sd: 1)).kind == nil)
    }

    /// The case's differences, exactly: 7 points, 8 points, 5 percentage points; about 20 nurses a group.
    @Test func theSamplesReproduceTheCasesDifferences() throws {
        for language in Language.allCases {
            let w = try readWorkbook("workbooks/" + Samples.insurerFileName(language))
            #expect(w == Samples.insurerHotline(language))
            #expect(w.experiments.map { ExperimentResult($0).difference } == [7, 8, 5])
            #expect(w.experiments.map { ExperimentResult($0).significant } == [true, true, true])
            #expect(w.experiments.allSatisfy { $0.encounter == "call-after" && $0.requirement == "R1" })
            #expect(w.experiments.allSatisfy { $0.notes.contains(language.pick(zh: "各约 20 人", en: "about 20 each")) })
        }
    }
}

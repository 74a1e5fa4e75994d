// Which derived figures are missing only because they are too large to hold: their inputs are all
// there, yet the engine left them out. Reports show them as missing with this reason, never as `inf`.

extension Analysis {
    static func tooLarge(_ workbook: Workbook, _ a: Analysis) -> [TooLargeFigure] {
        var found: [TooLargeFigure] = []
        let perFactor = DerivedFigure.all.map { figure in
            (figure.step, a.factors.filter { f in figure.value(f) == nil && figure.inputs.allSatisfy { f[input: $0] != nil } }
                .map { TooLargeFigure(subject: $0.id, figure: figure.key, step: figure.step) })
        }
        for step in 1...7 {
            found += perFactor.filter { $0.0 == step }.flatMap(\.1)
            if step == 2 {
                if a.meanSatisfaction == nil, a.factors.contains(where: { $0.satisfaction != nil }) {
                    found.append(TooLargeFigure(subject: "indexes", figure: "meanSatisfaction", step: 2))
                }
                if a.weightedSatisfactionIndex == nil,
                   a.factors.contains(where: { $0.satisfaction != nil && ($0.importance ?? 0) != 0 }) {
                    found.append(TooLargeFigure(subject: "indexes", figure: "weightedSatisfactionIndex", step: 2))
                }
            }
        }
        for k in a.kpis where k.deviation == nil && k.kpi.actual != nil && k.kpi.target != nil {
            found.append(TooLargeFigure(subject: k.requirement + "/" + k.kpi.id, figure: "deviation", step: 7))
        }
        return found
    }
}

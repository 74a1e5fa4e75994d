// The survey's scales (from the column map, or detected from the answers) against the workbook's: refused when they differ, or with
// `--rescale` mapped linearly, x' = min' + (x − min)·(max' − min')/(max − min), mean and sd alike.

extension Moments {
    /// The moments of a + b·x: the shift moves, the sums of deviations scale by b and b².
    func linear(_ a: Double, _ b: Double) -> Moments {
        var m = self
        m.shift = a + b * shift
        m.sum = b * sum
        m.sumSquares = b * b * sumSquares
        return m
    }
}

extension SurveySummary {
    /// Checks each score slot's survey scale against the workbook's; rescales or refuses. Correlations
    /// (derived importance) do not change under a linear map, so the driver sums stay as read.
    mutating func fitScales(to workbook: Workbook?, options: SurveyOptions) throws(SurveyError) {
        guard let workbook else { return }
        // The survey's scale of each kind: the map's, else detected from the answers (see SurveyScaleDetection).
        var surveyScale: [Bool: Scale] = [:]
        for importance in [false, true] {
            if let stated = importance ? options.map?.importanceScale : options.map?.scale {
                surveyScale[importance] = stated
                continue
            }
            let seen = observedRange(importance: importance)
            let target = importance ? workbook.importanceScale : workbook.scale
            guard let found = SurveyScaleDetection.detect(seen, workbook: target) else { continue }
            guard options.rescale else { throw .detectedScaleMismatch(detected: found, seen: seen, workbook: target, importance: importance) }
            surveyScale[importance] = found
            detected.append((found, seen, importance))
        }
        for (index, slot) in slots.enumerated() {
            let importance = slot.measure == .importance
            guard let survey = surveyScale[importance] else { continue }
            let target = slot.measure.map { workbook.scale(for: $0) } ?? workbook.scale
            guard survey != target else { continue }
            guard options.rescale else { throw .scaleMismatch(survey: survey, workbook: target, importance: importance) }
            let b = (target.max - target.min) / (survey.max - survey.min), a = target.min - survey.min * b
            moments[index] = moments[index].linear(a, b)
            for s in segments.indices { segments[s].moments[index] = segments[s].moments[index].linear(a, b) }
            slots[index].scale = target
            if !rescaled.contains(where: { $0.importance == importance }) { rescaled.append((survey, target, importance)) }
        }
        // A difference of two answers on one scale moves by b only: (a + b·x) − (a + b·y) = b·(x − y).
        if let scores = rescaled.first(where: { !$0.importance }) {
            let b = (scores.to.max - scores.to.min) / (scores.from.max - scores.from.min)
            for p in paired.indices { paired[p].moments = paired[p].moments.linear(0, b) }
        }
    }
}

/// TempEval-3 scores for time expressions: strict and relaxed span F1, value F1 (a relaxed
/// match counts only with the identical value) and type accuracy over relaxed matches.
public struct TimexScorer: Sendable {
    public struct Prediction: Sendable {
        public var range: Range<Int>
        public var type: String
        public var value: String

        public init(range: Range<Int>, type: String, value: String) {
            self.range = range
            self.type = type
            self.value = value
        }
    }

    public var strict = Score()
    public var relaxed = Score()
    public var value = Score()
    public var typeRight = 0
    /// Relaxed matches whose value differs: gold text, gold value, predicted value.
    public var wrongValues: [(text: String, gold: String, predicted: String)] = []
    public var missed: [String] = []
    public var spurious: [String] = []

    public init() {}

    /// Adds one document.
    public mutating func add(gold: [TimeMLDocument.Timex], predicted: [Prediction], text: String) {
        let scalars = Array(text.unicodeScalars)
        strict.gold += gold.count; relaxed.gold += gold.count; value.gold += gold.count
        strict.predicted += predicted.count; relaxed.predicted += predicted.count; value.predicted += predicted.count
        var used = Set<Int>()
        for g in gold {
            guard let p = predicted.indices.first(where: { !used.contains($0) && predicted[$0].range.overlaps(g.range) }) else {
                missed.append(g.text)
                continue
            }
            used.insert(p)
            relaxed.truePositives += 1
            if predicted[p].range == g.range { strict.truePositives += 1 }
            if predicted[p].value == g.value { value.truePositives += 1 } else { wrongValues.append((g.text, g.value, predicted[p].value)) }
            if predicted[p].type == g.type { typeRight += 1 }
        }
        for p in predicted.indices where !used.contains(p) {
            let r = predicted[p].range
            spurious.append(String(String.UnicodeScalarView(scalars[max(0, r.lowerBound)..<min(scalars.count, r.upperBound)])))
        }
    }

    public var typeAccuracy: Double { relaxed.truePositives == 0 ? 0 : Double(typeRight) / Double(relaxed.truePositives) }
}

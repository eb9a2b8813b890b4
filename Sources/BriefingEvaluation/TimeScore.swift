import BriefingCore

/// TempEval-3 scores of time expressions: strict (identical spans) and relaxed (overlapping
/// spans) span F1, value F1 (a relaxed match counts only with an identical value) and type
/// accuracy over relaxed matches.
public struct TimeScore: Sendable, Equatable, CustomStringConvertible {
    public var strict = Score()
    public var relaxed = Score()
    public var value = Score()
    /// Relaxed matches with the gold type, and all relaxed matches.
    public var typeCorrect = 0
    public var matched = 0

    public init() {}

    public var typeAccuracy: Double { matched == 0 ? 0 : Double(typeCorrect) / Double(matched) }

    /// A gold/predicted pair found by relaxed matching.
    public struct Pair: Sendable {
        public var gold: TimeMLDocument.Timex
        public var predicted: TimeExpression
    }

    /// Scores one document; relaxed matching is one-to-one, each gold taking the first unused
    /// overlapping prediction. Returns the pairs and the unmatched items for inspection.
    @discardableResult
    public mutating func add(gold: [TimeMLDocument.Timex], predicted: [TimeExpression])
        -> (pairs: [Pair], missed: [TimeMLDocument.Timex], spurious: [TimeExpression]) {
        var used = Array(repeating: false, count: predicted.count)
        var pairs: [Pair] = []
        var missed: [TimeMLDocument.Timex] = []
        var strictHits = 0
        for g in gold {
            guard let k = predicted.indices.first(where: { k in
                !used[k] && (predicted[k].start ?? 0) < g.end && g.start < (predicted[k].end ?? 0)
            }) else { missed.append(g); continue }
            used[k] = true
            pairs.append(Pair(gold: g, predicted: predicted[k]))
            if predicted[k].start == g.start && predicted[k].end == g.end { strictHits += 1 }
        }
        let n = predicted.count, m = gold.count
        strict = strict + Score(truePositives: strictHits, predicted: n, gold: m)
        relaxed = relaxed + Score(truePositives: pairs.count, predicted: n, gold: m)
        value = value + Score(truePositives: pairs.filter { $0.gold.value == $0.predicted.value }.count, predicted: n, gold: m)
        matched += pairs.count
        typeCorrect += pairs.filter { $0.gold.type == $0.predicted.type.rawValue }.count
        return (pairs, missed, predicted.indices.filter { !used[$0] }.map { predicted[$0] })
    }

    /// Four lines: strict, relaxed, value, type.
    public var description: String {
        """
        strict   \(strict)
        relaxed  \(relaxed)
        value    \(value)
        type     accuracy \(Score.format(typeAccuracy)) (\(typeCorrect)/\(matched))
        """
    }
}

/// Precision, recall and F1 from counts of true positives, predictions and gold items.
public struct Score: Sendable, Equatable, CustomStringConvertible {
    public var truePositives: Int
    public var predicted: Int
    public var gold: Int

    public init(truePositives: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.gold = gold
    }

    public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Adds another document's counts.
    public static func + (a: Score, b: Score) -> Score {
        Score(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
    }

    /// "P 0.912 R 0.874 F1 0.893 (tp 120, pred 131, gold 137)".
    public var description: String {
        "P \(Self.format(precision)) R \(Self.format(recall)) F1 \(Self.format(f1)) (tp \(truePositives), pred \(predicted), gold \(gold))"
    }

    /// Three decimals.
    public static func format(_ x: Double) -> String {
        let scaled = Int((x * 1000).rounded())
        let frac = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}

/// The article-extraction benchmark's body score for one page: 4-grams ("shingles") of `\w+`
/// tokens, counted with multiplicity, compared between gold and predicted text, and normalized
/// by their total so that every page weighs the same.
public struct ShingleMatch: Sendable, Equatable {
    public var truePositives: Double
    public var falsePositives: Double
    public var falseNegatives: Double

    public init(truePositives: Double, falsePositives: Double, falseNegatives: Double) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Compares `predicted` with `gold` using shingles of `n` tokens.
    public init(gold: String, predicted: String, n: Int = 4) {
        let g = Self.shingles(gold, n: n), p = Self.shingles(predicted, n: n)
        var tp = 0.0, fp = 0.0, fn = 0.0
        for key in Set(g.keys).union(p.keys) {
            let gc = Double(g[key] ?? 0), pc = Double(p[key] ?? 0)
            tp += min(gc, pc)
            fp += max(0, pc - gc)
            fn += max(0, gc - pc)
        }
        let total = tp + fp + fn
        self.init(truePositives: total > 0 ? tp / total : 0, falsePositives: total > 0 ? fp / total : 0,
                  falseNegatives: total > 0 ? fn / total : 0)
    }

    /// 1 when nothing was missed or added; 0 when nothing was found right.
    public var precision: Double {
        if falsePositives == 0 && falseNegatives == 0 { return 1 }
        if truePositives == 0 && falsePositives == 0 { return 0 }
        return truePositives / (truePositives + falsePositives)
    }

    public var recall: Double {
        if falsePositives == 0 && falseNegatives == 0 { return 1 }
        if truePositives == 0 && falseNegatives == 0 { return 0 }
        return truePositives / (truePositives + falseNegatives)
    }

    /// Tokens as Python's `re.findall(r"\w+")`: runs of letters (L*), numeric characters and "_",
    /// decided per Unicode scalar.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s == "_" || s.properties.numericType != nil { return true }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Shingle counts: all n-token windows; a text of fewer tokens is one shingle; no tokens, none.
    static func shingles(_ text: String, n: Int) -> [String: Int] {
        let words = tokens(text)
        var counts: [String: Int] = [:]
        guard !words.isEmpty else { return counts }
        for i in 0..<max(1, words.count - n + 1) {
            counts[words[i..<min(words.count, i + n)].joined(separator: " "), default: 0] += 1
        }
        return counts
    }
}

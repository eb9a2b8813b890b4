/// Scores predicted quotes against gold ones with the PolNeAR rules: a prediction matches a
/// gold quote when shared tokens / max(token counts) >= 0.5, one-to-one; the speaker is right
/// when the predicted speaker or mention shares a non-stop-word token with the gold Source.
public enum QuoteScorer {
    public struct Prediction: Sendable {
        public var text: String
        public var speaker: String?
        public var mention: String?

        public init(text: String, speaker: String?, mention: String?) {
            self.text = text
            self.speaker = speaker
            self.mention = mention
        }
    }

    public struct Result: Sendable {
        public var quotes: Score
        public var speakersRight = 0
        /// Matched pairs, for error analysis.
        public var matches: [(gold: QuoteGold, predicted: Prediction)] = []
        public var missed: [QuoteGold] = []
        public var spurious: [Prediction] = []

        /// Share of matched quotes whose speaker is right.
        public var speakerAccuracy: Double { quotes.truePositives == 0 ? 0 : Double(speakersRight) / Double(quotes.truePositives) }
    }

    public static func score(predicted: [Prediction], gold: [QuoteGold]) -> Result {
        let goldTokens = gold.map { tokens($0.text) }
        let predictedTokens = predicted.map { tokens($0.text) }
        var candidates: [(overlap: Double, g: Int, p: Int)] = []
        for (g, gt) in goldTokens.enumerated() {
            for (p, pt) in predictedTokens.enumerated() {
                let o = overlap(gt, pt)
                if o >= 0.5 { candidates.append((o, g, p)) }
            }
        }
        candidates.sort { ($0.overlap, -$0.g, -$0.p) > ($1.overlap, -$1.g, -$1.p) }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var result = Result(quotes: Score(truePositives: 0, predicted: predicted.count, gold: gold.count))
        for candidate in candidates where !usedGold.contains(candidate.g) && !usedPredicted.contains(candidate.p) {
            usedGold.insert(candidate.g)
            usedPredicted.insert(candidate.p)
            result.quotes.truePositives += 1
            let prediction = predicted[candidate.p]
            if speakerMatches(prediction, gold[candidate.g].source) { result.speakersRight += 1 }
            result.matches.append((gold[candidate.g], prediction))
        }
        result.missed = gold.indices.filter { !usedGold.contains($0) }.map { gold[$0] }
        result.spurious = predicted.indices.filter { !usedPredicted.contains($0) }.map { predicted[$0] }
        return result
    }

    /// True when the predicted speaker or mention shares a non-stop-word token with `source`.
    public static func speakerMatches(_ prediction: Prediction, _ source: String) -> Bool {
        let gold = Set(tokens(source)).subtracting(stopWords)
        let named = Set(tokens((prediction.speaker ?? "") + " " + (prediction.mention ?? ""))).subtracting(stopWords)
        return !gold.isDisjoint(with: named)
    }

    /// Shared tokens (as multisets) over the larger token count.
    static func overlap(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for t in a { counts[t, default: 0] += 1 }
        var shared = 0
        for t in b where counts[t, default: 0] > 0 {
            counts[t]! -= 1
            shared += 1
        }
        return Double(shared) / Double(max(a.count, b.count))
    }

    /// Lower-case runs of letters and digits.
    static func tokens(_ text: String) -> [String] {
        ShingleMatch.tokens(text.lowercased())
    }

    /// Function words that tell nothing about who spoke. Pronouns are kept: a quote whose gold
    /// source is "he" is attributed right when the mention at that quote is "he".
    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "his", "her", "their", "its",
        "who", "that", "this", "s", "mr", "mrs", "ms", "dr", "said", "according",
    ]
}

import Foundation

/// Builds a headline for an article that has none, from its lead sentence — never from a
/// photo caption, and using only the article's own words: the lead's main clause, at most
/// 15 words, cut at a clause or phrase boundary without a dangling function word.
enum TitleDeriver {
    static let maxWords = 15

    static func title(fromLead lead: String) -> String? {
        guard var sentence = SentenceSplitter.split(WireLead.stripped(lead)).first?.text else { return nil }
        while let last = sentence.last, last == "." || last == " " { sentence.removeLast() }
        // Drop a weekday adverbial: "warned on Monday that" → "warned that".
        for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] {
            sentence = sentence.replacingOccurrences(of: " on \(day)", with: "")
        }
        sentence = mainClause(sentence)
        if sentence.split(whereSeparator: \.isWhitespace).count > maxWords {
            sentence = ClauseTrimmer.prefix(sentence, maxWords: maxWords, minWords: 5) ?? hardCut(sentence)
        }
        guard let first = sentence.first else { return nil }
        return first.uppercased() + sentence.dropFirst()
    }

    /// The sentence up to the first comma that follows a full clause (40 characters or more).
    private static func mainClause(_ sentence: String) -> String {
        var searchFrom = sentence.startIndex
        while let comma = sentence.range(of: ", ", range: searchFrom..<sentence.endIndex) {
            if sentence.distance(from: sentence.startIndex, to: comma.lowerBound) >= 40 {
                return String(sentence[..<comma.lowerBound])
            }
            searchFrom = comma.upperBound
        }
        return sentence
    }

    /// The first words that fit, without trailing function words, marked as cut.
    private static func hardCut(_ sentence: String) -> String {
        var words = Array(sentence.split(whereSeparator: \.isWhitespace).prefix(maxWords))
        while words.count > 5, let last = words.last, ClauseTrimmer.danglingWords.contains(last.trimmingPunctuationAndSpaces().lowercased()) {
            words.removeLast()
        }
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;:—–- ")) + "…"
    }
}

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
        sentence = mainClause(withoutAsides(sentence))
        if sentence.split(whereSeparator: \.isWhitespace).count > maxWords {
            let compact = headlineStyle(sentence)
            sentence = compact.split(whereSeparator: \.isWhitespace).count <= maxWords
                ? compact : ClauseTrimmer.prefix(sentence, maxWords: maxWords, minWords: 5, needsVerb: true) ?? hardCut(sentence)
        }
        guard let first = sentence.first else { return nil }
        return first.uppercased() + sentence.dropFirst()
    }

    /// The sentence without comma-enclosed asides that a headline leaves out: appositives and
    /// relative clauses ("Ratners Group PLC, a fast-growing … jeweler, raised…" → "Ratners
    /// Group PLC raised…") and short asides ("…, as expected, proposed…").
    static func withoutAsides(_ sentence: String) -> String {
        var parts = sentence.components(separatedBy: ", ")
        var i = 1
        while i < parts.count - 1 {
            let opener = parts[i].split(whereSeparator: \.isWhitespace).first.map { $0.lowercased() } ?? ""
            // The aside ends where a part opens with the predicate: "…, raised its price…".
            if asideOpeners.contains(opener),
               let end = parts[(i + 1)...].firstIndex(where: { part in
                   part.split(whereSeparator: \.isWhitespace).first.map { $0.first?.isLowercase == true && ClauseTrimmer.isVerbLike($0) } ?? false
               }) {
                parts[i - 1] += " " + parts[end]
                parts.removeSubrange(i...end)
                continue
            }
            i += 1
        }
        return parts.joined(separator: ", ")
    }

    private static let asideOpeners: Set<String> = ["a", "an", "the", "who", "which", "whose", "as"]

    /// The sentence up to the first comma that follows a full clause (40 characters or more,
    /// with a verb).
    private static func mainClause(_ sentence: String) -> String {
        var searchFrom = sentence.startIndex
        while let comma = sentence.range(of: ", ", range: searchFrom..<sentence.endIndex) {
            let head = sentence[..<comma.lowerBound]
            if head.count >= 40, head.split(whereSeparator: \.isWhitespace).contains(where: ClauseTrimmer.isVerbLike) {
                return String(sentence[..<comma.lowerBound])
            }
            searchFrom = comma.upperBound
        }
        return sentence
    }

    /// The sentence as headlines are written, which may make all of it fit: without articles
    /// and without "that" after a verb of saying ("minister warned that the security…" →
    /// "minister warned security…").
    private static func headlineStyle(_ sentence: String) -> String {
        var kept: [Substring] = []
        for word in sentence.split(whereSeparator: \.isWhitespace) {
            let lower = word.lowercased()
            if ["the", "a", "an"].contains(lower) { continue }
            if lower == "that", let previous = kept.last, sayingVerbs.contains(previous.lowercased()) { continue }
            kept.append(word)
        }
        guard let first = kept.first else { return sentence }
        return (first.prefix(1).uppercased() + first.dropFirst() + " " + kept.dropFirst().joined(separator: " "))
            .trimmingSpaces()
    }

    private static let sayingVerbs: Set<String> = [
        "said", "says", "warned", "warns", "announced", "announces", "claimed", "claims", "reported", "reports",
        "revealed", "reveals", "insisted", "insists", "believes", "believed", "argued", "argues", "admitted",
        "admits", "confirmed", "confirms", "suggested", "suggests", "found", "finds", "showed", "shows",
    ]

    /// The first words that fit, without trailing function words, marked as cut.
    private static func hardCut(_ sentence: String) -> String {
        var words = Array(sentence.split(whereSeparator: \.isWhitespace).prefix(maxWords))
        while words.count > 5, let last = words.last, ClauseTrimmer.danglingWords.contains(last.trimmingPunctuationAndSpaces().lowercased()) {
            words.removeLast()
        }
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;:—–- ")) + "…"
    }
}

import Foundation

/// Builds a headline for an article that has none, from its lead sentence — never from a
/// photo caption, and using only the article's own words.
enum TitleDeriver {
    static func title(fromLead lead: String) -> String? {
        guard var sentence = SentenceSplitter.split(lead).first?.text else { return nil }
        if sentence.hasSuffix(".") { sentence.removeLast() }
        // Drop a weekday adverbial: "warned on Monday that" → "warned that".
        for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] {
            sentence = sentence.replacingOccurrences(of: " on \(day)", with: "")
        }
        // Cut at the first comma that follows a full clause.
        var searchFrom = sentence.startIndex
        while let comma = sentence.range(of: ", ", range: searchFrom..<sentence.endIndex) {
            if sentence.distance(from: sentence.startIndex, to: comma.lowerBound) >= 40 {
                sentence = String(sentence[..<comma.lowerBound])
                break
            }
            searchFrom = comma.upperBound
        }
        if sentence.count > 140 {
            let cut = sentence.prefix(140)
            sentence = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        }
        guard let first = sentence.first else { return nil }
        return first.uppercased() + sentence.dropFirst()
    }
}

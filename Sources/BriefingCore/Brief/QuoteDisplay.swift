import Foundation

/// How a quote's words are shown: without a trailing comma left by "…,” he said".
enum QuoteDisplay {
    static func text(_ quote: String) -> String {
        var text = quote.trimmingSpaces()
        while let last = text.last, last == "," || last == ";" || last == ":" { text.removeLast() }
        return text
    }

    /// Who an unnamed source is, as a description: the resolved role ("Elian Gonzalez’s
    /// daughter"), else the mention as written with a sentence-initial article lowered
    /// ("The ministry" → "the ministry"); nil for a pronoun or a country.
    static func source(_ quote: Quote) -> String? {
        guard KeyQuotes.hasSource(quote) else { return nil }
        if let role = quote.role { return role }
        guard var mention = quote.mention else { return nil }
        if let first = mention.split(separator: " ").first, ["The", "A", "An", "Another", "One", "My", "His", "Her", "Their", "Its", "Our"].contains(first), mention.count > first.count {
            mention = first.lowercased() + mention.dropFirst(first.count)
        }
        return mention
    }
}

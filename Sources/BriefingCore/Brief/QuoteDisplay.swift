import Foundation

/// How a quote's words are shown: without a trailing comma left by "…,” he said".
enum QuoteDisplay {
    static func text(_ quote: String) -> String {
        var text = quote.trimmingSpaces()
        // The marks are cut as bytes while the byte before each is ASCII, which no character
        // joins to the mark: it is then a character of its own, as the loop below finds it.
        // Only a mark left after another byte is read by characters.
        var end = 0, markLeft = false
        UTF8Scan.withBytes(text) { bytes in
            end = bytes.count
            while end > 0, isTrailingMark(bytes[end - 1]), end == 1 || bytes[end - 2] < 0x80 { end -= 1 }
            markLeft = end > 0 && isTrailingMark(bytes[end - 1])
        }
        if end < text.utf8.count { text = String(text.utf8.prefix(end))! }
        while markLeft, let last = text.last, last == "," || last == ";" || last == ":" { text.removeLast() }
        return text
    }

    /// ",", ";" or ":", the marks a quote's text does not end with.
    private static func isTrailingMark(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x3B || byte == 0x3A
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

import Foundation

/// Which quotes a brief shows under "Key quotes": whole statements of 6–60 words, ranked with
/// named speakers first, then quotes credited to a description ("the ministry's statement");
/// never a quote without a source, nor a partial quote of fewer than four words.
enum KeyQuotes {
    /// Fewer words than this make a partial quote ("grave challenge"): kept in the extraction,
    /// never shown as a key quote or on a people page, never counted.
    static let minimumWords = 4
    /// The shortest and longest quote shown as a key quote.
    static let shownWords = 6...60

    /// The key quotes among `quotes`, strongest first, at most `limit`, one text once.
    static func select(_ quotes: [Quote], limit: Int) -> [Quote] {
        var seen: Set<String> = []
        let ranked = quotes.enumerated()
            .compactMap { entry -> (quote: Quote, rank: Rank, order: Int)? in rank(entry.element).map { (entry.element, $0, entry.offset) } }
            .sorted { $0.rank != $1.rank ? $0.rank > $1.rank : $0.order < $1.order }
        var picked: [Quote] = []
        for entry in ranked where picked.count < limit && seen.insert(QuoteDisplay.text(entry.quote.text)).inserted {
            picked.append(entry.quote)
        }
        return picked
    }

    /// True when `quote` is a partial quote (fewer than `minimumWords` words).
    static func isPartial(_ quote: Quote) -> Bool { isPartial(quote.text) }

    /// True when the quoted `text` has fewer than `minimumWords` words.
    static func isPartial(_ text: String) -> Bool { words(text, upTo: minimumWords) < minimumWords }

    /// True when `quote` is credited to someone the reader can be shown: a named speaker, or a
    /// description ("the ministry", "Elian Gonzalez’s daughter") that is no pronoun or country.
    static func hasSource(_ quote: Quote) -> Bool {
        if quote.speaker != nil { return true }
        guard let mention = quote.mention else { return false }
        return !QuoteAttribution.pronouns.contains(mention.lowercased()) && !CountryNames.isCountry(mention)
    }

    /// How strongly a quote belongs among the key quotes; nil when it cannot be one.
    struct Rank: Comparable {
        var named: Bool
        var whole: Bool
        var words: Int

        static func < (a: Rank, b: Rank) -> Bool {
            (a.named ? 1 : 0, a.whole ? 1 : 0, a.words) < (b.named ? 1 : 0, b.whole ? 1 : 0, b.words)
        }
    }

    static func rank(_ quote: Quote) -> Rank? {
        let count = words(quote.text)
        // Headline and deck quotes (paragraph -1) stand above the body already.
        guard quote.paragraph >= 0, shownWords.contains(count), hasSource(quote), startsSentence(quote.text) else { return nil }
        return Rank(named: quote.speaker != nil, whole: endsSentence(quote.text), words: min(count, 40))
    }

    /// A whole sentence starts with a capital letter or a digit ("…we" is a fragment).
    static func startsSentence(_ text: String) -> Bool {
        guard let first = text.trimmingSpaces().unicodeScalars.first else { return false }
        return first.properties.isUppercase || first.properties.numericType != nil
    }

    /// It ends with a sentence mark, or a comma before the attribution ("…,” he said).
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.trimmingSpaces().last else { return false }
        return ".!?,…".contains(last)
    }

    /// Words of `text`: runs of characters between spaces, newlines and tabs that hold a letter
    /// or a digit. Counting stops at `limit`, so a long quote is not read to its end. ASCII text
    /// without a carriage return ("\r\n" is one character, not a line feed) is read as bytes.
    static func words(_ text: String, upTo limit: Int = .max) -> Int {
        var counter = WordCounter(limit: limit)
        let readASCII = UTF8Scan.withBytes(text) { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return false }
            for byte in bytes where counter.read(space: byte == 0x20 || byte == 0x0A || byte == 0x09, content: byte.isASCIIAlphanumeric) {
                break
            }
            return true
        }
        if !readASCII {
            for character in text where counter.read(space: character == " " || character == "\n" || character == "\t", content: character.isLetter || character.isNumber) {
                break
            }
        }
        return counter.total
    }

    /// Counts the words `words(_:upTo:)` reads, one character at a time.
    private struct WordCounter {
        let limit: Int
        private var count = 0
        private var inWord = false, hasContent = false

        init(limit: Int) { self.limit = limit }

        /// Reads a character: a separator, or one that is a letter or digit (asked only while the
        /// word has none). True when the separator ends the word that makes `limit`.
        mutating func read(space: Bool, content: @autoclosure () -> Bool) -> Bool {
            if space {
                let counted = inWord && hasContent
                if counted { count += 1 }
                inWord = false
                hasContent = false
                return counted && count >= limit
            } else {
                inWord = true
                if !hasContent, content() { hasContent = true }
            }
            return false
        }

        /// The words counted, with the one being read when it holds a letter or digit.
        var total: Int { inWord && hasContent ? count + 1 : count }
    }
}

extension BriefComposer {
    /// The quotes shown under "Key quotes" (see `KeyQuotes`).
    func keyQuotes(_ quotes: [Quote]) -> [Quote] {
        KeyQuotes.select(quotes, limit: maxQuotes)
    }
}

/// Chooses what a brief shows: its summary, strongest quotes, key figures and timeline.
public struct BriefComposer: Sendable {
    /// How many items each section shows at most.
    public var maxQuotes = 3
    public var maxFigures = 5

    public init() {}

    public func compose(_ article: Article, _ extraction: Extraction) -> Brief {
        Brief(
            article: article, extraction: extraction,
            keyQuotes: keyQuotes(extraction.quotes),
            keyFigures: KeyFigures.pick(extraction.figures, max: maxFigures),
            timeline: extraction.events.sorted { TimelineOrder.precedes($0, $1) },
            summary: summary(article))
    }

    /// The deck, or the lead's first two sentences.
    func summary(_ article: Article) -> String {
        if let deck = article.summary, !deck.isEmpty { return deck }
        guard let lead = article.paragraphs.first?.text else { return "" }
        return SentenceSplitter.split(lead).prefix(2).map(\.text).joined(separator: " ")
    }

    /// Attributed quotes that are complete statements, longest first, one text once.
    func keyQuotes(_ quotes: [Quote]) -> [Quote] {
        var seen: Set<String> = []
        let candidates = quotes.filter { $0.speaker != nil && $0.text.split(separator: " ").count >= 6 }
        let ranked = candidates.enumerated().sorted { a, b in
            let sa = score(a.element), sb = score(b.element)
            return sa != sb ? sa > sb : a.offset < b.offset
        }.map(\.element)
        var picked: [Quote] = []
        for quote in ranked where picked.count < maxQuotes && seen.insert(quote.text).inserted {
            picked.append(quote)
        }
        return picked.sorted { $0.paragraph < $1.paragraph }
    }

    private func score(_ quote: Quote) -> Int {
        let words = quote.text.split(separator: " ").count
        let complete = quote.text.first?.isUppercase == true ? 20 : 0
        return complete + min(words, 40)
    }
}

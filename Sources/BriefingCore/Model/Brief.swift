/// One article's briefing: the article, what was extracted from it, and the selections shown.
public struct Brief: Sendable, Equatable, Codable {
    public var article: Article
    public var extraction: Extraction
    /// The quotes shown under "Key quotes", strongest first.
    public var keyQuotes: [Quote]
    /// The figures shown under "By the numbers".
    public var keyFigures: [Figure]
    /// The events shown under "Timeline", oldest first.
    public var timeline: [Event]
    /// One-paragraph summary (the deck, or the lead).
    public var summary: String

    public init(
        article: Article, extraction: Extraction, keyQuotes: [Quote], keyFigures: [Figure],
        timeline: [Event], summary: String
    ) {
        self.article = article
        self.extraction = extraction
        self.keyQuotes = keyQuotes
        self.keyFigures = keyFigures
        self.timeline = timeline
        self.summary = summary
    }
}

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
            timeline: TimelineOrder.sorted(extraction.events),
            summary: SummaryWriter().summary(article))
    }
}

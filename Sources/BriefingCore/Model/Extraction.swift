/// Everything the extract stage finds in one article.
public struct Extraction: Sendable, Equatable, Codable {
    public var quotes: [Quote]
    public var figures: [Figure]
    public var times: [TimeExpression]
    public var events: [Event]

    public init(
        quotes: [Quote] = [], figures: [Figure] = [], times: [TimeExpression] = [],
        events: [Event] = []
    ) {
        self.quotes = quotes
        self.figures = figures
        self.times = times
        self.events = events
    }
}

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
            keyFigures: keyFigures(extraction.figures),
            timeline: extraction.events.sorted { TimelineOrder.precedes($0, $1) },
            summary: SummaryWriter().summary(article))
    }

    /// Money first, then counts and measures, then percentages; ordinals left out.
    func keyFigures(_ figures: [Figure]) -> [Figure] {
        let rank: [Figure.Kind: Int] = [.money: 0, .count: 1, .range: 1, .measure: 2, .percent: 3]
        var seen: Set<String> = []
        let ranked = figures.enumerated()
            // Small counts ("two countries") and bare numbers without a noun tell the reader
            // nothing; caption figures stay out.
            .filter {
                rank[$0.element.kind] != nil && $0.element.paragraph >= 0
                    && ($0.element.kind != .count || ($0.element.value >= 10 && $0.element.unit != nil))
            }
            .sorted { a, b in
                let ra = rank[a.element.kind]!, rb = rank[b.element.kind]!
                return ra != rb ? ra < rb : a.offset < b.offset
            }
            .map(\.element)
        return Array(ranked.filter { seen.insert($0.text.lowercased()).inserted }.prefix(maxFigures))
    }
}

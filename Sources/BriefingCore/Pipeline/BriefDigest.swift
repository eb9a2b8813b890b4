/// What the site-wide pages (index, listings, feeds, people, timeline, search, sitemap,
/// stories) need of one brief, copied out of it once when the brief is made and kept in the
/// build cache, so that a rebuild makes those pages without reading whole briefs again.
struct BriefDigest: Sendable {
    /// A quote for a person's page: attributed by name, a statement (not a partial quote) and
    /// in the body (paragraph 0 or later).
    struct PersonQuote: Sendable, Equatable {
        var speaker: String
        var text: String
        var role: String?
        var paragraph: Int
    }

    /// A search term of the brief and the weight of the field it is found in.
    struct SearchTerm: Sendable, Equatable {
        var term: String
        var weight: Int
    }

    var source: String
    var slug: String
    var title: String
    var outlet: String?
    var published: CalendarDate?
    var authors: [String]
    var tags: [String]
    var sourceURL: String?
    /// The brief's one-paragraph summary.
    var summary: String
    /// How many key quotes and key figures the brief shows.
    var keyQuoteCount: Int
    var keyFigureCount: Int
    /// Every speaker the article quotes, each once, sorted.
    var speakers: [String]
    var personQuotes: [PersonQuote]
    /// The events of the brief's timeline.
    var timeline: [Event]
    /// The content words of each event of `timeline` (`TimelineEntries.contentWords`), which
    /// tell the same event told by several briefs.
    var timelineWords: [Set<String>]
    /// Search terms, sorted, each with its highest field weight.
    var searchTerms: [SearchTerm]
    /// The text under a search result.
    var snippet: String
    /// What story grouping compares.
    var story: StoryDocument
    /// The sample of 4-grams that finds repeated stories (`DuplicateStoryDetector.sample`).
    var repeatSample: [UInt64]
}

extension BriefDigest {
    init(_ brief: Brief, repeatSample: [UInt64]? = nil) {
        let article = brief.article
        source = article.source
        slug = article.slug
        title = article.title
        outlet = article.outlet
        published = article.published
        authors = article.authors
        tags = article.tags
        sourceURL = article.sourceURL
        summary = brief.summary
        keyQuoteCount = brief.keyQuotes.count
        keyFigureCount = brief.keyFigures.count
        speakers = Array(Set(brief.extraction.quotes.compactMap(\.speaker))).sorted()
        personQuotes = brief.extraction.quotes.compactMap { quote in
            // Headline and deck quotes (paragraph -1) have no paragraph to link to.
            guard let speaker = quote.speaker, !speaker.isEmpty, !KeyQuotes.isPartial(quote), quote.paragraph >= 0 else { return nil }
            return PersonQuote(speaker: speaker, text: quote.text, role: quote.role, paragraph: quote.paragraph)
        }
        timeline = brief.timeline
        timelineWords = brief.timeline.map { TimelineEntries.contentWords($0.text) }
        searchTerms = SearchIndexWriter.weights(brief).map { SearchTerm(term: $0.key, weight: $0.value) }.sorted { $0.term < $1.term }
        snippet = SearchIndexWriter.snippet(brief)
        story = StoryDocument(brief)
        self.repeatSample = repeatSample ?? DuplicateStoryDetector.sample(article)
    }

    /// The link to this brief that listings show.
    var link: BriefLink { BriefLink(slug: slug, title: title, outlet: outlet, published: published) }
}

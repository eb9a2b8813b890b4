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
    /// Quotes, timeline events, search and story terms: the large part, kept encoded (in the
    /// digest detail file with a cache) and decoded by the pages that read them.
    var details: DigestDetails
    /// What story grouping compares besides the terms in `details`.
    var storyPlace: String?
    var storyEventDays: [Int]
    var storyYears: [Int]
    /// The sample of 4-grams that finds repeated stories (`DuplicateStoryDetector.sample`).
    var repeatSample: [UInt64]
    /// Where each timeline event falls, in the brief's timeline order: what the site's
    /// timeline is sorted and keyed by, kept beside the events so that they are decoded only
    /// for the years merged again.
    var timelineStamps: [TimelineStamp]

    /// One timeline event's place on the calendar (`TimelineOrder.key`), its paragraph and a
    /// hash of the event and its words (`TimelineEntries.hash`).
    struct TimelineStamp: Sendable, Equatable {
        var day: Int
        var span: Int
        var paragraph: Int
        var hash: UInt64
    }
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
        let personQuotes = brief.extraction.quotes.compactMap { quote -> PersonQuote? in
            // Headline and deck quotes (paragraph -1) have no paragraph to link to.
            guard let speaker = quote.speaker, !speaker.isEmpty, !KeyQuotes.isPartial(quote), quote.paragraph >= 0 else { return nil }
            return PersonQuote(speaker: speaker, text: quote.text, role: quote.role, paragraph: quote.paragraph)
        }
        let timelineWords = brief.timeline.map { TimelineEntries.contentWords($0.text) }
        let search = SearchIndexWriter.weights(brief).sorted()
        let words = StoryDocument.words(brief)
        let story = StoryDocument(brief, words: words)
        details = DigestDetails(
            personQuotes: personQuotes,
            timeline: DigestDetails.Timeline(events: brief.timeline, words: timelineWords),
            search: DigestDetails.Search(terms: search.terms, weights: search.weights, snippet: SearchIndexWriter.snippet(brief)),
            story: DigestDetails.StoryWords(terms: story.terms.map(\.word), counts: story.terms.map { Int32($0.count) }, names: story.names.sorted()))
        storyPlace = story.place
        storyEventDays = story.eventDays
        storyYears = story.years.sorted()
        self.repeatSample = repeatSample ?? DuplicateStoryDetector.sample(article)
        timelineStamps = zip(brief.timeline, timelineWords).map { event, words in
            let key = TimelineOrder.key(event.date)
            return TimelineStamp(day: key.day, span: key.span, paragraph: event.paragraph, hash: TimelineEntries.hash(event, words: words))
        }
    }

    /// What story grouping compares of this brief.
    var storyDocument: StoryDocument {
        let words = details.story
        return StoryDocument(terms: zip(words.terms, words.counts).map { ($0, Int($1)) }, names: Set(words.names), place: storyPlace,
                             eventDays: storyEventDays, years: Set(storyYears))
    }

    /// The link to this brief that listings show.
    var link: BriefLink { BriefLink(slug: slug, title: title, outlet: outlet, published: published) }
}

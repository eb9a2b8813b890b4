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

    /// The fields no build changes once the digest is made, in one shared box: the site-wide
    /// tables copy digests around many times, and a copy then costs one reference, not one per
    /// text and array.
    private final class Fields: Sendable {
        let source: String
        let title: String
        let outlet: String?
        let published: CalendarDate?
        let authors: [String]
        let tags: [String]
        let sourceURL: String?
        let summary: String
        let keyQuoteCount: Int
        let keyFigureCount: Int
        let speakers: [String]
        let storyPlace: String?
        let storyEventDays: [Int]
        let storyYears: [Int]
        let repeatSample: [UInt64]
        let timelineStamps: [TimelineStamp]

        init(
            source: String, title: String, outlet: String?, published: CalendarDate?, authors: [String], tags: [String], sourceURL: String?,
            summary: String, keyQuoteCount: Int, keyFigureCount: Int, speakers: [String], storyPlace: String?, storyEventDays: [Int],
            storyYears: [Int], repeatSample: [UInt64], timelineStamps: [TimelineStamp]
        ) {
            self.source = source
            self.title = title
            self.outlet = outlet
            self.published = published
            self.authors = authors
            self.tags = tags
            self.sourceURL = sourceURL
            self.summary = summary
            self.keyQuoteCount = keyQuoteCount
            self.keyFigureCount = keyFigureCount
            self.speakers = speakers
            self.storyPlace = storyPlace
            self.storyEventDays = storyEventDays
            self.storyYears = storyYears
            self.repeatSample = repeatSample
            self.timelineStamps = timelineStamps
        }
    }

    private let fields: Fields
    /// The page name, made unique across the site (`SiteBriefs`).
    var slug: String
    /// The brief's cache key in this build (`SiteBriefs`), which the keys of the pages that
    /// list it are made of (`BriefKeys`); nil without a cache.
    var key: String?
    /// Quotes, timeline events, search and story terms: the large part, kept encoded (in the
    /// digest detail file with a cache) and decoded by the pages that read them.
    var details: DigestDetails

    var source: String { fields.source }
    var title: String { fields.title }
    var outlet: String? { fields.outlet }
    var published: CalendarDate? { fields.published }
    var authors: [String] { fields.authors }
    var tags: [String] { fields.tags }
    var sourceURL: String? { fields.sourceURL }
    /// The brief's one-paragraph summary.
    var summary: String { fields.summary }
    /// How many key quotes and key figures the brief shows.
    var keyQuoteCount: Int { fields.keyQuoteCount }
    var keyFigureCount: Int { fields.keyFigureCount }
    /// Every speaker the article quotes, each once, sorted.
    var speakers: [String] { fields.speakers }
    /// What story grouping compares besides the terms in `details`.
    var storyPlace: String? { fields.storyPlace }
    var storyEventDays: [Int] { fields.storyEventDays }
    var storyYears: [Int] { fields.storyYears }
    /// The sample of 4-grams that finds repeated stories (`DuplicateStoryDetector.sample`).
    var repeatSample: [UInt64] { fields.repeatSample }
    /// Where each timeline event falls, in the brief's timeline order: what the site's
    /// timeline is sorted and keyed by, kept beside the events so that they are decoded only
    /// for the years merged again.
    var timelineStamps: [TimelineStamp] { fields.timelineStamps }

    init(
        source: String, slug: String, title: String, outlet: String?, published: CalendarDate?, authors: [String], tags: [String],
        sourceURL: String?, summary: String, keyQuoteCount: Int, keyFigureCount: Int, speakers: [String], details: DigestDetails,
        storyPlace: String?, storyEventDays: [Int], storyYears: [Int], repeatSample: [UInt64], timelineStamps: [TimelineStamp]
    ) {
        fields = Fields(
            source: source, title: title, outlet: outlet, published: published, authors: authors, tags: tags, sourceURL: sourceURL,
            summary: summary, keyQuoteCount: keyQuoteCount, keyFigureCount: keyFigureCount, speakers: speakers, storyPlace: storyPlace,
            storyEventDays: storyEventDays, storyYears: storyYears, repeatSample: repeatSample, timelineStamps: timelineStamps)
        self.slug = slug
        self.details = details
    }

    /// One timeline event's place on the calendar (`TimelineOrder.key`), its paragraph and a
    /// hash of the event and its words (`DigestDetails.encoding`).
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
        let personQuotes = brief.extraction.quotes.compactMap { quote -> PersonQuote? in
            // Headline and deck quotes (paragraph -1) have no paragraph to link to.
            guard let speaker = quote.speaker, !speaker.isEmpty, !KeyQuotes.isPartial(quote), quote.paragraph >= 0 else { return nil }
            return PersonQuote(speaker: speaker, text: quote.text, role: quote.role, paragraph: quote.paragraph)
        }
        let timelineWords = TimelineEntries.contentWords(of: brief.timeline)
        // The story words and the search terms of the headline and body in one pass (`StorySearchTerms`).
        var bodyTerms: StorySearchTerms? = StorySearchTerms()
        let words = StoryDocument.words(brief, search: &bodyTerms)
        let searched = bodyTerms?.searched ?? []
        var searchWeights = bodyTerms.take()?.takeWeights() ?? SearchTermWeights()
        SearchIndexWriter.add(brief, to: &searchWeights, except: searched)
        let search = searchWeights.sorted()
        let story = StoryDocument(brief, words: words)
        let (details, eventHashes) = DigestDetails.encoding(
            personQuotes: personQuotes,
            timeline: DigestDetails.Timeline(events: brief.timeline, words: timelineWords),
            search: DigestDetails.Search(terms: search.terms, weights: search.weights, snippet: SearchIndexWriter.snippet(brief)),
            story: DigestDetails.StoryWords(terms: story.terms.map(\.word), counts: story.terms.map { Int32($0.count) }, names: story.names))
        // By index: the fields read from each event, not a copy of it.
        let timelineStamps = brief.timeline.indices.map { k in
            let key = TimelineOrder.key(brief.timeline[k].date)
            return TimelineStamp(day: key.day, span: key.span, paragraph: brief.timeline[k].paragraph, hash: eventHashes[k])
        }
        self.init(
            source: article.source, slug: article.slug, title: article.title, outlet: article.outlet, published: article.published,
            authors: article.authors, tags: article.tags, sourceURL: article.sourceURL, summary: brief.summary,
            keyQuoteCount: brief.keyQuotes.count, keyFigureCount: brief.keyFigures.count,
            speakers: Array(Set(brief.extraction.quotes.compactMap(\.speaker))).sorted(), details: details, storyPlace: story.place,
            storyEventDays: story.eventDays, storyYears: story.years, repeatSample: repeatSample ?? DuplicateStoryDetector.sample(article),
            timelineStamps: timelineStamps)
    }

    /// What story grouping compares of this brief.
    var storyDocument: StoryDocument {
        let words = details.story
        // Paired in place (a text's hundreds of words, for every brief at every build).
        let terms = [(word: UInt64, count: Int)](unsafeUninitializedCapacity: words.terms.count) { out, initialized in
            for k in words.terms.indices { out.initializeElement(at: k, to: (words.terms[k], Int(words.counts[k]))) }
            initialized = words.terms.count
        }
        return StoryDocument(terms: terms, names: words.names, place: storyPlace, eventDays: storyEventDays, years: storyYears)
    }

    /// The link to this brief that listings show.
    var link: BriefLink { BriefLink(slug: slug, title: title, outlet: outlet, published: published) }
}

extension Brief {
    /// Makes this brief's digest as a site build does (its repeat sample given, as the
    /// pipeline gives it) and returns the size in bytes of its details: what
    /// `briefing-bench micro --stage digest` times.
    public var digestDetailByteCount: Int {
        BriefDigest(self, repeatSample: []).details.sectionLengths.reduce(0, +)
    }
}

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
    var personQuotes: [PersonQuote]
    /// The events of the brief's timeline.
    var timeline: [Event]
    /// The content words of each event of `timeline` (`TimelineEntries.contentWords`), which
    /// tell the same event told by several briefs, sorted and separated by spaces.
    var timelineWords: [String]
    /// Search terms, sorted and separated by spaces (terms are letters and digits only).
    var searchTerms: String
    /// The weight of each search term: the heaviest field it is found in.
    var searchWeights: [UInt8]
    /// The text under a search result.
    var snippet: String
    /// What story grouping compares (`storyDocument`), kept compact: a digest lives as long as
    /// the build, a `StoryDocument` only while stories are grouped.
    var storyTerms: String
    var storyCounts: [Int32]
    var storyNames: String
    var storyPlace: String?
    var storyEventDays: [Int]
    var storyYears: [Int]
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
        timelineWords = brief.timeline.map { TimelineEntries.contentWords($0.text).sorted().joined(separator: " ") }
        let weights = SearchIndexWriter.weights(brief).sorted { $0.key < $1.key }
        searchTerms = weights.map(\.key).joined(separator: " ")
        searchWeights = weights.map { UInt8($0.value) }
        snippet = SearchIndexWriter.snippet(brief)
        let words = StoryDocument.words(brief)
        let story = StoryDocument(brief, words: words)
        storyTerms = words.terms.map(\.word).joined(separator: " ")
        storyCounts = words.terms.map { Int32($0.count) }
        storyNames = words.names.sorted().joined(separator: " ")
        storyPlace = story.place
        storyEventDays = story.eventDays
        storyYears = story.years.sorted()
        self.repeatSample = repeatSample ?? DuplicateStoryDetector.sample(article)
    }

    /// What story grouping compares of this brief.
    var storyDocument: StoryDocument {
        var terms: [(word: UInt64, count: Int)] = []
        terms.reserveCapacity(storyCounts.count)
        WordList.forEachWord(in: storyTerms) { terms.append((WordList.number($0), Int(storyCounts[terms.count]))) }
        var names = Set<UInt64>()
        WordList.forEachWord(in: storyNames) { names.insert(WordList.number($0)) }
        return StoryDocument(terms: terms, names: names, place: storyPlace, eventDays: storyEventDays, years: Set(storyYears))
    }

    /// The link to this brief that listings show.
    var link: BriefLink { BriefLink(slug: slug, title: title, outlet: outlet, published: published) }
}

/// The site's stories: a page per story told by two or more articles, the list of all
/// stories, the story cards of the index and the link from each brief to its story.
struct StoryPages: Sendable {
    /// Stories of two or more sources, newest last source first.
    let stories: [Story]
    /// The briefs, and the position of each by its source path.
    private let digests: [BriefDigest]
    private let positions: [String: Int]
    /// The multi-source story of each brief, by slug.
    private let storyOfSlug: [String: Story]
    /// The stories of this build by their sources' cache keys, for the next build.
    let made: StoryCache

    /// Story cards on the first index page.
    static let indexCards = 10
    /// Longest summary on a story card, in characters (about 35 words): the card points to
    /// the story, whose page has the whole summary.
    static let cardSummaryLimit = 220

    /// The stories of `briefs` told by two or more of them. Groups of one article get no page,
    /// so they are not assembled at all; a story whose sources are unchanged since the last
    /// build (same cache keys) is taken from `known`, and `made` holds the stories of this
    /// build for the next one.
    init(grouping briefs: SiteBriefs, known: StoryCache) throws {
        // Each document reads its brief's story details from the detail file: on all cores.
        let groups = StoryGrouper().groups(of: ParallelMap.map(briefs.digests) { $0.storyDocument }).filter { $0.count > 1 }
        let keys = groups.map { group -> String? in
            let keys = group.compactMap { briefs.digests[$0].key }
            return keys.count == group.count ? StoryCache.key(keys) : nil
        }
        let assembled = ParallelMap.map(Array(zip(groups, keys))) { group, key -> Result<Story, BriefingError> in
            if let key, let story = known[key] { return .success(story) }
            do {
                return .success(StoryAssembler().story(try group.map(briefs.brief)))
            } catch {
                return .failure(error as? BriefingError ?? BriefingError(stage: .site, message: "\(error)"))
            }
        }
        let stories = try assembled.map { try $0.get() }
        var made = StoryCache()
        for (key, story) in zip(keys, stories) { if let key { made[key] = story } }
        self.init(stories, briefs: briefs.digests, made: made)
    }

    /// Pages for `stories`, each told by two or more of `list`; `made` is what the build cache
    /// keeps of them.
    init(_ stories: [Story], briefs list: [BriefDigest], made: StoryCache = StoryCache()) {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(list.count)
        for (position, brief) in list.enumerated() where positions[brief.source] == nil { positions[brief.source] = position }
        digests = list
        self.positions = positions
        self.stories = stories.enumerated().sorted { a, b in
            let (x, y) = (a.element.last, b.element.last)
            if x != y {
                guard let x else { return false }
                guard let y else { return true }
                return x > y
            }
            return a.offset < b.offset
        }.map(\.element)
        var storyOfSlug: [String: Story] = [:]
        for story in stories {
            for source in story.sources {
                if let position = positions[source] { storyOfSlug[list[position].slug] = story }
            }
        }
        self.storyOfSlug = storyOfSlug
        self.made = made
    }

    static func path(_ story: Story) -> String { "stories/\(story.id).html" }
    static let listPath = "stories.html"

    /// The brief whose source path is `source`.
    private func brief(_ source: String) -> BriefDigest? { positions[source].map { digests[$0] } }

    /// The story `brief` belongs to, when it is told by more than one source.
    func story(of brief: BriefDigest) -> Story? { storyOfSlug[brief.slug] }

    /// Template values linking a brief page to its story ("hasStory", "storyTitle", …).
    func link(for brief: BriefDigest, root: String) -> TemplateValues {
        guard let story = story(of: brief) else { return ["hasStory": .flag(false)] }
        return ["hasStory": .flag(true), "storyTitle": .text(story.title), "storyURL": .text(root + Self.path(story)),
                "storyLabel": .text(BriefCards.counted(story.sources.count - 1, "more source"))]
    }

    /// Cards of `stories` for the index and the stories list.
    func cards(_ stories: some Sequence<Story>, root: String) -> TemplateValue {
        .items(stories.map { story -> TemplateValues in
            let outlets = outlets(story)
            return ["title": .text(story.title), "url": .text(root + Self.path(story)),
                    "summary": .text(PageMeta.shortened(story.summary, limit: Self.cardSummaryLimit)),
                    "sourceLabel": .text(BriefCards.counted(story.sources.count, "source")), "dates": .text(Self.dates(story)),
                    "hasDates": .flag(story.first != nil), "outlets": .text(outlets.joined(separator: ", ")), "hasOutletNames": .flag(!outlets.isEmpty)]
        })
    }

    /// The story page's template values.
    func context(_ story: Story, root: String) -> TemplateValues {
        func link(_ source: String, paragraph: Int? = nil) -> SourceLink {
            guard let brief = brief(source) else { return SourceLink(label: source, url: "") }
            let anchor = paragraph.map { "#p\($0 + 1)" } ?? ""
            return SourceLink(label: brief.outlet ?? brief.title, url: root + SiteLinks.brief(brief.slug) + anchor)
        }
        func value(_ value: Story.SourcedValue) -> SourceLink {
            var context = link(value.source)
            context.text = value.text
            context.date = value.date.map(BriefText.longDate) ?? "undated"
            return context
        }
        // Partial quotes (under four words) stay in the JSON; the page shows statements.
        let speakers = story.quotes.compactMap { group -> Story.SpeakerQuotes? in
            let statements = group.quotes.filter { !KeyQuotes.isPartial($0.text) }
            return statements.isEmpty ? nil : Story.SpeakerQuotes(speaker: group.speaker, quotes: statements)
        }
        return [
            "title": .text(story.title), "summary": .texts(Self.paragraphs(story.summary)), "dates": .text(Self.dates(story)),
            "hasDates": .flag(story.first != nil), "sourceLabel": .text(BriefCards.counted(story.sources.count, "source")),
            "places": .text(story.places.joined(separator: ", ")), "hasPlaces": .flag(!story.places.isEmpty),
            "hasEvents": .flag(!story.events.isEmpty),
            "events": .items(story.events.map { event in
                let timex = TimexValue(event.date)
                return EventItem(datetime: event.date, hasDatetime: timex.isHTMLDatetime, label: timex.label, text: event.text,
                                 count: BriefCards.counted(event.sources.count, "source"), sources: event.sources.map { link($0) })
            }),
            "hasQuotes": .flag(!speakers.isEmpty),
            "speakers": .items(speakers.map { group -> TemplateValues in
                ["speaker": .text(group.speaker), "quotes": .items(group.quotes.map { quote in
                    var context = link(quote.source, paragraph: quote.paragraph)
                    context.text = quote.text
                    context.textHTML = HTMLEscaper.escape(quote.text)
                    return context
                })]
            }),
            "hasFigures": .flag(!story.figures.isEmpty),
            "figures": .items(story.figures.map { group -> TemplateValues in ["label": .text(group.label), "values": .items(group.values.map(value))] }),
            "hasConflicts": .flag(!story.conflicts.isEmpty),
            "conflicts": .items(story.conflicts.map { conflict -> TemplateValues in
                // A date conflict's values are days: each source's date leads its sentence.
                let isDate = conflict.what.hasPrefix("date of")
                return ["what": .text(isDate ? "When it happened" : conflict.what), "isUpdate": .flag(conflict.kind == .update),
                        "kindLabel": .text(conflict.kind == .update ? "Updated over time" : "Sources disagree"),
                        "values": .items(conflict.values.map { sourced in
                            var context = value(sourced)
                            if isDate { context.text = BriefText.longDate(CalendarDate(dayNumber: Int(sourced.value))) + ": " + sourced.text }
                            return context
                        })]
            }),
            "sources": .items(story.sources.compactMap { source -> SourceItem? in
                guard let article = brief(source) else { return nil }
                return SourceItem(article, root: root)
            }),
        ]
    }

    /// A link to the brief (and paragraph) a value of a story page comes from, with the value's
    /// text and date when it shows one; keys it has no value for are left to the enclosing context.
    struct SourceLink: TemplateContext {
        var label: String
        var url: String
        var text: String?
        var textHTML: String?
        var date: String?

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .label: .text(label)
            case .url: .text(url)
            case .text: text.map { .text($0) }
            case .textHTML: textHTML.map { .text($0) }
            case .date: date.map { .text($0) }
            default: nil
            }
        }
    }

    /// An event of a story's merged timeline.
    struct EventItem: TemplateContext {
        let datetime: String
        let hasDatetime: Bool
        let label: String
        let text: String
        let count: String
        let sources: [SourceLink]

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .datetime: .text(datetime)
            case .hasDatetime: .flag(hasDatetime)
            case .label: .text(label)
            case .text: .text(text)
            case .textHTML: .text(HTMLEscaper.escape(text))
            case .count: .text(count)
            case .sources: .items(sources)
            default: nil
            }
        }
    }

    /// A source of a story, in the list of its sources.
    struct SourceItem: TemplateContext {
        let brief: BriefLink
        let url: String
        let original: String?

        init(_ brief: BriefDigest, root: String) {
            self.brief = brief.link
            url = root + SiteLinks.brief(brief.slug)
            original = BriefPage.safeURL(brief.sourceURL)
        }

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .title: .text(brief.title)
            case .url: .text(url)
            case .outlet: .text(brief.outlet ?? "")
            case .hasOutlet: .flag(brief.outlet != nil)
            case .date: .text(brief.published.map(BriefText.longDate) ?? "Undated")
            case .original: .text(original ?? "")
            case .hasOriginal: .flag(original != nil)
            default: nil
            }
        }
    }

    /// The list of every story.
    func listContext(root: String) -> TemplateValues {
        ["count": .number(stories.count), "stories": cards(stories, root: root)]
    }

    /// The stories section of the first index page: the newest stories and a link to all.
    func indexContext(root: String) -> TemplateValues {
        ["hasStories": .flag(!stories.isEmpty), "stories": cards(stories.prefix(Self.indexCards), root: root),
         "storiesMore": .flag(stories.count > Self.indexCards), "storyCount": .number(stories.count), "storiesURL": .text(root + Self.listPath)]
    }

    /// A long summary in paragraphs of three sentences, easier to read than one block.
    static func paragraphs(_ summary: String) -> [String] {
        let sentences = SentenceSplitter.split(summary).map(\.text)
        return stride(from: 0, to: sentences.count, by: 3).map { sentences[$0..<min($0 + 3, sentences.count)].joined(separator: " ") }
    }

    /// Text naming everything a story page or card shows, for its page key: the story and
    /// what its sources' links show.
    func fingerprint(_ story: Story) -> String {
        var writer = BinaryWriter()
        writer.story(story)
        for source in story.sources {
            guard let brief = brief(source) else { continue }
            for text in [brief.slug, brief.title, brief.outlet ?? "\u{1}", brief.sourceURL ?? "\u{1}", brief.published?.description ?? "\u{1}"] { writer.string(text) }
        }
        return writer.withBytes { ContentHash.hex($0) }
    }

    /// "November 19 – 20, 2019" or "November 20, 2019".
    static func dates(_ story: Story) -> String {
        guard let first = story.first else { return "" }
        let last = story.last ?? first
        return first == last ? BriefText.longDate(first) : "\(BriefText.longDate(first)) \u{2013} \(BriefText.longDate(last))"
    }

    /// The story's outlets, each once, in source order.
    private func outlets(_ story: Story) -> [String] {
        var seen: Set<String> = []
        return story.sources.compactMap { brief($0)?.outlet }.filter { seen.insert($0).inserted }
    }
}

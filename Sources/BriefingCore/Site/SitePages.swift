import Foundation

/// Renders every file of the site and hands each to the publisher as soon as it is made,
/// in parallel tasks.
struct SitePages: Sendable {
    let templates: TemplateLibrary
    let baseURL: String?
    let config: SiteConfig
    /// Feed HTML of briefs kept between builds.
    let feedContents: FeedContentCache
    /// Timeline years kept between builds.
    let timelineYears: TimelineYearCache
    /// The search postings kept between builds, when there is a build cache.
    let searchPostings: SearchPostingsFile?
    /// Fingerprint of what every page shares: the program, the templates and the site settings.
    private let siteKey: String
    /// The site title as the layout shows it, escaped once for every page.
    private let siteTitleHTML: String

    init(
        templates: TemplateLibrary, baseURL: String?, config: SiteConfig,
        feedContents: FeedContentCache = FeedContentCache(nil), timelineYears: TimelineYearCache = TimelineYearCache(nil),
        searchPostings: SearchPostingsFile? = nil
    ) {
        self.searchPostings = searchPostings
        self.templates = templates
        self.baseURL = baseURL
        self.config = config
        self.feedContents = feedContents
        self.timelineYears = timelineYears
        siteTitleHTML = HTMLEscaper.escape(config.title)
        siteKey = Self.key(ContentHash.toolFingerprint, templates.fingerprint, baseURL ?? "-", config.pageSettings)
    }

    /// Entries per feed: the newest briefs.
    static let feedSize = 50

    /// Briefs per rendering task: small enough to keep every core busy to the end.
    static let briefsPerTask = 64

    /// Renders every page and returns the stories they show, with how long making them
    /// took. Site-wide pages (listings, people, timeline, search) are rendered alongside the
    /// brief pages rather than after them, so no core waits on a serial tail: while `stories`
    /// groups the briefs (the longest step), another task writes the search index and makes
    /// the tables the other pages share, then the timeline and the people pages, which show no
    /// story, start beside the grouping. Site-wide pages are made from the briefs' digests; a
    /// whole brief is read only to render a page that shows it. With cache keys, a page whose
    /// inputs are unchanged since the last build is kept instead of rendered again.
    func render(
        _ site: SiteBriefs, stories makeStories: @escaping @Sendable () throws -> StoryPages, into publisher: SitePublisher
    ) async throws -> (stories: StoryPages, grouped: Duration) {
        let briefs = site.digests
        // Who writes each brief's files, and the HTML of the feed entries of briefs whose page tasks made it.
        let bodies = BriefBodies(count: briefs.count)
        return try await withThrowingTaskGroup(of: Made.self) { group in
            // The search postings and the documents story grouping compares are each a large
            // table made from every digest's details: these two are made side by side.
            group.addTask {
                let briefKeys = BriefKeys(briefs)
                let files = SearchIndexWriter().keyedFiles(briefs, briefKeys: briefKeys, kept: searchPostings)
                for file in files.sorted(by: { $0.path < $1.path }) {
                    try publisher.write(file.path, key: file.key.map { pageKey(file.path, $0) }, text: file.text)
                }
                return .tables(Tables(briefs, briefKeys))
            }
            group.addTask {
                let clock = ContinuousClock(), start = clock.now
                let stories = try makeStories()
                return .stories(stories, start.duration(to: clock.now))
            }
            var tables: Tables?, stories: (stories: StoryPages, grouped: Duration)?
            while let made = try await group.next() {
                switch made {
                case .tables(let made):
                    tables = made
                    // The timeline (merging every digest's events, then its export: the longest
                    // of the page tasks) and the people pages (from the directory made with the
                    // tables) need no story. The timeline's merge then runs while the grouping
                    // holds its documents: more memory at once (at 50,000 articles 839 MiB
                    // against 703 MiB when it waited for the stories) for a core not left idle.
                    group.addTask { try self.writeTimeline(briefs, made.briefKeys, into: publisher); return .written }
                    group.addTask { try self.writePeople(made.people, into: publisher, reuse: made.briefKeys.isComplete); return .written }
                case .stories(let pages, let grouped): stories = (pages, grouped)
                case .written: continue
                }
                // Once both are made (this runs once: each is made once), the pages that show stories.
                guard let made = tables, let stories else { continue }
                addPages(site, made, stories.stories, bodies, into: publisher, to: &group)
                // Held by the tasks alone from here: each table is freed as the last task that
                // reads it ends, beside the others, not all at once when the last task has ended.
                tables = nil
            }
            guard let stories else { preconditionFailure("the task group ended without its stories task") }
            return stories
        }
    }

    /// What a task of `render` made.
    private enum Made: Sendable {
        case tables(Tables)
        case stories(StoryPages, Duration)
        case written
    }

    /// Adds to `group` the tasks of the pages that show stories: home pages, listings and
    /// feeds, story pages, the sitemap and fixed pages, and the brief pages.
    private func addPages(
        _ site: SiteBriefs, _ tables: Tables, _ stories: StoryPages, _ bodies: BriefBodies, into publisher: SitePublisher,
        to group: inout ThrowingTaskGroup<Made, any Error>
    ) {
        let briefs = site.digests
        let (listings, names, people, briefKeys, inFeeds) = (tables.listings, tables.names, tables.people, tables.briefKeys, tables.inFeeds)
        let positions = tables.positions
        group.addTask {
            try self.writeFeeds(site, briefKeys, listings, stories, names, positions: positions, bodies: bodies, into: publisher)
            return .written
        }
        group.addTask { try self.writeIndexAndListings(briefs, briefKeys, listings, stories, into: publisher); return .written }
        group.addTask { try self.writeStories(stories, into: publisher); return .written }
        group.addTask { try self.writeSitemapAndFixedPages(briefs, listings, people, stories, into: publisher); return .written }
        for start in stride(from: 0, to: briefs.count, by: Self.briefsPerTask) {
            group.addTask {
                try self.writeBriefs(
                    site, start..<min(start + Self.briefsPerTask, briefs.count), stories, names, bodies: bodies, inFeeds: inFeeds, into: publisher
                )
                return .written
            }
        }
    }

    /// What the site-wide pages share of the briefs: listings, names, people, cache keys, each
    /// brief's position by its slug and the positions the feeds show.
    struct Tables: Sendable {
        let listings: ListingPages
        let names: PersonNames
        let people: PeopleDirectory
        let briefKeys: BriefKeys
        let positions: [String: Int]
        let inFeeds: Set<Int>

        init(_ briefs: [BriefDigest], _ briefKeys: BriefKeys) {
            listings = ListingPages(briefs)
            names = PersonNames(briefs)
            people = PeopleDirectory(briefs, names: names)
            self.briefKeys = briefKeys
            positions = Dictionary(briefs.indices.map { (briefs[$0].slug, $0) }, uniquingKeysWith: { a, _ in a })
            inFeeds = SitePages.feedPositions(briefs, listings, positions)
        }
    }

    /// Positions of the briefs some feed shows: the newest of the site and of each listing
    /// (`positions` gives each brief's by its slug).
    private static func feedPositions(_ briefs: [BriefDigest], _ listings: ListingPages, _ positions: [String: Int]) -> Set<Int> {
        var found = Set(briefs.indices.prefix(feedSize))
        for listing in listings.listings {
            for brief in listing.briefs.prefix(feedSize) { if let position = positions[brief.slug] { found.insert(position) } }
        }
        return found
    }

    /// Every feed: Atom feeds of the site and of each listing, and the site's JSON feed, each
    /// keyed by the briefs it shows (their cache keys). Feed entries take the briefs' HTML from
    /// `bodies` when their pages' tasks made it, and write the files of the briefs no task has
    /// claimed yet (`writeBrief`); `positions` gives each brief's position by its slug
    /// (`Tables.positions`). (The pages of the listings are another task's,
    /// `writeIndexAndListings`: this one, which writes many briefs' files as well, was the last
    /// to end.)
    private func writeFeeds(
        _ site: SiteBriefs, _ keys: BriefKeys, _ listings: ListingPages, _ stories: StoryPages, _ names: PersonNames, positions: [String: Int],
        bodies: BriefBodies, into publisher: SitePublisher
    ) throws {
        let briefs = site.digests
        let feeds = FeedWriter(title: config.title, description: config.description, baseURL: baseURL)
        // Feed entries are rendered when a feed is, and once however many Atom feeds show them;
        // each is let go after the last of those feeds, so that they are not all held at once.
        var feedsLeft: [String: Int] = [:]
        for feed in listings.listings.map({ $0.briefs.prefix(Self.feedSize) }) + [briefs.prefix(Self.feedSize)] {
            for brief in feed { feedsLeft[brief.slug, default: 0] += 1 }
        }
        var kept: [String: [UInt8]] = [:]
        // The site feeds (Atom and JSON) both show the newest briefs: their HTML is kept for the second.
        var newestHTML: [Int: [UInt8]] = [:]
        var finished = Set<Int>()
        // The UTF-8 of the entry's HTML.
        func content(_ brief: BriefDigest) throws -> [UInt8] {
            let position = positions[brief.slug]!
            if let html = newestHTML[position] { return html }
            var wroteFiles = false
            let html = try feedContents.html(site.digests[position].key) {
                // A brief whose files no task has written yet: they are written here, so that
                // the brief is read once.
                if bodies.claim(position) {
                    wroteFiles = true
                    var parts = try writeBrief(site, position, stories, names, feedEntry: true, into: publisher)
                    return try parts.feedHTML()
                }
                if let html = bodies.take(position) { return html }
                var parts = BriefParts(site, position)
                return try parts.feedHTML()
            }
            if finished.insert(position).inserted, !wroteFiles { bodies.finish(position, leaving: nil) }
            if position < Self.feedSize { newestHTML[position] = html }
            return html
        }
        // The entry's HTML for an Atom feed, kept until the last Atom feed that shows it.
        func atomContent(_ brief: BriefDigest) throws -> [UInt8] {
            let left = feedsLeft[brief.slug, default: 1] - 1
            feedsLeft[brief.slug] = left
            if let known = kept[brief.slug] {
                if left <= 0 { kept[brief.slug] = nil }
                return known
            }
            let html = try content(brief)
            if left > 0 { kept[brief.slug] = html }
            return html
        }
        for listing in listings.listings {
            let feedPath = ListingPages.feedPath(listing)
            let newest = Array(listing.briefs.prefix(Self.feedSize))
            try write(feedPath, keys.of(newest).map { "\(listing.title)|\($0)" }, into: publisher) { try feeds.atom(newest, path: feedPath, content: atomContent) }
        }
        let newest = Array(briefs.prefix(Self.feedSize))
        try write("feed.xml", keys.of(newest), into: publisher) { try feeds.atom(newest, path: "feed.xml", content: atomContent) }
        try publisher.write("feed.json", key: keys.of(newest).map { pageKey("feed.json", $0) }, text: {
            try feeds.jsonFeed(newest, path: "feed.json") { String(decoding: try content($0), as: UTF8.self) }
        })
    }

    /// Home pages, the outlet/tag/month listings and their overviews. Each page is keyed by
    /// the briefs it shows (their cache keys), so an unchanged listing is kept from the last
    /// build.
    private func writeIndexAndListings(
        _ briefs: [BriefDigest], _ keys: BriefKeys, _ listings: ListingPages, _ stories: StoryPages, into publisher: SitePublisher
    ) throws {
        let browse = listings.browse(root: "").merging(stories.indexContext(root: "")) { a, _ in a }
        let browseKey = listings.listings.map { "\($0.path)=\($0.title)=\($0.briefs.count)" }.joined(separator: ";")
            + stories.stories.prefix(StoryPages.indexCards).map(stories.fingerprint).joined(separator: ";")
            // The index links to "All N stories": a story made or merged further down changes it.
            + "|\(stories.stories.count)"
        let size = max(1, config.itemsPerPage)
        let cards = BriefCards()
        for (number, (path, context)) in IndexPage.pages(briefs, cards: cards, itemsPerPage: config.itemsPerPage, browse: browse).enumerated() {
            let title = number == 0 ? config.title : "\(config.title), page \(number + 1)"
            let key = keys.of(briefs.dropFirst(number * size).prefix(size)).map { "\(briefs.count)|\($0)|\(number == 0 ? browseKey : "")" }
            try write(path, key, into: publisher) { try page("index", context(), PageMeta(path: path, title: title, description: config.description, feed: "feed.xml")) }
        }
        for listing in listings.listings {
            let feedPath = ListingPages.feedPath(listing)
            let description = "\(listing.briefs.count) briefs · \(listing.kind.singular.lowercased()) \(listing.title)"
            for listingPage in listings.pages(listing, cards: cards, itemsPerPage: config.itemsPerPage) {
                let title = "\(listing.kind.singular): \(listing.title)" + (listingPage.number > 1 ? ", page \(listingPage.number)" : "")
                let meta = PageMeta(path: listingPage.path, title: title, description: description, feed: feedPath)
                let slice = listing.briefs.dropFirst((listingPage.number - 1) * size).prefix(size)
                let key = keys.of(slice).map { "\(listing.kind.singular)|\(listing.title)|\(listing.briefs.count)|\($0)" }
                try write(listingPage.path, key, into: publisher) { try page("listing", listingPage.context(), meta) }
            }
        }
        for kind in ListingPages.BrowseKind.allCases {
            let context = listings.overview(kind)
            let count = listings.listings.count { $0.kind == kind }
            let meta = PageMeta(path: kind.path, title: kind.title, description: "All \(count) \(kind.rawValue) of these briefings, with their number of briefs.")
            try write(kind.path, browseKey, into: publisher) { try page("overview", context, meta) }
        }
    }

    /// A page per story of two or more sources, keyed by what it shows, and the list of stories.
    private func writeStories(_ stories: StoryPages, into publisher: SitePublisher) throws {
        for story in stories.stories {
            let path = StoryPages.path(story)
            try publisher.write(path, key: pageKey(path, stories.fingerprint(story))) {
                let meta = PageMeta(path: path, title: story.title, description: story.summary, type: "article")
                return try page("story", stories.context(story, root: SiteLinks.root(for: path)), meta)
            }
        }
        let meta = PageMeta(path: StoryPages.listPath, title: "Stories", description: "Events told by more than one article, with where the sources differ.")
        try publisher.write(StoryPages.listPath, try page("stories", stories.listContext(root: ""), meta))
    }

    /// A page per quoted person and the people index, each keyed by what it shows.
    private func writePeople(_ people: PeopleDirectory, into publisher: SitePublisher, reuse: Bool) throws {
        for person in people.people {
            let key = reuse ? pageKey(person.path, PeopleDirectory.fingerprint(person)) : nil
            try publisher.write(person.path, key: key) {
                let context = people.context(person)
                return try page("person", context, PageMeta(path: person.path, title: person.name, description: "Every quote of \(person.name) in these briefings."))
            }
        }
        let index = try page("people", people.indexContext(root: "../"), PageMeta(path: "people/index.html", title: "People", description: "Everyone quoted in these briefings."))
        try publisher.write("people/index.html", index)
    }

    /// The merged timeline pages and their TimelineJS export.
    /// Each page is keyed by the years it shows (`TimelineYears.Year.key`), so unchanged years are
    /// kept from the last build, and so is their part of the export.
    /// Both are written in this task as soon as the years are merged, beside the brief pages:
    /// as tasks of their own they were queued behind the brief pages' tasks and ran last.
    private func writeTimeline(_ briefs: [BriefDigest], _ briefKeys: BriefKeys, into publisher: SitePublisher) throws {
        let timeline = TimelineYears(briefs, keys: briefKeys, baseURL: baseURL, cache: timelineYears)
        try publisher.write("timeline.json", key: timeline.key.map { pageKey("timeline.json", $0) }) {
            try TimelineExport.json(title: config.title, listed: timeline.years.indices.lazy.map(timeline.listed), emit: $0)
        }
        for timelinePage in TimelinePage.pages(timeline) {
            let meta = PageMeta(path: timelinePage.path, title: timelinePage.title, description: "Dated events across all briefings, oldest first.")
            try write(timelinePage.path, timelinePage.key, into: publisher) { try page("timeline", timelinePage.context(), meta) }
        }
    }

    /// Search, about and 404 pages, the sitemap, robots.txt and the template assets.
    private func writeSitemapAndFixedPages(
        _ briefs: [BriefDigest], _ listings: ListingPages, _ people: PeopleDirectory, _ stories: StoryPages, into publisher: SitePublisher
    ) throws {
        func put(_ path: String, _ text: String) throws { try publisher.write(path, text) }
        func put(_ path: String, _ page: ByteBuffer) throws { try publisher.write(path, page) }
        try put("search.html", try page("search", TemplateValues(), PageMeta(path: "search.html", title: "Search", description: "Search headlines, summaries, quotes, people and full text.")))
        try put("about.html", try page("about", ["description": .text(config.description), "count": .number(briefs.count)] as TemplateValues, PageMeta(path: "about.html", title: "About", description: config.description)))
        try put("404.html", try page("404", TemplateValues(), PageMeta(path: "404.html", title: "Page not found", description: config.description)))
        var sitemap: [(path: String, date: CalendarDate?)] = [("index.html", briefs.first?.published), ("timeline.html", nil), ("people/index.html", nil)]
        sitemap += ListingPages.BrowseKind.allCases.map { ($0.path, nil) }
        sitemap += [(StoryPages.listPath, nil)] + stories.stories.map { (StoryPages.path($0), $0.last) }
        sitemap += briefs.map { (SiteLinks.brief($0.slug), $0.published) }
        sitemap += listings.listings.map { ($0.path, $0.briefs.first?.published) }
        sitemap += people.people.map { ($0.path, nil) }
        // A sitemap lists absolute URLs: without a base URL there is none to write.
        if let baseURL { try put("sitemap.xml", SitemapWriter.sitemap(sitemap, baseURL: baseURL)) }
        try put("robots.txt", SitemapWriter.robots(baseURL: baseURL))
        for (path, bytes) in templates.assets.sorted(by: { $0.key < $1.key }) { try publisher.write(path, bytes) }
    }

    /// The HTML page and Markdown file of the briefs in `range` that no other task claimed
    /// (`BriefBodies.claim`: the feed task writes a brief's files itself when its entry comes
    /// first). A brief read here whose entry in a feed (`inFeeds`) is still to be made leaves
    /// the entry's HTML (`BriefParts.feedHTML`) in `bodies` for it.
    private func writeBriefs(
        _ site: SiteBriefs, _ range: Range<Int>, _ stories: StoryPages, _ names: PersonNames, bodies: BriefBodies, inFeeds: Set<Int>, into publisher: SitePublisher
    ) throws {
        for i in range where bodies.claim(i) {
            let feedEntry = inFeeds.contains(i) && !feedContents.contains(site.digests[i].key)
            var parts = try writeBrief(site, i, stories, names, feedEntry: feedEntry, into: publisher)
            if inFeeds.contains(i) { bodies.finish(i, leaving: feedEntry && parts.isRead ? try parts.feedHTML() : nil) }
        }
    }

    /// Writes the HTML page and Markdown file of the brief at `i`, each kept from the last
    /// build when its key is unchanged, and returns the parts of the brief made for them, the
    /// HTML of its feed entry to follow when `feedEntry` says so. (Most briefs of a rebuild are
    /// kept: only their keys are made, with nothing set up to render them.)
    private func writeBrief(
        _ site: SiteBriefs, _ i: Int, _ stories: StoryPages, _ names: PersonNames, feedEntry: Bool, into publisher: SitePublisher
    ) throws -> BriefParts {
        // Read once for both files, and only when one of them is rendered.
        var parts = BriefParts(site, i, feedEntry: feedEntry)
        let slug = site.digests[i].slug, path = SiteLinks.brief(slug)
        let keys = briefFileKeys(site, i, path: path, stories, names)
        try publisher.write(path, key: keys.page) { try briefPage(site, i, path: path, stories, names, &parts) }
        try publisher.write(SiteLinks.briefMarkdown(slug), key: keys.markdown) { try parts.markdownFile() }
        return parts
    }

    /// The cache keys of the HTML page (at `path`) and the Markdown file of the brief at `i`,
    /// as `writeBrief` writes them; nil without a cache.
    func briefFileKeys(_ site: SiteBriefs, _ i: Int, path: String, _ stories: StoryPages, _ names: PersonNames) -> (page: String?, markdown: String?) {
        guard let key = site.digests[i].key else { return (nil, nil) }
        let briefs = site.digests
        let digest = briefs[i]
        let hasPrevious = i + 1 < briefs.count, hasNext = i > 0
        // Everything the page is made from: the site, the brief (its cache key) and its neighbours' links.
        let story = stories.story(of: digest).map { "\($0.id)|\($0.title)|\($0.sources.count)" } ?? ""
        // The people pages its speakers' names link to, when the site names them otherwise.
        let people = digest.speakers.compactMap { speaker in
            let name = names.name(for: speaker)
            return name == speaker ? nil : "\(speaker)=\(name)"
        }
        // `pageKey(path, inputs)` of the inputs joined by "|", each a part of the key itself:
        // the same bytes, with no string of the inputs made first.
        let page = Self.key(siteKey, path, key, hasPrevious ? briefs[i + 1].slug : "", hasPrevious ? briefs[i + 1].title : "",
                            hasNext ? briefs[i - 1].slug : "", hasNext ? briefs[i - 1].title : "", story, people.joined(separator: ";"))
        // The Markdown brief depends on the brief alone, not on the templates or settings.
        return (page, Self.key(ContentHash.toolFingerprint, key, digest.slug))
    }

    /// The HTML page (at `path`) of the brief at `i`, from its `parts`.
    func briefPage(_ site: SiteBriefs, _ i: Int, path: String, _ stories: StoryPages, _ names: PersonNames, _ parts: inout BriefParts) throws -> ByteBuffer {
        let briefs = site.digests
        let digest = briefs[i]
        let previous = i + 1 < briefs.count ? briefs[i + 1].link : nil, next = i > 0 ? briefs[i - 1].link : nil
        let brief = try parts.brief()
        let context = BriefPage.context(brief, previous: previous, next: next, sections: config.sections,
                                        story: stories.link(for: digest, root: SiteLinks.root(for: path)), figurePhrases: try parts.figurePhrases(),
                                        eventLabels: try parts.eventLabels(), people: names,
                                        paragraphInlineHTML: config.sections.contains(.article) ? try parts.paragraphInlineHTML() : nil)
        let url = baseURL.map { SiteLinks.absolute(path, baseURL: $0) }
        let meta = PageMeta(path: path, title: brief.article.title, description: brief.summary, type: "article", jsonLD: BriefPage.jsonLD(brief, url: url, siteName: config.title))
        return try page("brief", context, meta)
    }

    /// Writes the page at `path`, keyed by `inputs` (`pageKey`; without them, not kept between
    /// builds), with the bytes `render` makes unless the last build's page is kept.
    private func write(_ path: String, _ inputs: String?, into publisher: SitePublisher, render: () throws -> ByteBuffer) throws {
        try publisher.write(path, key: inputs.map { pageKey(path, $0) }, render: render)
    }

    /// The key of the page at `path` made from `inputs` (text naming everything it shows) with
    /// the program, templates and settings every page shares.
    private func pageKey(_ path: String, _ inputs: String) -> String {
        Self.key(siteKey, path, inputs)
    }

    /// The hash of `parts` joined by "|": their bytes gathered in one array, with no joined
    /// string made first.
    static func key(_ parts: String...) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(parts.count) { $0 + $1.utf8.count })
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(0x7C) }
            bytes.append(utf8Of: part)
        }
        return ContentHash.hex(bytes)
    }

    /// Renders `template` with `context` and "root", then wraps it in the layout: the page's
    /// UTF-8 bytes, written as they are.
    private func page(_ template: String, _ context: some TemplateContext, _ meta: PageMeta) throws -> ByteBuffer {
        try layout(templates.renderBuffer(template, RootedContext(base: context, root: SiteLinks.root(for: meta.path))), meta)
    }

    /// The page around `content`.
    private func layout(_ content: ByteBuffer, _ meta: PageMeta) throws -> ByteBuffer {
        let root = SiteLinks.root(for: meta.path)
        let canonical = baseURL.map { SiteLinks.absolute(meta.path == "index.html" ? "" : meta.path, baseURL: $0) }
        let layout = LayoutContext(
            title: meta.title, siteTitle: config.title, siteTitleHTML: siteTitleHTML, isHome: meta.path == "index.html",
            description: PageMeta.shortened(meta.description), language: config.language, root: root, content: content,
            type: meta.type, feedURL: root + (meta.feed ?? "feed.xml"), canonical: canonical, jsonLD: meta.jsonLD
        )
        return try templates.renderBuffer("layout", layout)
    }
}

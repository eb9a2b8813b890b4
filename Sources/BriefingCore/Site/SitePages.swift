import Foundation

/// Renders every file of the site and hands each to the publisher as soon as it is made.
/// Brief pages, the bulk of the work, are rendered in parallel, one task per core.
struct SitePages: Sendable {
    var templates: TemplateLibrary
    var baseURL: String?
    var config: SiteConfig

    /// Entries per feed: the newest briefs.
    static let feedSize = 50

    func render(_ briefs: [Brief], into publisher: SitePublisher) async throws {
        try await writeBriefs(briefs, into: publisher)
        func put(_ path: String, _ text: String) throws { try publisher.write(path, Array(text.utf8)) }
        let listings = ListingPages(briefs)
        let people = PeopleDirectory(briefs)
        let timeline = TimelineEntries(briefs)
        let feeds = FeedWriter(title: config.title, description: config.description, baseURL: baseURL)
        // Feed entries are rendered once, however many feeds a brief appears in.
        var feedBriefs = Array(briefs.prefix(Self.feedSize))
        for listing in listings.listings { feedBriefs += listing.briefs.prefix(Self.feedSize) }
        var contents: [String: String] = [:]
        for brief in feedBriefs where contents[brief.article.slug] == nil { contents[brief.article.slug] = feedContent(brief) }
        let content = { (brief: Brief) in contents[brief.article.slug] ?? "" }

        for (path, context) in IndexPage.pages(briefs, itemsPerPage: config.itemsPerPage, browse: listings.browse(root: "")) {
            let title = path == "index.html" ? config.title : "\(config.title), page \(context["page"]!)"
            try put(path, try page("index", context, PageMeta(path: path, title: title, description: config.description, feed: "feed.xml")))
        }
        for listing in listings.listings {
            let feedPath = ListingPages.feedPath(listing)
            let description = "\(listing.briefs.count) briefs · \(listing.kind.lowercased()) \(listing.title)"
            try put(listing.path, try page("listing", listings.context(listing), PageMeta(path: listing.path, title: "\(listing.kind): \(listing.title)", description: description, feed: feedPath)))
            try put(feedPath, feeds.atom(Array(listing.briefs.prefix(Self.feedSize)), path: feedPath, content: content))
        }
        for person in people.people {
            let context = people.context(person)
            try put(person.path, try page("person", context, PageMeta(path: person.path, title: person.name, description: "Every quote of \(person.name) in these briefings.")))
        }
        try put("people/index.html", try page("people", people.indexContext(root: "../"), PageMeta(path: "people/index.html", title: "People", description: "Everyone quoted in these briefings.")))
        for (path, title, context) in TimelinePage.pages(timeline) {
            try put(path, try page("timeline", context, PageMeta(path: path, title: title, description: "Dated events across all briefings, oldest first.")))
        }
        try put("timeline.json", TimelineExport.json(timeline, title: config.title, baseURL: baseURL))
        try put("search.html", try page("search", [:], PageMeta(path: "search.html", title: "Search", description: "Search headlines, summaries, quotes, people and full text.")))
        try put("about.html", try page("about", ["description": config.description, "count": briefs.count], PageMeta(path: "about.html", title: "About", description: config.description)))
        try put("404.html", try page("404", [:], PageMeta(path: "404.html", title: "Page not found", description: config.description)))
        let newest = Array(briefs.prefix(Self.feedSize))
        try put("feed.xml", feeds.atom(newest, path: "feed.xml", content: content))
        try put("feed.json", feeds.jsonFeed(newest, path: "feed.json", content: content))
        for (path, text) in SearchIndexWriter().files(briefs).sorted(by: { $0.key < $1.key }) { try put(path, text) }
        var sitemap: [(path: String, date: CalendarDate?)] = [("index.html", briefs.first?.article.published), ("timeline.html", nil), ("people/index.html", nil)]
        sitemap += briefs.map { (SiteLinks.brief($0.article.slug), $0.article.published) }
        sitemap += listings.listings.map { ($0.path, $0.briefs.first?.article.published) }
        sitemap += people.people.map { ($0.path, nil) }
        try put("sitemap.xml", SitemapWriter.sitemap(sitemap, baseURL: baseURL))
        try put("robots.txt", SitemapWriter.robots(baseURL: baseURL))
        for (path, bytes) in templates.assets.sorted(by: { $0.key < $1.key }) { try publisher.write(path, bytes) }
    }

    /// Each brief's HTML page and Markdown file, rendered and written in parallel.
    private func writeBriefs(_ briefs: [Brief], into publisher: SitePublisher) async throws {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(1, (briefs.count + width - 1) / width)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for start in stride(from: 0, to: briefs.count, by: chunk) {
                group.addTask {
                    for i in start..<min(start + chunk, briefs.count) {
                        let brief = briefs[i]
                        let path = SiteLinks.brief(brief.article.slug)
                        let context = BriefPage.context(
                            brief, previous: i + 1 < briefs.count ? briefs[i + 1] : nil, next: i > 0 ? briefs[i - 1] : nil,
                            sections: config.sections)
                        let url = baseURL.map { SiteLinks.absolute(path, baseURL: $0) }
                        let meta = PageMeta(path: path, title: brief.article.title, description: brief.summary, type: "article", jsonLD: BriefPage.jsonLD(brief, url: url))
                        try publisher.write(path, Array(try page("brief", context, meta).utf8))
                        try publisher.write("briefs/\(brief.article.slug).md", Array(try BriefMarkdownWriter().markdown(brief).utf8))
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// A brief as HTML for feeds: its Markdown body through cmark.
    private func feedContent(_ brief: Brief) -> String {
        guard let markdown = try? BriefMarkdownWriter().markdown(brief) else { return "" }
        let body = markdown.range(of: "\n---\n").map { String(markdown[$0.upperBound...]) } ?? markdown
        return MarkdownRenderer.html(fromMarkdown: body)
    }

    /// Renders `template` with `context`, then wraps it in the layout.
    private func page(_ template: String, _ context: [String: Any], _ meta: PageMeta) throws -> String {
        let root = SiteLinks.root(for: meta.path)
        var context = context
        context["root"] = root
        let content = try templates.render(template, context)
        var layout: [String: Any] = [
            "title": meta.title, "siteTitle": config.title, "isHome": meta.path == "index.html",
            "description": String(meta.description.prefix(300)), "language": config.language,
            "root": root, "content": content, "type": meta.type,
            "feedURL": root + (meta.feed ?? "feed.xml"),
        ]
        if let baseURL {
            layout["canonical"] = SiteLinks.absolute(meta.path == "index.html" ? "" : meta.path, baseURL: baseURL)
        }
        if let json = meta.jsonLDText { layout["jsonLD"] = json }
        return try templates.render("layout", layout)
    }
}

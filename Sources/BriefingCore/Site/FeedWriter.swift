/// Atom and JSON Feed 1.1 feeds of briefs: full content, dates from the articles (never the
/// clock), ids stable across builds.
struct FeedWriter {
    var title: String
    var description: String
    var baseURL: String?

    /// The id of a brief: its absolute URL when the site has one, a stable URN otherwise.
    func id(_ brief: BriefDigest) -> String {
        baseURL.map { SiteLinks.absolute(SiteLinks.brief(brief.slug), baseURL: $0) } ?? "urn:briefing:brief:\(brief.slug)"
    }

    /// `path` as an absolute URL under the base URL, or relative to the feed at `feedPath`.
    private func link(_ path: String, from feedPath: String) -> String {
        baseURL.map { SiteLinks.absolute(path, baseURL: $0) } ?? SiteLinks.root(for: feedPath) + path
    }

    static func timestamp(_ date: CalendarDate?) -> String { (date ?? CalendarDate(year: 1970, month: 1, day: 1)).description + "T00:00:00Z" }

    /// The Atom feed of `briefs`; `xmlContent` gives each entry's HTML already escaped for XML
    /// (a brief is in several feeds, so its content is escaped once).
    func atom(_ briefs: [BriefDigest], path: String, xmlContent: (BriefDigest) throws -> String) rethrows -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>\(XMLText.escape(title))</title>
            <subtitle>\(XMLText.escape(description))</subtitle>
            <id>\(XMLText.escape(baseURL.map { SiteLinks.absolute(path, baseURL: $0) } ?? "urn:briefing:feed:\(path)"))</id>
            <updated>\(Self.timestamp(briefs.compactMap(\.published).max()))</updated>
            <link rel="alternate" href="\(XMLText.escape(link("index.html", from: path)))"/>

            """
        xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(link(path, from: path)))\"/>\n"
        xml += "<generator>Briefing</generator>\n"
        for brief in briefs {
            let article = brief
            xml += "<entry>\n<title>\(XMLText.escape(article.title))</title>\n<id>\(XMLText.escape(id(brief)))</id>\n"
            xml += "<link rel=\"alternate\" href=\"\(XMLText.escape(link(SiteLinks.brief(article.slug), from: path)))\"/>\n"
            xml += "<published>\(Self.timestamp(article.published))</published>\n<updated>\(Self.timestamp(article.published))</updated>\n"
            for author in article.authors { xml += "<author><name>\(XMLText.escape(author))</name></author>\n" }
            if article.authors.isEmpty { xml += "<author><name>\(XMLText.escape(article.outlet ?? title))</name></author>\n" }
            for tag in article.tags { xml += "<category term=\"\(XMLText.escape(tag))\"/>\n" }
            xml += "<summary>\(XMLText.escape(brief.summary))</summary>\n"
            xml += "<content type=\"html\">"
            xml += try xmlContent(brief)
            xml += "</content>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    func jsonFeed(_ briefs: [BriefDigest], path: String, content: (BriefDigest) throws -> String) rethrows -> String {
        var pairs: [(String, RecordValue)] = [
            ("version", .string("https://jsonfeed.org/version/1.1")), ("title", .string(title)),
            ("description", .string(description)),
        ]
        // Absolute with a base URL; without one, relative to the feed (as readers resolve them).
        pairs.append(("home_page_url", .string(link("index.html", from: path))))
        pairs.append(("feed_url", .string(link(path, from: path))))
        pairs.append(("items", .array(try briefs.map { brief in
            let article = brief
            var item: [(String, RecordValue)] = [("id", .string(id(brief)))]
            item.append(("url", .string(link(SiteLinks.brief(article.slug), from: path))))
            item += [
                ("title", .string(article.title)), ("content_html", .string(try content(brief))), ("summary", .string(brief.summary)),
                ("date_published", .string(Self.timestamp(article.published))),
                ("authors", .array(article.authors.map { .object([("name", .string($0))]) })),
                ("tags", .array(article.tags.map(RecordValue.string))),
            ]
            if let source = BriefPage.safeURL(article.sourceURL) { item.append(("external_url", .string(source))) }
            return .object(item)
        })))
        return JSONWriter.string(.object(pairs)) + "\n"
    }
}

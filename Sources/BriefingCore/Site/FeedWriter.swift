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

    /// The Atom feed of `briefs`, written as bytes; `content` gives the UTF-8 of each entry's
    /// HTML, which is escaped for XML straight into the feed.
    func atom(_ briefs: [BriefDigest], path: String, content: (BriefDigest) throws -> [UInt8]) rethrows -> ByteBuffer {
        let xml = ByteBuffer(capacity: 64 * 1024)
        func text(_ value: String) { XMLText.append(value, escapedTo: xml) }
        func element(_ name: StaticString, _ value: String) {
            xml.append(literal: "<"); xml.append(literal: name); xml.append(literal: ">")
            text(value)
            xml.append(literal: "</"); xml.append(literal: name); xml.append(literal: ">\n")
        }
        xml.append(literal: "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        element("title", title)
        element("subtitle", description)
        element("id", baseURL.map { SiteLinks.absolute(path, baseURL: $0) } ?? "urn:briefing:feed:\(path)")
        element("updated", Self.timestamp(briefs.compactMap(\.published).max()))
        xml.append(literal: "<link rel=\"alternate\" href=\"")
        text(link("index.html", from: path))
        xml.append(literal: "\"/>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"")
        text(link(path, from: path))
        xml.append(literal: "\"/>\n<generator>Briefing</generator>\n")
        for brief in briefs {
            xml.append(literal: "<entry>\n")
            element("title", brief.title)
            element("id", id(brief))
            xml.append(literal: "<link rel=\"alternate\" href=\"")
            text(link(SiteLinks.brief(brief.slug), from: path))
            xml.append(literal: "\"/>\n")
            element("published", Self.timestamp(brief.published))
            element("updated", Self.timestamp(brief.published))
            for author in brief.authors.isEmpty ? [brief.outlet ?? title] : brief.authors {
                xml.append(literal: "<author><name>")
                text(author)
                xml.append(literal: "</name></author>\n")
            }
            for tag in brief.tags {
                xml.append(literal: "<category term=\"")
                text(tag)
                xml.append(literal: "\"/>\n")
            }
            element("summary", brief.summary)
            xml.append(literal: "<content type=\"html\">")
            try content(brief).withUnsafeBufferPointer { XMLText.append(utf8: $0, escapedTo: xml) }
            xml.append(literal: "</content>\n</entry>\n")
        }
        xml.append(literal: "</feed>\n")
        return xml
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

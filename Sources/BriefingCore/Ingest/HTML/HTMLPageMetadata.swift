import Foundation

/// Headline, byline, date, outlet, link and captions of a saved web page, read from JSON-LD,
/// OpenGraph and `article:` meta tags, `<title>`, `<h1>`, bylines, `<time>` and `<figcaption>`.
struct HTMLPageMetadata {
    var title: String?
    var authors: [String] = []
    var published: CalendarDate?
    var outlet: String?
    var summary: String?
    var sourceURL: String?
    var tags: [String] = []
    var captions: [Caption] = []
    /// The JSON-LD `articleBody`, when the page has one.
    var articleBody: String?

    init(_ page: HTMLNode) {
        let meta = Self.metaTags(page)
        let jsonLD = JSONLDArticle.find(in: page.elements { $0.name == "script" }.map { $0.children.map(\.text).joined() })
        let siteName = meta["og:site_name"] ?? meta["application-name"] ?? jsonLD?.publisher
        let pageTitle = page.elements { $0.name == "title" }.first?.textContent
        let h1 = page.elements { $0.name == "h1" }.map(\.textContent).first { $0.split(separator: " ").count >= 2 }
        let headline = jsonLD?.headline ?? h1 ?? meta["og:title"] ?? meta["twitter:title"] ?? pageTitle
        title = headline.map { Self.strippingSiteName($0, siteName) }
        outlet = (siteName.map { String($0.drop { $0 == "@" }) } ?? pageTitle.flatMap(Self.siteSuffix))
            .map { OutletNames.canonical($0) ?? $0 }
        (authors, outlet) = HTMLBylines.authors(page, meta: meta, jsonLD: jsonLD, outlet: outlet)
        outlet = outlet.map { OutletNames.displayName($0, siteName: meta["og:site_name"]) }
        published = HTMLPublicationDate.find(page, meta: meta, jsonLD: jsonLD)
        summary = meta["og:description"] ?? meta["description"] ?? jsonLD?.description
        sourceURL = page.elements { $0.name == "link" && $0["rel"]?.lowercased() == "canonical" }.first?["href"]
            ?? meta["og:url"] ?? jsonLD?.url
        var keywords = jsonLD?.keywords ?? []
        if keywords.isEmpty, let field = meta["keywords"] {
            keywords = field.split(separator: ",").map(String.init)
        }
        if keywords.isEmpty { keywords = page.elements { $0.name == "meta" && $0["property"] == "article:tag" }.compactMap { $0["content"] } }
        tags = TagCleaner.clean(keywords, title: title, outlet: outlet)
        captions = page.elements { $0.name == "figcaption" }.compactMap(HTMLFigureCaption.caption)
        articleBody = jsonLD?.articleBody
    }

    /// `<meta>` contents by lower-cased `property`, `name` or each `itemprop` word; the first wins.
    private static func metaTags(_ page: HTMLNode) -> [String: String] {
        var tags: [String: String] = [:]
        for meta in page.elements(where: { $0.name == "meta" }) {
            guard let content = meta["content"].map(HTMLText.decodingEntities).map(HTMLText.collapsingWhitespace),
                  !content.isEmpty else { continue }
            let keys = [meta["property"], meta["name"]].compactMap { $0 } + (meta["itemprop"] ?? "").split(separator: " ").map(String.init)
            for key in keys where tags[key.lowercased()] == nil { tags[key.lowercased()] = content }
        }
        return tags
    }

    /// "Headline | Site" → "Headline" when the suffix is the site's name.
    private static func strippingSiteName(_ title: String, _ site: String?) -> String {
        guard let site = site?.lowercased() else { return title }
        for separator in [" | ", " - ", " — ", " – ", " :: "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let suffix = title[range.upperBound...].lowercased()
            if suffix == site || site.contains(suffix) { return String(title[..<range.lowerBound]) }
        }
        return title
    }

    /// "Headline | The Daily Planet" → "The Daily Planet" when it reads as an outlet name.
    private static func siteSuffix(_ title: String) -> String? {
        for separator in [" | ", " - ", " — ", " – "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            if let outlet = OutletNames.canonical(String(title[range.upperBound...])) { return outlet }
        }
        return nil
    }
}

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
        title = jsonLD?.headline.map { Self.strippingSiteName($0, siteName) } ?? h1 ?? (meta["og:title"] ?? meta["twitter:title"] ?? pageTitle).map { Self.strippingSiteName($0, siteName) }
        outlet = (siteName.map { String($0.drop { $0 == "@" }) } ?? pageTitle.flatMap(Self.siteSuffix)).map { OutletNames.canonical($0) ?? $0 }
        authors = Self.dedup((jsonLD?.authors ?? []).flatMap(Self.names))
        if authors.isEmpty, let author = meta["author"] ?? meta["article:author"] ?? meta["byl"] ?? meta["parsely-author"], !author.contains("/") {
            authors = Self.names(author)
        }
        if authors.isEmpty {
            let bylines = page.elements { $0["rel"] == "author" || $0.classAndID.contains("byline") || $0["itemprop"] == "author" }
            authors = Self.dedup(bylines.prefix(3).flatMap { BylineParser.authors(in: $0.textContent) ?? [] })
        }
        // Wire services and outlets credited as authors are the outlet, not a byline.
        if outlet == nil, let agency = authors.first(where: OutletNames.isOutlet) { outlet = OutletNames.canonical(agency) }
        let outletKey = outlet.map(ScrapedTextParser.comparisonKey) ?? ""
        authors = authors.filter { name in
            let key = ScrapedTextParser.comparisonKey(name)
            return !OutletNames.isOutlet(name) && !key.isEmpty && !(outletKey.contains(key) || key.contains(outletKey) && !outletKey.isEmpty)
                && name.contains(where: \.isUppercase)
        }.map(Self.unshouted)
        let dates = [jsonLD?.datePublished, meta["article:published_time"], meta["article:published"], meta["og:published_time"], meta["pdate"], meta["datepublished"],
                     meta["pubdate"], meta["publishdate"], meta["publish-date"], meta["parsely-pub-date"], meta["sailthru.date"],
                     meta["dc.date.issued"], meta["dc.date"], meta["date"], page.elements { $0.name == "time" }.first?["datetime"]]
        published = dates.lazy.compactMap { $0.flatMap(Self.date) }.first
            ?? page.elements { Self.isDateElement($0) }.lazy.compactMap { Self.date($0.textContent) }.first
        summary = meta["og:description"] ?? meta["description"] ?? jsonLD?.description
        sourceURL = page.elements { $0.name == "link" && $0["rel"]?.lowercased() == "canonical" }.first?["href"]
            ?? meta["og:url"] ?? jsonLD?.url
        tags = jsonLD?.keywords.isEmpty == false ? jsonLD!.keywords : meta.keys.contains("keywords")
            ? (meta["keywords"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
        captions = page.elements { $0.name == "figcaption" }.compactMap(Self.caption)
        articleBody = jsonLD?.articleBody
    }

    /// `<meta>` contents by lower-cased `property`, `name` or `itemprop`; the first one wins.
    private static func metaTags(_ page: HTMLNode) -> [String: String] {
        var tags: [String: String] = [:]
        for meta in page.elements(where: { $0.name == "meta" }) {
            guard let content = meta["content"].map(HTMLText.decodingEntities).map(HTMLText.collapsingWhitespace), !content.isEmpty else { continue }
            let keys = [meta["property"], meta["name"]].compactMap { $0 } + (meta["itemprop"] ?? "").split(separator: " ").map(String.init)
            for key in keys where tags[key.lowercased()] == nil { tags[key.lowercased()] = content }
        }
        return tags
    }

    /// "Headline | Site" → "Headline" when the suffix is the site's name.
    private static func strippingSiteName(_ title: String, _ site: String?) -> String {
        for separator in [" | ", " - ", " — ", " – ", " :: "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let suffix = title[range.upperBound...]
            if let site, suffix.lowercased() == site.lowercased() || site.lowercased().contains(suffix.lowercased()) {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }

    /// "Headline | The Daily Planet" → "The Daily Planet" when it reads as an outlet name.
    private static func siteSuffix(_ title: String) -> String? {
        for separator in [" | ", " - ", " — ", " – "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let suffix = String(title[range.upperBound...])
            if OutletNames.isOutlet(suffix) { return OutletNames.canonical(suffix) }
        }
        return nil
    }

    /// A short element whose class or id says it holds the publication date.
    private static func isDateElement(_ node: HTMLNode) -> Bool {
        let hints = node.classAndID
        return ["publish", "dateline", "timestamp", "post-date", "entry-date", "article-date", "byline"].contains { hints.contains($0) }
    }

    /// "2025-04-17T09:12:00+09:00", "20250417", "April 17, 2025", "17 April 2025".
    private static func date(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = DateText.isoDate(trimmed) { return iso }
        if trimmed.count == 8, trimmed.allSatisfy(\.isASCII), let _ = Int(trimmed) {
            let digits = Array(trimmed)
            return CalendarDate(iso: String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8]))
        }
        guard text.count < 200 else { return nil }
        guard let found = DateText.dates(in: text).first, let year = found.year else { return nil }
        return CalendarDate(year: year, month: found.month, day: found.day)
    }

    /// Names in an author field: a byline, or the name before a trailing affiliation
    /// ("Finian Cunningham. Sputnik International").
    private static func names(_ text: String) -> [String] {
        if let names = BylineParser.authors(in: text) { return names }
        let head = text.components(separatedBy: ". ").first ?? text
        return BylineParser.isPersonName(head) ? [head] : []
    }

    /// "DANICA KIRKA" → "Danica Kirka"; mixed-case names are left alone.
    private static func unshouted(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// "Photo: Ana Ruiz" → "Ana Ruiz".
    private static func creditName(_ credit: String) -> String {
        var name = Substring(credit.trimmingCharacters(in: .whitespaces))
        for label in ["photo:", "image:", "credit:", "photograph:", "picture:", "photo by", "©"] where name.lowercased().hasPrefix(label) {
            name = name.dropFirst(label.count)
        }
        return name.trimmingCharacters(in: .whitespaces)
    }

    private static func dedup(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    private static func caption(_ figcaption: HTMLNode) -> Caption? {
        let creditNode = figcaption.elements { $0.classAndID.contains("credit") || $0.classAndID.contains("copyright") }.first
        var text = figcaption.textContent
        var credit = creditNode?.textContent
        if let credit, !credit.isEmpty, let range = text.range(of: credit, options: .backwards) {
            text.removeSubrange(range)
            text = text.trimmingCharacters(in: .whitespaces)
        } else {
            (credit, text) = LineClassifier.captionCredit(text)
        }
        guard !text.isEmpty else { return nil }
        let found = DateText.dates(in: text).first { $0.year != nil }
        return Caption(text: text, date: found.map { CalendarDate(year: $0.year!, month: $0.month, day: $0.day) },
                       credit: credit.map(Self.creditName))
    }
}

import Foundation

/// Topic tags from a page's keywords, cleaned of what content systems leave in them: character
/// references, markup, ids ("channel_other", "AdNode:culture/wide_angle", "6758.TO"), handles
/// ("@aa-app"), paths and links ("/article"), "Category:"/"Section:" prefixes, flags that name
/// the kind of page rather than its subject ("Uncategorized", "Premium Content"), the page's
/// own headline or outlet, and spelling variants of one tag ("iPhone", "iphone"); a tag
/// written all in lower case starts with a capital ("china" → "China").
enum TagCleaner {
    /// Most tags kept per article: keyword lists are often search-engine padding, and a reader
    /// scans a handful of topics.
    static let maxTags = 12
    /// Longest tag kept, in words: longer ones are headlines or sentences.
    static let maxWords = 8
    /// Longest tag kept, in characters.
    static let maxCharacters = 50

    /// The cleaned tags in their first order, without duplicates; `title` and `outlet` are the
    /// page's own, which are not topics.
    static func clean(_ raw: [String], title: String? = nil, outlet: String? = nil) -> [String] {
        let own = Set([title, outlet].compactMap { $0 }.map(key))
        var seen: Set<String> = []
        var tags: [String] = []
        for item in raw {
            guard let tag = cleaned(item) else { continue }
            let k = key(tag)
            guard !k.isEmpty, !own.contains(k), !isHeadline(k, of: tag, title: title),
                  seen.insert(k).inserted else { continue }
            tags.append(tag)
            if tags.count == maxTags { break }
        }
        return tags
    }

    /// A long tag that is the page's headline, or the headline with the site's name after it.
    private static func isHeadline(_ k: String, of tag: String, title: String?) -> Bool {
        guard let title, tag.count > 20 else { return false }
        let t = key(title)
        return t.hasPrefix(k) || k.hasPrefix(t)
    }

    /// One tag cleaned, or nil when nothing of a topic is left.
    static func cleaned(_ raw: String) -> String? {
        // Twice: keyword fields are often escaped twice ("&amp;quot;").
        var text = HTMLText.decodingEntities(HTMLText.decodingEntities(raw))
        text = HTMLText.collapsingWhitespace(strippingMarkup(text))
        text = text.trimmingCharacters(in: Self.edgePunctuation)
        if let colon = text.firstIndex(of: ":") {
            let prefix = text[..<colon].lowercased().trimmingSpaces()
            if labelPrefixes.contains(prefix) {
                text = text[text.index(after: colon)...].trimmingSpaces()
            } else if text.index(after: colon) < text.endIndex, text[text.index(after: colon)] != " " {
                return nil  // "source:tagname:CNBC", "AdNode:culture/wide_angle": ids.
            }
        }
        if text.hasPrefix("#") { text.removeFirst() }
        if text.hasSuffix("&") { return nil }  // "PG&": cut at an unescaped ampersand.
        text = text.trimmingCharacters(in: Self.edgePunctuation)
        guard text.count >= 2, text.contains(where: \.isLetter) else { return nil }
        let words = text.split(separator: " ")
        guard words.count <= maxWords, text.count <= maxCharacters else { return nil }
        // Leftover references ("&quot" without its semicolon) and markup.
        // ("AT&T" and "S&P 500" are names.)
        if text.range(of: #"&(quot|amp|lt|gt|apos|nbsp|#x?[0-9a-f]+)\b"#, options: [.regularExpression, .caseInsensitive]) != nil { return nil }
        if ["<", ">", "{", "="].contains(where: { UTF8Scan.contains(text, $0) }) { return nil }
        // Handles, ids, paths and links.
        if text.hasPrefix("@") || text.hasPrefix("/") || UTF8Scan.contains(text, "_") || UTF8Scan.contains(text, "://")
            || text.lowercased().hasPrefix("www.") {
            return nil
        }
        if words.count == 1 {
            if UTF8Scan.contains(text, "/") || UTF8Scan.contains(text, "\\") { return nil }
            // "digitimes.com", "6758.TO", "UBI.FR": host names and ticker symbols.
            if text.range(of: #"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$"#, options: .regularExpression) != nil { return nil }
            // Hex ids and long codes mixing letters and digits.
            if text.count >= 8, text.filter(\.isNumber).count >= 3 { return nil }
        }
        let k = key(text)
        if flags.contains(k) || flagEndings.contains(where: { k.hasSuffix($0) }) { return nil }
        // A tag written all in lower case gets a capital, as tag lists show them, so that
        // "china" on one page and "China" on another read as one tag.
        if text == text.lowercased(), let first = text.first, first.isLowercase {
            text = first.uppercased() + text.dropFirst()
        }
        return text
    }

    /// The comparison key of a tag: its letters and digits, case- and accent-folded, so "iPhone",
    /// "iphone" and "i phone" are one tag.
    static func key(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    /// Of several spellings of one tag, the one to show: one with capitals ("NASA" over "nasa"),
    /// then the most used, then the first.
    static func preferredSpelling(_ spellings: [String]) -> String? {
        var counts: [String: Int] = [:]
        for s in spellings { counts[s, default: 0] += 1 }
        func rank(_ s: String, _ offset: Int) -> (Int, Int, Int) { (s == s.lowercased() ? 0 : 1, counts[s]!, -offset) }
        return spellings.enumerated().max { rank($0.element, $0.offset) < rank($1.element, $1.offset) }?.element
    }

    private static func strippingMarkup(_ text: String) -> String {
        guard text.contains("<") else { return text }
        return text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
    }

    private static let edgePunctuation = CharacterSet(charactersIn: " \"'“”‘’,;|.·•-–—*").union(.whitespacesAndNewlines)

    /// Label prefixes content systems put before a tag ("Category: Jupiter", "section: Article").
    private static let labelPrefixes: Set<String> = [
        "category", "categories", "section", "sections", "topic", "topics", "tag", "tags", "keyword", "keywords",
        "subject", "subjects", "channel", "genre", "kw", "theme",
    ]

    /// Key endings of publishing flags with the site's name before them ("NRPLUS Member Articles").
    private static let flagEndings: [String] = ["member articles", "premium content", "sponsored content", "paid content", "subscriber only", "autolink"].map(key)

    /// Keys of tags that name the kind of page, its place on the site or a publishing flag,
    /// never its subject.
    private static let flags: Set<String> = Set([
        "article", "articles", "news", "general news", "front page", "frontpage", "home", "homepage", "home page",
        "uncategorized", "uncategorised", "unknown", "none", "null", "undefined", "default", "misc", "other",
        "video", "videos", "videoarticle", "photo", "photos", "gallery", "story", "stories", "post", "posts", "blog",
        "featured", "feature", "top stories", "top story", "top news", "latest", "latest news", "more", "main",
        "premium", "premium content", "paid content", "sponsored", "sponsored content", "member articles",
        "subscriber only", "no autolink", "noindex", "amp", "page", "index", "type news",
    ].map(key))
}

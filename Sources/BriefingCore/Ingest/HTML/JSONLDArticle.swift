import Foundation

/// The article object of a page's JSON-LD (`NewsArticle`, `Article`, `BlogPosting`…), found in
/// `<script type="application/ld+json">` blocks, top level, in arrays or in `@graph`.
struct JSONLDArticle: Equatable {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var articleBody: String?
    var description: String?
    var url: String?
    var keywords: [String] = []

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "blogposting", "socialmediaposting", "scholarlyarticle", "techarticle",
        "report", "liveblogposting", "webpage",
    ]

    /// The first article object in `scripts` (JSON texts); `webpage` only when nothing better.
    static func find(in scripts: [String]) -> JSONLDArticle? {
        var candidates: [[String: Any]] = []
        for script in scripts {
            guard let data = script.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            collect(json, into: &candidates)
        }
        let typed = candidates.filter { !types(of: $0).isDisjoint(with: articleTypes) }
        let best = typed.first { !types(of: $0).contains("webpage") } ?? typed.first
        return best.map(JSONLDArticle.init)
    }

    private static func collect(_ json: Any, into found: inout [[String: Any]]) {
        if let array = json as? [Any] {
            for item in array { collect(item, into: &found) }
        } else if let object = json as? [String: Any] {
            found.append(object)
            if let graph = object["@graph"] { collect(graph, into: &found) }
        }
    }

    private static func types(of object: [String: Any]) -> Set<String> {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        return Set(((object["@type"] as? [Any]) ?? []).compactMap { ($0 as? String)?.lowercased() })
    }

    private init(_ object: [String: Any]) {
        headline = Self.string(object["headline"]) ?? Self.string(object["name"])
        datePublished = Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
        authors = Self.names(object["author"]) + Self.names(object["creator"])
        publisher = Self.names(object["publisher"]).first
        // Kept with its line breaks: they separate the paragraphs.
        articleBody = (object["articleBody"] as? String).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        description = Self.string(object["description"])
        url = Self.string(object["url"]) ?? Self.string((object["mainEntityOfPage"] as? [String: Any])?["@id"])
        if let words = object["keywords"] as? [Any] {
            keywords = words.compactMap { $0 as? String }
        } else if let words = object["keywords"] as? String {
            keywords = words.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let clean = HTMLText.collapsingWhitespace(HTMLText.decodingEntities(text))
        return clean.isEmpty ? nil : clean
    }

    /// Names from a string, a `{ "name": … }` object or an array of either.
    private static func names(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        return string(value).map { [$0] } ?? []
    }
}

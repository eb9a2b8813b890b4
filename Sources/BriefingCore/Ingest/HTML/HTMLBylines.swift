/// The authors of a saved web page: JSON-LD `author`, then `<meta name=author>`-style tags,
/// then byline elements — cleaned of affiliations, roles and outlets credited as authors.
enum HTMLBylines {
    /// The authors, and the outlet (a wire service credited as the author becomes the outlet
    /// when the page names none).
    static func authors(_ page: HTMLNode, meta: [String: String], jsonLD: JSONLDArticle?, outlet: String?) -> ([String], String?) {
        var names = (jsonLD?.authors ?? []).flatMap(Self.names)
        if names.isEmpty, let field = meta["author"] ?? meta["article:author"] ?? meta["byl"] ?? meta["parsely-author"],
           !field.contains("/") {
            names = Self.names(field)
        }
        if names.isEmpty {
            let bylines = page.elements { $0["rel"] == "author" || UTF8Scan.contains($0.classAndID, "byline") || $0["itemprop"] == "author" }
            names = bylines.prefix(3).flatMap { BylineParser.authors(in: $0.textContent) ?? [] }
        }
        var outlet = outlet
        if outlet == nil, let agency = names.first(where: OutletNames.isOutlet) { outlet = OutletNames.canonical(agency) }
        let outletKey = outlet.map(ScrapedTextParser.comparisonKey) ?? ""
        var seen: Set<String> = []
        let authors = names.filter { name in
            let key = ScrapedTextParser.comparisonKey(name)
            let isOutlet = OutletNames.isOutlet(name) || (!outletKey.isEmpty && (outletKey.contains(key) || key.contains(outletKey)))
            // "admin", "staff": account names, not bylines.
            return !key.isEmpty && !isOutlet && name.contains(where: \.isUppercase) && seen.insert(key).inserted
        }
        return (authors.map(BylineParser.unshouted), outlet)
    }

    /// Names in an author field: a byline, or the name before a trailing affiliation
    /// ("Finian Cunningham. Sputnik International").
    private static func names(_ text: String) -> [String] {
        if let names = BylineParser.authors(in: text) { return names }
        let head = text.components(separatedBy: ". ").first ?? text
        return BylineParser.isPersonName(head) ? [head] : []
    }
}

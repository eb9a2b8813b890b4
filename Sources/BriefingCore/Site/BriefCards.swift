/// Template context for lists of briefs (index pages, listing pages).
enum BriefCards {
    /// Longest summary on a card, in characters (about 50 words).
    static let cardSummaryLimit = 320

    /// "1 quote", "3 quotes".
    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func cards(_ briefs: [BriefDigest], root: String) -> [[String: Any]] {
        briefs.map { article in
            [
                "title": article.title, "url": root + SiteLinks.brief(article.slug),
                "published": article.published?.description ?? "",
                "publishedLabel": article.published.map(BriefText.longDate) ?? "Undated",
                "hasPublished": article.published != nil,
                "outlet": article.outlet ?? "", "hasOutlet": article.outlet != nil,
                "outletURL": article.outlet.map { root + SiteLinks.outlet($0) } ?? "",
                "authors": article.authors.joined(separator: ", "), "hasAuthors": !article.authors.isEmpty,
                // A card shows the start of a long summary; the brief shows it all.
                "summary": PageMeta.shortened(article.summary, limit: cardSummaryLimit),
                // What the brief page shows under "Key quotes" and "By the numbers".
                "quoteCount": article.keyQuoteCount,
                "figureCount": article.keyFigureCount,
                "quoteLabel": counted(article.keyQuoteCount, "quote"),
                "figureLabel": counted(article.keyFigureCount, "figure"),
            ]
        }
    }
}
